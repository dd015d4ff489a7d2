"""The version history a patient sees is the sign-off record's, never typed by hand (issue 19)."""

import datetime

import yaml
from bs4 import BeautifulSoup

from support import ROOT

WORDS_FILE = "words/en.yml"


def _record() -> dict:
    return yaml.safe_load((ROOT / "docs" / "sign-off.yml").read_text("utf-8"))["versions"]


def _expected_lines(menu_titles: dict[str, str]) -> list[str]:
    """Each version as the record gives it, newest first, its pages named as the menu names them."""
    versions = sorted(_record().items(), key=lambda item: tuple(int(n) for n in item[0].split(".")))
    lines = []
    for index, (version, entry) in enumerate(versions):
        day = entry["date"]
        when = f"{day.day} {day.strftime('%B')} {day.year}"
        if index == 0:
            lines.append(f"Version {version}, {when}: the first version.")
            continue
        names = []
        for name in entry["changed"]:
            title = menu_titles.get(name) or menu_titles.get(name.removesuffix(".yml") + ".md")
            if name != WORDS_FILE and title not in names:
                names.append(title)
        names += ["words used on every page, such as buttons and notices"] if WORDS_FILE in entry["changed"] else []
        lines.append(f"Version {version}, {when}: changed {', '.join(names)}.")
    return lines[::-1]


def _menu_titles(soups) -> dict[str, str]:
    """src -> the name a patient knows the page by: the menu's, else the page's own heading."""
    titles = {}
    for path in (ROOT / "docs").glob("*.md"):
        soup = soups[path.stem + ".html"]
        link = soups["index.html"].select_one(f'nav.md-nav--primary a.md-nav__link[href="{path.stem}.html"]')
        titles[path.name] = link.get_text(" ", strip=True) if link else soup.h1.get_text(" ", strip=True)
    return titles


def _pages(site_dir) -> dict[str, BeautifulSoup]:
    """Parsed afresh: other tests take parts out of the shared soups."""
    return {path.name: BeautifulSoup(path.read_text("utf-8"), "html.parser") for path in site_dir.glob("*.html")
            if path.name != "404.html"}


def test_about_this_page_shows_the_version_and_the_record_s_history_on_every_page(site_dir):
    content_pages = soups = _pages(site_dir)
    expected = _expected_lines(_menu_titles(soups))
    assert len(expected) >= 2 and expected[-1].endswith("the first version.")
    version = max(_record(), key=lambda v: tuple(int(n) for n in v.split(".")))
    for name, soup in content_pages.items():
        about = soup.select_one(".guide-page-info")
        assert f"version {version}" in about.select_one(".guide-reference").get_text(), name
        history = about.select_one("details.guide-versions")
        assert history.summary.get_text(strip=True) == "Version history", name
        assert [li.get_text(" ", strip=True) for li in history.select("li")] == expected, name
        assert "open" not in history.attrs, "closed until the patient opens it"


def test_the_printed_guide_shows_the_history_in_its_title_block(site_dir):
    soups = _pages(site_dir)
    block = soups["print.html"].select_one(".guide-title-block")
    printed = block.select_one(".guide-versions-printed")
    assert [li.get_text(" ", strip=True) for li in printed.select("li")] == _expected_lines(_menu_titles(soups))
    assert printed.find("details") is None, "nothing on paper needs opening"


def test_the_history_is_dated_by_sign_off_not_by_the_build():
    for version, entry in _record().items():
        assert isinstance(entry["date"], datetime.date), version
        assert entry["changed"], version
