"""Which pages offer "Listen to this page" (overrides/assets/listen/listen.js).

The sections: the pages a patient reads in order, each with its title, key points and
text. Not the home page, nor the pages the build fills in (the quiz page is a list of
questions, and must load nothing new to stay within its byte budget).
"""

from __future__ import annotations

from .generated_pages import NOT_SECTIONS


def reads_aloud(src_uri: str) -> bool:
    """True for a section page (its path in docs/, as "risks.md")."""
    return src_uri not in NOT_SECTIONS
