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

An order question (`type: order`) lists its steps instead, in the right order, one
'- ...' line each; the page shows them shuffled.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..markdown_blocks import COMMENT, FENCE_LINE, Blocks, read_blocks
from .model import Fault, Option, Question, Step

# The info string of a quiz block: the word quiz in any capitals, anywhere (```quiz, ```{.quiz}, ``` Quiz x).
QUIZ_INFO = re.compile(r"(?<![\w-])quiz(?![\w-])", re.IGNORECASE)
FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
OPTION = re.compile(r"^[-*+]\s*\[(?P<mark>[ xX]?)\]\s*(?P<text>.*)$")
# A step of an order question ("- Go home"): a list line with no [ ] box.
STEP = re.compile(r"^[-*+](?:\s+(?P<text>.*))?$")
NUMBERED_STEP = re.compile(r"^(?P<number>\d+[.)])\s+(?P<text>.*)$")
OPTION_FEEDBACK = re.compile(r"^\s{2,}feedback\s*:\s*(?P<text>.*)$")
# An answer line ("- [x] ..."), which outside a quiz block would be published as it stands.
STRAY_OPTION = re.compile(r"^[ \t>]*[-*+]\s*\[[ xX]\]")
TEXT_FIELDS = ("id", "type", "question", "explanation", "source")
MOVE_TO_MARGIN = ("Move the whole block out of the box, list, tab or quote, so that its ``` lines start "
                  "at the very left of the line (usually at the end of the section).")


class QuizBlock(NamedTuple):
    """The raw lines of one ```quiz block, with the file line of each."""

    first_line: int
    lines: list[tuple[int, str]]
    closed: bool
    problems: tuple[tuple[int, str, str], ...] = ()  # (line, problem, fix) about where or how it was opened
    fence: str = "```"  # the marks that open it, which must close it
    refused: bool = False  # refused as a whole (its problems say why): its lines are not checked


def _refused(block: QuizBlock, problem: str, fix: str) -> QuizBlock:
    """A block that must go as a whole: one message at its opening line, nothing about its lines."""
    return block._replace(problems=((block.first_line, problem, fix),), refused=True)


def _fence(line: str):
    """A line shaped like a fence (backtick fences cannot have a backtick in their info string),
    whether or not Markdown would take it as one: a quiz block is cut out before Markdown reads the page."""
    if "```" not in line and "~~~" not in line:  # a fence is three marks in a row: most lines have none
        return None
    match = FENCE_LINE.match(line)
    if match and not (match.group("fence")[0] == "`" and "`" in match.group("info")):
        return match
    return None


def _closes(line: str, fence: str) -> bool:
    """A closing fence: the same character, at least as long, nothing after it."""
    match = _fence(line)
    return bool(match and match.group("fence")[0] == fence[0] and len(match.group("fence")) >= len(fence)
                and not match.group("info").strip())


def _quiz_opening(line: str):
    match = _fence(line)
    return match if match and QUIZ_INFO.search(match.group("info")) else None


def _broken_quiz_opening(line: str):
    """```quiz` and the like: meant to open a quiz block, but a backtick after the fence makes
    it no fence at all to Markdown (so its lines would be shown, answers included)."""
    match = FENCE_LINE.match(line) if "```" in line else None
    if match and match.group("fence")[0] == "`" and "`" in match.group("info") and QUIZ_INFO.search(
            match.group("info")):
        return match
    return None


class QuizScan(NamedTuple):
    """A page read for its quiz blocks."""

    kept: str  # the page text without its quiz blocks
    blocks: list[QuizBlock]
    strays: list[int]  # the lines of answers outside any block, which patients would see
    kept_lines: list[int]  # the index in the page of each line kept


def split_quiz_blocks(markdown: str) -> tuple[str, list[QuizBlock]]:
    """Cut the quiz blocks out, leaving the page text as readers see it."""
    scan = scan_quiz_blocks(markdown)
    return scan.kept, scan.blocks


def scan_quiz_blocks(markdown: str, reading: Blocks | None = None) -> QuizScan:
    """The page text without its quiz blocks, the blocks, and the lines of stray answers
    (`reading`: how Markdown reads the page, if it has been read already).

    A quiz block anywhere Markdown could see a fence (indented, inside a box, a
    list, a tab or a quote; any capitals) is cut out, so its answers can never
    be published; one that is not at the left margin is refused. A quiz example
    inside another code block is that block's text, and stays. The page is read
    as Markdown reads it (markdown_blocks); after a block Markdown would not have
    read as one (never closed, a header it refuses), the rest is read again without it.
    """
    kept: list[int] = []
    blocks: list[QuizBlock] = []
    strays: list[int] = []  # answer lines outside any block, which patients would see
    lines = markdown.split("\n")
    reading = reading or read_blocks(lines)
    fences = {fence.start: fence for fence in reading.fences}
    index = 0
    while index < len(lines):
        line, fence = lines[index], fences.get(index)
        opening = _quiz_opening(line) if fence is None or QUIZ_INFO.search(fence.info) else None
        if fence and not opening:
            index, block = _code_block(lines, fence, kept, strays)
            if block is None:
                continue
            blocks.append(block)
        elif opening or (broken := _broken_quiz_opening(line)):
            block, index = _read_block(lines, index, opening or broken)
            if holder := reading.holders.get(block.first_line - 1):
                block = _refused(block, *_inside_raw_html(holder))
            elif not opening:
                block = _refused(block, f'The opening line "{line.strip()}" has a backtick (`) after "quiz", so '
                                        "Markdown would not read it as the start of a quiz block, and patients "
                                        "would see the question and its answers.",
                                 f"Write the opening line as {broken.group('fence')}quiz with nothing after it.")
            blocks.append(block)
            if fence and index == fence.end + 1:
                continue  # cut out just as Markdown reads it: the reading of the rest stands
        else:
            if "[" in line and STRAY_OPTION.match(line) and reading.kinds[index] != COMMENT:
                strays.append(index + 1)  # a comment hides it from patients; anywhere else it shows
            kept.append(index)
            index += 1
            continue
        reading = read_blocks(lines, index)
        fences = {fence.start: fence for fence in reading.fences}
    return QuizScan("\n".join(lines[index] for index in kept), blocks, strays, kept)


def _code_block(lines: list[str], fence, kept: list[int], strays: list[int]) -> tuple[int, QuizBlock | None]:
    """A code block, shown as written: its lines are kept, and where to read on is returned. A quiz
    block inside that its own closing line would end is read as a quiz block instead (with the
    code block named as never closed); a quiz block in a longer fence is an example."""
    example = False  # answer lines after a quiz opening are a documented example
    for index in range(fence.start, fence.end + 1):
        line = lines[index]
        opening = _quiz_opening(line) if index > fence.start else None
        if opening and opening.group("fence") == fence.marks:
            block, after = _read_block(lines, index, opening)
            return after, block._replace(problems=block.problems + ((
                block.first_line, f"The code block that starts on line {fence.start + 1} is not closed before this "
                "quiz block, so the page would show the question as code, answers included.",
                f"Close that code block with a line of {fence.marks} before this quiz block, or remove its opening "
                "line."),))
        example = example or bool(opening)
        if index > fence.start and "[" in line and STRAY_OPTION.match(line) and not example:
            strays.append(index + 1)
        kept.append(index)
    return fence.end + 1, None


def _inside_raw_html(holder: tuple[str, int]) -> tuple[str, str]:
    """Why a quiz block inside raw HTML is refused, as (problem, fix)."""
    what, opened_on = holder
    if what == "comment":
        return (f"This quiz block is inside an HTML comment (<!-- ... -->, opened on line {opened_on}). "
                "A comment does not hide a question: the build would still publish it.",
                "To take a question out, delete the whole block, from ```quiz to its closing ``` (git keeps the "
                "old version). Otherwise move it out of the comment.")
    return (f"This quiz block is inside raw HTML (the <{what}> that opens on line {opened_on}), which "
            "the page shows as it stands: the question would be taken out and leave an empty box behind.",
            f"Move the block out of the <{what}> ... </{what}> HTML, usually to the end of the section.")


def _read_block(lines: list[str], index: int, opening) -> tuple[QuizBlock, int]:
    """One quiz block from its opening line; returns it and the index after it."""
    first_line = index + 1
    fence, prefix = opening.group("fence"), opening.group("prefix")
    problems = []
    if prefix:
        problems.append((first_line, "This quiz block is indented or inside a box, list, tab or quote, "
                         "so the page would show it to patients as code, answers included.", MOVE_TO_MARGIN))
    rest = QUIZ_INFO.sub("", opening.group("info"), count=1).strip().strip("{}.").strip()
    if rest:
        problems.append((first_line, f'The opening line has "{rest}" after "quiz", which a quiz block cannot have.',
                         f"Write the opening line as {fence}quiz with nothing after it."))
    body: list[tuple[int, str]] = []
    index += 1
    while index < len(lines):
        line = lines[index]
        if _quiz_opening(line):  # the next question starts: this one was never closed
            return QuizBlock(first_line, body, False, tuple(problems), fence), index
        inner = _without_prefix(line, prefix)
        if _closes(inner, fence):
            return QuizBlock(first_line, body, True, tuple(problems), fence), index + 1
        body.append((index + 1, inner))
        index += 1
    return QuizBlock(first_line, body, False, tuple(problems), fence), index


def _without_prefix(line: str, prefix: str) -> str:
    """A body line without the indentation or quote marks its opening line had."""
    if quotes := prefix.count(">"):
        for _ in range(quotes):
            line = re.sub(r"^[ \t]*>[ ]?", "", line, count=1)
        return line
    width = 0
    while width < len(prefix) and line[width:width + 1] in (" ", "\t"):
        width += 1
    return line[width:]


def parse_quiz_block(block: QuizBlock, file: str) -> tuple[Question, list[Fault]]:
    """Turn a block's lines into a Question, noting every line it cannot read."""
    question = Question(file=file, line=block.first_line)
    if block.refused:
        return question, [Fault(file, line, "", problem, fix) for line, problem, fix in block.problems]
    problems: list[tuple[int, str, str]] = []

    def fault(line: int, problem: str, fix: str) -> None:
        problems.append((line, problem, fix))

    problems.extend(block.problems)
    last_option_line = None
    feedback_lines: dict[int, int] = {}  # option index -> line of its feedback
    for number, raw in block.lines:
        raw = raw.expandtabs(4)  # a tab indents as well as spaces do
        if not raw.strip():
            continue
        feedback = OPTION_FEEDBACK.match(raw)
        if feedback and last_option_line is not None:
            last = len(question.options) - 1
            if last in feedback_lines:
                fault(number, f"This option already has feedback, on line {feedback_lines[last]}.",
                      "Keep one 'feedback:' line under each option: join the two into one.")
            else:
                feedback_lines[last] = number
                question.options[-1] = question.options[-1]._replace(feedback=unquoted(feedback.group("text")))
            continue
        line = raw.strip()
        option = OPTION.match(line)
        if option:
            question.options.append(
                Option(option.group("text").strip(), option.group("mark").lower() == "x", number))
            last_option_line = number
            continue
        last_option_line = None
        if step := STEP.match(line):
            question.steps.append(Step((step.group("text") or "").strip(), number))
            continue
        if numbered := NUMBERED_STEP.match(line):
            fault(number, f'This line starts with a number ("{numbered.group("number")}"), which a step does not have.',
                  "Write each step of an order question as '- ...', in the right order: the build numbers them.")
            continue
        field = FIELD.match(line)
        if field and field.group("key") in TEXT_FIELDS:
            key, value = field.group("key"), unquoted(field.group("value"))
            if getattr(question, key):
                fault(number, f'The field "{key}" is given twice.', f'Keep one "{key}:" line.')
            setattr(question, key, value)
            if key == "source":
                question.source_line = number
        elif (field and field.group("key") == "feedback" and question.options
              and question.options[-1].line == number - 1):
            fault(number, "This feedback line is not indented, so it is not clear that it belongs to the option above.",
                  "Indent 'feedback:' by four spaces (or a tab) under its option.")
        elif field and field.group("key") == "feedback":
            fault(number, "This feedback line does not follow an option.",
                  "Put 'feedback:' on the line just under its option, indented by at least two spaces.")
        elif field:
            fault(number, f'"{field.group("key")}" is not a field a question can have.',
                  f"Use only {', '.join(TEXT_FIELDS)} and options written as '- [x] ...' or '- [ ] ...'.")
        else:
            fault(number, f'This line was not understood: "{line}".',
                  "Write each part as 'name: value', or an option as '- [x] right answer' or '- [ ] wrong answer'.")
    if not block.closed:
        # What follows an unclosed block is not part of it, so its other faults would only mislead.
        problems = [p for p in problems if p[0] == block.first_line] + [(
            block.first_line, "This quiz block is never closed, so the build cannot tell where it ends.",
            f"Add a line with just {block.fence} (the same marks that open the block) after the question's last line.")]
    # The id may come after a faulty line, so faults are named once the block is read.
    return question, [Fault(file, line, question.id, problem, fix) for line, problem, fix in problems]


def parse_quiz_questions(markdown: str, file: str, scan: QuizScan | None = None) -> tuple[list[Question], list[Fault]]:
    """Every question on one page, in page order, with the faults of reading them (`scan`: the
    page's quiz blocks, if it has been read already)."""
    questions: list[Question] = []
    _, blocks, strays, _ = scan or scan_quiz_blocks(markdown)
    faults = [Fault(file, line, "", "This line looks like a quiz answer ('- [x]' or '- [ ]') outside a quiz block, "
                    "so patients would see it on the page.",
                    "If it belongs to a question, check that the block's first line is ```quiz; otherwise write "
                    "the list without the [ ] box.") for line in strays]
    for block in blocks:
        question, block_faults = parse_quiz_block(block, file)
        if not block.refused:  # a refused block has one message; checking its question would only add noise
            questions.append(question)
        faults.extend(block_faults)
    return questions, faults


def unquoted(value: str) -> str:
    """A value as meant: one pair of straight quotes around the whole of it, as in front matter
    ("What is...?"), is not shown. Double quotes inside double quotes ("Yes" or "No") are the
    words' own, so such a value is shown as typed."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        if value[0] == "'" or '"' not in inner:
            return inner.strip()
    return value
