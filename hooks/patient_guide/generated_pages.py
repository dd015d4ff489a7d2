"""The pages the build fills in: the quiz, the glossary, the print page and the two statements.

Each is a page in docs/ like any other (its title, description and review dates
are the clinician's, and it is signed off like the rest), holding a marker line,
<!-- guide:quiz (...) -->, where the build puts what it makes: Material's own
pattern for pages a plugin fills. Without the hook they build as pages with a title.
"""

from __future__ import annotations

import re

from .errors import GuideError
from .unsafe_html import without_code

QUIZ_PAGE, GLOSSARY_PAGE, PRINT_PAGE = "quiz.md", "glossary.md", "print.md"
LARGE_PRINT_PAGE = "large-print.md"
ACCESSIBILITY_PAGE, PRIVACY_PAGE = "accessibility.md", "privacy.md"
# page -> (its marker's name, what the build puts there, what the build sets in its front matter
# whatever the page says)
GENERATED_PAGES: dict[str, tuple[str, str, dict]] = {
    # The quiz and print pages repeat the sections' words: searching them would only double the results.
    QUIZ_PAGE: ("quiz", "every section's questions", {"quiz": True, "search": {"exclude": True}, "hide": ["toc"]}),
    GLOSSARY_PAGE: ("glossary", "the glossary, from glossary.yml", {}),
    PRINT_PAGE: ("print", "the whole guide", {"search": {"exclude": True}, "hide": ["toc"], "print_button": True}),
    # The same printed guide in large print (large-print.css, loaded on that page only); linked from the
    # print page and every page's "About this page" rather than the navigation (not_in_nav in mkdocs.yml).
    LARGE_PRINT_PAGE: ("large-print", "the whole guide in large print",
                       {"search": {"exclude": True}, "hide": ["toc"], "print_button": True, "large_print": True}),
    # Linked from every page's footer rather than the navigation (not_in_nav in mkdocs.yml).
    ACCESSIBILITY_PAGE: ("accessibility", "the accessibility statement", {}),
    PRIVACY_PAGE: ("privacy", "the privacy notice", {}),
}
# The printed guides, standard and large print: the same content, each page's ids starting with its own prefix.
PRINTED_GUIDES = {PRINT_PAGE: "print", LARGE_PRINT_PAGE: "large-print"}


HOME_PAGE = "index.md"
# Never a section: no questions, no place in the quiz or print pages' reading order.
NOT_SECTIONS = frozenset({HOME_PAGE, *GENERATED_PAGES})


class GeneratedPageError(GuideError):
    """A page the build fills in that has lost its marker, or is missing: worded for a clinician."""


# The home page's list of sections, made by the build from nav: in mkdocs.yml (never typed by hand,
# so a new section is never left out of it).
HOME_CONTENTS = ("sections", "the list of the guide's pages, from nav: in mkdocs.yml")


def marker_line(name: str) -> re.Pattern:
    """The line a page holds for the build's content: <!-- guide:quiz ... --> on a line of its own,
    at the left margin (indented, it would sit inside a box or a list)."""
    key = HOME_CONTENTS[0] if name == HOME_PAGE else GENERATED_PAGES[name][0]
    return re.compile(rf"^<!--[ \t]*guide:{re.escape(key)}\b[^\n]*?-->[ \t]*$", re.M)


def fill_generated_page(markdown: str, name: str, content: str, file: str, kinds: list[str] | None = None) -> str:
    """The page's Markdown with the build's `content` in place of its one marker line (the home
    page's: its list of sections). `kinds`: how Markdown reads each line, if read already."""
    key, what = HOME_CONTENTS if name == HOME_PAGE else GENERATED_PAGES[name][:2]
    readable = without_code(markdown, kinds)  # a marker shown in a code example is not the page's marker
    found = list(marker_line(name).finditer(readable))
    if len(found) != 1:
        problem = "has lost the line" if not found else f"has {len(found)} lines"
        raise GeneratedPageError(
            f"{file} {problem} <!-- guide:{key} (...) -->, where the build puts {what}. How to fix: keep one "
            f"such line, on its own at the left margin under the page's title, outside any box, list or code "
            f"example (git shows what it was).")
    start, end = found[0].span()
    return markdown[:start] + content + markdown[end:]


def missing_generated_pages(present: set[str], docs_name: str) -> list[str]:
    """A page the build fills in that is not in docs/: the guide would lose it silently."""
    return [f"{docs_name}/{name} is missing: the build puts {what} on that page. How to fix: restore the file "
            f"(git shows it): its front matter, its title and the line <!-- guide:{key} --> under it."
            for name, (key, what, _) in GENERATED_PAGES.items() if name not in present]
