"""Prove each answer against the text the patient reads, and mark where it is."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from .model import Fault, Question

# Paragraph-like elements a passage can be quoted from and linked to.
TEXT_BLOCKS = {"p", "li", "dd", "td", "th", "blockquote"}
# The grounding rule: a passage of at least this many words, or the whole text of a paragraph
# or list item, found on word boundaries in exactly one of the page's blocks.
MIN_WORDS = 6
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Characters that do not show: a soft hyphen (a place a word may break) and the zero-width ones.
UNSEEN = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
WORD_GAPS = re.compile(r"[\W_]+")  # spaces, punctuation and signs between words


def normalise(text: str) -> str:
    """Case, spacing, punctuation (straight or curly quotes, any dash), Markdown's link and
    emphasis marks, and how an accent or an unseen character happens to be stored don't change
    what a passage says, so they don't count: two passages that look the same match."""
    if not text.isascii():  # plain ASCII is already NFC, and has no unseen characters
        text = UNSEEN.sub("", unicodedata.normalize("NFC", text))
    if "[" in text:
        text = MARKDOWN_LINK.sub(r"\1", text)
    return WORD_GAPS.sub(" ", text.casefold()).strip()  # spaces are gaps too: no run of spaces is left


class TextBlock:
    """A paragraph-like element of the page, its text added as it is read."""

    __slots__ = ("start_tag", "tag", "existing_id", "parents", "text")

    def __init__(self, start_tag: tuple[int, int], tag: str, existing_id: str | None, parents: tuple[int, ...] = ()):
        self.start_tag = start_tag  # where the opening tag sits in the HTML, as [start, end)
        self.tag, self.existing_id = tag, existing_id
        self.parents = parents  # indexes of the blocks this one sits inside
        self.text = ""


class _BlockCollector(HTMLParser):
    """Collects each text block's opening tag position and its visible text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.blocks: list[TextBlock] = []
        self.open: list[TextBlock] = []
        self.headings: list[str] = []  # the text of each heading, which a passage cannot be quoted from
        self.in_heading = False

    def handle_starttag(self, tag, attrs):
        if tag in HEADINGS:
            self.headings.append("")
            self.in_heading = True
        if tag in TEXT_BLOCKS:
            line, column = self.getpos()
            start = self.line_starts[line - 1] + column
            end = start + len(self.get_starttag_text())
            parents = tuple(self.blocks.index(b) for b in self.open)
            block = TextBlock((start, end), tag, dict(attrs).get("id"), parents)
            self.blocks.append(block)
            self.open.append(block)

    def handle_endtag(self, tag):
        if tag in HEADINGS:
            self.in_heading = False
        if self.open and self.open[-1].tag == tag:
            self.open.pop()

    def handle_data(self, data):
        if self.in_heading:
            self.headings[-1] += data
        for block in self.open:
            block.text += data


def collect_text_blocks(html: str) -> _BlockCollector:
    collector = _BlockCollector(html)
    collector.feed(html)
    collector.close()
    return collector


def anchor_id(question: Question) -> str:
    """The id a passage gets from the first question that quotes it."""
    return f"source-{question.id}"


def ground_questions(html: str, questions: list[Question],
                     key_points: list[str] = ()) -> tuple[str, dict[str, str], list[Fault]]:
    """Find each question's source passage in the page; give its block an id to link to.

    Returns the HTML with the ids added, the anchor for each question id, and a
    fault for each passage that is too short, missing, or in more than one place.
    """
    collected = collect_text_blocks(html)
    blocks = collected.blocks
    block_texts = [f" {normalise(block.text)} " for block in blocks]
    summary = [f" {normalise(point)} " for point in key_points]
    headings = [f" {normalise(heading)} " for heading in collected.headings]
    anchors: dict[str, str] = {}
    new_ids: dict[int, str] = {}
    faults: list[Fault] = []
    for question in questions:
        passage = normalise(question.source)
        found = [i for i, text in enumerate(block_texts) if passage and f" {passage} " in text]
        # A list item holding a paragraph holds its text too: the innermost block is the one quoted.
        found = [i for i in found if not any(i in blocks[j].parents for j in found)]
        problem = passage_problem(question.source, passage, found, blocks, block_texts, summary, headings)
        if problem:
            faults.append(Fault(question.file, question.source_line or question.line, question.id, *problem))
            continue
        block = blocks[found[0]]
        anchors[question.id] = block.existing_id or new_ids.setdefault(found[0], anchor_id(question))
    return _add_ids(html, blocks, new_ids), anchors, faults


def passage_problem(source: str, passage: str, found, blocks, block_texts, summary, headings=(),
                    shows: str = "gives the answer", checked: str = "the answer",
                    thing: str = "the question") -> tuple[str, str] | None:
    """Why a passage does not prove what it backs, as (problem, fix); None if it does. `shows`,
    `checked` and `thing` word the message for what the passage backs (a question's answer, or
    a timeline's step)."""
    quoted = f'The source passage "{source}"'
    words = len(passage.split())
    in_summary = any(f" {passage} " in point for point in summary if passage)
    in_heading = any(f" {passage} " in heading for heading in headings if passage)
    # Too short comes first wherever the words are found: a word or two is in many places.
    if words < MIN_WORDS and (found or in_summary or in_heading) and not any(
            block_texts[i].strip() == passage for i in found):
        return (f"{quoted} has {words} word{'s' if words != 1 else ''}: too short to show that the page "
                f"{shows}.",
                f"Quote at least {MIN_WORDS} words in a row, or a whole sentence, from the paragraph that "
                f"{shows}.")
    if not found and in_summary:
        return (f"{quoted} is from the key points box, which only sums up the page: it is not the source text.",
                "Quote the sentence in the page's own text that the key point comes from.")
    if not found and in_heading:
        return (f"{quoted} is from a heading, and headings can't be quoted: a heading names a part of the page, "
                f"it does not {shows.replace('gives', 'give').replace('shows', 'show')}.",
                f"Quote the text under the heading that {shows}.")
    if not found:
        return (f"{quoted} is not in the text of this page, "
                f"so {checked} cannot be checked against what patients read." + _closest_difference(passage, blocks),
                f"Review {thing} against the page: copy the passage word for word from one paragraph, "
                f"or change {thing}.")
    if len(found) > 1:
        places = "; ".join(f'{_block_name(blocks[i])} "{_start_of(blocks[i].text)}"' for i in found)
        return (f"{quoted} is in {len(found)} places on this page ({places}), so the link to it "
                f"cannot know which one {shows}.",
                "Quote a longer passage that appears only once.")
    return None


def _closest_difference(passage: str, blocks: list[TextBlock]) -> str:
    """Where the paragraph nearest to a passage that is not on the page differs from it: copying
    slips (2 weeks for two weeks) are hard to see. Only when a passage is missing, so difflib
    is imported then."""
    import difflib

    wanted = passage.split()
    best, best_share = None, 0.6  # fewer of the passage's words than this in order, and nothing is "near"
    for block in blocks:
        words = normalise(block.text).split()
        matcher = difflib.SequenceMatcher(None, wanted, words, autojunk=False)
        share = sum(match.size for match in matcher.get_matching_blocks()) / max(len(wanted), 1)
        if share > best_share:
            best, best_share = (block, matcher, words), share
    if not best:
        return ""
    block, matcher, words = best
    # The page's words before and after the passage are not a difference: the passage is part of it.
    differences = [op for op in matcher.get_opcodes()
                   if op[0] != "equal" and not (op[0] == "insert" and op[1] in (0, len(wanted)))]
    if not differences:  # never expected: the passage would then have been found
        return ""
    changes = [_difference(wanted, words, *op) for op in differences[:2]]
    more = " (and more)" if len(differences) > 2 else ""
    return f' Nearest is {_block_name(block)} "{_start_of(block.text)}": {"; ".join(changes)}{more}.'


def _difference(wanted: list[str], words: list[str], tag: str, i1: int, i2: int, j1: int, j2: int) -> str:
    """One difference between a passage and its nearest paragraph, in words a clinician can act on."""
    said = " ".join(wanted[i1:i2])
    if tag == "delete" and i2 == len(wanted) and j1 == len(words):
        return f'the passage goes on past the end of it, with "{said}": quote one paragraph only'
    if tag == "delete" and i1 == 0 and j1 == 0:
        return f'the passage starts before it, with "{said}": quote one paragraph only'
    if tag == "delete":
        return f'the passage has "{said}", which the page does not'
    # At either end of the passage, many more of the page's words than it replaces are the paragraph
    # going on around the quote: only as many as it replaces stand for the slip.
    if (j2 - j1) > 2 * (i2 - i1) + 1:
        if i1 == 0:
            j1 = j2 - (i2 - i1)
        elif i2 == len(wanted):
            j2 = j1 + (i2 - i1)
    says = " ".join(words[j1:j2])
    if tag == "replace":
        return f'the passage has "{said}" where the page has "{says}"'
    return f'the page has "{says}" there, which the passage leaves out'


def _block_name(block: TextBlock) -> str:
    return {"li": "the list item", "td": "the table cell", "th": "the table heading",
            "dd": "the definition", "blockquote": "the quote"}.get(block.tag, "the paragraph")


def _start_of(text: str, words: int = 8) -> str:
    """The first words of a block, enough for a clinician to find it."""
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def _add_ids(html: str, blocks: list[TextBlock], new_ids: dict[int, str]) -> str:
    """Insert id attributes into opening tags, working backwards so offsets hold."""
    for index in sorted(new_ids, reverse=True):
        start, end = blocks[index].start_tag
        tag = blocks[index].tag
        html = f'{html[:start]}<{tag} id="{new_ids[index]}"{html[start + 1 + len(tag):end]}{html[end:]}'
    return html
