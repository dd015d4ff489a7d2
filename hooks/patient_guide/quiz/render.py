"""Write question sets as HTML: at the end of each section ("chunk and check")
and, from the same questions, on the whole-guide quiz page.

A set works with no script: every question is a fieldset whose answer opens in
a <details>. The script (overrides/assets/quiz/quiz.js) adds checking and the
results; the parts that only work with it carry `hidden` until it runs. The
patient's list of questions for their surgical team is on every page
(render_list_panel, run by overrides/assets/list/list.js). Every set is left out
of search (data-search-exclude), so no answer can be found by searching. The
quiz page holds one set: every section's questions under its own heading, one
error summary, one "Check my answers" and one result.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import random
from functools import cache
from html import escape
from typing import NamedTuple

from ..slots import literal, slot
from ..urgent_fix import part_notice
from ..words import Words
from .model import ORDER, SINGLE, Option, Question, Step

# The words quiz.js shows; handed to it as JSON on its script tag.
SCRIPT_WORDS = ("correct", "not_quite", "error_prefix", "choose_an_answer", "score", "read_again", "all_right",
                "missed_question", "read_again_sections", "problem_link", "order_moved", "order_error",
                "order_problem_link")
# The words list.js shows (the list for the surgical team, on every page).
LIST_WORDS = ("list_count_none", "list_count_one", "list_count_many", "remove", "printed_on", "date_locale",
              "team_answer", "list_blocked")
WHOLE_SET = "whole-guide"  # the slug of the quiz page's one set
QUESTION_TEXTS = "assets/list/questions.js"  # written by the build: each question's id and text
SHEET_LINES = 5  # writing lines under each question on the printed sheet, and for notes (list.js: the same)


class QuestionSet(NamedTuple):
    """One section's questions, as shown on one page."""

    title: str  # the section's title
    url: str  # the section page, relative to the page showing the set ("" on the section itself)
    slug: str  # unique per page: ids in the set are built from it
    questions: list[Question]
    anchors: dict[str, str]  # question id -> id of the passage that backs its answer
    pending: datetime.date | None = None  # its section was changed urgently, before review, until then


def set_anchor(slug: str) -> str:
    """The id of a section's question set (on its own page and on the quiz page)."""
    return f"questions-{slug}"


def script_words(words: Words, keys: tuple[str, ...] = SCRIPT_WORDS) -> str:
    """The words quiz.js (or, given LIST_WORDS, list.js) needs, as JSON for a data attribute."""
    return json.dumps({key: words[key] for key in keys}, ensure_ascii=False, separators=(",", ":"))


def list_key(reference: str) -> str:
    """The list's name in sessionStorage: one guide's own, should two share a web address."""
    return f"guide-questions:{reference}"


def question_texts_script(questions: list[Question]) -> str:
    """assets/list/questions.js: each question's id and text, for the list on pages that do not
    show the question. A script file, not JSON, so it loads from file:// too (fetch() cannot)."""
    texts = {question.id: question.question for question in questions}
    return f"window.guideQuestionTexts={json.dumps(texts, separators=(',', ':'))};\n"


def shuffled_options(question: Question) -> list[Option]:
    """A fixed order per question id: builds are reproducible, the answer moves about."""
    return list(_shuffled(question.id, tuple(question.options)))


def shuffled_steps(question: Question) -> list[tuple[int, Step]]:
    """An order question's steps as shown, each with its right position (from 1): fixed per
    question id like the options, and never already in the right order, which would test nothing."""
    numbered = tuple(enumerate(question.steps, start=1))
    shown = list(_shuffled(question.id, numbered))
    return shown[1:] + shown[:1] if shown == list(numbered) else shown


@cache
def _shuffled(question_id: str, options: tuple) -> tuple:
    """Worked out once per question: its section, the quiz page and the print page all show it."""
    seed = int.from_bytes(hashlib.sha256(question_id.encode("utf-8")).digest()[:8], "big")
    shuffled = list(options)
    random.Random(seed).shuffle(shuffled)
    return tuple(shuffled)


def render_section_markdown(slug: str, words: Words) -> str:
    """Markdown that ends a section: its questions' heading (so the contents list and link
    checks see it) between two slots that open and fill the set."""
    return (f"\n\n{slot('quiz-set-start')}\n"
            f"## {words['section_prompt_heading']} {{#{set_anchor(slug)} data-search-exclude}}\n\n"
            f"{slot('quiz-set')}\n")


def render_section_slots(question_set: QuestionSet, about: str, words: Words,
                         contact: str = "") -> dict[str, str]:
    """The HTML of a section's own set, and the list panel under it (`contact`: see render_list_panel)."""
    return {"quiz-set-start": _open_set(question_set),
            "quiz-set": _set_body(question_set, words, intro=True) + "</section>\n"
            + render_list_panel(about, words, contact)}


def render_quiz_markdown(sets: list[QuestionSet], words: Words) -> str:
    """The quiz page's Markdown: the intro, the one set's opening, then a heading and a slot for
    each section's questions, and the set's end."""
    parts = [f'<p class="quiz-intro">{escape(words["quiz_intro"])}</p>', slot("quiz-open")]
    for question_set in sets:
        heading = words.fill("questions_about", title=literal(question_set.title))
        parts += [f"## {heading} {{#{set_anchor(question_set.slug)}}}", slot(question_set.slug)]
    parts.append(slot("quiz-end"))
    return "\n\n".join(parts) + "\n"


def render_quiz_slots(sets: list[QuestionSet], about: str, words: Words,
                      contact: str = "") -> dict[str, str]:
    """The HTML for each slot of the quiz page: one set holding every section's questions (numbered
    across the guide), one error summary above them, one check and one result below, then the list."""
    total = sum(len(question_set.questions) for question_set in sets)
    contents = {"quiz-open": (f'<section class="quiz" id="set-{WHOLE_SET}" data-quiz data-quiz-whole '
                              f'data-search-exclude>'
                              + _error_summary(WHOLE_SET, words, level=2))}
    number = 0
    for question_set in sets:
        questions = []
        for question in question_set.questions:
            number += 1
            questions.append(render_question(question, number, total, question_set, words))
        contents[question_set.slug] = part_notice(question_set.pending, words) + "\n".join(questions)
    contents["quiz-end"] = (_set_end(WHOLE_SET, words, words["whole_guide_results"], level=2) + "</section>\n"
                            + render_list_panel(about, words, contact))
    return contents


def _open_set(question_set: QuestionSet) -> str:
    """A set is a <section>, left out of search (the hook also adds it only after search has
    read the page; Material's parser matches closing tags by name, so nothing inside is a <section>)."""
    return (f'<section class="quiz" id="set-{escape(question_set.slug)}" data-quiz data-search-exclude '
            f'aria-labelledby="{set_anchor(question_set.slug)}">')


def _set_body(question_set: QuestionSet, words: Words, intro: bool) -> str:
    """A set's questions between its error summary (above) and its results (below)."""
    count = len(question_set.questions)
    parts = []
    if intro:
        prompt = words.fill("section_prompt_one" if count == 1 else "section_prompt_many", count=count)
        parts.append(f'<p class="quiz-intro">{escape(prompt)} {escape(words["not_consent"])}</p>')
    parts.append(_error_summary(question_set.slug, words))
    parts += [render_question(question, number, count, question_set, words)
              for number, question in enumerate(question_set.questions, start=1)]
    parts.append(_set_end(question_set.slug, words, words["your_results"]))
    return "\n".join(parts)


def _set_end(slug: str, words: Words, results_heading: str, level: int = 3) -> str:
    """"Check my answers", then where the results appear: only after a check with every
    question answered, and then focused (so read out once), never a live region."""
    slug = escape(slug)
    return (f'<button type="button" class="md-button md-button--primary quiz-check-all guide-no-print" '
            f'data-quiz-check-all data-quiz-js hidden>{escape(words["check_all"])}</button>\n'
            f'<div class="quiz-summary guide-no-print" data-quiz-summary tabindex="-1" hidden>'
            f'<h{level} id="results-{slug}" data-search-exclude>{escape(results_heading)}</h{level}>'
            '<div class="quiz-score" data-quiz-score></div>'
            f'<button type="button" class="md-button" data-quiz-reset>{escape(words["try_again"])}</button>'
            "</div>")


def _error_summary(slug: str, words: Words, level: int = 3) -> str:
    """GOV.UK's error summary: shown above the set when questions are left unanswered."""
    return (f'<div class="quiz-error-summary guide-no-print" data-quiz-errors tabindex="-1" hidden>'
            f'<div role="alert"><h{level} class="quiz-error-summary__title" id="problem-{escape(slug)}" '
            f'data-search-exclude>{escape(words["there_is_a_problem"])}</h{level}>'
            '<div data-quiz-errors-list></div></div></div>')


def render_question(question: Question, number: int, total: int, question_set: QuestionSet,
                    words: Words) -> str:
    """One question: a fieldset that works with no script, plus a reveal for the answer."""
    qid = escape(question.id)
    single, order = question.type == SINGLE, question.type == ORDER
    control = "radio" if single else "checkbox"
    hint = words["hint_order" if order else "hint_single" if single else "hint_multiple"]
    to_question = escape(words.fill("to_question", number=number, total=total))
    which = escape(words.fill("which_question", number=number, total=total))
    options = shuffled_options(question)
    link = (f'<a href="{escape(question_set.url)}#{escape(question_set.anchors[question.id])}">'
            f"{escape(words.fill('read_about', title=question_set.title))} "
            f'<span class="quiz-visually-hidden">{which}</span></a>')
    lines = [
        f'<div class="quiz-question" id="question-{qid}" data-quiz-question{" data-quiz-order" if order else ""} '
        f'data-section="{escape(question_set.title)}" data-section-url="{escape(question_set.url)}">',
        f'<fieldset aria-describedby="hint-{qid}">',
        f'<legend><span class="quiz-number">{escape(words.fill("question_number", number=number, total=total))}'
        f'</span> <span class="quiz-text">{escape(question.question)}</span></legend>',
        f'<p class="quiz-hint" id="hint-{qid}">{escape(hint)}</p>',
        f'<p class="quiz-error" id="error-{qid}" hidden></p>',
        *(order_steps(question) if order else ['<div class="quiz-options">']),
    ]
    for index, option in enumerate(options, start=1):
        option_id = f"{qid}-option-{index}"
        correct = ' data-correct=""' if option.correct else ""
        feedback = f' data-feedback="{escape(option.feedback)}"' if option.feedback else ""
        lines.append(
            f'<div class="quiz-option"><input type="{control}" name="{qid}" id="{option_id}" '
            f'value="{index}"{correct}{feedback}><label for="{option_id}">{escape(option.text)}</label></div>')
    lines += [
        "" if order else "</div>",
        "</fieldset>",
        # Where a moved step is announced, alone: its verdict may be silenced by "Check my answers".
        '<div class="quiz-visually-hidden" role="status" aria-live="polite" data-quiz-moved></div>' if order else "",
        f'<button type="button" class="md-button quiz-check guide-no-print" data-quiz-check data-quiz-js hidden>'
        f'{escape(words["check_answer"])} <span class="quiz-visually-hidden">{to_question}</span></button>',
        f'<div class="quiz-feedback" id="feedback-{qid}" aria-live="polite"></div>',
        f'<div class="quiz-ask guide-no-print" data-quiz-js hidden><input type="checkbox" id="ask-{qid}" data-quiz-ask>'
        f'<label for="ask-{qid}">{escape(words["add_to_list"])} '
        f'<span class="quiz-visually-hidden">{which}</span></label></div>',
        '<details class="quiz-answer">',
        f'<summary>{escape(words["show_answer"])} <span class="quiz-visually-hidden">{to_question}</span></summary>',
        right_order(question, words) if order else right_answers([o.text for o in options if o.correct], words),
        f'<p class="quiz-explanation">{escape(question.explanation)}</p>',
        f'<p class="quiz-read-more">{link}</p>',
        "</details>",
        "</div>",
    ]
    return "\n".join(line for line in lines if line)


def order_steps(question: Question) -> list[str]:
    """An order question's steps, shuffled, each with a list of numbers to give it its place:
    that works with no script and no dragging (quiz.js then moves the step to its number).
    autocomplete="off": a browser restoring numbers after Back would leave them out of order."""
    qid = escape(question.id)
    shown = shuffled_steps(question)
    lines = ['<ol class="quiz-steps">']
    for index, (position, step) in enumerate(shown, start=1):
        step_id = f"{qid}-step-{index}"
        numbers = "".join(f"<option{' selected' if n == index else ''}>{n}</option>" for n in range(1, len(shown) + 1))
        lines.append(f'<li><select id="{step_id}" name="{step_id}" autocomplete="off" data-step="{position}">'
                     f'{numbers}</select><label for="{step_id}">{escape(step.text)}</label></li>')
    return lines + ["</ol>"]


def right_order(question: Question, words: Words) -> str:
    """"The right order is:" and the steps, numbered, as written."""
    items = "".join(f"<li>{escape(step.text)}</li>" for step in question.steps)
    return f'<div class="quiz-right-answer"><p>{escape(words["right_order"])}:</p><ol>{items}</ol></div>'


def right_answers(texts: list[str], words: Words) -> str:
    """"The right answer is: ..." or, for several, a list under "The right answers are:", which
    reads more easily than one long sentence."""
    if len(texts) == 1:
        return (f'<p class="quiz-right-answer">{escape(words["right_answer_one"])}: {escape(texts[0])}'
                f'{escape(words["full_stop"])}</p>')
    items = "".join(f"<li>{escape(text)}</li>" for text in texts)
    return f'<div class="quiz-right-answer"><p>{escape(words["right_answers_many"])}:</p><ul>{items}</ul></div>'



def render_list_panel(about: str, words: Words, contact: str = "") -> str:
    """The patient's own list of questions for their team, and the sheet it prints on: on every
    page, run by list.js. It keeps question ids only, in the tab's sessionStorage, and says so.

    `contact` is the sheet's place for whom to contact (HTML, empty until the guide sets one).
    """
    return (
        '<section class="quiz-list guide-no-print" data-quiz-list data-search-exclude hidden '
        'aria-labelledby="my-questions">'
        f'<h2 id="my-questions" data-search-exclude>{escape(words["list_heading"])}</h2>'
        f'<p>{escape(words["list_help"])}</p>'
        f'<p class="quiz-list__privacy" data-quiz-list-privacy><strong>{escape(words["list_privacy"])}</strong></p>'
        f'<p role="status" aria-live="polite" data-quiz-list-count>{escape(words["list_count_none"])}</p>'
        '<ol class="quiz-list__items" data-quiz-list-items></ol>'
        '<p class="quiz-list__actions" data-quiz-list-actions hidden>'
        f'<button type="button" class="md-button md-button--primary" data-quiz-print>{escape(words["print_list"])}'
        f'</button> <button type="button" class="md-button" data-quiz-clear>{escape(words["clear_list"])}</button></p>'
        "</section>\n"
        + render_sheet(about, words, contact)
    )


def render_sheet(about: str, words: Words, contact: str = "") -> str:
    """The printed sheet: the guide it comes from, places for the patient's name and appointment
    date, each question with lines for the team's answer (list.js fills them), whom to contact,
    and lines for notes. Never on screen."""
    lines = '<span class="quiz-sheet__line"></span>' * SHEET_LINES
    return (
        '<div class="quiz-sheet" data-quiz-sheet data-search-exclude hidden>'
        f'<p class="quiz-sheet__title">{escape(words["sheet_title"])}</p>'
        f'<p>{escape(about)} <span data-quiz-sheet-date></span></p>'
        f'<p class="quiz-sheet__field">{escape(words["sheet_name"])} <span class="quiz-sheet__blank"></span></p>'
        f'<p class="quiz-sheet__field">{escape(words["sheet_appointment"])} '
        '<span class="quiz-sheet__blank"></span></p>'
        '<ol class="quiz-sheet__items" data-quiz-sheet-items></ol>'
        f'<div class="quiz-sheet__contact">{contact}</div>'
        f'<p class="quiz-sheet__notes-title">{escape(words["sheet_notes"])}</p>'
        f'<p class="quiz-sheet__notes">{lines}</p>'
        "</div>"
    )
