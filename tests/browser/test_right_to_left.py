"""A page in Urdu, read right to left, in real Chromium from file://: everything of ours mirrors, nothing
scrolls sideways, Urdu's letters are drawn in the guide's own font (not boxes), and Listen cuts Urdu
sentences at Urdu's full stop and question mark. The page is a copy of the built site's recovery.html
(a timeline, questions, the list) made Urdu as the Urdu build writes it (<html lang="ur" dir="rtl">,
Material's <body dir="rtl">, urdu.css), with a passage in Urdu and one in Polish."""

from __future__ import annotations

import json
import shutil

import pytest
from browser.conftest import _page_opener, screenshot
from browser.test_listen import FAKE_SPEECH, LOG, finish, now_reading
from bs4 import BeautifulSoup

pytestmark = pytest.mark.browser

PAGE = "recovery.html"
URDU = ["آپریشن کے بعد زیادہ تر لوگ گھر چلے جاتے ہیں۔", "کیا آپ کو درد ہے؟", "اپنی ٹیم سے بات کریں۔"]
POLISH = ["Używaj kul, np. łokciowych, przez sześć tygodni.", "Potem wystarczy jedna kula."]
URDU_TITLE = "بحالی اور صحت یابی"
URDU_VOICE = {"name": "Test Urdu (on this device)", "lang": "ur-PK", "localService": True, "default": True}
# Our boxes with a bar on the side where reading starts: on the right, right to left.
BARS = [".guide-disclaimer", ".guide-contact", ".quiz-question--error", ".quiz-feedback:not(:empty)",
        ".guide-review-due, .guide-review-pending"]
SIDEWAYS = """() => { const se = document.scrollingElement, y = scrollY, moved = [];
  for (const x of [-200, 200]) { se.scrollLeft = x; moved.push(se.scrollLeft); se.scrollLeft = 0; }
  scrollTo(0, y); return moved.some(x => x !== 0); }"""


def urdu_page(source: str) -> str:
    soup = BeautifulSoup(source, "html.parser")
    soup.html["lang"], soup.html["dir"], soup.body["dir"] = "ur", "rtl", "rtl"
    link = soup.new_tag("link", rel="stylesheet", href="assets/stylesheets/urdu.css")
    soup.select('link[rel~="stylesheet"]')[-1].insert_after(link)
    soup.find("h1").string = URDU_TITLE
    first = soup.find(id="going-home").find_next_sibling("p")
    first.string = " ".join(URDU)
    polish = soup.new_tag("p")
    polish.string = " ".join(POLISH)
    first.insert_after(polish)
    return str(soup)


@pytest.fixture(scope="module")
def urdu_site(site_dir, tmp_path_factory):
    root = tmp_path_factory.mktemp("urdu") / "site"
    shutil.copytree(site_dir, root)
    (root / "urdu.html").write_text(urdu_page((site_dir / PAGE).read_text("utf-8")), "utf-8")
    return root


@pytest.fixture
def open_urdu(browser, urdu_site):
    yield from _page_opener(browser, urdu_site.as_uri() + "/")


def fonts_drawing(page, selector: str) -> set[str]:
    """Chromium's own answer (DevTools protocol): the fonts that drew the text of `selector`."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]
        node = cdp.send("DOM.querySelector", {"nodeId": root["nodeId"], "selector": selector})["nodeId"]
        return {font["familyName"] for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]}
    finally:
        cdp.detach()


@pytest.mark.parametrize("width", [320, 1280])
def test_the_page_mirrors_and_never_scrolls_sideways(open_urdu, width):
    page, watch = open_urdu("urdu.html", width=width)
    page.locator("[data-quiz-check-all]").click()  # the error summary, and each question's error
    assert page.locator(".quiz-question--error").count() >= 1
    page.locator("[data-quiz] [data-quiz-question] fieldset input[type=radio]").first.check()
    page.locator("[data-quiz] [data-quiz-check]").first.click()  # one answer's feedback
    assert not page.evaluate(SIDEWAYS), "the page scrolls sideways"
    sides = page.evaluate("""(selectors) => selectors.flatMap(s => [...document.querySelectorAll(s)].map(el => {
        const style = getComputedStyle(el);
        return [s, style.borderRightWidth, style.borderLeftWidth]; }))""", BARS)
    assert {selector for selector, *_ in sides} >= {".guide-disclaimer", ".guide-contact", ".quiz-question--error",
                                                    ".quiz-feedback:not(:empty)"}
    for selector, right, left in sides:
        assert float(right[:-2]) >= 3 and left == "0px", f"{selector}: its bar is on the left"
    # The list beside the timeline follows the direction; the picture keeps its drawing, its words inside it.
    figure = page.evaluate("""() => {
        const box = e => e.getBoundingClientRect(), svg = document.querySelector('.guide-timeline__svg');
        const list = document.querySelector('.guide-timeline__steps');
        return {svg: [box(svg).left, box(svg).right], list: [box(list).left, box(list).right],
                words: [...svg.querySelectorAll('text')].map(t => [box(t).left, box(t).right])}; }""")
    assert all(figure["svg"][0] - 1 <= left and right <= figure["svg"][1] + 1 for left, right in figure["words"])
    if width == 1280:
        assert figure["list"][1] <= figure["svg"][0], "the list stands to the left of the picture"
    screenshot(page, f"right-to-left-{width}")
    assert watch.problems() == {}


def test_urdu_letters_are_drawn_in_the_guides_own_font(open_urdu):
    page, watch = open_urdu("urdu.html")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("""() => [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Guide Urdu')
                             .map(f => f.status)""") == ["loaded"]
    assert "Noto Naskh Arabic" in fonts_drawing(page, "article h1")
    assert "Noto Naskh Arabic" in fonts_drawing(page, "#source-going-home + p, #going-home + p")
    assert watch.problems() == {}, "fetched from the site itself, as its security policy allows"


def test_listen_cuts_urdu_sentences_at_urdus_full_stop_and_question_mark(open_urdu):
    stand_in = FAKE_SPEECH % (json.dumps([URDU_VOICE]), LOG, LOG)
    page, watch = open_urdu("urdu.html", prepare=lambda context, page: page.add_init_script(stand_in))
    page.locator("[data-listen-play]").click()
    heard = []
    while (text := now_reading(page)) is not None and len(heard) < 400:
        heard.append(text)
        finish(page)
    assert heard[0] == URDU_TITLE
    start = heard.index(URDU[0])
    assert heard[start:start + len(URDU) + len(POLISH)] == URDU + POLISH, "Polish as English: np. is no full stop"
    assert watch.problems() == {}
