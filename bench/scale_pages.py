"""The benchmark's pages and arithmetic, as pure functions (no MkDocs, no timing), so they are unit-tested.

Scale guides are made from the guide's own sections: their real prose, key points and questions, so the
glossary, the grounding and the print page meet real text. Each copy keeps its page's questions (cycled to
`QUESTIONS_PER_SECTION`, every copy with an id of its own) and their sources, which the copy's prose still
holds, so the hooked build passes --strict. The fair baseline is the same prose with no quiz blocks at all.
"""

from __future__ import annotations

import re
from typing import NamedTuple

QUESTIONS_PER_SECTION = 5
ID_LINE = re.compile(r"^id:[ \t]*(?P<id>\S+)[ \t]*$", re.M)
DATES = re.compile(r"^last_reviewed: .*\nnext_review: .*\n", re.M)


TIMELINE_BLOCK = re.compile(r"^```timeline\n.*?^```\n", re.M | re.S)


def split_quiz_blocks(markdown: str) -> tuple[str, list[str]]:
    """The page without its ```quiz blocks (the fair baseline's text), and each block's text, fences
    included: read by the hook's own scanner (hooks/patient_guide/quiz/parse.py), so the baseline holds
    exactly what the hooked build shows."""
    from patient_guide.quiz.parse import scan_quiz_blocks

    scan = scan_quiz_blocks(markdown)
    if unclosed := [block for block in scan.blocks if not block.closed or block.problems]:
        raise ValueError(f"a quiz block is not closed or not sound: line {unclosed[0].first_line}")
    lines = markdown.split("\n")
    blocks = []
    for block in scan.blocks:
        end = (block.lines[-1][0] if block.lines else block.first_line) + 1  # the closing line, from 1
        blocks.append("\n".join(lines[block.first_line - 1:end]))
    kept = TIMELINE_BLOCK.sub("", scan.kept)  # the hook's other block: its picture is the hook's work too
    text = re.sub(r"\n{3,}", "\n\n", kept)  # the blank lines around a block, once
    return text.rstrip("\n") + "\n", blocks


def strip_quiz_blocks(markdown: str) -> str:
    """The same page with no quiz blocks: what the fair baseline builds."""
    return split_quiz_blocks(markdown)[0]


def with_id(block: str, new_id: str) -> str:
    """A quiz block with its id line changed."""
    changed, count = ID_LINE.subn(f"id: {new_id}", block, count=1)
    if not count:
        raise ValueError(f"a quiz block has no id line: {block[:60]!r} ...")
    return changed


def section_questions(blocks: list[str], copy: int, count: int = QUESTIONS_PER_SECTION) -> list[str]:
    """`count` questions for copy number `copy` of a section: its own blocks in turn, each with an id
    unique in the guide (the block's id, the copy and the question's place: going-home-c7-q4)."""
    if not blocks:
        raise ValueError("a section copied for the benchmark needs at least one question")
    result = []
    for place in range(1, count + 1):
        block = blocks[(place - 1) % len(blocks)]
        original = ID_LINE.search(block).group("id")
        result.append(with_id(block, f"{original}-c{copy}-q{place}"))
    return result


def with_dates(markdown: str, dates: str) -> str:
    """A page whose review dates are `dates` ("last_reviewed: ...\\nnext_review: ...\\n"), so a generated
    guide is signed off and due on any day the benchmark runs."""
    return DATES.sub(dates, markdown, count=1)


class ScalePage(NamedTuple):
    name: str  # its file name in docs/
    title: str  # its title in the navigation
    text: str  # prose, key points and questions (strip_quiz_blocks gives its fair baseline)


def scale_sections(sections: list[tuple[str, str, str]], total: int,
                   count: int = QUESTIONS_PER_SECTION) -> list[ScalePage]:
    """`total` sections from the guide's own (name, title, text), in turn. The real sections keep their
    names (other pages link to them); each further copy is `name-N.md`, titled "Title (N)"."""
    pages = []
    for copy in range(1, total + 1):
        name, title, text = sections[(copy - 1) % len(sections)]
        prose, blocks = split_quiz_blocks(text)
        if copy > len(sections):
            name, title = f"{name.removesuffix('.md')}-{copy}.md", f"{title} ({copy})"
        hooked = prose + "\n" + "\n\n".join(section_questions(blocks, copy, count)) + "\n"
        pages.append(ScalePage(name, title, hooked))
    return pages


class CostSplit(NamedTuple):
    """Where a hooked build's extra time goes, against the fair baseline (seconds)."""

    build: float  # the hooked build
    baseline: float  # the fair baseline's build
    hook_own: float  # the hook's events (their own time, summed)
    added_pages: float  # MkDocs making the pages the hook fills (quiz, print, ...), beyond their baseline

    @property
    def extra(self) -> float:
        return self.build - self.baseline

    @property
    def rest(self) -> float:
        """The difference neither part explains: longer pages for the theme and search to handle,
        the hook's import, and noise."""
        return self.extra - self.hook_own - self.added_pages

    @property
    def hook_share(self) -> float:
        """The hook's own work as a share of the whole hooked build (the budget is 10%)."""
        return self.hook_own / self.build if self.build else 0.0


def added_pages_time(spans: dict[str, float], hook_in_page: dict[str, float], baseline_spans: dict[str, float],
                     pages) -> float:
    """MkDocs' own time on the pages the hook fills in: each page's time in the hooked build (from
    reading it to its finished HTML), less the hook's events on it and less the same page in the baseline."""
    return sum(spans.get(page, 0.0) - hook_in_page.get(page, 0.0) - baseline_spans.get(page, 0.0)
               for page in pages)


def per_question_ms(seconds: float, sections: int, count: int = QUESTIONS_PER_SECTION) -> float:
    return 1000 * seconds / (sections * count)
