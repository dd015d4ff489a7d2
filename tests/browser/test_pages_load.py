"""Every page loads with no errors and no request to another host, from file:// and http://."""

import pytest

pytestmark = pytest.mark.browser


def test_page_loads_cleanly(open_page, site_page):
    page, watch = open_page(site_page)
    # Wait for the search worker to load its index: once it is ready, focusing the search box
    # makes Material replace "Initializing search" with its prompt.
    page.focus(".md-search__input")
    page.wait_for_function("() => !/Initializing/.test(document.querySelector('.md-search-result__meta').textContent)")
    assert page.locator("h1").count() == 1
    assert watch.problems() == {}


def test_search_box_is_shown_offline(open_page):
    page, watch = open_page("index.html")
    assert page.locator(".md-search__input").is_visible()
    assert watch.problems() == {}


def test_page_reflows_at_320_px_with_no_sideways_scrolling(open_page, site_page):
    page, _ = open_page(site_page, width=320)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
