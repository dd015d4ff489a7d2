"""The pages the build writes itself (quiz, glossary, print, the two statements), as data."""

from __future__ import annotations

import yaml

from .settings import GuideSettings
from .statements import ACCESSIBILITY_PAGE, PRIVACY_PAGE
from .words import Words

QUIZ_PAGE, GLOSSARY_PAGE, PRINT_PAGE = "quiz.md", "glossary.md", "print.md"
# page -> (words key of its title and description, extra front matter)
GENERATED_PAGES: dict[str, tuple[str, dict]] = {
    # The quiz and print pages repeat the sections' words: searching them would only double the results.
    QUIZ_PAGE: ("quiz", {"quiz": True, "search": {"exclude": True}, "hide": ["toc"]}),
    GLOSSARY_PAGE: ("glossary", {}),
    PRINT_PAGE: ("print", {"search": {"exclude": True}, "hide": ["toc"], "print_button": True}),
    # Linked from every page's footer rather than the navigation (not_in_nav in mkdocs.yml).
    ACCESSIBILITY_PAGE: ("accessibility", {}),
    PRIVACY_PAGE: ("privacy", {}),
}


def generated_page_source(name: str, settings: GuideSettings, words: Words) -> str:
    """The Markdown of a generated page: front matter and its title, the rest comes from slots."""
    key, meta = GENERATED_PAGES[name]
    title = words[f"{key}_title"]
    front = {"title": title, "description": words[f"{key}_description"],
             "last_reviewed": settings.last_reviewed, "next_review": settings.next_review, **meta}
    return f"---\n{yaml.safe_dump(front, sort_keys=False, allow_unicode=True)}---\n\n# {title}\n"
