"""The quiz's data: questions as authored, and faults found in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from ..errors import GuideError
from ..source_text import visible

SINGLE = "single"
MULTIPLE = "multiple"
ORDER = "order"  # steps to put in order, written in the right order
QUESTION_TYPES = (SINGLE, MULTIPLE, ORDER)


class Option(NamedTuple):
    text: str
    correct: bool
    line: int
    feedback: str = ""


class Step(NamedTuple):
    """One step of an order question, as written (the steps are written in the right order)."""

    text: str
    line: int


@dataclass
class Question:
    file: str
    line: int
    id: str = ""
    type: str = ""
    question: str = ""
    explanation: str = ""
    source: str = ""
    options: list[Option] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)  # an order question's steps, in the right order
    source_line: int = 0  # where its source: line is, for the faults that are about the passage

    @property
    def correct_options(self) -> list[Option]:
        return [option for option in self.options if option.correct]


class Fault(NamedTuple):
    """One problem, worded for the clinician who has to fix it."""

    file: str
    line: int
    question_id: str
    problem: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}"
        if self.question_id:
            where += f', question "{self.question_id}"'
        # A quoted option or passage may hold a character nobody can see: name it, never show "".
        return visible(f"{where}: {self.problem} How to fix: {self.fix}")


class QuizError(GuideError):
    """All faults of a build at once, so one edit-and-build cycle fixes them all."""

    def __init__(self, faults: list[Fault]):
        self.faults = sorted(faults, key=lambda fault: (fault.file, fault.line))
        count = len(faults)
        heading = f"The quiz has {count} problem{'s' if count != 1 else ''}; nothing was built."
        super().__init__("\n".join([heading, *(f"  - {fault}" for fault in self.faults)]))
