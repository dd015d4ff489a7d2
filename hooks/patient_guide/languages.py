"""The guide's languages: where each is written and built, and links between a page's translations.

Each language is an ordinary MkDocs build of its own (README: "Other languages"): English from docs/
into site/, keeping its addresses; every other language from docs-<code>/ (mkdocs.<code>.yml) into
site/<code>/, with its own theme language, words file and search index. The English build builds the
others, then packs them all into the one offline copy.
"""

from __future__ import annotations

from functools import lru_cache
from posixpath import join, relpath
from typing import NamedTuple


class Language(NamedTuple):
    code: str  # BCP 47, as Material's theme.language and the page's lang attribute
    name: str  # the language's name in itself, as its link is named
    direction: str  # "ltr" or "rtl"
    folder: str  # where its pages are in the built site: "" for the guide's own language


@lru_cache(maxsize=16)
def language(code: str, folder: str = "") -> Language:
    """A language as CLDR (Babel, installed with Material) names and writes it: "Polski", "اردو" (rtl)."""
    from babel import Locale

    locale = Locale.parse(code.replace("-", "_"))
    name = locale.get_display_name(locale) or code
    return Language(code, name[:1].upper() + name[1:], "rtl" if locale.character_order == "right-to-left" else "ltr",
                    folder)


def guide_languages(own: str, translations: tuple[str, ...]) -> tuple[Language, ...]:
    """The guide's own language first (its pages at the site's root), then each translation in its folder."""
    return (language(own), *(language(code, code) for code in translations))


def translation_config(code: str) -> str:
    """The MkDocs configuration of a translation, beside mkdocs.yml."""
    return f"mkdocs.{code}.yml"


def alternate_links(page_url: str, current: str, languages: tuple[Language, ...]) -> list[tuple[Language, str]]:
    """Each other language's link to the same page, relative to `page_url` (the page's address in the
    current language's own build, such as "risks.html"), so the links work from file:// as on a server."""
    here = next(lang for lang in languages if lang.code == current)
    start = join(here.folder, page_url.rpartition("/")[0]) or "."
    return [(other, relpath(join(other.folder, page_url), start=start))
            for other in languages if other.code != current]
