"""The whole guide on one page, for printing: sections, glossary, quiz, answers.

Sections are taken from their finished HTML rather than converted again, so the
print page costs almost nothing to build however long the guide grows.
"""

from __future__ import annotations

import datetime
import re
from html import escape
from string import Formatter
from typing import NamedTuple

from .errors import GuideError
from .quiz.model import ORDER, SINGLE, Question
from .quiz.render import shuffled_options, shuffled_steps
from .slots import literal, slot, slot_marker
from .urgent_fix import guide_notice, part_notice
from .words import Words

PRINT_LABELS_CSS = "assets/stylesheets/print-labels.css"
PAGE_COUNTERS = {"page": "counter(page)", "pages": "counter(pages)"}


class PrintLabelError(GuideError):
    """A page label the words file words in a way CSS cannot count."""


class PrintSection(NamedTuple):
    title: str
    slug: str
    key_points: list[str]
    html: str  # the section's finished content
    pending: datetime.date | None = None  # changed urgently, before its clinical review, until then


def render_print_markdown(sections: list[PrintSection], words: Words, prefix: str = "print", offer: str = "") -> str:
    """Headings for every part (so links to them are checked) and slots for their content. `prefix` starts
    every id and slot name (the large-print page's own, so no id there repeats the print page's); `offer`:
    a Markdown link under the hint, shown on screen only (the print page's to the large-print page)."""
    # The button needs print-button.js (the page's front matter loads it); without it, the hint says what to do.
    parts = [f'<p class="print-hint">{escape(words["print_hint"])}</p>\n\n'
             '<p class="guide-no-print"><button type="button" class="md-button md-button--primary" '
             f'data-guide-print hidden>{escape(words["print_button"])}</button></p>']
    if offer:
        parts.append(f"{offer}\n{{: .guide-no-print }}")
    parts.append(slot(f"{prefix}-title-block"))  # what the paper opens with: the guide's title, who, which, when
    for section in sections:
        parts += [f"## {literal(section.title)} {{#{prefix}-{section.slug}}}", slot(f"{prefix}-{section.slug}")]
    parts += [f"## {words['print_glossary_heading']} {{#{prefix}-glossary}}", slot(f"{prefix}-glossary"),
              f"## {words['print_quiz_heading']} {{#{prefix}-quiz}}", slot(f"{prefix}-quiz"),
              f"## {words['print_answers_heading']} {{#{prefix}-answers .print-new-page}}", slot(f"{prefix}-answers")]
    return "\n\n".join(parts) + "\n"


def large_print_offer(words: Words, page: str = "large-print.md") -> str:
    """The print page's link to the same guide in large print: a Markdown link, so MkDocs checks it."""
    return f"[{literal(words['large_print_link'])}]({page})"


def render_print_slots(sections: list[PrintSection], glossary_html: str, questions: list[Question],
                       words: Words, title_block: str = "", prefix: str = "print") -> dict[str, str]:
    contents = {f"{prefix}-{s.slug}": part_notice(s.pending, words) + render_key_points(s.key_points, words)
                + section_for_print(s.html) for s in sections}
    contents[f"{prefix}-title-block"] = title_block
    contents[f"{prefix}-glossary"] = glossary_html
    contents[f"{prefix}-quiz"] = render_quiz_for_print(questions, words)
    contents[f"{prefix}-answers"] = render_answers_for_print(questions)
    return contents


def slots_for(contents: dict[str, str], prefix: str, title_block: str, made_with: str = "print") -> dict[str, str]:
    """A printed guide's slots (made by render_print_slots with the prefix `made_with`) under another page's
    prefix, with that page's own title block: the large-print page shows what the print page shows, made once."""
    renamed = {prefix + name.removeprefix(made_with): html for name, html in contents.items()}
    renamed[f"{prefix}-title-block"] = title_block
    return renamed


def section_for_print(html: str) -> str:
    """A section's HTML under its print heading: no title, no questions, headings a
    level down, and no ids (they would repeat across sections)."""
    html = re.sub(r"<h1\b[^>]*>.*?</h1>", "", html, count=1, flags=re.S)
    html = html.partition(slot_marker("quiz-set-start"))[0]  # the questions are printed apart, answers last
    html = re.sub(r'\s+id="[^"]*"', "", html)
    return re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)


class TitleBlock(NamedTuple):
    """What the printed guide opens with."""

    title: str  # the guide's title (site_name)
    publisher: str
    reference_and_version: str  # as words.reference_and_version writes it
    last_reviewed: datetime.date  # the guide's one review date: the oldest of its pages
    contact_html: str  # the "If you are worried" block (contact.render_contact)
    pending: list[tuple[str, datetime.date]] = []  # (title, review due by) of pages changed before review
    history_html: str = ""  # the version history (version_history.render_printed_history)


def render_title_block(block: TitleBlock, words: Words) -> str:
    """The guide's title, publisher, reference, version and review date, then the disclaimer and whom
    to contact: on paper, the first thing a patient (or the nurse filing it) reads."""
    reviewed = f'<time datetime="{block.last_reviewed.isoformat()}">{escape(words.date(block.last_reviewed))}</time>'
    return ('<div class="guide-title-block">'
            f'<h2 class="guide-title-block__title">{escape(block.title)}</h2>'
            '<ul class="guide-title-block__facts">'
            f'<li>{escape(words.fill("published_by", publisher=block.publisher))}</li>'
            f"<li>{escape(block.reference_and_version)}</li>"
            f'<li class="guide-title-block__reviewed">{escape(words["guide_last_reviewed"])} {reviewed}</li></ul>'
            + (f'<p class="guide-review-pending" role="note">{guide_notice(block.pending, words)}</p>'
               if block.pending else "")
            + f'<p class="guide-disclaimer"><strong>{escape(words["disclaimer_label"])}</strong> '
            f'{escape(words["disclaimer"])}</p>{block.contact_html}{block.history_html}</div>')


def guide_review_dates(dates: list[tuple]) -> tuple[datetime.date, datetime.date] | None:
    """The guide's review as one pair of dates, from each page's (last_reviewed, next_review): the
    oldest review and the soonest next one. A page without dates (the build stops it elsewhere) is
    left out; None if no page has any."""
    pairs = [(last, next_) for last, next_ in dates
             if isinstance(last, datetime.date) and isinstance(next_, datetime.date)]
    if not pairs:
        return None
    return min(last for last, _ in pairs), min(next_ for _, next_ in pairs)


def render_key_points(points: list[str], words: Words) -> str:
    if not points:
        return ""
    items = "\n".join(f"<li>{escape(point)}</li>" for point in points)
    return (f'<div class="guide-key-points"><p><strong>{escape(words["key_points"])}</strong></p><ul>\n{items}\n'
            "</ul></div>\n")


def render_quiz_for_print(questions: list[Question], words: Words) -> str:
    """Each question with empty boxes to tick by hand; no answers here."""
    items = []
    for question in questions:
        if question.type == ORDER:
            items.append(_order_for_print(question, words))
            continue
        box = "○" if question.type == SINGLE else "☐"
        hint = escape(words["hint_single" if question.type == SINGLE else "hint_multiple"])
        options = "".join(f'<li><span class="print-box" aria-hidden="true">{box}</span> {escape(option.text)}</li>'
                          for option in shuffled_options(question))
        items.append(f"<li><p>{escape(question.question)} <em>{hint}</em></p>"
                     f'<ul class="print-options">{options}</ul></li>')
    return (f'<p class="print-quiz-intro">{escape(words["print_quiz_intro"])}</p>\n'
            '<ol class="print-quiz">\n' + "\n".join(items) + "\n</ol>")


def _order_for_print(question: Question, words: Words) -> str:
    """Each step in its own box, shuffled as on screen, with an empty box to write its number in."""
    steps = "".join(f'<li><span class="print-box print-box--number" aria-hidden="true"></span> {escape(step.text)}</li>'
                    for _, step in shuffled_steps(question))
    return (f"<li><p>{escape(question.question)} <em>{escape(words['hint_order'])}</em></p>"
            f'<ul class="print-options print-steps">{steps}</ul></li>')


def render_answers_for_print(questions: list[Question]) -> str:
    """The right answers and why, in question order, for the final page; several right
    answers as a list, not one long sentence, and steps in their order."""
    items = []
    for question in questions:
        if question.type == ORDER:
            steps = "".join(f"<li><strong>{escape(step.text)}</strong></li>" for step in question.steps)
            items.append(f'<li><ol class="print-right-order">{steps}</ol><p>{escape(question.explanation)}</p></li>')
            continue
        right = [escape(option.text) for option in shuffled_options(question) if option.correct]
        if len(right) == 1:
            items.append(f"<li><p><strong>{right[0]}.</strong> {escape(question.explanation)}</p></li>")
        else:
            answers = "".join(f"<li><strong>{text}</strong></li>" for text in right)
            items.append(f'<li><ul class="print-right-answers">{answers}</ul>'
                         f"<p>{escape(question.explanation)}</p></li>")
    return '<ol class="print-answers">\n' + "\n".join(items) + "\n</ol>"


def render_print_labels_css(title: str, reference_line: str, words: Words) -> str:
    """The labels in every printed page's margins, as CSS paged media: the guide's title and
    version come from mkdocs.yml, so they are written here rather than typed into guide.css.
    The title is where reading starts: top left, or top right in a language read right to left
    (paged media's margin boxes have no start and end), and the page number at the other side."""
    start, end = ("right", "left") if reads_right_to_left(words.language) else ("left", "right")
    return ("/* Made by the build from mkdocs.yml and the words file: the labels on every printed page. */\n"
            "@page {\n"
            f"  @top-{start} {{ content: {css_string(title)}; }}\n"
            f"  @top-{end} {{ content: {css_string(reference_line)}; }}\n"
            f"  @bottom-{end} {{ content: {page_number_content(words['print_page_number'], words.file)}; }}\n"
            "}\n")


def reads_right_to_left(language: str) -> bool:
    """Whether `language` (as theme.language: ur, pl, en-GB) is written right to left, by CLDR (Babel)."""
    from babel import Locale  # Material's Babel, as plurals.py uses it

    return Locale.parse(language.replace("-", "_")).text_direction == "rtl"


def page_number_content(label: str, words_file: str = "the words file") -> str:
    """'Page {page} of {pages}' as CSS content: the words quoted, the numbers as page counters."""
    fix = "How to fix: write the numbers only as {page} and {pages}, as in 'Page {page} of {pages}'."
    try:
        pieces = list(Formatter().parse(label))
    except ValueError:
        raise PrintLabelError(f"{words_file}, print_page_number: '{label}' has a stray {{ or }}. {fix}") from None
    parts = []
    for text, field, _, _ in pieces:
        if text:
            parts.append(css_string(text))
        if field is not None:
            if field not in PAGE_COUNTERS:
                raise PrintLabelError(
                    f"{words_file}, print_page_number: '{label}' has {{{field}}}, which is not a page number. {fix}")
            parts.append(PAGE_COUNTERS[field])
    return " ".join(parts) or '""'


def css_string(text: str) -> str:
    """Text as a quoted CSS string, safe whatever it holds."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")
    return f'"{escaped}"'
