"""Alphabetical order in the guide's languages, for the Glossary page.

Python sorts by code point, which puts Polish Ś after Z and Urdu's own letters (پ ٹ چ ...) after ی.
Without ICU (not installed, and not worth a dependency for one list), this orders as a reader expects:
in Latin script, a letter with a mark comes after the same letter without it (s, ś; l, ł), as in Polish;
in Urdu, the letters follow the Urdu alphabet.
"""

from __future__ import annotations

import unicodedata

# The Urdu alphabet in its own order (with ه and ي, the Arabic forms, beside Urdu's ہ and ی).
URDU = "آاأبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکكگلمنںوؤہهھءیيئے"
# Latin letters with no decomposition, each sorted after the letter it is made from.
LATIN_EXTRA = {"ł": "l", "ø": "o", "đ": "d", "ß": "s"}


def _letter(char: str) -> tuple:
    lower = char.lower()
    if lower in URDU:
        return (1, URDU.index(lower), 0)
    if lower in LATIN_EXTRA:
        return (0, ord(LATIN_EXTRA[lower]), 1)
    base, *marks = unicodedata.normalize("NFD", lower)
    return (0, ord(base), 1 if marks else 0)


def sort_key(text: str) -> tuple:
    """A key for sorted(): letter by letter, each by its base letter and then whether it has a mark."""
    return tuple(_letter(char) for char in text)
