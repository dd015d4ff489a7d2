"""Ids given twice on one page: a link or a label would go to the wrong element.

Headings take their ids from their words, a question's parts from its id, and the
glossary's entries from their terms, so a clinician can make two the same without
knowing: "Feedback on blood clots" and a question `id: on-blood-clots` both give
feedback-on-blood-clots.
"""

from __future__ import annotations

import re
from collections import Counter

ID_ATTRIBUTE = re.compile(r"""<(\w+)[^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)')""")
HOW_TO_FIX = ("How to fix: change one of them. A heading's id comes from its words, a question's from its "
              "'id:' line, a glossary entry's from its term; a page listed twice under nav: in mkdocs.yml "
              "repeats its questions.")


def repeated_ids(html: str) -> list[tuple[str, list[str]]]:
    """Each id the page gives more than once, with the elements that carry it."""
    tags: dict[str, list[str]] = {}
    for match in ID_ATTRIBUTE.finditer(html):
        tags.setdefault(match.group(2) if match.group(2) is not None else match.group(3), []).append(match.group(1))
    counts = Counter({name: len(found) for name, found in tags.items()})
    return [(name, tags[name]) for name, count in counts.items() if count > 1]


def repeated_id_problem(html: str, file: str) -> str | None:
    """One message naming every repeated id of a page, or None."""
    repeats = repeated_ids(html)
    if not repeats:
        return None
    listed = "; ".join(f'"{name}" ({", ".join(f"<{tag}>" for tag in tags)})' for name, tags in repeats)
    return f"{file}: the page gives the same id to more than one element: {listed}. {HOW_TO_FIX}"
