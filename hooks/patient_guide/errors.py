"""The one base class of every fault the guide's own checks raise.

Each says where (the file, and the line when there is one), what is wrong and how to fix it, in
words for whoever fixes it: a clinician, a translator or a host. The hook turns any of them into
MkDocs' error in one place, so a fault stops the build with its message and no traceback. Many
messages list several faults at once; those come whole, as `problem`.
"""

from __future__ import annotations


class GuideError(Exception):
    """A fault that stops the build or a sign-off."""

    def __init__(self, problem: str, *, file: str = "", line: int | None = None, fix: str = ""):
        super().__init__(problem)
        self.problem, self.file, self.line, self.fix = problem, file, line, fix

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}: " if self.file and self.line else f"{self.file}: " if self.file else ""
        return f"{where}{self.problem}" + (f" How to fix: {self.fix}" if self.fix else "")
