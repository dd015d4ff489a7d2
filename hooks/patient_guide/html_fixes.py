"""Repairs to the theme's HTML that no template block reaches."""

from __future__ import annotations

import re

CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="[^"]*"')


def drop_checkbox_autocomplete(html: str) -> str:
    """Material puts autocomplete on its toggle checkboxes; HTML allows it only on text-like inputs."""
    return CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
