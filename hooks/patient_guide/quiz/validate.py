"""Rules every question must meet before it reaches a patient."""

from __future__ import annotations

import re

from ..generated_pages import HOME_PAGE, NOT_SECTIONS
from ..navigation import nav_line
from ..plain_text import text_problem
from .grounding import normalise
from .model import MULTIPLE, ORDER, QUESTION_TYPES, SINGLE, Fault, Question
from .parse import QuizScan, parse_quiz_questions

MIN_OPTIONS, MAX_OPTIONS = 2, 6
MIN_STEPS, MAX_STEPS = 3, 6  # fewer is hardly an order; more is too many to hold in mind on a phone
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REQUIRED_FIELDS = {
    "id": "Add a line 'id: a-short-name' (lower-case letters, numbers and dashes), unique in the whole guide.",
    "question": "Add a line 'question: ...' with the question the patient answers.",
    "explanation": "Add a line 'explanation: ...' saying why the right answer is right.",
    "source": "Add a line 'source: ...' quoting, word for word, the sentence on this page that gives the answer.",
}


def validate_question(question: Question) -> list[Fault]:
    """The faults of one question on its own."""
    faults: list[Fault] = []

    def fault(problem: str, fix: str) -> None:
        faults.append(Fault(question.file, question.line, question.id, problem, fix))

    for name, fix in REQUIRED_FIELDS.items():
        if not getattr(question, name):
            fault(f'The question has no "{name}".', fix)
    if question.id and not ID_PATTERN.match(question.id):
        fault(f'The id "{question.id}" has characters an id cannot have.',
              "Use only lower-case letters, numbers and single dashes, like 'why-done'.")
    if question.type not in QUESTION_TYPES:
        given = f'"{question.type}" is not a question type' if question.type else "The question has no type"
        fault(f"{given}.", "Add 'type: single' (one right answer), 'type: multiple' (one or more right answers) "
                           "or 'type: order' (steps to put in order).")
    if question.type == ORDER:
        return faults + order_faults(question)
    if question.type not in QUESTION_TYPES and question.steps and not question.options:
        return faults + plain_text_faults(question)  # steps with no type: the type's fault says what to add
    faults += [Fault(question.file, step.line, question.id,
                     f'The line "- {step.text}" is a step, which only an order question has.',
                     "Write an option as '- [x] right answer' or '- [ ] wrong answer', or make the question "
                     "'type: order'.") for step in question.steps]

    count = len(question.options)
    if not MIN_OPTIONS <= count <= MAX_OPTIONS:
        fault(f"The question has {count} option{'s' if count != 1 else ''}; it needs 2 to 6.",
              "Write between 2 and 6 lines starting '- [x]' (right) or '- [ ]' (wrong).")
    seen: dict[str, str] = {}
    for option in question.options:
        key = normalise(option.text)
        if key and key in seen:
            same = "appears more than once" if seen[key] == option.text else \
                f'says the same as "{seen[key]}": they differ only in capitals, spaces or punctuation'
            fault(f'The option "{option.text}" {same}.', "Remove the repeat or reword one of them.")
        seen.setdefault(key, option.text)
    faults += plain_text_faults(question)
    if any(not option.text for option in question.options):
        fault("An option has no text.", "Write the answer after '- [ ]' or '- [x]'.")

    right = len(question.correct_options)
    if count and right == 0:
        fault("No option is marked as the right answer.", "Mark the right answer with [x], as in '- [x] ...'.")
    elif question.type == SINGLE and right > 1:
        fault(f"This single-choice question has {right} options marked right.",
              "Mark exactly one option with [x], or change the type to 'type: multiple'.")
    elif question.type == MULTIPLE and count and right == count:
        fault("Every option is marked right, so the question tests nothing.",
              "Add at least one wrong option, written '- [ ] ...'.")
    return faults


def order_faults(question: Question) -> list[Fault]:
    """An order question's own rules: its steps, written in the right order, told apart."""
    faults: list[Fault] = []

    def fault(line: int, problem: str, fix: str) -> None:
        faults.append(Fault(question.file, line, question.id, problem, fix))

    if question.options:
        fault(question.options[0].line, "An order question has no answers to tick, so its steps have no [ ] or [x].",
              "Write each step as '- ...', without the box, in the right order.")
    count = len(question.steps)
    if not MIN_STEPS <= count <= MAX_STEPS:
        fault(question.line, f"The order question has {count} step{'s' if count != 1 else ''}; it needs "
              f"{MIN_STEPS} to {MAX_STEPS}.", f"Write between {MIN_STEPS} and {MAX_STEPS} lines starting '- ', "
              "one step each, in the right order.")
    seen: dict[str, str] = {}
    for step in question.steps:
        key = normalise(step.text)
        if not step.text:
            fault(step.line, "A step has no text.", "Write the step after '- ', or remove the line.")
        elif key in seen:
            same = "appears more than once" if seen[key] == step.text else \
                f'says the same as "{seen[key]}": they differ only in capitals, spaces or punctuation'
            fault(step.line, f'The step "{step.text}" {same}.',
                  "Remove the repeat or reword one of them: a patient must be able to tell every step apart.")
        seen.setdefault(key, step.text)
    return faults + plain_text_faults(question)


def plain_text_faults(question: Question) -> list[Fault]:
    """Formatting would reach patients as stray symbols, and unseen characters would change what
    they read: the quiz takes plain text only."""
    parts = [("question", question.question, question.line), ("explanation", question.explanation, question.line)]
    parts += [(f'option "{o.text}"', o.text, o.line) for o in question.options]
    parts += [(f'feedback of the option "{o.text}"', o.feedback, o.line) for o in question.options if o.feedback]
    parts += [(f'step "{step.text}"', step.text, step.line) for step in question.steps]
    faults = []
    for name, text, line in parts:
        if found := text_problem(text, name, "The quiz shows plain text only."):
            faults.append(Fault(question.file, line, question.id, *found))
    return faults


def find_duplicate_ids(questions: list[Question]) -> list[Fault]:
    """Ids must be unique across the guide: links and answer order depend on them. Each question
    that shares one is named, pointing at the others: which was copied, only the clinician knows."""
    by_id: dict[str, list[Question]] = {}
    for question in questions:
        if question.id:
            by_id.setdefault(question.id, []).append(question)
    return [Fault(question.file, question.line, question.id,
                  f'The id "{question.id}" is also used by the question at '
                  + "; ".join(f"{other.file}, line {other.line}" for other in sharing if other is not question)
                  + ". Every question needs its own id.",
                  "Give a new id to the question you added or copied; leave the id of a question already signed "
                  "off as it is, or its page needs a new sign-off.")
            for sharing in by_id.values() if len(sharing) > 1 for question in sharing]


def check_question_bank(pages: dict[str, str], docs_name: str,
                        scans: dict[str, QuizScan] | None = None) -> tuple[dict[str, list[Question]], list[Fault]]:
    """Every page's questions (by page), and every fault across the whole guide (`scans`: each
    page's quiz blocks, if the pages have been read already)."""
    bank: dict[str, list[Question]] = {}
    faults: list[Fault] = []
    for src, markdown in pages.items():
        questions, page_faults = parse_quiz_questions(markdown, f"{docs_name}/{src}", (scans or {}).get(src))
        faults += page_faults + [fault for question in questions for fault in validate_question(question)]
        if questions:
            bank[src] = questions
    faults += find_duplicate_ids([question for questions in bank.values() for question in questions])
    return bank, faults


def questions_off_sections(questions: dict[str, list[Question]], sections: set[str]) -> list[Fault]:
    """Questions on the home page, a page the build fills in or a page outside the navigation
    would never reach the quiz."""
    return [Fault(q.file, q.line, q.id,
                  f"Questions can only be on section pages, and this page is {_page_kind(src)}.",
                  f"If this page is a new section, add a line such as '{nav_line(src)}' under nav: in mkdocs.yml, "
                  "where it comes in reading order. Otherwise move the question to the section page that gives "
                  "its answer." if src not in NOT_SECTIONS else
                  "Move the question to the section page that gives its answer.")
            for src, page_questions in questions.items() if src not in sections for q in page_questions]


def _page_kind(src: str) -> str:
    if src == HOME_PAGE:
        return "the home page"
    return "one the build fills in" if src in NOT_SECTIONS else "not a section in the navigation"
