"""Read ```quiz blocks out of a section's Markdown.

The syntax is line-based so a clinician can write it without a programmer:

    ```quiz
    id: why-done
    type: single
    question: When is this operation generally performed?
    - [x] When severe pain continues after a hip replacement
        feedback: Optional words shown when this option is chosen.
    - [ ] Before a first hip replacement
    explanation: Why the right answer is right.
    source: a passage copied word for word from the same page
    ```
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .model import Fault, Option, Question

FENCE_OPEN = re.compile(r"^(`{3,}|~{3,})\s*quiz\s*$")
FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
OPTION = re.compile(r"^[-*]\s*\[(?P<mark>[ xX]?)\]\s*(?P<text>.*)$")
OPTION_FEEDBACK = re.compile(r"^\s{2,}feedback\s*:\s*(?P<text>.*)$")
TEXT_FIELDS = ("id", "type", "question", "explanation", "source")


class QuizBlock(NamedTuple):
    """The raw lines of one ```quiz block, with the file line of each."""

    first_line: int
    lines: list[tuple[int, str]]
    closed: bool


def split_quiz_blocks(markdown: str) -> tuple[str, list[QuizBlock]]:
    """Cut the quiz blocks out, leaving the page text as readers see it."""
    kept: list[str] = []
    blocks: list[QuizBlock] = []
    lines = markdown.split("\n")
    index = 0
    while index < len(lines):
        opening = FENCE_OPEN.match(lines[index])
        if not opening:
            kept.append(lines[index])
            index += 1
            continue
        fence = opening.group(1)
        first_line = index + 1
        body: list[tuple[int, str]] = []
        index += 1
        while index < len(lines) and lines[index].strip() != fence:
            body.append((index + 1, lines[index]))
            index += 1
        closed = index < len(lines)
        blocks.append(QuizBlock(first_line, body, closed))
        index += 1
    return "\n".join(kept), blocks


def parse_quiz_block(block: QuizBlock, file: str) -> tuple[Question, list[Fault]]:
    """Turn a block's lines into a Question, noting every line it cannot read."""
    question = Question(file=file, line=block.first_line)
    problems: list[tuple[int, str, str]] = []

    def fault(line: int, problem: str, fix: str) -> None:
        problems.append((line, problem, fix))

    if not block.closed:
        fault(block.first_line, "This quiz block is never closed.",
              "Add a line with three backticks (```) after the question's last line.")
    last_option_line = None
    for number, raw in block.lines:
        if not raw.strip():
            continue
        feedback = OPTION_FEEDBACK.match(raw)
        if feedback and last_option_line is not None:
            last = question.options[-1]
            question.options[-1] = last._replace(feedback=feedback.group("text").strip())
            continue
        line = raw.strip()
        option = OPTION.match(line)
        if option:
            question.options.append(
                Option(option.group("text").strip(), option.group("mark").lower() == "x", number))
            last_option_line = number
            continue
        last_option_line = None
        field = FIELD.match(line)
        if field and field.group("key") in TEXT_FIELDS:
            key, value = field.group("key"), field.group("value").strip()
            if getattr(question, key):
                fault(number, f'The field "{key}" is given twice.', f'Keep one "{key}:" line.')
            setattr(question, key, value)
        elif field and field.group("key") == "feedback":
            fault(number, "This feedback line does not follow an option.",
                  "Put 'feedback:' on the line just under its option, indented by at least two spaces.")
        elif field:
            fault(number, f'"{field.group("key")}" is not a field a question can have.',
                  f"Use only {', '.join(TEXT_FIELDS)} and options written as '- [x] ...' or '- [ ] ...'.")
        else:
            fault(number, f'This line was not understood: "{line}".',
                  "Write each part as 'name: value', or an option as '- [x] right answer' or '- [ ] wrong answer'.")
    # The id may come after a faulty line, so faults are named once the block is read.
    return question, [Fault(file, line, question.id, problem, fix) for line, problem, fix in problems]


def parse_quiz_questions(markdown: str, file: str) -> tuple[list[Question], list[Fault]]:
    """Every question on one page, in page order, with the faults of reading them."""
    questions: list[Question] = []
    faults: list[Fault] = []
    for block in split_quiz_blocks(markdown)[1]:
        question, block_faults = parse_quiz_block(block, file)
        questions.append(question)
        faults.extend(block_faults)
    return questions, faults
