"""The urgent-fix notice wherever a changed page's words appear.

A page may be published before its clinical review (review_pending_until, checked by
review.py) only with a notice. Its words also appear on the quiz page (its questions),
on the print page (its text) and in the offline copy made from them: each of those
says so too, at the part that holds them, and the printed guide's title block names
the pages, so no date on paper claims a review that has not happened.
"""

from __future__ import annotations

import datetime
from html import escape

from .words import Words


def part_notice(until: datetime.date | None, words: Words) -> str:
    """The notice at the head of one section's words shown on another page ("" if none is pending)."""
    if until is None:
        return ""
    return (f'<p class="guide-review-pending" role="note">'
            f'{escape(words.fill("review_pending_part_notice", date=words.date(until)))}</p>\n')


def guide_notice(pending: list[tuple[str, datetime.date]], words: Words) -> str:
    """The printed guide's title block: which pages changed before review, and when that review ends."""
    if not pending:
        return ""
    pages = ", ".join(title for title, _ in pending)
    return escape(words.fill("review_pending_guide_notice", pages=pages,
                             date=words.date(max(until for _, until in pending))))


def latest(dates: list[datetime.date | None]) -> datetime.date | None:
    """The date a page holding several pending parts shows: when the last of their reviews is finished."""
    found = [day for day in dates if day is not None]
    return max(found) if found else None


def pending_on_page(page: str, sections: list[str], with_questions: set[str], pending: dict, printed: bool):
    """When the notice on a page the build makes from sections ends: the quiz page shows the sections that
    have questions, a printed guide every section; an urgent fix to any of them, or to the page itself, is
    pending there until the last of those reviews (None: no notice)."""
    shown = [section for section in sections if printed or section in with_questions]
    return latest([pending.get(name) for name in [page, *shown]])


def pending_sections(sections: list[tuple[str, str]], pending: dict) -> list[tuple[str, datetime.date]]:
    """(title, review due by) of each section, in reading order, changed before its review."""
    return [(title, pending[name]) for name, title in sections if name in pending]
