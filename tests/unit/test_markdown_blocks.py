"""The one reader of Markdown's block structure reads pages as Python-Markdown does, with this
site's own extensions: property tests render generated pages with Markdown itself and compare."""

import re

import markdown
import pytest
from bs4 import BeautifulSoup, Comment
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patient_guide.markdown_blocks import BLOCK_TAGS, CODE, COMMENT, HTML, TEXT, fence_line, read_blocks
from site_config import site_markdown

MARK = re.compile(r"m(\d+)x")


MD = site_markdown()  # Markdown as MkDocs sets it up for this site


def rendered_kinds(text: str) -> dict[int, str]:
    """For each marker *mNx* in the page, how Markdown showed it: as a code block, passed through in
    raw HTML or a comment, or read as Markdown text (its * made emphasis, or inline `code`)."""
    MD.reset()
    soup = BeautifulSoup(MD.convert(text), "html.parser")
    kinds = {}
    for node in soup.find_all(string=MARK):
        for found in MARK.finditer(str(node)):
            number = int(found.group(1))
            if isinstance(node, Comment):
                kinds[number] = COMMENT
            elif node.find_parent("pre"):
                kinds[number] = CODE
            elif node.parent.name == "em" and str(node) == found.group(0) or node.parent.name == "code":
                # Emphasis, or inline code: either way the line was read as Markdown text.
                kinds[number] = TEXT
            else:
                kinds[number] = HTML
    return kinds


def reader_kinds(text: str) -> dict[int, str]:
    lines = text.split("\n")
    blocks = read_blocks(lines)
    return {int(found.group(1)): blocks.kinds[index] for index, line in enumerate(lines)
            for found in MARK.finditer(line)}


# Pieces of a page: each a list of lines, where "{m}" is replaced by a new marker.
FENCE_MARKS = st.sampled_from(["```", "````", "~~~", "~~~~", "`````"])
HEADERS = st.sampled_from(["", "quiz", "python", " text", "{.quiz}", "python extra", "quiz`", ' title="x"', "Quiz x"])


@st.composite
def fence(draw):
    marks = draw(FENCE_MARKS)
    indent = draw(st.sampled_from(["", "", "", " ", "  "]))
    body = draw(st.lists(st.one_of(st.just("text *{m}* here"), st.just(""), FENCE_MARKS,
                                   FENCE_MARKS.map(lambda m: m + "quiz"), st.just("<div>"), st.just("<!--")),
                         max_size=4))
    closing = draw(st.sampled_from([marks, marks, marks, marks + "`", marks[:-1], "", marks + " ", "~~~", "```"]))
    return [indent + marks + draw(HEADERS)] + [indent + line if line else line for line in body] + (
        [indent + closing] if closing else [])


@st.composite
def raw_html(draw):
    tag = draw(st.sampled_from(["div", "details", "section", "main", "p", "nav", "table", "span"]))
    inner = draw(st.lists(st.sampled_from(["text *{m}*", f"<{tag}>", f"</{tag}>", "", "```", "<!--", "-->"]),
                          max_size=4))
    closed = draw(st.booleans())
    return [f"<{tag}>"] + inner + ([f"</{tag}>"] if closed else [])


@st.composite
def comment(draw):
    inner = draw(st.lists(st.sampled_from(["note *{m}*", "", "```", "<div>"]), max_size=3))
    return ["<!--"] + inner + (["-->"] if draw(st.booleans()) else [])


PARAGRAPH = st.sampled_from([["Some *{m}* words."], ["A line *{m}*", "and *{m}* more."], ["# Heading *{m}*"],
                             ["# Heading *{m}*", "    code *{m}*"], ["    code *{m}*", "", "    more *{m}*"],
                             ["Text *{m}*", "    lazy *{m}*"], ["\tcode *{m}*"]])
CONTAINERS = st.sampled_from([["- item *{m}*"], ["1. item *{m}*"], ["!!! note", "    boxed *{m}*"],
                              ["- item *{m}*", "", "    more *{m}*"], ["- item *{m}*", "", "        code *{m}*"],
                              ["- item *{m}*", "    - inner *{m}*", "", "            code *{m}*"]])
CHUNK = st.one_of(PARAGRAPH, CONTAINERS, fence(), raw_html(), comment())


@st.composite
def page(draw):
    lines = []
    for chunk in draw(st.lists(CHUNK, min_size=1, max_size=6)):
        # Now and then no blank line between, but always after a list or indented code: what follows them
        # with no blank line is read by rules this reader does not model (the guide's pages never do it).
        ends_in_code = chunk[-1].startswith(("    ", "\t"))
        list_item = bool(re.match(r" *(- |1\. )", chunk[0]))
        lines += chunk + ([""] if list_item or ends_in_code or draw(st.integers(0, 4)) else [])
    counter = iter(range(10_000))
    return "\n".join(re.sub(r"\{m\}", lambda _: f"m{next(counter)}x", line) for line in lines)


# The same 600 pages on every run, so CI never meets a new case by chance; a larger run with other
# seeds (max_examples=5000, derandomize=False) was clean when this reader was written.
@settings(max_examples=600, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(page())
def test_the_reader_reads_every_line_as_markdown_does(text):
    assert reader_kinds(text) == rendered_kinds(text), text


@pytest.mark.parametrize("text, kinds", [
    # A fence closes only on exactly its own marks: in a four-backtick fence a ``` line is code.
    ("````\n```python\n*m0x*\n````\n*m1x*", {0: CODE, 1: TEXT}),
    ("```\n*m0x*\n````\n*m1x*", {0: TEXT, 1: TEXT}),  # never closed: no fence at all
    ("```python extra\n*m0x*\n```", {0: TEXT}),  # a header superfences refuses
    ("<main>\n*m0x*\n</main>\n\n*m1x*", {0: HTML, 1: TEXT}),
    ("<details>\n```\n*m0x*\n```\n</details>", {0: CODE}),  # fences are found first, even in raw HTML
    ("<!--\n*m0x*\n-->\n*m1x*", {0: COMMENT, 1: TEXT}),
    ("   <div>\n*m0x*\n</div>", {0: HTML}),
    ("    <div>\n\n*m0x*", {0: TEXT}),  # four spaces in: code, not raw HTML
    ("Text\n\n    *m0x*\n\n*m1x*", {0: CODE, 1: TEXT}),  # indented code
    ("- item\n\n    *m0x*\n\n        *m1x*", {0: TEXT, 1: CODE}),  # a list item's text, then code in it
    ("!!! note\n    *m0x*", {0: TEXT}),  # a box's text
])
def test_known_cases(text, kinds):
    assert reader_kinds(text) == kinds == rendered_kinds(text)


def test_block_tags_are_markdowns_own():
    assert BLOCK_TAGS == set(markdown.Markdown().block_level_elements)


def test_fence_line_takes_the_marks_and_header():
    found = fence_line("  ```quiz")
    assert (found.group("prefix"), found.group("fence"), found.group("info")) == ("  ", "```", "quiz")
    assert fence_line("```quiz`") is None and fence_line("no fence") is None
