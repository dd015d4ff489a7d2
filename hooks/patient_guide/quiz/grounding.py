"""Prove each answer against the text the patient reads, and mark where it is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .model import Fault, Question

# Paragraph-like elements a passage can be quoted from and linked to.
TEXT_BLOCKS = {"p", "li", "dd", "td", "th", "blockquote"}


def normalise(text: str) -> str:
    """Case, spacing and punctuation don't change meaning, so they don't count."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


@dataclass
class TextBlock:
    start_tag: tuple[int, int]  # where the opening tag sits in the HTML, as [start, end)
    tag: str
    existing_id: str | None
    text: str = ""


class _BlockCollector(HTMLParser):
    """Collects each text block's opening tag position and its visible text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.blocks: list[TextBlock] = []
        self.open: list[TextBlock] = []

    def handle_starttag(self, tag, attrs):
        if tag in TEXT_BLOCKS:
            line, column = self.getpos()
            start = self.line_starts[line - 1] + column
            end = start + len(self.get_starttag_text())
            block = TextBlock((start, end), tag, dict(attrs).get("id"))
            self.blocks.append(block)
            self.open.append(block)

    def handle_endtag(self, tag):
        if self.open and self.open[-1].tag == tag:
            self.open.pop()

    def handle_data(self, data):
        for block in self.open:
            block.text += data


def text_blocks(html: str) -> list[TextBlock]:
    """The page's paragraphs and list items, in order, with their text."""
    collector = _BlockCollector(html)
    collector.feed(html)
    collector.close()
    return collector.blocks


def anchor_id(question: Question) -> str:
    """The id a passage gets from the first question that quotes it."""
    return f"source-{question.id}"


def ground_questions(html: str, questions: list[Question]) -> tuple[str, dict[str, str], list[Fault]]:
    """Find each question's source passage in the page; give its block an id to link to.

    Returns the HTML with the ids added, the anchor for each question id, and a
    fault for each passage the page no longer contains.
    """
    blocks = text_blocks(html)
    block_texts = [normalise(block.text) for block in blocks]
    anchors: dict[str, str] = {}
    new_ids: dict[int, str] = {}
    faults: list[Fault] = []
    for question in questions:
        passage = normalise(question.source)
        found = next((i for i, text in enumerate(block_texts) if passage and passage in text), None)
        if found is None:
            faults.append(Fault(
                question.file, question.line, question.id,
                f'The source passage "{question.source}" is not in the text of this page, '
                "so the answer can no longer be checked against what patients read.",
                "Review the question against the page: copy the passage word for word from one paragraph, "
                "or change the question."))
            continue
        block = blocks[found]
        anchors[question.id] = block.existing_id or new_ids.setdefault(found, anchor_id(question))
    return _add_ids(html, blocks, new_ids), anchors, faults


def _add_ids(html: str, blocks: list[TextBlock], new_ids: dict[int, str]) -> str:
    """Insert id attributes into opening tags, working backwards so offsets hold."""
    for index in sorted(new_ids, reverse=True):
        start, end = blocks[index].start_tag
        tag = blocks[index].tag
        html = f'{html[:start]}<{tag} id="{new_ids[index]}"{html[start + 1 + len(tag):end]}{html[end:]}'
    return html
