"""axe-core on every page, at phone and desktop widths, in both colour schemes,
plus the states a patient creates: an answered quiz and open search results.
Screenshots of each go to test-artifacts/screenshots for a person to review."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser.conftest import answer, contrast, screenshot

from support import html_name

pytestmark = pytest.mark.browser

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"]}
WIDTHS = [1280, 375]
SCHEMES = ["light", "dark"]


def violations(page) -> list[str]:
    """Run over http only: axe's CSSOM preload reads stylesheets with XHR, which file:// forbids
    (origin 'null'), so its CSS rules would not run there. file:// is covered for errors,
    requests and behaviour by the other browser tests."""
    assert page.url.startswith("http"), "axe's CSS rules need http://"
    results = Axe().run(page, options=AXE_OPTIONS)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x: {v['nodes'][0]['target']})"
            for v in results.response["violations"]]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_page_has_no_axe_violations(open_http_page, english_page, width, scheme):
    check_page(open_http_page, english_page, width, scheme)


# A translated page has the same styles and colours as its English one: each is checked at a phone's width
# in light colours and a desktop's in dark, so both widths and both schemes are covered in every language.
@pytest.mark.parametrize("width, scheme", [(375, "light"), (1280, "dark")])
def test_translated_page_has_no_axe_violations(open_http_page, translated_page, width, scheme):
    check_page(open_http_page, translated_page, width, scheme)


def check_page(open_http_page, path, width, scheme):
    page, watch = open_http_page(path, width=width, scheme=scheme)
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert violations(page) == []
    screenshot(page, f"{path.removesuffix('.html').replace('/', '-')}-{width}-{scheme}")
    assert watch.problems() == {}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_sections_questions_with_the_error_summary_and_answered_have_no_axe_violations(
        open_http_page, section, width, scheme):
    check_question_states(open_http_page, html_name(section), width, scheme)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_quiz_page_with_the_error_summary_and_answered_has_no_axe_violations(open_http_page, width, scheme):
    check_question_states(open_http_page, "quiz.html", width, scheme)


def check_question_states(open_http_page, path, width, scheme):
    """axe with the error summary showing, then with every set answered (one wrong a set,
    so verdicts, the results, their links and the list all show)."""
    page, watch = open_http_page(path, width=width, scheme=scheme)
    first_set = page.locator("[data-quiz]").first
    first_set.locator("[data-quiz-check-all]").click()  # nothing chosen: the error summary and errors
    assert first_set.locator("[data-quiz-errors]").is_visible() and first_set.locator(".quiz-error").first.is_visible()
    assert violations(page) == [], "error summary"
    screenshot(page, f"{path.removesuffix('.html')}-errors-{width}-{scheme}")
    for quiz_set in page.locator("[data-quiz]").all():
        for index, question in enumerate(quiz_set.locator("[data-quiz-question]").all()):
            answer(question, right=index != 0)
        quiz_set.locator("[data-quiz-check-all]").click()
    page.locator("[data-quiz-question] summary").first.click()
    assert page.locator("[data-quiz-list] ol li").count() >= 1 and page.locator("[data-quiz-summary]").is_visible()
    assert violations(page) == [], "answered"
    screenshot(page, f"{path.removesuffix('.html')}-answered-{width}-{scheme}")
    assert watch.problems() == {}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_list_open_on_a_page_without_questions_has_no_axe_violations(open_http_page, width, scheme):
    """The list for the surgical team, carried to the home page from a section, with its buttons."""
    page, watch = open_http_page("what-is-it.html", width=width, scheme=scheme)
    for box in page.locator("[data-quiz-ask]").all()[:2]:
        box.check()
    page.goto(page.url.replace("what-is-it.html", "index.html"))
    assert page.locator("[data-quiz-list]").is_visible() and page.locator("[data-quiz-list] ol li").count() == 2
    assert violations(page) == [], "list open"
    screenshot(page, f"index-list-open-{width}-{scheme}")
    assert watch.problems() == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_open_search_results_have_no_axe_violations(open_http_page, scheme):
    page, watch = open_http_page("index.html", scheme=scheme)
    page.locator(".md-search__input").click()
    page.keyboard.type("hip")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert violations(page) == []
    screenshot(page, f"search-results-{scheme}")
    assert watch.problems() == {}


@pytest.mark.parametrize("width", WIDTHS)
def test_menu_and_search_toggles_have_names(open_page, width):
    page, _ = open_page("what-is-it.html", width=width)
    menu, search = page.get_by_role("button", name="Menu"), page.get_by_role("button", name="Search")
    assert menu.is_visible() is (width < 1220) and search.is_visible() is (width < 960)
    if width < 960:
        menu.focus()
        page.keyboard.press("Enter")
        assert menu.get_attribute("aria-expanded") == "true" and page.locator("#__drawer").is_checked()
        page.keyboard.press("Enter")
        assert menu.get_attribute("aria-expanded") == "false"
    assert page.locator(".md-search").get_attribute("aria-label") == "Search this guide"


def test_focus_is_always_visible(open_page):
    """Tab through a whole page: every stop shows an outline or a ring of its own."""
    page, _ = open_page("quiz.html", width=375)
    unseen = []
    for _ in range(80):
        page.keyboard.press("Tab")
        style = page.evaluate("""(() => {
            const el = document.activeElement;
            if (el === document.body) return null;
            const shown = getComputedStyle(el);
            return {name: el.id || el.textContent.trim().slice(0, 30) || el.tagName,
                    outline: shown.outlineStyle !== 'none' && parseFloat(shown.outlineWidth) >= 2,
                    shadow: shown.boxShadow !== 'none'};
        })()""")
        if style and not (style["outline"] or style["shadow"]):
            unseen.append(style["name"])
    assert unseen == []


HEADER_STOP = """(() => {
  const el = document.activeElement;
  if (!(el.matches(".md-skip") || el.closest(".md-header, .md-nav--primary > .md-nav__title"))) return null;
  const ring = getComputedStyle(el), bar = el.closest(".md-nav__title") || document.querySelector(".md-header");
  return {name: (el.getAttribute("aria-label") || el.textContent).trim(), style: ring.outlineStyle,
          width: parseFloat(ring.outlineWidth), colour: ring.outlineColor,
            behind: getComputedStyle(bar).backgroundColor};
})()"""


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_focus_rings_in_the_header_stand_out_from_it(open_page, width, scheme):
    """Each stop in the header (and the skip link over it, and the open menu's title bar) has a
    ring of at least 3:1 against the indigo behind it (WCAG 1.4.11), in both schemes."""
    page, watch = open_page("what-is-it.html", width=width, scheme=scheme)
    stops = []
    for _ in range(8):
        page.keyboard.press("Tab")
        stop = page.evaluate(HEADER_STOP)
        if stop is None:
            break
        stops.append(stop)
    switch = "Switch to light mode" if scheme == "dark" else "Switch to dark mode"
    expected = (["Skip to content", "Menu", switch, "Search"] if width < 960 else
                ["Skip to content", "Soft tissue hip reconstruction", switch, "Search"])
    assert [stop["name"] for stop in stops] == expected
    if width < 1220:  # the menu's title bar, indigo too, takes the focus when the menu opens
        page.get_by_role("button", name="Menu", exact=True).focus()
        page.keyboard.press("Enter")
        stops.append(page.evaluate(HEADER_STOP))
        assert stops[-1] and stops[-1]["name"] == "Soft tissue hip reconstruction"
    for stop in stops:
        assert stop["style"] != "none" and stop["width"] >= 2, stop
        assert contrast(stop["colour"], stop["behind"]) >= 3, stop
    assert watch.problems() == {}
