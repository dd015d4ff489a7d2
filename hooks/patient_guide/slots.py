"""Placeholders that let generated HTML skip the Markdown parser.

A page the build fills in holds only headings in its Markdown (so MkDocs checks links to
them) and `<!-- slot:name -->` markers; the HTML for each marker is put in
after Markdown has run. Large raw HTML through Markdown is slow and gains nothing.
"""

from __future__ import annotations

import re

from .errors import GuideError


class MissingSlotError(GuideError):
    """A page the build fills in lost a placeholder: a bug in the build, not in the content."""


# What Markdown would read as markup inside a heading; escaped, the text shows as written.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")  # Python-Markdown's escapable characters


def literal(text: str) -> str:
    """Authored text (a page title) for a generated Markdown heading: shown as written, never as
    a link, emphasis or HTML."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))


def slot_marker(name: str) -> str:
    """The marker itself, as it stands in the finished HTML."""
    return f"<!-- slot:{name} -->"


def slot(name: str) -> str:
    """The Markdown line that marks where a slot's HTML goes."""
    return f"\n{slot_marker(name)}\n"


MARKER = re.compile(r"<!-- slot:([\w-]+) -->")


def fill_slots(html: str, contents: dict[str, str]) -> str:
    """Put each slot's HTML in place of its marker, in one pass; every marker must be there.
    The markers stand in the page's content: the search starts at the first one, found from
    the page's <article> (itself found from the end), not from the top of a page that lists
    every section."""
    first = html.find("<!-- slot:", max(html.rfind("<article"), 0))
    head, body = (html[:first], html[first:]) if first != -1 else (html, "")
    found = set(MARKER.findall(body))
    if missing := [name for name in contents if name not in found]:
        raise MissingSlotError(f"A page the build fills in: the page has no place for '{missing[0]}'.")
    return head + MARKER.sub(lambda marker: contents.get(marker.group(1), marker.group(0)), body)
