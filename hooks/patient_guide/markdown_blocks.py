"""Which lines of a page Markdown reads as Markdown: the one reader of its block structure.

The quiz scanner, the unsafe-HTML check and the glossary all ask the same question of a page:
is this line code (shown as written, never run), raw HTML or an HTML comment (passed through
as written: Markdown inside it is not read), or Markdown text? They ask it here, and this
module answers as Python-Markdown does with this site's extensions (tests/unit/
test_markdown_blocks.py pins that against Markdown's own rendering on generated pages):

- pymdownx.superfences finds fences first, anywhere (even inside raw HTML): a line of three
  or more ` or ~, perhaps indented or quoted, whose header it accepts; it closes on a line of
  exactly the same marks, at the same indentation; a fence never closed is no fence at all.
- Then Markdown's raw HTML: a block-level start tag (or a comment) at the start of a line,
  up to three spaces in, runs as written to the end tag that closes it, or to the end of the page.
- Then indented code: a block that starts four spaces further in than the list item or box
  (!!! note) it stands in, after a blank line or a heading, is code up to a line less indented.
"""

from __future__ import annotations

import re
from typing import NamedTuple

CODE, HTML, COMMENT, TEXT = "code", "html", "comment", "text"

# Any line that looks like a fence: its indentation and quote marks, the marks, and its header.
FENCE_LINE = re.compile(r"^(?P<prefix>[ \t>]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
# A header superfences accepts: a language (perhaps .lang), then {attributes} or the highlighter's
# own options (title="...", hl_lines="..."). Anything else (```python extra) makes the line no fence.
FENCE_HEADER = re.compile(r"""[ \t]*(?:\.?[\w#.+-]+(?=[ \t]|$))?"""
                          r"""(?:[ \t]*\{[^\n]*\}|(?:[ \t]*(?:title|hl_lines|linenums|title_mode)=(["']).*?\1)*)"""
                          r"""[ \t]*\Z""")
TAB = 4  # Markdown's tab width
# Python-Markdown's block-level elements: at the start of a line, each opens raw HTML.
BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "body", "canvas", "center", "colgroup", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "group", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "iframe", "legend", "li", "main", "map", "math", "menu", "nav", "noscript", "object", "ol",
    "option", "output", "p", "pre", "progress", "script", "section", "style", "summary", "table", "tbody", "td",
    "textarea", "tfoot", "th", "thead", "tr", "ul", "video"))
HTML_START = re.compile(r"^ {0,3}<(?:(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>]|$)|(?P<comment>!--))")
COMMENT_START, COMMENT_END = "<!--", "-->"


class Fence(NamedTuple):
    """One fenced code block: the indexes of its opening and closing lines, its marks, header and prefix."""

    start: int
    end: int
    marks: str
    info: str
    prefix: str  # the indentation and quote marks before its opening marks


class Blocks(NamedTuple):
    """A page's lines as Markdown reads them."""

    kinds: tuple[str, ...]  # for each line: CODE, HTML, COMMENT or TEXT
    fences: tuple[Fence, ...]  # in page order
    # Each line inside raw HTML or a comment (code there too): what holds it ("comment" or the
    # element's name) and the line (from 1) where that opened.
    holders: dict[int, tuple[str, int]]


def fence_line(line: str):
    """The fence this line would open, as a match (prefix, fence, info), or None."""
    if "```" not in line and "~~~" not in line:  # a fence is three marks in a row: most lines have none
        return None
    match = FENCE_LINE.match(line)
    return match if match and FENCE_HEADER.match(match.group("info")) else None


def read_blocks(lines: list[str], start: int = 0) -> Blocks:
    """How Markdown reads lines[start:] (the kinds of earlier lines are TEXT, unread)."""
    kinds = [TEXT] * len(lines)
    fences = _fences(lines, start)
    for fence in fences:
        kinds[fence.start:fence.end + 1] = [CODE] * (fence.end - fence.start + 1)
    holders = _raw_html(lines, start, kinds)
    greedy = _indented_code(lines, start, kinds, {fence.start: fence for fence in fences})
    return Blocks(tuple(kinds), tuple(fence for fence in fences if fence not in greedy), holders)


def _fences(lines: list[str], start: int) -> list[Fence]:
    """The fences superfences finds, closed ones only. Like superfences, it reads on from a fence
    it gives up (a less indented line) at the next line; a fence never closed ends the search."""
    found, index = [], start
    while index < len(lines):
        opening = fence_line(lines[index])
        if not opening:
            index += 1
            continue
        span, index = _closing_line(lines, index, opening)
        if span is not None:
            found.append(Fence(*span, opening.group("fence"), opening.group("info"), opening.group("prefix")))
    return found


def _closing_line(lines: list[str], index: int, opening) -> tuple[tuple[int, int] | None, int]:
    """((opening, closing) line indexes, or None if given up or never closed; where to read on)."""
    prefix, marks = opening.group("prefix"), opening.group("fence")
    width, quotes = _width(prefix), prefix.count(">")
    close = re.compile(re.escape(marks) + r"[ \t]*\Z")
    empty_lines = 0
    for later in range(index + 1, len(lines)):
        consumed, content = _strip_prefix(lines[later], width)
        level = consumed.count(">")
        if not quotes and level or quotes and level > quotes:
            return None, later + 1  # a quote where the fence has none (or a deeper one): given up
        if not (consumed + content).strip() if not quotes else not content:
            empty_lines += 1
            continue  # a blank line is always part of the code
        if _width(consumed) < width if quotes else (_width(consumed) != width and content):
            return None, later + 1  # less indented than the opening: given up
        if quotes and empty_lines and level < quotes:
            return None, later + 1
        if close.match(content) and (quotes or not content.startswith((" ", "\t"))):
            return (index, later), later + 1
        empty_lines = 0
    return None, len(lines)


def _width(prefix: str) -> int:
    width = 0
    for char in prefix:
        width += TAB - width % TAB if char == "\t" else 1
    return width


def _strip_prefix(line: str, width: int) -> tuple[str, str]:
    """A line's leading indentation and quote marks, up to `width` columns, and the rest."""
    used = index = 0
    while index < len(line) and used < width and line[index] in " \t>":
        used += TAB - used % TAB if line[index] == "\t" else 1
        index += 1
    return line[:index], line[index:]


def _raw_html(lines: list[str], start: int, kinds: list[str]) -> dict[int, tuple[str, int]]:
    """Mark the lines Markdown passes through as raw HTML or comments; fences inside stay code."""
    holders: dict[int, tuple[str, int]] = {}
    index = start
    while index < len(lines):
        if kinds[index] == CODE:
            index += 1
            continue
        line = lines[index]
        opened = HTML_START.match(line) if "<" in line else None
        commented = []
        if opened and opened.group("comment"):
            end, what = _comment_end(lines, index, kinds, line.index(COMMENT_START)), "comment"
            if end is None:  # never closed: Markdown shows "<!--" and what follows as text
                index += 1
                continue
        elif opened and opened.group("tag").lower() in BLOCK_TAGS:
            what = opened.group("tag").lower()
            end, commented = _element_end(lines, index, kinds, what)
        elif "<!--" in line and COMMENT_END not in line[line.rfind(COMMENT_START):]:
            # A comment that starts within a line of text hides the lines after it, up to its end.
            end = _comment_end(lines, index, kinds, line.rfind(COMMENT_START))
            end = index if end is None else end
            for inside in range(index + 1, end + 1):
                holders[inside] = ("comment", index + 1)
                kinds[inside] = COMMENT
            index = end + 1
            continue
        else:
            index += 1
            continue
        for inside in range(index, end + 1):
            holders[inside] = (what, index + 1)
            if what == "comment" or inside in commented:
                kinds[inside] = COMMENT  # code in a comment is hidden too
            elif kinds[inside] != CODE:
                kinds[inside] = HTML
        index = end + 1
    return holders


def _comment_end(lines: list[str], index: int, kinds: list[str], column: int, rest: str | None = None) -> int | None:
    """The line that ends a comment opened at `column` of lines[index] (or followed by `rest` of
    that line), or None if none does."""
    if COMMENT_END in (rest if rest is not None else lines[index][column + len(COMMENT_START):]):
        return index
    for later in range(index + 1, len(lines)):
        if kinds[later] != CODE and COMMENT_END in lines[later]:
            return later
    return None


TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>""")


def _element_end(lines: list[str], index: int, kinds: list[str], tag: str) -> tuple[int, list[int]]:
    """The line where the element opened on lines[index] is closed (the last line if it never is),
    and the lines within it that a closed comment holds whole. A tag inside a comment is no tag."""
    depth, in_comment, commented, pending = 0, False, [], []
    for later in range(index, len(lines)):
        line, outside = lines[later], []
        if kinds[later] == CODE or in_comment and COMMENT_END not in line:
            pending += [later] if in_comment else []
            continue
        while line:
            if in_comment:
                _, found, line = line.partition(COMMENT_END)
                in_comment = not found
                commented, pending = (commented + pending, []) if found else (commented, pending)
            else:
                before, found, line = line.partition(COMMENT_START)
                outside.append(before)
                # A comment never closed is no comment: "<!--" is text, and tags after it count.
                in_comment = bool(found) and _comment_end(lines, later, kinds, 0, line) is not None
                outside += [] if in_comment or not found else [line]
                line = line if in_comment else ""
        for found in TAG.finditer(" ".join(outside)):
            if found.group(2).lower() == tag:
                depth += -1 if found.group(1) else 1
                if depth <= 0:
                    return later, commented
    return len(lines) - 1, commented


# A list item or a box (admonition) whose text is indented under it: where its own blocks start.
CONTAINER = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|\d+\.|(?P<box>!!!|\?\?\?\+?))(?:[ \t]|$)")
HEADING_LINE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")


def _indented_code(lines: list[str], start: int, kinds: list[str], fences: dict[int, Fence]) -> list[Fence]:
    """Mark indented code blocks. Lists and boxes hold their own text four spaces in, so code
    in them starts four spaces further in (a stack of their text's indentation). Returns the
    fences Markdown gives back as text: one straight after indented code, with no blank line
    between (superfences then undoes it, and its lines are read as a paragraph)."""
    containers: list[tuple[int, bool]] = []  # each open list item's or box's text: (indentation, is a box)
    after_blank = after_heading = True  # the page's start counts as after a blank line
    code_indent = None  # while in a code block: the indentation it keeps
    greedy: list[Fence] = []
    skip_to = start
    code_in_chunk = False  # an indented code block started in this run of lines with no blank line
    for index in range(start, len(lines)):
        line = lines[index]
        if index < skip_to:
            continue
        if index in fences and code_in_chunk:
            greedy.append(fences[index])
            kinds[index:fences[index].end + 1] = [TEXT] * (fences[index].end + 1 - index)
            skip_to, code_indent = fences[index].end + 1, None
            after_blank = True  # its lines became a paragraph of their own
            continue
        if kinds[index] != TEXT:
            indent = _width(line[:len(line) - len(line.lstrip(" \t"))])
            while after_blank and containers and indent < containers[-1][0]:
                containers.pop()  # a fence or raw HTML less indented than a list item's text ends it
            # Markdown ends a raw HTML block with a blank line of its own; a fence it keeps in place.
            after_blank, after_heading = kinds[index] in (HTML, COMMENT), False
            code_in_chunk = code_in_chunk and not after_blank
            containers = [] if after_blank else containers  # raw HTML stands at the margin: it ends any list
            code_indent = None
            continue
        if not line.strip():
            after_blank, code_in_chunk = True, False
            continue
        indent = _width(line[:len(line) - len(line.lstrip(" \t"))])
        if code_indent is not None and indent >= code_indent:
            kinds[index] = CODE
            after_blank, code_in_chunk = False, True
            continue
        if code_indent is not None:
            after_blank = True  # the line after indented code starts a block of its own
        code_indent = None
        ended = False
        # A block less indented than a list item's text ends the item; any such line ends a box
        # (a list item's paragraph runs on lazily, a box's does not).
        new_block = after_blank or CONTAINER.match(line)
        while containers and indent < containers[-1][0] and (new_block or containers[-1][1]):
            containers.pop()
            ended = True
        inner = containers[-1][0] if containers else 0
        if (after_blank or after_heading) and indent >= inner + TAB:
            code_indent, code_in_chunk = inner + TAB, True
            kinds[index] = CODE
            after_blank = after_heading = False
            continue
        # A list starts a block: a line like an item inside a paragraph is the paragraph's. A box does not.
        if (found := CONTAINER.match(line)) and (after_blank or after_heading or containers or ended
                                                 or found.group("box")):
            containers.append((_width(found.group("indent")) + TAB, bool(found.group("box"))))
        after_blank, after_heading = False, bool(HEADING_LINE.match(line))
    return greedy
