"""Each page of the guide read once per build: its text, front matter, block structure and quiz
blocks. The build's checks and later events use this one reading instead of reading again."""

from __future__ import annotations

from typing import NamedTuple

from .front_matter import FrontMatter, Misplaced, find_front_matter
from .markdown_blocks import COMMENT, Blocks, read_blocks
from .quiz.parse import QuizScan, scan_quiz_blocks
from .review import split_front_matter


class PageSource(NamedTuple):
    """One page as read: its text (with \\n line breaks) and what the checks need of it."""

    text: str
    found: FrontMatter | Misplaced  # where its front matter is, or why it is not there
    front: tuple[dict, str, str]  # its front matter as data, its raw text, and the body
    blocks: Blocks  # how Markdown reads each line
    quiz: QuizScan  # its quiz blocks, and the text without them

    @property
    def meta(self) -> dict:
        """The front matter as MkDocs would make it, a copy the build may add to."""
        return dict(self.front[0])

    def body(self) -> str:
        """The page after its front matter, as MkDocs reads it."""
        return self.found.body.lstrip("\n") if isinstance(self.found, FrontMatter) else self.text

    def body_without_quiz(self, replaced: tuple[int, int, str] | None = None) -> tuple[str, list[str]]:
        """The body as patients read it, with its quiz blocks cut out, and how Markdown reads each
        of its lines. (Cutting a closed fence changes nothing of how the rest reads.) `replaced`:
        (first, last, text), lines of the page (from 1) that give way to one line of HTML comment
        (the place the build puts what it makes of them)."""
        first = self.found.body_line if isinstance(self.found, FrontMatter) else 0
        lines = self.text.split("\n")
        while first < len(lines) and not lines[first]:
            first += 1  # as MkDocs drops the blank lines after the front matter
        kept = [index for index in self.quiz.kept_lines if index >= first]
        if replaced is None:
            return "\n".join(lines[index] for index in kept), [self.blocks.kinds[index] for index in kept]
        start, end, text = replaced[0] - 1, replaced[1] - 1, replaced[2]
        body, kinds = [], []
        for index in kept:
            if start < index <= end:
                continue
            body.append(text if index == start else lines[index])
            kinds.append(COMMENT if index == start else self.blocks.kinds[index])
        return "\n".join(body), kinds


def read_page(text: str) -> PageSource:
    """A page's one reading: `text` as decode_source gives it."""
    found = find_front_matter(text)
    blocks = read_blocks(text.split("\n"))
    return PageSource(text, found, split_front_matter(text, found), blocks, scan_quiz_blocks(text, blocks))
