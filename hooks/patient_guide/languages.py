"""The guide's languages: where each is written and built, and links between a page's translations.

Each language is an ordinary MkDocs build of its own (README: "How the languages are built"):
English from docs/ into site/, keeping its addresses; every other language from docs-<code>/
into site/<code>/, with its own theme language, words file, search index and offline copy.
"""

from __future__ import annotations

from posixpath import join, relpath
from typing import NamedTuple


class Language(NamedTuple):
    code: str  # BCP 47, as Material's theme.language and the page's lang attribute
    name: str  # the language's name in itself, as its link is named
    direction: str  # "ltr" or "rtl"


ENGLISH = Language("en", "English", "ltr")
LANGUAGES = (ENGLISH, Language("pl", "Polski", "ltr"), Language("ur", "اردو", "rtl"))


def folder(language: Language) -> str:
    """Where a language's pages live in the built site, relative to its root ("" for English)."""
    return "" if language.code == ENGLISH.code else language.code


def docs_dir(language: Language) -> str:
    """Where a language's pages are written, beside docs/ (not inside it, so English never builds them)."""
    return "docs" if language.code == ENGLISH.code else f"docs-{language.code}"


def config_overrides(language: Language, site_dir: str = "site") -> dict:
    """What a language's build changes in mkdocs.yml's settings. Search keeps English word splitting
    where lunr has no stemmer for the language (it has neither Polish nor Urdu)."""
    return {"docs_dir": docs_dir(language), "site_dir": join(site_dir, folder(language)) if folder(language)
            else site_dir, "theme": {"language": language.code}, "search_lang": "en"}


def alternate_links(page_url: str, language: Language, languages=LANGUAGES) -> list[tuple[Language, str]]:
    """Each other language's link to the same page, relative to `page_url` (the page's address in its
    own language's build, such as "risks.html"), so the links work from file:// as on a server."""
    start = join(folder(language), page_url.rpartition("/")[0]) or "."
    return [(other, relpath(join(folder(other), page_url), start=start))
            for other in languages if other.code != language.code]
