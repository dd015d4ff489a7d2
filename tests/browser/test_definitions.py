"""Medical words explained where they are read: the first use of a glossary word is a button
that opens its meaning under the line, at the text's own size, pushing the text down (never
covering it); it closes with the same button or Escape, and the focus stays on the word. A tap
on a phone opens it without leaving the page. Without JavaScript the word is a link to the glossary."""

from urllib.parse import urlsplit

import pytest
from browser.conftest import focus_problem, screenshot, watched_page
from browser.test_accessibility import SCHEMES, WIDTHS, violations

pytestmark = pytest.mark.browser

PAGE = "what-is-it.html"
FOCUSED = "document.activeElement.matches('button.guide-term') ? document.activeElement.textContent : null"
# What the open meaning looks like against the words around it: its text size beside the
# paragraph's, and whether it overlaps any line of the text that follows the word.
MEANING = """(button) => {
  const box = document.getElementById(button.getAttribute("aria-controls"));
  const paragraph = button.closest("p, li"), rect = box.getBoundingClientRect();
  const range = document.createRange();
  range.setStartAfter(box);
  range.setEndAfter(paragraph.lastChild);
  const after = [...range.getClientRects()].filter(r => r.width > 0);
  return {shown: box.checkVisibility(), text: box.textContent,
          size: parseFloat(getComputedStyle(box).fontSize), body: parseFloat(getComputedStyle(paragraph).fontSize),
          covers: after.some(r => r.top < rect.bottom - 1 && r.bottom > rect.top + 1),
          below_the_word: rect.top >= button.getBoundingClientRect().bottom - 1};
}"""


def terms(page):
    return page.locator("article button.guide-term")


def test_a_words_meaning_opens_and_closes_by_keyboard_and_the_focus_stays(open_page):
    page, watch = open_page(PAGE, width=375)
    assert terms(page).count() >= 3 and page.locator("article a[data-guide-definition]").count() == 0
    word = terms(page).first
    name = word.inner_text()
    # Tab reaches the word, as it reached the link it replaced.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED) == name:
            break
    else:
        raise AssertionError("Tab never reached the first explained word")
    assert word.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert word.get_attribute("aria-expanded") == "true"
    meaning = word.evaluate(MEANING)
    assert meaning["shown"] and meaning["below_the_word"]
    assert meaning["size"] == meaning["body"], "the meaning is at the text's own size"
    assert not meaning["covers"], "the meaning pushes the text down, never over it"
    definition = word.evaluate("b => document.getElementById(b.getAttribute('aria-controls')).textContent")
    assert definition.lower().startswith(name.lower().rstrip("s")[:4]) and ": " in definition
    page.keyboard.press("Escape")
    assert word.get_attribute("aria-expanded") == "false"
    assert page.evaluate(FOCUSED) == name, "the focus stays on the word"
    assert focus_problem(page) is None
    page.keyboard.press("Space")
    assert word.get_attribute("aria-expanded") == "true", "Space opens it too"
    page.keyboard.press("Space")
    assert word.get_attribute("aria-expanded") == "false", "and closes it"
    # Persistent: it stays open while the reader moves on, until they close it.
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.mouse.move(5, 5)
    assert word.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Escape")
    assert word.get_attribute("aria-expanded") == "false", "Escape closes the last one opened"
    assert watch.problems() == {}


def test_a_tap_on_a_phone_shows_the_meaning_without_leaving_the_page(browser, origin):
    context = browser.new_context(viewport={"width": 375, "height": 812}, has_touch=True, is_mobile=True)
    try:
        own = urlsplit(origin)
        page, watch = watched_page(context, lambda url: urlsplit(url).scheme in {"data", "blob"} or (
            urlsplit(url).scheme, urlsplit(url).netloc) == (own.scheme, own.netloc))
        page.goto(origin + PAGE, wait_until="load")
        url = page.url
        word = terms(page).nth(1)
        word.scroll_into_view_if_needed()
        word.tap()
        assert page.url == url, "the page's address is unchanged"
        assert word.get_attribute("aria-expanded") == "true"
        meaning = word.evaluate(MEANING)
        assert meaning["shown"] and not meaning["covers"] and meaning["size"] == meaning["body"]
        screenshot(page, "meaning-open-phone" + ("" if origin.startswith("file") else "-http"))
        word.tap()
        assert word.get_attribute("aria-expanded") == "false" and page.url == url
        assert watch.problems() == {}
    finally:
        context.close()


def test_without_javascript_a_word_is_a_link_to_its_glossary_entry(open_page):
    page, watch = open_page(PAGE, javascript=False)
    link = page.locator("article a[data-guide-definition]").first
    assert page.locator("button.guide-term").count() == 0
    href = link.get_attribute("href")
    assert href.startswith("glossary.html#glossary-")
    link.click()
    page.wait_for_url(f"**/{href}")
    assert page.locator(f"#{href.partition('#')[2]}").is_visible()
    assert watch.problems() == {}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_open_meanings_have_no_axe_violations(open_http_page, width, scheme):
    page, watch = open_http_page(PAGE, width=width, scheme=scheme)
    for word in terms(page).all():
        word.click()
    assert page.locator(".guide-definition:not([hidden])").count() == terms(page).count() >= 3
    assert violations(page) == []
    screenshot(page, f"meanings-open-{width}-{scheme}")
    assert watch.problems() == {}
