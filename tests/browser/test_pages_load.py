"""Every page loads with no errors and no request to another host, from file:// and http://."""

import pytest

from browser.conftest import PAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly(open_page, path):
    page, watch = open_page(path)
    page.wait_for_timeout(300)  # let the search worker load its index
    assert page.locator("h1").count() == 1
    assert watch.problems() == {}


def test_search_box_is_shown_offline(open_page):
    page, watch = open_page("index.html")
    assert page.locator(".md-search__input").is_visible()
    assert watch.problems() == {}


@pytest.mark.parametrize("path", PAGES)
def test_page_reflows_at_320_px_with_no_sideways_scrolling(open_page, path):
    page, _ = open_page(path, width=320)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
