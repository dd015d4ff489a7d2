"""Write question sets as HTML: at the end of each section ("chunk and check")
and, from the same questions, on the whole-guide quiz page.

A set works with no script: every question is a fieldset whose answer opens in
a <details>. The script (overrides/assets/quiz/quiz.js) adds checking, the
score and the patient's list of questions for their surgical team; the parts
that only work with it carry `hidden` until it runs. Every set is left out of
search (data-search-exclude), so no answer can be found by searching.
"""

from __future__ import annotations

import hashlib
import json
import random
from functools import lru_cache
from html import escape
from typing import NamedTuple

from ..slots import literal, slot
from ..words import Words, english_or_empty
from .model import SINGLE, Option, Question

ENGLISH = english_or_empty()
# The words quiz.js shows; handed to it as JSON on its script tag.
SCRIPT_WORDS = ("correct", "not_quite", "error_prefix", "choose_an_answer", "score", "read_again", "all_right",
                "missed_question", "overall_score", "score_placeholder", "overall_placeholder", "list_count_none",
                "list_count_one", "list_count_many", "list_empty_print", "remove", "printed_on", "date_locale",
                "problem_link", "team_answer")


class QuestionSet(NamedTuple):
    """One section's questions, as shown on one page."""

    title: str  # the section's title
    url: str  # the section page, relative to the page showing the set ("" on the section itself)
    slug: str  # unique per page: ids in the set are built from it
    questions: list[Question]
    anchors: dict[str, str]  # question id -> id of the passage that backs its answer


def set_anchor(slug: str) -> str:
    """The id of a section's question set (on its own page and on the quiz page)."""
    return f"questions-{slug}"


def script_words(words: Words) -> str:
    """The words quiz.js needs, as JSON for a data attribute."""
    return json.dumps({key: words[key] for key in SCRIPT_WORDS}, ensure_ascii=False, separators=(",", ":"))


def shuffled_options(question: Question) -> list[Option]:
    """A fixed order per question id: builds are reproducible, the answer moves about."""
    return list(_shuffled(question.id, tuple(question.options)))


@lru_cache(maxsize=None)
def _shuffled(question_id: str, options: tuple[Option, ...]) -> tuple[Option, ...]:
    """Worked out once per question: its section, the quiz page and the print page all show it."""
    seed = int.from_bytes(hashlib.sha256(question_id.encode("utf-8")).digest()[:8], "big")
    shuffled = list(options)
    random.Random(seed).shuffle(shuffled)
    return tuple(shuffled)


def render_section_markdown(slug: str, words: Words = ENGLISH) -> str:
    """Markdown that ends a section: its questions' heading (so the contents list and link
    checks see it) between two slots that open and fill the set."""
    return (f"\n\n{slot('quiz-set-start')}\n"
            f"## {words['section_prompt_heading']} {{#{set_anchor(slug)} data-search-exclude}}\n\n"
            f"{slot('quiz-set')}\n")


def render_section_slots(question_set: QuestionSet, about: str, words: Words = ENGLISH,
                         contact: str = "") -> dict[str, str]:
    """The HTML of a section's own set, and the list panel under it (`contact`: see render_list_panel)."""
    return {"quiz-set-start": _open_set(question_set),
            "quiz-set": _set_body(question_set, words, intro=True) + "</section>\n"
            + render_list_panel(about, words, contact)}


def render_quiz_markdown(sets: list[QuestionSet], words: Words = ENGLISH) -> str:
    """The quiz page's Markdown: the intro, then a heading and slots for each section's set."""
    parts = [f'<p class="quiz-intro">{escape(words["quiz_intro"])}</p>']
    for question_set in sets:
        heading = words.fill("questions_about", title=literal(question_set.title))
        parts += [slot(f"open-{question_set.slug}"), f"## {heading} {{#{set_anchor(question_set.slug)}}}",
                  slot(question_set.slug)]
    parts.append(slot("quiz-end"))
    return "\n\n".join(parts) + "\n"


def render_quiz_slots(sets: list[QuestionSet], about: str, words: Words = ENGLISH,
                      contact: str = "") -> dict[str, str]:
    """The HTML for each slot of the quiz page: one set per section, the overall score, the list."""
    contents = {}
    for question_set in sets:
        contents[f"open-{question_set.slug}"] = _open_set(question_set)
        contents[question_set.slug] = _set_body(question_set, words, intro=False) + "</section>"
    total = sum(len(question_set.questions) for question_set in sets)
    contents["quiz-end"] = (
        f'<div class="quiz-overall guide-no-print" data-quiz-overall data-total="{total}" data-search-exclude '
        f'hidden><h2 id="whole-guide-results" data-search-exclude>{escape(words["whole_guide_results"])}</h2>'
        '<div role="status" aria-live="polite" data-quiz-overall-score>'
        f'<p>{escape(words["overall_placeholder"])}</p></div></div>\n' + render_list_panel(about, words, contact))
    return contents


def _open_set(question_set: QuestionSet) -> str:
    """A set is a <section>, left out of search (the hook also adds it only after search has
    read the page; Material's parser matches closing tags by name, so nothing inside is a <section>)."""
    return (f'<section class="quiz" id="set-{escape(question_set.slug)}" data-quiz data-search-exclude '
            f'aria-labelledby="{set_anchor(question_set.slug)}">')


def _set_body(question_set: QuestionSet, words: Words, intro: bool) -> str:
    """A set's questions between its error summary (above) and its score (below)."""
    count = len(question_set.questions)
    parts = []
    if intro:
        prompt = words.fill("section_prompt_one" if count == 1 else "section_prompt_many", count=count)
        parts.append(f'<p class="quiz-intro">{escape(prompt)} {escape(words["not_consent"])}</p>')
    parts.append(_error_summary(question_set.slug, words))
    parts += [render_question(question, number, count, question_set, words)
              for number, question in enumerate(question_set.questions, start=1)]
    parts.append(f'<button type="button" class="md-button md-button--primary quiz-check-all guide-no-print" '
                 f'data-quiz-check-all data-quiz-js hidden>{escape(words["check_all"])}</button>')
    parts.append(_summary(question_set.slug, words))
    return "\n".join(parts)


def _error_summary(slug: str, words: Words) -> str:
    """GOV.UK's error summary: shown above the set when questions are left unanswered."""
    return (f'<div class="quiz-error-summary guide-no-print" data-quiz-errors tabindex="-1" hidden>'
            f'<div role="alert"><h3 class="quiz-error-summary__title" id="problem-{escape(slug)}" data-search-exclude>'
            f'{escape(words["there_is_a_problem"])}</h3><div data-quiz-errors-list></div></div></div>')


def render_question(question: Question, number: int, total: int, question_set: QuestionSet,
                    words: Words = ENGLISH) -> str:
    """One question: a fieldset that works with no script, plus a reveal for the answer."""
    qid = escape(question.id)
    single = question.type == SINGLE
    control = "radio" if single else "checkbox"
    hint = words["hint_single" if single else "hint_multiple"]
    to_question = escape(words.fill("to_question", number=number))
    options = shuffled_options(question)
    link = (f'<a href="{escape(question_set.url)}#{escape(question_set.anchors[question.id])}">'
            f"{escape(words.fill('read_about', title=question_set.title))}</a>")
    lines = [
        f'<div class="quiz-question" id="question-{qid}" data-quiz-question data-section="{escape(question_set.title)}"'
        f' data-section-url="{escape(question_set.url)}">',
        f'<fieldset aria-describedby="hint-{qid}">',
        f'<legend><span class="quiz-number">{escape(words.fill("question_number", number=number, total=total))}'
        f'</span> <span class="quiz-text">{escape(question.question)}</span></legend>',
        f'<p class="quiz-hint" id="hint-{qid}">{escape(hint)}</p>',
        f'<p class="quiz-error" id="error-{qid}" hidden></p>',
        '<div class="quiz-options">',
    ]
    for index, option in enumerate(options, start=1):
        option_id = f"{qid}-option-{index}"
        correct = ' data-correct=""' if option.correct else ""
        feedback = f' data-feedback="{escape(option.feedback)}"' if option.feedback else ""
        lines.append(
            f'<div class="quiz-option"><input type="{control}" name="{qid}" id="{option_id}" '
            f'value="{index}"{correct}{feedback}><label for="{option_id}">{escape(option.text)}</label></div>')
    lines += [
        "</div>",
        "</fieldset>",
        f'<button type="button" class="md-button quiz-check guide-no-print" data-quiz-check data-quiz-js hidden>'
        f'{escape(words["check_answer"])} <span class="quiz-visually-hidden">{to_question}</span></button>',
        f'<div class="quiz-feedback" id="feedback-{qid}" role="status" aria-live="polite"></div>',
        f'<div class="quiz-ask guide-no-print" data-quiz-js hidden><input type="checkbox" id="ask-{qid}" data-quiz-ask>'
        f'<label for="ask-{qid}">{escape(words["add_to_list"])} '
        f'<span class="quiz-visually-hidden">({to_question})</span></label></div>',
        '<details class="quiz-answer">',
        f'<summary>{escape(words["show_answer"])} <span class="quiz-visually-hidden">{to_question}</span></summary>',
        right_answers([option.text for option in options if option.correct], words),
        f'<p class="quiz-explanation">{escape(question.explanation)}</p>',
        f'<p class="quiz-read-more">{link}</p>',
        "</details>",
        "</div>",
    ]
    return "\n".join(lines)


def right_answers(texts: list[str], words: Words = ENGLISH) -> str:
    """"The right answer is: ..." or, for several, a list under "The right answers are:", which
    reads more easily than one long sentence."""
    if len(texts) == 1:
        return f'<p class="quiz-right-answer">{escape(words["right_answer_one"])}: {escape(texts[0])}.</p>'
    items = "".join(f"<li>{escape(text)}</li>" for text in texts)
    return f'<div class="quiz-right-answer"><p>{escape(words["right_answers_many"])}:</p><ul>{items}</ul></div>'


def _summary(slug: str, words: Words) -> str:
    """Where the set's score appears; hidden until the script runs, as it needs it."""
    slug = escape(slug)
    return (
        f'<div class="quiz-summary guide-no-print" data-quiz-summary data-quiz-js hidden>'
        f'<h3 id="results-{slug}" data-search-exclude>{escape(words["your_results"])}</h3>'
        '<div class="quiz-score" role="status" aria-live="polite" data-quiz-score>'
        f'<p>{escape(words["score_placeholder"])}</p></div>'
        f'<button type="button" class="md-button" data-quiz-reset>{escape(words["try_again"])}</button>'
        "</div>"
    )


def render_list_panel(about: str, words: Words = ENGLISH, contact: str = "") -> str:
    """The patient's own list of questions for their team, and the sheet it prints on.

    It lives only in the page: nothing is stored or sent, and the panel says so. `contact` is the
    "If you are worried" block (contact.render_contact), which ends the printed sheet.
    """
    return (
        '<section class="quiz-list guide-no-print" data-quiz-list data-search-exclude hidden '
        'aria-labelledby="my-questions">'
        f'<h2 id="my-questions" data-search-exclude>{escape(words["list_heading"])}</h2>'
        f'<p>{escape(words["list_help"])}</p>'
        f'<p class="quiz-list__privacy"><strong>{escape(words["list_privacy"])}</strong></p>'
        f'<p role="status" aria-live="polite" data-quiz-list-count>{escape(words["list_count_none"])}</p>'
        '<ol class="quiz-list__items" data-quiz-list-items></ol>'
        f'<button type="button" class="md-button" data-quiz-print>{escape(words["print_list"])}</button>'
        "</section>\n"
        '<div class="quiz-sheet" data-quiz-sheet data-search-exclude hidden>'
        f'<p class="quiz-sheet__title">{escape(words["sheet_title"])}</p>'
        f'<p>{escape(about)} <span data-quiz-sheet-date></span></p>'
        '<ol class="quiz-sheet__items" data-quiz-sheet-items></ol>'
        f'<p class="quiz-sheet__notes-title">{escape(words["sheet_notes"])}</p>'
        '<p class="quiz-sheet__lines"></p>'
        f"{contact}"
        "</div>"
    )
