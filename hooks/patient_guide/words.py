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

    def date(self, day) -> str:
        """A date as patients read it, in this language (as partials/guide-date.html writes it)."""
        return self.fill("date_format", day=day.day, month=self["months"].split(", ")[day.month - 1], year=day.year)


@lru_cache(maxsize=8)
def load_words(language: str = "en", words_dir: Path = WORDS_DIR) -> Words:
    """The words for `language` (Material's theme.language), checked against English."""
    path = words_dir / f"{language}.yml"
    if not path.is_file():
        raise WordsError(f"theme.language is '{language}', but there is no {path.name} in {words_dir}. "
                         "Copy en.yml to that name and translate its texts.")
    words = _read(path)
    if language != "en" and (missing := sorted(set(load_words("en", words_dir)) - set(words))):
        raise WordsError(f"{path.name} lacks {', '.join(missing)}: copy them from en.yml and translate them.")
    words = Words({key: str(value) for key, value in words.items()})
    if problem := _date_problem(words):
        raise WordsError(f"{path.name}: {problem}")
    return words


def _date_problem(words: Words) -> str | None:
    """Dates are written from 'date' and 'months': a slip there would garble every page's dates."""
    if len(words.get("months", "").split(", ")) != 12:
        return "'months' must name the 12 months in order, separated by a comma and a space."
    if not all(f"{{{part}}}" in words.get("date_format", "") for part in ("day", "month", "year")):
        return "'date_format' must hold {day}, {month} and {year}, as in \"{day} {month} {year}\"."
    return None


def _read(path: Path) -> dict:
    """A words file, with PyYAML's C parser when it has one (every build reads it)."""
    return yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


