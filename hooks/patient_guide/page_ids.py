"""Ids given twice on one page: a link or a label would go to the wrong element.

Headings take their ids from their words, a question's parts from its id, and the
glossary's entries from their terms, so a clinician can make two the same without
knowing: "Feedback on blood clots" and a question `id: on-blood-clots` both give
feedback-on-blood-clots.
"""

from __future__ import annotations

import re

from .theme_html import authored_span

# id="..." as MkDocs, Markdown and the hook write it: a literal search, fast on pages that list
# every section; the character before must be a space, so data-id= and the like are not ids.
ID_ATTRIBUTE = re.compile(r"""id=(?:"([^"]*)"|'([^']*)')""")
TAG_NAME = re.compile(r"<(\w+)")
HOW_TO_FIX = ("How to fix: change one of them. A heading's id comes from its words, a question's from its "
              "'id:' line, a glossary entry's from its term; a page listed twice under nav: in mkdocs.yml "
              "repeats its questions; an id the theme gives (starting with __) is the theme's: choose another.")


def repeated_ids(html: str) -> list[tuple[str, list[str]]]:
    """Each id the page gives more than once, with the elements that carry it."""
    return _repeats(html, _id_places(html))


def _repeats(html: str, places: dict[str, list[int]]) -> list[tuple[str, list[str]]]:
    return [(name, [_tag_before(html, at) for at in at_list]) for name, at_list in places.items() if len(at_list) > 1]


def _id_places(html: str) -> dict[str, list[int]]:
    """Each id the page gives, with where each element that carries it starts."""
    where: dict[str, list[int]] = {}
    for match in ID_ATTRIBUTE.finditer(html):
        if html[match.start() - 1:match.start()].isspace():
            where.setdefault(match.group(1) if match.group(1) is not None else match.group(2), []).append(match.start())
    return where


def _tag_before(html: str, at: int) -> str:
    """The name of the element whose start tag holds position `at`."""
    tag = TAG_NAME.match(html, html.rfind("<", 0, at))
    return tag.group(1) if tag else "?"


def repeated_id_problem(html: str, file: str) -> str | None:
    """One message naming every repeated id in a page's own content, or None. The theme's own
    ids around it all start with "__" (__drawer, __search, ...), which no heading or question
    gives, and a page lists every section around its content: reading only the content is fast;
    an id the content gives that starts with "__" is looked for around it too."""
    start, end = authored_span(html)
    if not end:
        start, end = 0, len(html)
    content = html[start:end]
    places = _id_places(content)
    repeats = _repeats(content, places)
    # {#__drawer} on a heading would take over the theme's menu checkbox: its label would open the heading.
    around = [name for name in places if name.startswith("__") and f' id="{name}"' in html[:start] + html[end:]]
    repeats += [(name, [_tag_before(content, at) for at in places[name]] + ["the theme's"]) for name in around]
    if not repeats:
        return None
    listed = "; ".join(f'"{name}" ({", ".join(_element(tag) for tag in tags)})' for name, tags in repeats)
    return f"{file}: the page gives the same id to more than one element: {listed}. {HOW_TO_FIX}"


def _element(tag: str) -> str:
    return tag if tag == "the theme's" else f"<{tag}>"
