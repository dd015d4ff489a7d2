"""Repairs to the theme's HTML that no template block reaches.

Material's drawer and search toggles are checkboxes hidden from everyone, with
icon-only labels: keyboard and screen-reader users can't find or name them.
"""

from __future__ import annotations

import re

CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="[^"]*"')
TOGGLE_NAMES = {"__drawer": "Menu", "__search": "Search"}


def drop_checkbox_autocomplete(html: str) -> str:
    """HTML allows autocomplete only on text-like inputs, not on checkboxes."""
    return CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)


def name_theme_toggles(html: str) -> str:
    """Give the menu and search toggles the names a screen reader announces."""
    for toggle_id, name in TOGGLE_NAMES.items():
        html = re.sub(rf'(<input\b[^>]*\bid="{toggle_id}")(?![^>]*aria-label)', rf'\1 aria-label="{name}"', html, count=1)
    return html


def fix_theme_html(html: str) -> str:
    """Every repair, in one pass per page."""
    return name_theme_toggles(drop_checkbox_autocomplete(html))
