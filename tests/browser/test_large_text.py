"""A phone 320 pixels wide with the browser's default text size raised to 24 pixels (Chromium's own
setting, through the DevTools protocol, as a reader's settings would set it): heading words stay
whole, boxes keep lines a reader can follow, the first screen shows the page's title and the start
of its text, and nothing scrolls sideways."""


import pytest
from browser.conftest import screenshot

from support import html_name

pytestmark = pytest.mark.browser

WIDTH, HEIGHT = 320, 568  # the smallest phone screen in common use
DEFAULT_FONT_PX = 24
FEWEST_CHARACTERS = 20  # a box's line must hold at least this many characters of its own text
SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"

# Every word of every heading (and of the header's and the menu's title) whose letters fall on more
# than one line: a Range per word, its boxes' tops compared.
SPLIT_WORDS = """() => {
  const out = [];
  const headings = "article :is(h1, h2, h3, h4, h5, h6), .md-header__topic:first-child .md-ellipsis, "
    + ".quiz-error-summary__title, .guide-contact__title";
  for (const heading of document.querySelectorAll(headings)) {
    if (!heading.checkVisibility()) continue;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      for (const match of node.textContent.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter(box => box.width > 0).map(box => Math.round(box.top)));
        if (tops.size > 1) out.push(`${heading.tagName} "${heading.textContent.trim().slice(0, 40)}": ${match[0]}`);
      }
    }
  }
  return out;
}"""

# How many characters of its own text each line of a box holds: the text block's width over the
# average width of its own characters, in its own font (the words as set, not a guess).
BOX_LINES = """(boxes) => {
  const canvas = document.createElement("canvas").getContext("2d"), out = [];
  for (const box of document.querySelectorAll(boxes)) {
    if (!box.checkVisibility()) continue;
    for (const el of [box, ...box.querySelectorAll("p, li, dd, summary")]) {
      const text = el.textContent.replace(/\\s+/g, " ").trim();
      if (!text || !el.checkVisibility() || el.querySelector("p, li, ul, ol, dd, summary")) continue;
      if (el === box && box.querySelector("p, li")) continue;
      const style = getComputedStyle(el);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const perCharacter = canvas.measureText(text).width / text.length;
      const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      out.push({box: box.className.split(" ")[0], text: text.slice(0, 30),
        characters: Math.floor(width / perCharacter)});
    }
  }
  return out;
}"""
BOXES = (".guide-key-points, .guide-contact, .guide-disclaimer, .quiz-error-summary, .admonition, "
         "article details, .guide-glossary dd, .guide-definition")

# The first screen: the page's title wholly in it, and the first line of what follows the title.
FIRST_SCREEN = """() => {
  const title = document.querySelector("article h1"), after = title.nextElementSibling;
  const box = title.getBoundingClientRect(), next = after.getBoundingClientRect();
  const firstLine = parseFloat(getComputedStyle(after.querySelector("li, p") || after).lineHeight) || 40;
  return {title: box.top >= 0 && box.bottom <= innerHeight, next: after.tagName + "." + after.className,
          start: next.top >= 0 && next.top + Math.min(next.height, 2 * firstLine) <= innerHeight,
          bottom_of_title: Math.round(box.bottom)};
}"""


@pytest.fixture
def large_text_page(open_page):
    """Open a page at 320 x 568 with a 24 px default font size."""
    def font_size(context, page):
        cdp = context.new_cdp_session(page)
        cdp.send("Page.enable")
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": DEFAULT_FONT_PX}})

    def open_(path: str):
        page, watch = open_page(path, width=WIDTH, height=HEIGHT, prepare=font_size)
        # Material sets the root at 125% of the reader's size: 30 px, so the setting took.
        assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == f"{DEFAULT_FONT_PX * 1.25:g}px"
        return page, watch
    return open_


def short_lines(page) -> list[dict]:
    return [line for line in page.evaluate(BOX_LINES, BOXES) if line["characters"] < FEWEST_CHARACTERS]


def test_with_large_text_on_a_narrow_phone_headings_keep_their_words_whole(large_text_page, site_page):
    page, watch = large_text_page(site_page)
    assert page.evaluate(SPLIT_WORDS) == []
    assert page.evaluate(SIDEWAYS) <= 0
    assert short_lines(page) == []
    assert watch.problems() == {}


def test_with_large_text_the_first_screen_shows_the_title_and_the_start_of_the_text(large_text_page, section):
    page, watch = large_text_page(html_name(section))
    first = page.evaluate(FIRST_SCREEN)
    assert first["title"], f"the title ends at {first['bottom_of_title']} px, below the first screen"
    assert first["start"], f"the start of the text ({first['next']}) is below the first screen"
    screenshot(page, f"{section.removesuffix('.md')}-large-text-first-screen")
    assert watch.problems() == {}


def test_with_large_text_open_meanings_and_the_error_summary_keep_comfortable_lines(large_text_page):
    page, watch = large_text_page("risks.html")
    for term in page.locator("button.guide-term").all():
        term.click()
    page.locator("[data-quiz-check-all]").first.click()  # nothing chosen: the error summary shows
    assert page.locator(".guide-definition:not([hidden])").count() >= 2
    assert page.locator("[data-quiz-errors]").first.is_visible()
    lines = page.evaluate(BOX_LINES, BOXES)
    assert {".".join(line["box"].split()[:1]) for line in lines} >= {"guide-definition", "quiz-error-summary"}
    assert [line for line in lines if line["characters"] < FEWEST_CHARACTERS] == []
    assert page.evaluate(SPLIT_WORDS) == []
    assert page.evaluate(SIDEWAYS) <= 0
    screenshot(page, "risks-large-text-open")
    assert watch.problems() == {}
