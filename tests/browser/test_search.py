"""Search works, from file:// too (the inlined index and the local iframe-worker shim)."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("term, expected", [("crutch", "recovery.html"), ("sciatic", "the-operation.html"),
                                            ("blood clots", "risks.html")])
def test_search_lists_the_page_that_answers(open_page, term, expected):
    page, watch = open_page("index.html")
    page.locator(".md-search__input").click()
    page.keyboard.type(term)
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=10_000)
    hrefs = [urlsplit(href).path.rsplit("/", 1)[-1] for href in results.evaluate_all("links => links.map(a => a.href)")]
    assert expected in hrefs
    assert watch.problems() == {}


def test_search_opens_from_the_keyboard_on_a_phone(open_page):
    page, watch = open_page("what-is-it.html", width=375)
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-label')") == "Search":
            break
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("sciatic")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert watch.problems() == {}


def test_the_search_worker_is_fetched_only_when_search_is_used_and_then_works(open_page):
    """lazy-search.js: a first visit that never searches never downloads Material's search worker (12 KB);
    the first focus on the search box starts it, and search answers as before."""
    requested = []

    def prepare(context, page):
        page.on("request", lambda request: requested.append(request.url))
    page, watch = open_page("risks.html", prepare=prepare)
    page.wait_for_timeout(1500)  # long enough for Material to have started it at once, as it would
    assert not [url for url in requested if "/workers/search." in url], requested
    page.locator(".md-search__input").click()
    page.keyboard.type("sciatic")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert [url for url in requested if "/workers/search." in url]
    assert watch.problems() == {}
