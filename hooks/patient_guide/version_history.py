"""The guide's version history as a patient sees it, made from the sign-off record.

Never typed by hand: each version's date and the pages whose words it changed come from
docs/sign-off.yml (versions.py keeps that record), named as the patient knows them:
by the titles in the menu.
"""

from __future__ import annotations

from html import escape

from .versions import history
from .words import Words

WORDS_FILE_PREFIX = "words/"  # the record names the words file as words/en.yml


def version_lines(ledger: dict, titles: dict[str, str], words: Words) -> list[str]:
    """One line per version, newest first: its number, its date and the pages it changed."""
    versions = list(history(ledger).items())
    lines = []
    for index, (version, entry) in enumerate(versions):
        day = words.date(entry["date"])  # (review.read_ledger refuses a history without dates)
        if index == 0:
            lines.append(words.fill("version_first", version=version, date=day))
            continue
        pages = _changed_pages(entry.get("changed") or [], titles, words)
        if not pages:  # a version signed off with no word changed: a review, said as one
            lines.append(words.fill("version_no_change", version=version, date=day))
            continue
        lines.append(words.fill("version_changed", version=version, date=day, pages=", ".join(pages)))
    return lines[::-1]


def _changed_pages(files: list[str], titles: dict[str, str], words: Words) -> list[str]:
    """The changed files as pages a patient knows, each named once, words used on every page last."""
    names, every_page = [], False
    for name in files:
        if name.startswith(WORDS_FILE_PREFIX):
            every_page = True
            continue
        title = titles.get(name) or titles.get(name.removesuffix(".yml") + ".md") or name
        if title not in names:
            names.append(title)
    return names + ([words["version_every_page"]] if every_page else [])


def render_version_history(lines: list[str], words: Words) -> str:
    """'Version history' for About this page: closed until opened, so every page stays short."""
    return _history(lines, '<details class="guide-versions"><summary>{}</summary>{}</details>', words)


def render_printed_history(lines: list[str], words: Words) -> str:
    """The same history on paper, where nothing can be opened: a short list."""
    return _history(lines, '<div class="guide-versions-printed"><p><strong>{}</strong></p>{}</div>', words)


def _history(lines: list[str], frame: str, words: Words) -> str:
    if not lines:
        return ""
    return frame.format(escape(words["version_history"]), "<ul>" + "".join(f"<li>{escape(line)}</li>"
                                                                        for line in lines) + "</ul>")


def page_titles(own_titles: dict[str, str], menu_titles: dict[str, str]) -> dict[str, str]:
    """Each page's name as a patient knows it: the menu's, else its own title."""
    return {**own_titles, **{name: title for name, title in menu_titles.items() if title}}
