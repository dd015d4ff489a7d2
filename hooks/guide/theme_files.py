"""Theme files the built site never loads, so neither the site nor its zip carries them."""

from __future__ import annotations

import re

LUNR_LANGUAGE_PACK = re.compile(r"^assets/javascripts/lunr/(?:min/lunr\.(?P<lang>[\w-]+)\.min\.js|.+)$")


def is_unused_theme_file(src_uri: str, search_languages: list[str]) -> bool:
    """Source maps, and search language packs for languages the site does not use."""
    if src_uri.endswith(".map"):
        return True
    pack = LUNR_LANGUAGE_PACK.match(src_uri)
    if not pack:
        return False
    wanted = set(search_languages) - {"en"}  # lunr's English is built in
    if not wanted:
        return True
    # Another language needs the shared support files as well as its own pack.
    return pack.group("lang") not in wanted | {"stemmer.support", "multi"} if pack.group("lang") else False
