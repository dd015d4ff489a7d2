"""The recovery timeline as a patient sees it: beside its list on a wide screen, stacked on a phone,
in the page's own colours in both schemes, clean on paper; axe finds nothing."""

import pytest
from browser.conftest import screenshot
from browser.test_accessibility import violations

pytestmark = pytest.mark.browser

PAGE = "recovery.html"
BOXES = """() => {
    const box = (s) => { const r = document.querySelector(s).getBoundingClientRect();
                         return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
    return {picture: box('.guide-timeline__picture'), list: box('.guide-timeline__steps'),
            scroll: document.documentElement.scrollWidth, width: window.innerWidth};
}"""
COLOURS = """() => {
    const mark = getComputedStyle(document.querySelector('.guide-timeline__mark'));
    const label = getComputedStyle(document.querySelector('.guide-timeline__label'));
    const text = getComputedStyle(document.querySelector('.guide-timeline__steps'));
    const page = getComputedStyle(document.querySelector('.md-main'));
    return {stroke: mark.stroke, fill: mark.fill, label: label.fill, text: text.color};
}"""


def test_beside_its_list_on_a_wide_screen_and_stacked_at_320_px_with_nothing_sideways(open_page):
    page, watch = open_page(PAGE, width=1280)
    wide = page.evaluate(BOXES)
    assert wide["list"]["left"] >= wide["picture"]["right"], "the picture stands beside the list"
    page, _ = open_page(PAGE, width=320)
    narrow = page.evaluate(BOXES)
    assert narrow["list"]["top"] >= narrow["picture"]["bottom"], "stacked: the picture, then the list"
    assert narrow["picture"]["right"] <= narrow["width"] and narrow["scroll"] <= narrow["width"]
    screenshot(page, "timeline-320")
    assert watch.problems() == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_drawn_in_the_pages_own_text_colour_in_both_schemes(open_page, scheme):
    page, watch = open_page(PAGE, scheme=scheme)
    colours = page.evaluate(COLOURS)
    assert colours["stroke"] == colours["label"] == colours["text"], colours
    assert colours["fill"] != colours["stroke"], "each mark's number shows on its own background"
    assert watch.problems() == {}


def test_the_picture_is_hidden_from_screen_readers_and_the_list_is_read(open_page):
    page, _ = open_page(PAGE)
    figure = page.locator("figure.guide-timeline")
    assert figure.locator("[aria-hidden=true] svg").count() == 1
    assert figure.get_by_role("list").locator("li").count() == figure.locator("svg circle").count()
    assert figure.locator("figcaption").inner_text().strip() == "Your recovery at a glance"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_around_the_timeline(open_http_page, scheme):
    page, watch = open_http_page(PAGE, width=375, scheme=scheme)
    page.locator("figure.guide-timeline").scroll_into_view_if_needed()
    assert violations(page) == []
    assert watch.problems() == {}
