"""The whole guide on one page, for printing: sections, glossary, quiz, answers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from .quiz_model import SINGLE, Question
from .quiz_render import shuffled_options


@dataclass(frozen=True)
class PrintSection:
    title: str
    slug: str
    key_points: list[str]
    markdown: str  # the page body as readers see it, without front matter


def demote_headings(markdown: str) -> str:
    """Drop the page's own title and push each heading down a level, under the section's title."""
    lines, in_fence, seen_title = [], False, False
    for line in markdown.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if not in_fence and re.match(r"^# ", line) and not seen_title:
            seen_title = True
            continue
        lines.append("#" + line if not in_fence and re.match(r"^#{1,5} ", line) else line)
    return "\n".join(lines)


def render_print_page(sections: list[PrintSection], glossary_html: str, questions: list[Question]) -> str:
    """Markdown for the print page, after its front matter and title."""
    parts = ['<p class="print-hint">This page holds the whole guide, for printing. '
             "Use your browser's Print command.</p>"]
    for section in sections:
        parts.append(f'\n## {section.title} {{#print-{section.slug}}}\n')
        if section.key_points:
            points = "\n".join(f"<li>{escape(point)}</li>" for point in section.key_points)
            parts.append(f'<div class="guide-key-points"><p><strong>Key points</strong></p><ul>\n{points}\n</ul></div>\n')
        parts.append(demote_headings(section.markdown))
    parts.append("\n## Glossary {#print-glossary}\n")
    parts.append(glossary_html)
    parts.append("\n## Check your understanding {#print-quiz}\n")
    parts.append(render_quiz_for_print(questions))
    parts.append('\n## Answers to the questions {#print-answers .print-new-page}\n')
    parts.append(render_answers_for_print(questions))
    return "\n".join(parts) + "\n"


def render_quiz_for_print(questions: list[Question]) -> str:
    """Each question with empty boxes to tick by hand; no answers here."""
    items = []
    for question in questions:
        box = "○" if question.type == SINGLE else "☐"
        hint = "Choose one answer." if question.type == SINGLE else "Choose all the answers that are right."
        options = "".join(f'<li><span class="print-box" aria-hidden="true">{box}</span> {escape(option.text)}</li>'
                          for option in shuffled_options(question))
        items.append(f"<li><p>{escape(question.question)} <em>{hint}</em></p>"
                     f'<ul class="print-options">{options}</ul></li>')
    return f'<ol class="print-quiz">\n' + "\n".join(items) + "\n</ol>"


def render_answers_for_print(questions: list[Question]) -> str:
    """The right answers and why, in question order, for the final page."""
    items = []
    for question in questions:
        right = "; ".join(escape(option.text) for option in shuffled_options(question) if option.correct)
        items.append(f"<li><p><strong>{right}.</strong> {escape(question.explanation)}</p></li>")
    return '<ol class="print-answers">\n' + "\n".join(items) + "\n</ol>"
