"""On a phone, as a patient with low vision or only a keyboard meets the pages: every Tab stop
can be seen and the closed menu and search stay closed (with JavaScript and without), 200%
text fits the screen with every question used, and nothing floats over the text when the
page scrolls back up."""

import pytest
from browser.conftest import (
    RECORD_OPENINGS,
    accessible_controls,
    answer,
    double_the_text_size,
    focus_problem,
    screenshot,
    tab_through,
)

from support import html_name

pytestmark = pytest.mark.browser

PHONES = [375, 320]
SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", PHONES)
def test_tabbing_through_a_page_on_a_phone_shows_every_stop_and_opens_nothing(open_page, width, scheme):
    page, watch = open_page("what-is-it.html", width=width, scheme=scheme)
    page.evaluate(RECORD_OPENINGS)
    # Closed, the menu and search give a screen reader nothing either.
    assert accessible_controls(page, ".md-sidebar--primary") == []
    assert accessible_controls(page, ".md-search") == []
    stops, unseen = tab_through(page)
    assert unseen == []
    assert page.evaluate("window.__guideOpened") == [], "tabbing opened the menu or search"
    assert stops[1:4] == ['BUTTON "Menu"', f'BUTTON "Switch to {"light" if scheme == "dark" else "dark"} mode"',
                          'BUTTON "Search"']
    first_word = page.locator("article button.guide-term").first.inner_text()  # a medical word (definitions.js)
    assert stops[4].startswith("A ") or stops[4] == f'BUTTON "{first_word}"', \
        f"after the header comes the page, not {stops[4]}"
    assert 'A "Privacy notice"' in stops, "the walk reached the footer"
    assert watch.problems() == {}


@pytest.mark.parametrize("path", ["index.html", "what-is-it.html"])
@pytest.mark.parametrize("width", PHONES)
def test_without_javascript_a_phone_page_fits_and_shows_every_tab_stop(open_page, path, width):
    page, watch = open_page(path, width=width, javascript=False)
    assert page.evaluate(SIDEWAYS) <= 0
    assert accessible_controls(page, ".md-sidebar--primary") == []
    assert accessible_controls(page, ".md-header") == [], "the colour switch needs JavaScript, so it isn't offered"
    stops, unseen = tab_through(page)
    assert unseen == []
    assert stops[0] == 'A "Skip to content"' and stops[1].startswith("A ")
    assert 'A "Privacy notice"' in stops
    assert watch.problems() == {}


def use_every_question(page) -> None:
    """Answer each question (wrongly), check it, add it to the list,
    check each set and open the first answer: verdicts, scores, the list and its buttons all show."""
    for question in page.locator("[data-quiz-question]").all():
        answer(question, right=False)
        question.locator("[data-quiz-check]").click()
        question.locator("[data-quiz-ask]").check()
    for quiz_set in page.locator("[data-quiz]").all():
        quiz_set.locator("[data-quiz-check-all]").click()
    page.locator("[data-quiz-question] summary").first.click()
    assert page.locator(".quiz-list__remove").count() == page.locator("[data-quiz-question]").count() >= 2
    assert page.locator("[data-quiz-print]").is_visible()


# What spills out at the sides: any control past the screen's edges or outside the box it sits
# in (a button out of its dashed list box), and header buttons or title cut off.
SPILLS = """() => {
  const width = document.documentElement.clientWidth, out = [];
  const name = el => `${el.tagName} "${(el.getAttribute("aria-label") || el.textContent).trim().slice(0, 30)}"`;
  const shown = el => el.checkVisibility({visibilityProperty: true}) && el.getClientRects().length;
  const controls = ".md-header button, .md-header a, .md-content button, .md-content a, .md-content label";
  for (const el of document.querySelectorAll(controls)) {
    if (!shown(el)) continue;
    const box = el.getBoundingClientRect();
    if (box.left < -0.5 ||
      box.right > width + 0.5) {
      out.push(`${name(el)} runs past the screen: ${Math.round(box.left)} to ${Math.round(box.right)}`);
    }
    const parent = el.parentElement.getBoundingClientRect();
    if (box.left < parent.left - 0.5 ||
      box.right > parent.right + 0.5) out.push(`${name(el)} sticks out of its ${el.parentElement.tagName}`);
  }
  const title = document.querySelector(".md-header__topic:first-child .md-ellipsis");
  if (title.scrollWidth > title.clientWidth + 1 ||
    title.getBoundingClientRect().width < 100) {
    out.push(`the header title is cut to ${Math.round(title.getBoundingClientRect().width)} px`);
  }
  return out;
}"""


# The open menu: inside the screen, its title and links whole (not cut off with "...").
MENU_SPILLS = """drawer => {
  const width = document.documentElement.clientWidth, out = [];
  if (drawer.getBoundingClientRect().right > width + 0.5) {
    out.push(`the menu is ${drawer.getBoundingClientRect().width} px wide`);
  }
  for (const el of drawer.querySelectorAll(".md-nav__title, a[href] .md-ellipsis")) {
    if (!el.checkVisibility({visibilityProperty: true})) continue;
    if (el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1)
      out.push(`"${el.textContent.trim().slice(0, 30)}" is cut off`);
  }
  return out;
}"""


def check_fits_at_200_percent(page, name: str) -> None:
    assert page.evaluate(SIDEWAYS) <= 0, "the page scrolls sideways"
    assert page.evaluate(f"({SPILLS})()") == []
    for button in ["Menu", "Search"]:
        box = page.get_by_role("button", name=button, exact=True).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"], button
    screenshot(page, name)
    page.get_by_role("button", name="Menu", exact=True).click()
    assert page.locator(".md-sidebar--primary").evaluate(MENU_SPILLS) == []


@pytest.mark.parametrize("width", PHONES)
def test_at_200_percent_text_a_section_with_its_questions_used_fits_a_phone(open_http_page, section, width):
    """Layout only, so over http alone (file:// lays out the same)."""
    page, watch = open_http_page(html_name(section), width=width)
    double_the_text_size(page)
    use_every_question(page)
    check_fits_at_200_percent(page, f"{section.removesuffix('.md')}-200-percent-{width}")
    assert watch.problems() == {}


@pytest.mark.parametrize("width", PHONES)
def test_at_200_percent_text_the_quiz_page_with_its_questions_used_fits_a_phone(open_http_page, width):
    page, watch = open_http_page("quiz.html", width=width)
    double_the_text_size(page)
    use_every_question(page)
    check_fits_at_200_percent(page, f"quiz-200-percent-{width}")
    assert watch.problems() == {}


# Text in the article that something else is drawn over, checked across the first line of every
# heading, paragraph and error summary wholly on screen below the header.
COVERED_TEXT = """() => {
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom, out = [];
  for (const el of document.querySelectorAll("article h1, article h2, article h3, article p, .quiz-error-summary")) {
    const box = el.getBoundingClientRect();
    if (!el.checkVisibility() || box.top < header || box.bottom > innerHeight || box.width < 20) continue;
    const y = box.top + Math.min(box.height / 2, 12);
    for (const x of [box.left + 8, box.left + box.width / 2, box.right - 8]) {
      const top = document.elementFromPoint(x, y);
      if (top && !el.contains(top) && !top.contains(el)) {
        const over = `${top.tagName}.${top.className} "${top.textContent.trim().slice(0, 20)}"`;
        out.push(`"${el.textContent.trim().slice(0, 30)}" under ${over}`);
        break;
      }
    }
  }
  return out;
}"""


@pytest.mark.parametrize("width", [375, 1280])
def test_nothing_covers_the_text_when_the_page_scrolls_back_up(open_page, width):
    """Material's "Back to top" button showed on any upward scroll, over the text; the footer's
    links and the header do its job, so the guide leaves it out."""
    page, watch = open_page("quiz.html", width=width)
    assert page.locator(".md-top").count() == 0
    intro = page.locator("article p").first
    # Read down the page, then scroll back up a little to the title and the introduction.
    page.mouse.move(width / 2, 450)
    page.mouse.wheel(0, 2500)
    page.wait_for_function("() => scrollY >= 2000")
    page.mouse.wheel(0, -2500 + 200)
    page.wait_for_function("() => scrollY <= 300")
    intro.wait_for()
    assert page.evaluate(f"({COVERED_TEXT})()") == []
    # "Check my answers" with nothing chosen: the focus jumps up to the error summary.
    page.locator("[data-quiz-check-all]").first.scroll_into_view_if_needed()
    page.mouse.wheel(0, 600)
    page.locator("[data-quiz-check-all]").first.click()
    summary = page.locator("[data-quiz-errors]").first
    assert page.evaluate("document.activeElement.matches('[data-quiz-errors]')")
    assert focus_problem(page) is None
    page.wait_for_function("s => { const box = s.getBoundingClientRect(); "
                           "return box.top >= 0 && box.top < innerHeight; }",
                           arg=summary.element_handle())
    assert page.evaluate(f"({COVERED_TEXT})()") == []
    assert watch.problems() == {}


@pytest.mark.parametrize("width", PHONES)
def test_at_200_percent_text_the_error_summary_and_its_link_show_what_they_focus(open_http_page, width):
    """With large text the header scrolls away with the page; the summary, and the question its
    link leads to, must still come into view (they once landed thousands of pixels off screen)."""
    page, watch = open_http_page("risks.html", width=width)
    double_the_text_size(page)
    page.locator("[data-quiz-check-all]").click()
    # Within a pixel: sizes in cqi (guide.css) can leave the scrolled-to box a fraction above the top.
    in_view = """() => { const box = document.activeElement.getBoundingClientRect();
                        return box.top >= -1 && box.top < innerHeight; }"""
    assert page.evaluate("document.activeElement.matches('[data-quiz-errors]')")
    assert page.evaluate(in_view), "the focused error summary is on screen"
    page.locator("[data-quiz-errors] a").first.click()
    assert page.evaluate("document.activeElement.matches('fieldset input')")
    assert page.evaluate(in_view), "the focused answer is on screen"
    assert watch.problems() == {}
