"""Counts in each language's own plural forms, from CLDR's rules (Babel, installed with Material).

A count a patient reads ("1 question on your list", "You got 2 of 5 right") needs the form its
language uses for that number: English has two, Polish three (1 pytanie, 2 pytania, 5 pytań).
Hand-written rules get languages wrong, so the categories come from CLDR. A words file writes a
counted text as a mapping of CLDR categories (one, few, many, other) to texts; the build chooses
one here, and the browser the same way with Intl.PluralRules (script_forms hands it the mapping).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

# CLDR's categories, in the order its own tables list them.
CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@lru_cache(maxsize=16)
def _rule(language: str):
    from babel import Locale  # only where a count is written: Material's Babel, no new dependency

    return Locale.parse(language.replace("-", "_")).plural_form


def plural_category(language: str, count: int) -> str:
    """CLDR's plural category of `count` in `language`: 'one', 'few', 'many' or 'other' (and so on)."""
    return _rule(language)(abs(count))


def categories(language: str) -> tuple[str, ...]:
    """Every category a counted text in `language` must give, in CLDR's order ('other' always)."""
    used = set(_rule(language).tags) | {"other"}
    return tuple(name for name in CATEGORIES if name in used)


def choose(forms: Mapping[str, str], language: str, count: int) -> str:
    """The text of `forms` for `count`, with {count} filled in."""
    text = forms.get(plural_category(language, count), forms["other"])
    return text.replace("{count}", str(count))


def plural_problems(key: str, forms: object, language: str, where: str) -> list[str]:
    """A counted text's faults, each with the fix: not a mapping, a category the language needs left
    out, or one it never uses (a text no patient would ever see)."""
    wanted = categories(language)
    example = ", ".join(f"{name}: ..." for name in wanted)
    if not isinstance(forms, Mapping) or not all(isinstance(text, str) and text.strip() for text in forms.values()):
        return [f"{where}: '{key}' is a count, so it needs one text for each plural form of '{language}'. "
                f"How to fix: write it as {key}: {{{example}}}, one text for each."]
    problems = []
    if missing := [name for name in wanted if name not in forms]:
        problems.append(f"{where}: '{key}' has no text for the plural form{'s' if len(missing) > 1 else ''} "
                        f"{', '.join(missing)}, which '{language}' uses. How to fix: add "
                        f"{', '.join(name + ': ...' for name in missing)} under '{key}' (CLDR's rules say which "
                        "numbers take each form).")
    if unused := [name for name in forms if name not in wanted]:
        problems.append(f"{where}: '{key}' has a text for {', '.join(map(str, unused))}, a plural form "
                        f"'{language}' does not use (it uses {', '.join(wanted)}). How to fix: remove it, or "
                        "correct its name.")
    return problems


def script_forms(forms: Mapping[str, str], language: str) -> dict[str, str]:
    """The forms a script needs, by category, for Intl.PluralRules(language).select(n) to pick from."""
    return {name: forms[name] for name in categories(language) if name in forms}
