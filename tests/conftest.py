"""Shared fixtures: the real site, built once per session with `mkdocs build --strict`."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from support import (
    ROOT,
    SiteUnavailable,
    built_or_fail,
    every_language_pages,
    nav_pages,
    section_pages,
    sign_off_as_written,
    the_site,
    translated_pages,
)

sys.path.insert(0, str(ROOT / "hooks"))  # the pure modules under test: hooks/patient_guide/
sys.path.insert(0, str(ROOT / "tools"))  # readability, page weight, config reading

from site_config import load_config  # noqa: E402
from site_nav import GENERATED_PAGES  # noqa: E402


def pytest_generate_tests(metafunc):
    """Tests that take `site_page` (every page in the built navigation of every language, e.g.
    "risks.html" or "ur/risks.html"), `english_page` or `translated_page` (the guide's own language's
    pages, or the translations' only, for checks that cost a browser several loads a page) or `section`
    (every written section, e.g. "risks.md") run once per page: a new section or language is
    covered by every check without editing a list. Only these tests trigger the build here."""
    for name, pages in (("site_page", every_language_pages), ("english_page", nav_pages),
                        ("translated_page", translated_pages),
                        ("section", section_pages)):
        if name in metafunc.fixturenames:
            try:
                found, problem = pages(), None
            except SiteUnavailable as error:
                found, problem = [], str(error)
            if problem:
                pytest.fail(problem, pytrace=False)  # one plain message, no traceback
            metafunc.parametrize(name, found)


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The site under test: GUIDE_SITE_DIR if set (CI tests the directory it deploys), else one
    --strict build per session, shared with the page list used at collection."""
    try:
        return the_site()
    except SiteUnavailable as error:
        problem = str(error)
    pytest.fail(problem, pytrace=False)


@pytest.fixture(scope="session")
def second_site_dir(tmp_path_factory) -> Path:
    """A second build, only for the tests that prove builds are reproducible."""
    return built_or_fail(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site-again"))


@pytest.fixture(scope="session")
def html_files(site_dir) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


@pytest.fixture(scope="session")
def soups(site_dir, html_files) -> dict[str, BeautifulSoup]:
    """Every built page, parsed once, keyed by its path inside the site."""
    return {path.relative_to(site_dir).as_posix(): BeautifulSoup(path.read_text("utf-8"), "html.parser")
            for path in html_files}


@pytest.fixture(scope="session")
def content_pages(soups) -> dict[str, BeautifulSoup]:
    """The pages a reader reaches from the navigation (not the 404 page)."""
    return {name: soup for name, soup in soups.items() if name != "404.html"}


def reviewed_on_test_dates(page: str) -> str:
    """A page with the review dates the test pages carry (2026-11-24, due 2027-11-24)."""
    page = re.sub(r"^last_reviewed: .*$", "last_reviewed: 2026-11-24", page, count=1, flags=re.M)
    return re.sub(r"^next_review: .*$", "next_review: 2027-11-24", page, count=1, flags=re.M)


@pytest.fixture
def make_project(tmp_path):
    """A throwaway docs tree using the real config, theme and hook, for build-failure tests."""

    def make(pages: dict[str, str], root: Path = tmp_path, signed: bool = True) -> Path:
        config = load_config()
        config["docs_dir"] = str(root / "docs")
        config["theme"]["custom_dir"] = str(ROOT / "overrides")
        config["hooks"] = [str(ROOT / "hooks" / "guide_hooks.py")]
        config["watch"] = [str(ROOT / "overrides"), str(ROOT / "hooks")]
        config["nav"] = [{name.removesuffix(".md"): name} for name in [*pages, *GENERATED_PAGES]]
        config["extra"]["guide"]["translations"] = []  # a throwaway English guide (tests of translations copy all)
        # The glossary and the pages the build fills in (quiz, print, ...), as the real guide has them,
        # reviewed on the test pages' own dates so that none falls due on the projects' "today".
        pages = {"glossary.yml": (ROOT / "docs" / "glossary.yml").read_text("utf-8"),
                 **{name: reviewed_on_test_dates((ROOT / "docs" / name).read_text("utf-8"))
                    for name in GENERATED_PAGES}, **pages}
        for name, text in pages.items():
            (root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
            (root / "docs" / name).write_text(text, "utf-8")
        if signed:  # as a clinical lead would have signed them off, on the dates they carry
            sign_off_as_written(root / "docs")
        config_file = root / "mkdocs.yml"
        config_file.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
        return config_file

    return make
