"""The built site's own navigation: the one page list the tests, the browser suite and the
benchmark all use, so a new section is covered by every check without editing a list."""

from __future__ import annotations

import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

# GENERATED_PAGES is handed on to the tests and the benchmark, which read the page list from here.
from patient_guide.generated_pages import GENERATED_PAGES, NOT_SECTIONS, QUIZ_PAGE  # noqa: E402, F401

QUIZ_HTML = QUIZ_PAGE.removesuffix(".md") + ".html"


def nav_pages(site: Path) -> list[str]:
    """Every page in the built navigation, footer and "About this page", in reading order, as paths inside the
    site."""
    soup = BeautifulSoup((site / "index.html").read_text("utf-8"), "html.parser")
    pages = []
    # The menu, then the pages every footer links to (the accessibility statement, the privacy notice),
    # then the one "About this page" links to (the whole guide in large print).
    for link in soup.select("nav.md-nav--primary a.md-nav__link[href], footer .md-copyright a[href], "
                            ".guide-page-info .guide-large-print a[href]"):
        href = link["href"]  # skip the current page's headings and any link off the site
        if "#" not in href and ":" not in href and not href.startswith("/") and href not in pages:
            pages.append(href)
    if "index.html" not in pages:
        raise ValueError(f"{site / 'index.html'} has no navigation listing the home page")
    return pages


def section_pages(site: Path) -> list[str]:
    """The written sections, in reading order: the navigation minus the home page and the pages
    the build fills in (quiz, glossary, print, ...)."""
    return [page for page in nav_pages(site) if page.removesuffix(".html") + ".md" not in NOT_SECTIONS]
