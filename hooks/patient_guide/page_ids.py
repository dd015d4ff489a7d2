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
              "repeats its questions.")


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
    ids around it all start with "__" (__drawer, __search, ...), and a page lists every section
    around its content: reading only the content is fast, and the rest is read only when the
    content gives an id starting with "__"."""
    start, end = authored_span(html)
    if not end:
        start, end = 0, len(html)
    content = html[start:end]
    if _surely_sound(content):
        return None
    places = _id_places(content)
    problems = []
    if repeats := _repeats(content, places):
        listed = "; ".join(f'"{name}" ({", ".join(f"<{tag}>" for tag in tags)})' for name, tags in repeats)
        problems.append(f"{file}: the page gives the same id to more than one element: {listed}. {HOW_TO_FIX}")
    if underscored := [name for name in places if name.startswith("__")]:
        theirs = set(_id_places(html[:start])) | set(_id_places(html[end:]))
        problems += [_theme_id_problem(file, name, _tag_before(content, places[name][0]))
                     for name in underscored if name in theirs]
    return " ".join(problems) or None


def _surely_sound(content: str) -> bool:
    """No name after any "id=" (data-id= too) is given twice or starts with "__": one search in C,
    where the exact reading loops in Python over each id, and the quiz page has thousands."""
    names = [double or single for double, single in ID_ATTRIBUTE.findall(content)]
    return len(set(names)) == len(names) and not any(name.startswith("__") for name in names)


def _theme_id_problem(file: str, name: str, tag: str) -> str:
    """{#__drawer} on a heading would take over the theme's menu: its button would open the heading."""
    return (f'{file}: the page gives its <{tag}> the id "{name}", which the theme uses for a part of every page '
            f"(such as its menu or search). How to fix: remove {{#{name}}} (or id=\"{name}\") from the page, "
            "or choose an id that does not start with __.")
