"""A page read after its next review date says so at its top, from the reader's own clock,
with no rebuild (toggles.js); without JavaScript, or before the date, nothing changes."""

import datetime as dt
import re

import pytest
from browser.test_accessibility import violations
from bs4 import BeautifulSoup

pytestmark = pytest.mark.browser


def next_review(site_dir, page: str) -> dt.date:
    soup = BeautifulSoup((site_dir / page).read_text("utf-8"), "html.parser")
    return dt.date.fromisoformat(soup.select_one(".guide-review-due")["data-due"])


def opened(browser, url: str, day: dt.date | None, javascript: bool = True, scheme: str = "light"):
    context = browser.new_context(java_script_enabled=javascript, color_scheme=scheme)
    if day:
        context.clock.install(time=dt.datetime.combine(day, dt.time(12)).timestamp())
    page = context.new_page()
    page.goto(url, wait_until="load")
    return context, page


@pytest.mark.parametrize("page_name", ["risks.html", "quiz.html", "index.html"])
def test_a_page_read_after_its_review_date_says_so_at_its_top(browser, origin, site_dir, page_name):
    due = next_review(site_dir, page_name)
    context, page = opened(browser, origin + page_name, due + dt.timedelta(days=1))
    try:
        note = page.locator(".guide-review-due")
        note.wait_for(state="visible", timeout=5000)
        said = note.inner_text()
        assert re.fullmatch(r"This information was due for review on \d{1,2} \w+ \d{4}\. Some of it may now be out "
                            r"of date\.", said), said
        assert str(due.year) in said
        first = page.locator("article").locator("p, h1, div.guide-review-due").first
        assert first.evaluate("e => e.classList.contains('guide-review-due')"), "the first thing on the page"
    finally:
        context.close()


def test_before_the_date_and_without_javascript_nothing_changes(browser, origin, site_dir):
    due = next_review(site_dir, "risks.html")
    for day, javascript in ((due, True), (due - dt.timedelta(days=200), True), (due + dt.timedelta(days=9), False)):
        context, page = opened(browser, origin + "risks.html", day, javascript)
        try:
            assert page.locator(".guide-review-due").is_hidden(), (day, javascript)
        finally:
            context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_notice_has_no_axe_violations(browser, http_root, site_dir, scheme):
    due = next_review(site_dir, "risks.html")
    context, page = opened(browser, http_root + "risks.html", due + dt.timedelta(days=30), scheme=scheme)
    try:
        page.locator(".guide-review-due").wait_for(state="visible", timeout=5000)
        assert violations(page) == []
    finally:
        context.close()
