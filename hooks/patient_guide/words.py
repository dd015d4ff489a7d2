"""Every reader-facing word, from one file per language (words/<language>.yml)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

WORDS_DIR = Path(__file__).parent / "words"


class WordsError(Exception):
    """No words for the site's language, or a words file that lacks some."""


class Words(dict):
    """The words of one language; a missing key is a bug, so it says which."""

    def __missing__(self, key: str) -> str:
        raise WordsError(f"words: no text for '{key}'. Add '{key}: ...' to the language's words file.")

    def fill(self, key: str, **values) -> str:
        """A text with its {placeholders} filled in."""
        return self[key].format(**values)


@lru_cache(maxsize=8)
def load_words(language: str = "en") -> Words:
    """The words for `language` (Material's theme.language), checked against English."""
    path = WORDS_DIR / f"{language}.yml"
    if not path.is_file():
        raise WordsError(f"theme.language is '{language}', but there is no {path.name} in {WORDS_DIR}. "
                         "Copy en.yml to that name and translate its texts.")
    words = _read(path)
    if language != "en" and (missing := sorted(set(load_words("en")) - set(words))):
        raise WordsError(f"{path.name} lacks {', '.join(missing)}: copy them from en.yml and translate them.")
    return Words({key: str(value) for key, value in words.items()})


def _read(path: Path) -> dict:
    """A words file, with PyYAML's C parser when it has one (every build reads it)."""
    return yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


