"""Write the quiz page and each section's pointer to it, as HTML and Markdown."""

from __future__ import annotations

import hashlib
import random
from html import escape
from typing import NamedTuple

from .model import SINGLE, Option, Question
from ..slots import slot
from ..words import Words, load_words

ENGLISH = load_words("en")


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


def render_section_prompt(quiz_url: str, slug: str, count: int, words: Words = ENGLISH) -> str:
    """Markdown that ends a section, pointing to its questions (the print page leaves it out)."""
    prompt = words.fill("section_prompt_one" if count == 1 else "section_prompt_many", count=count)
    return (
        f"\n\n## {words['section_prompt_heading']} {{: .quiz-prompt }}\n\n{prompt}\n\n"
        f"[{words['section_prompt_link']}]({quiz_url}#{section_anchor(slug)})\n"
    )


def render_quiz_markdown(sections: list[Section], words: Words = ENGLISH) -> str:
    """The quiz page's Markdown: the intro, a heading per section, and slots for the questions."""
    parts = [f'<p class="quiz-intro">{escape(words["quiz_intro"])}</p>', slot("quiz-start")]
    for section in sections:
        heading = words.fill("questions_about", title=section.title)
        parts.append(f"## {heading} {{#{section_anchor(section.slug)}}}")
        parts.append(slot(section_anchor(section.slug)))
    parts.append(slot("quiz-end"))
    return "\n\n".join(parts) + "\n"


def render_quiz_slots(sections: list[Section], words: Words = ENGLISH) -> dict[str, str]:
    """The HTML for each slot of the quiz page: numbered questions in section order."""
    total = sum(len(section.questions) for section in sections)
    contents = {"quiz-start": f'<div class="quiz" data-quiz data-total="{total}">'}
    number = 0
    for section in sections:
        questions = []
        for question in section.questions:
            number += 1
            questions.append(render_question(question, number, total, section, words))
        contents[section_anchor(section.slug)] = "\n".join(questions)
    contents["quiz-end"] = _render_summary(words) + "\n</div>"
    return contents


def render_question(question: Question, number: int, total: int, section: Section, words: Words = ENGLISH) -> str:
    """One question: a fieldset that works with no script, plus a reveal for the answer."""
    qid = escape(question.id)
    single = question.type == SINGLE
    control = "radio" if single else "checkbox"
    hint = words["hint_single" if single else "hint_multiple"]
    to_question = escape(words.fill("to_question", number=number))
    options = shuffled_options(question)
    link = (f'<a href="{escape(section.url)}#{escape(section.anchors[question.id])}">'
            f"{escape(words.fill('read_about', title=section.title))}</a>")
    lines = [
        f'<div class="quiz-question" id="question-{qid}" data-quiz-question data-section="{escape(section.title)}" '
        f'data-section-url="{escape(section.url)}">',
        f'<fieldset aria-describedby="hint-{qid}">',
        f'<legend><span class="quiz-number">{escape(words.fill("question_number", number=number, total=total))}</span> '
        f'<span class="quiz-text">{escape(question.question)}</span></legend>',
        f'<p class="quiz-hint" id="hint-{qid}">{escape(hint)}</p>',
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
    answer_label = escape(words["right_answer_one" if len(right) == 1 else "right_answers_many"])
    lines += [
        "</div>",
        "</fieldset>",
        f'<button type="button" class="md-button quiz-check" data-quiz-check hidden>{escape(words["check_answer"])} '
        f'<span class="quiz-visually-hidden">{to_question}</span></button>',
        f'<div class="quiz-feedback" id="feedback-{qid}" role="status" aria-live="polite"></div>',
        '<details class="quiz-answer">',
        f'<summary>{escape(words["show_answer"])} <span class="quiz-visually-hidden">{to_question}</span></summary>',
        f'<p class="quiz-right-answer">{answer_label}: {"; ".join(right)}.</p>',
        f'<p class="quiz-explanation">{escape(question.explanation)}</p>',
        f'<p class="quiz-read-more">{link}</p>',
        "</details>",
        "</div>",
    ]
    return "\n".join(lines)


def _render_summary(words: Words) -> str:
    """Where the score appears; hidden until the script runs, as it needs it."""
    return (
        '<div class="quiz-summary" data-quiz-summary hidden>'
        f'<h2 id="your-results">{escape(words["your_results"])}</h2>'
        '<div class="quiz-score" role="status" aria-live="polite" data-quiz-score>'
        f'<p>{escape(words["score_placeholder"])}</p></div>'
        f'<button type="button" class="md-button" data-quiz-reset>{escape(words["try_again"])}</button>'
        "</div>"
    )
