"""Theme files the built site never loads, so neither the site nor its zip carries them."""

from __future__ import annotations

import re

LUNR_FILE = re.compile(r"^assets/javascripts/lunr/(?:min/lunr\.(?P<lang>[\w.-]+)\.min\.js|.+)$")
LUNR_SHARED = {"stemmer.support", "multi"}  # needed by every language pack


def is_unused_theme_file(src_uri: str, search_languages: list[str]) -> bool:
    """Source maps, and search language packs for languages the site does not use."""
    if src_uri.endswith(".map"):
        return True
    lunr = LUNR_FILE.match(src_uri)
    if not lunr:
        return False
    wanted = set(search_languages) - {"en"}  # lunr's English is built in
    if not wanted:
        return True
    if lunr.group("lang") is None:  # segmenters (tinyseg, wordcut): kept once any other language is on
        return False
    return lunr.group("lang") not in wanted | LUNR_SHARED
