"""Write the quiz page and each section's pointer to it, as HTML and Markdown."""

from __future__ import annotations

import hashlib
import random
from html import escape
from typing import NamedTuple

from .model import SINGLE, Option, Question
from ..slots import slot

QUIZ_INTRO = (
    '<p class="quiz-intro">These questions help you check what you understood from this guide. '
    "This is not a test, and it is not a record of your consent to treatment. "
    "Nothing you choose is saved or sent anywhere. "
    "If anything is unclear, ask your surgical team.</p>"
)


class Section(NamedTuple):
    """A page with questions, as the quiz links to it."""

    title: str
    url: str  # relative to the quiz page
    slug: str
    questions: list[Question]
    anchors: dict[str, str]


def section_anchor(slug: str) -> str:
    """The id of a section's group of questions on the quiz page."""
    return f"questions-{slug}"


def shuffled_options(question: Question) -> list[Option]:
    """A fixed order per question id: builds are reproducible, the answer moves about."""
    seed = int.from_bytes(hashlib.sha256(question.id.encode("utf-8")).digest()[:8], "big")
    options = list(question.options)
    random.Random(seed).shuffle(options)
    return options


def render_section_prompt(quiz_url: str, slug: str, count: int) -> str:
    """Markdown that ends a section, pointing to its questions (the print page leaves it out)."""
    noun = "question" if count == 1 else "questions"
    return (
        "\n\n## Check your understanding {: .quiz-prompt }\n\n"
        f"Answer {count} short {noun} to check what you understood from this section. "
        "It is a self-check for you, not a test.\n\n"
        f"[Check your understanding of this section]({quiz_url}#{section_anchor(slug)})\n"
    )


def render_quiz_markdown(sections: list[Section]) -> str:
    """The quiz page's Markdown: the intro, a heading per section, and slots for the questions."""
    parts = [QUIZ_INTRO, slot("quiz-start")]
    for section in sections:
        parts.append(f"## Questions about: {section.title} {{#{section_anchor(section.slug)}}}")
        parts.append(slot(section_anchor(section.slug)))
    parts.append(slot("quiz-end"))
    return "\n\n".join(parts) + "\n"


def render_quiz_slots(sections: list[Section]) -> dict[str, str]:
    """The HTML for each slot of the quiz page: numbered questions in section order."""
    total = sum(len(section.questions) for section in sections)
    contents = {"quiz-start": f'<div class="quiz" data-quiz data-total="{total}">'}
    number = 0
    for section in sections:
        questions = []
        for question in section.questions:
            number += 1
            questions.append(render_question(question, number, total, section))
        contents[section_anchor(section.slug)] = "\n".join(questions)
    contents["quiz-end"] = _render_summary() + "\n</div>"
    return contents


def render_question(question: Question, number: int, total: int, section: Section) -> str:
    """One question: a fieldset that works with no script, plus a reveal for the answer."""
    qid = escape(question.id)
    single = question.type == SINGLE
    control = "radio" if single else "checkbox"
    hint = "Choose one answer." if single else "Choose all the answers that are right."
    options = shuffled_options(question)
    link = (f'<a href="{escape(section.url)}#{escape(section.anchors[question.id])}">'
            f"Read about this in {escape(section.title)}</a>")
    lines = [
        f'<div class="quiz-question" id="question-{qid}" data-quiz-question data-section="{escape(section.title)}" '
        f'data-section-url="{escape(section.url)}">',
        f'<fieldset aria-describedby="hint-{qid}">',
        f'<legend><span class="quiz-number">Question {number} of {total}</span> '
        f'<span class="quiz-text">{escape(question.question)}</span></legend>',
        f'<p class="quiz-hint" id="hint-{qid}">{hint}</p>',
        '<p class="quiz-error" id="error-' + qid + '" hidden></p>',
        '<div class="quiz-options">',
    ]
    for index, option in enumerate(options, start=1):
        option_id = f"{qid}-option-{index}"
        correct = ' data-correct=""' if option.correct else ""
        feedback = f' data-feedback="{escape(option.feedback)}"' if option.feedback else ""
        lines.append(
            f'<div class="quiz-option"><input type="{control}" name="{qid}" id="{option_id}" '
            f'value="{index}"{correct}{feedback}><label for="{option_id}">{escape(option.text)}</label></div>')
    right = [escape(option.text) for option in options if option.correct]
    answer_label = "The right answer is" if len(right) == 1 else "The right answers are"
    lines += [
        "</div>",
        "</fieldset>",
        f'<button type="button" class="md-button quiz-check" data-quiz-check hidden>Check answer '
        f'<span class="quiz-visually-hidden">to question {number}</span></button>',
        f'<div class="quiz-feedback" id="feedback-{qid}" role="status" aria-live="polite"></div>',
        '<details class="quiz-answer">',
        f'<summary>Show the answer <span class="quiz-visually-hidden">to question {number}</span></summary>',
        f'<p class="quiz-right-answer">{answer_label}: {"; ".join(right)}.</p>',
        f'<p class="quiz-explanation">{escape(question.explanation)}</p>',
        f'<p class="quiz-read-more">{link}</p>',
        "</details>",
        "</div>",
    ]
    return "\n".join(lines)


def _render_summary() -> str:
    """Where the score appears; hidden until the script runs, as it needs it."""
    return (
        '<div class="quiz-summary" data-quiz-summary hidden>'
        '<h2 id="your-results">Your results</h2>'
        '<div class="quiz-score" role="status" aria-live="polite" data-quiz-score>'
        "<p>Check each answer to see how many you got right.</p></div>"
        '<button type="button" class="md-button" data-quiz-reset>Try again</button>'
        "</div>"
    )
