"""Listen to this page (listen.js), in real Chromium from file:// and http://, with a stand-in for the
Web Speech API put in place before the page loads (add_init_script): it records every utterance (its
text, language, speed and voice) and every cancel in the tab's sessionStorage, so the record survives
leaving the page, and the test says when each utterance ends. The expected words are worked out here
from the built page with BeautifulSoup, by the page's structure (the title, the key points, then what
stands between them and the questions), not by the script's own selectors."""

from __future__ import annotations

import json
import re

import pytest
from browser.conftest import accessible_controls, focus_problem, screenshot
from browser.test_accessibility import violations
from bs4 import BeautifulSoup

from support import html_name

pytestmark = pytest.mark.browser

PAGE = "recovery.html"  # a section with an order question
ON_DEVICE = {"name": "Test English (on this device)", "lang": "en-GB", "localService": True, "default": True}
ONLINE = {"name": "Test English (online)", "lang": "en-US", "localService": False, "default": False}
FRENCH = {"name": "Test French (on this device)", "lang": "fr-FR", "localService": True, "default": False}
LOG = "test-speech"  # the stand-in's record, in sessionStorage
FAKE_SPEECH = """(() => {
  let voices = %s, current = null;
  const queue = [];
  const record = entry => {
    const log = JSON.parse(sessionStorage.getItem("%s") || "[]");
    log.push(entry);
    sessionStorage.setItem("%s", JSON.stringify(log));
  };
  const fire = (utterance, type) => {
    const event = new Event(type);
    utterance.dispatchEvent(event);
    if (utterance["on" + type]) utterance["on" + type](event);
  };
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, {text: text || "", lang: "", rate: 1, pitch: 1, volume: 1, voice: null,
                           onstart: null, onend: null, onerror: null, onboundary: null});
    }
  }
  const next = () => { current = queue.shift() || null; if (current) fire(current, "start"); };
  const synth = new EventTarget();
  Object.assign(synth, {
    onvoiceschanged: null, speaking: false, pending: false, paused: false,
    getVoices: () => voices.slice(),
    speak(utterance) {
      const voice = utterance.voice;
      record({op: "speak", text: utterance.text, lang: utterance.lang, rate: utterance.rate,
              voice: voice && voice.name, local: !!(voice && voice.localService)});
      queue.push(utterance);
      if (!current) next();
    },
    /* The utterance cancelled still reports, a moment later, an error ("interrupted", as Chromium
       does) and its end (as Safari does): neither may move the reading on or stop it. */
    cancel() {
      record({op: "cancel"});
      const was = current;
      queue.length = 0;
      current = null;
      if (was) setTimeout(() => { fire(was, "error"); fire(was, "end"); }, 0);
    },
    pause() { record({op: "pause"}); },
    resume() { record({op: "resume"}); },
  });
  Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
  window.SpeechSynthesisUtterance = Utterance;
  window.__speech = {
    current: () => current && current.text,
    finish() { const was = current; current = null; fire(was, "end"); if (!current) next(); },
    setVoices(list) {
      voices = list;
      const event = new Event("voiceschanged");
      synth.dispatchEvent(event);
      if (synth.onvoiceschanged) synth.onvoiceschanged(event);
    },
  };
})();"""
# Where the highlight is: the ranges of the "guide-listen" highlight, the outlined block, and whether
# the sentence shows on screen below the theme's header; and the highlight's own style (underlined).
HIGHLIGHT = """() => {
  const highlight = CSS.highlights.get("guide-listen"), ranges = highlight ? [...highlight] : [];
  const blocks = [...document.querySelectorAll(".guide-listen-now")];
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  const rect = ranges.length ? ranges[0].getBoundingClientRect() : null;
  const mark = blocks.length ? getComputedStyle(blocks[0], "::highlight(guide-listen)") : null;
  const shown = range => {  // the words on screen: not a closed meaning of a medical word
    const copy = range.cloneContents();
    copy.querySelectorAll("[hidden], .guide-definition").forEach(node => node.remove());
    return copy.textContent.replace(/\\s+/g, " ").trim();
  };
  return {texts: ranges.map(shown),
          blocks: blocks.length, outline: blocks.length ? getComputedStyle(blocks[0]).outlineStyle : "none",
          in_view: !!rect && rect.top >= Math.max(header, 0) && rect.bottom <= innerHeight,
          underlined: !!mark && mark.textDecorationLine === "underline",
          marked: mark ? [mark.backgroundColor, mark.color] : null};
}"""
# A sentence ends at . ! or ? (and any closing quote or bracket), then a space, unless a small letter
# follows ("e.g. crutches").
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?![a-z])|(?<=[.!?][\"'\u2019\u201d)])\s+(?![a-z])")


def sentences(text: str) -> list[str]:
    parts = (" ".join(part.split()) for part in SENTENCE_END.split(text.strip()))
    return [part for part in parts if re.search(r"\w", part)]


def page_words(soup: BeautifulSoup) -> list[str]:
    """What a patient reads on a section, in order: the title, the key points (with their heading),
    then the text between the key points and the questions."""
    article = soup.find("article")
    key_points = article.select_one(".guide-key-points")
    blocks = [article.find("h1"), key_points.find("h2"), *key_points.find_all("li")]
    for element in key_points.find_next_siblings():
        if "quiz" in (element.get("class") or []):
            break
        if element.name == "figure":  # the timeline: its caption, then its steps (the picture is for the eye)
            blocks += [element.figcaption, *element.select("ol > li")]
            continue
        blocks += element.find_all("li") if element.name in ("ul", "ol") else [element]
    return [sentence for block in blocks for sentence in sentences(block.get_text())]


def question_words(soup: BeautifulSoup) -> list[str]:
    """The questions as a patient reads them: the heading and help above them, then each question's
    number, its words, its hint and its options or steps (never the answers or explanations)."""
    quiz = soup.select_one("[data-quiz]")
    blocks = [quiz.find("h2"), quiz.select_one(".quiz-intro")]
    for question in quiz.select("[data-quiz-question]"):
        blocks += [question.select_one(".quiz-number"), question.select_one(".quiz-text"),
                   question.select_one(".quiz-hint"), *question.select(".quiz-option label, .quiz-steps label")]
    return [sentence for block in blocks for sentence in sentences(block.get_text())]


@pytest.fixture
def open_listening(open_page):
    """Open a page with the stand-in voice(s) in place before any of the page's scripts run."""
    return _listening(open_page)


@pytest.fixture
def open_listening_http(open_http_page):
    """As open_listening, over http only: for axe."""
    return _listening(open_http_page)


def _listening(open_page):
    def open_(path: str, voices=(ON_DEVICE,), *, javascript: bool = True, width: int = 1280):
        stand_in = FAKE_SPEECH % (json.dumps(list(voices)), LOG, LOG)
        return open_page(path, width=width, height=800, javascript=javascript,
                         prepare=lambda context, page: page.add_init_script(stand_in))
    return open_


def record(page) -> list[dict]:
    return page.evaluate(f"JSON.parse(sessionStorage.getItem('{LOG}') || '[]')")


def spoken(page) -> list[str]:
    return [entry["text"] for entry in record(page) if entry["op"] == "speak"]


def now_reading(page) -> str | None:
    return page.evaluate("window.__speech.current()")


def finish(page) -> None:
    """The stand-in voice reaches the end of the sentence it is reading."""
    page.evaluate("window.__speech.finish()")


def control(page, name: str):
    return page.get_by_role("button", name=name, exact=True)


def listen_to_the_end(page, limit: int = 400) -> list[dict]:
    """Let every sentence finish in turn; what was read, with where the highlight stood meanwhile."""
    heard = []
    for _ in range(limit):
        text = now_reading(page)
        if text is None:
            return heard
        heard.append({"text": text, **page.evaluate(HIGHLIGHT)})
        finish(page)
    raise AssertionError(f"still reading after {limit} sentences")


def test_it_reads_the_title_the_key_points_and_the_text_in_order_highlighting_each_sentence(
        open_listening, site_dir):
    page, watch = open_listening(PAGE, width=375)
    soup = BeautifulSoup((site_dir / PAGE).read_text("utf-8"), "html.parser")
    play = control(page, "Listen to this page")
    assert play.is_visible()
    page.wait_for_timeout(300)
    assert record(page) == [], "nothing is said, or cancelled, until the patient presses the button"
    play.click()
    heard = listen_to_the_end(page)
    assert [sentence["text"] for sentence in heard] == page_words(soup)
    assert heard[0]["text"] == soup.find("h1").get_text(strip=True)
    for sentence in heard:
        assert sentence["texts"] == [sentence["text"]], "the sentence read is the one highlighted"
        assert sentence["blocks"] == 1 and sentence["outline"] == "solid", "its block is outlined"
        assert sentence["in_view"], f"kept in view: {sentence['text']}"
        assert sentence["underlined"], "underlined, not only coloured"
        assert sentence["marked"] == ["rgb(255, 221, 0)", "rgb(11, 12, 12)"], "dark text on yellow"
    said = [entry for entry in record(page) if entry["op"] == "speak"]
    assert {(entry["lang"], entry["rate"], entry["voice"], entry["local"]) for entry in said} == {
        ("en", 1, ON_DEVICE["name"], True)}, "in the page's language, at normal speed, by the on-device voice"
    everything = " ".join(spoken(page))
    questions = [question.get_text(" ", strip=True) for question in soup.select(".quiz-text, .quiz-explanation")]
    for never in [*questions, "Show the answer", "About this page", "If you are worried", "Important:",
                  "My questions for my surgical team", "Check your understanding"]:
        assert never not in everything
    # At the end: stopped, the button as it was, nothing highlighted.
    assert play.is_visible() and not control(page, "Stop reading").is_visible()
    assert page.evaluate(HIGHLIGHT)["texts"] == [] and page.evaluate(HIGHLIGHT)["blocks"] == 0
    screenshot(page, "listen-finished-375")
    assert watch.problems() == {}


def test_the_questions_are_read_only_when_the_patient_asks(open_listening, site_dir):
    page, watch = open_listening(PAGE)
    soup = BeautifulSoup((site_dir / PAGE).read_text("utf-8"), "html.parser")
    control(page, "Listen to this page").click()
    listen_to_the_end(page)
    assert not set(spoken(page)) & {text.get_text(strip=True) for text in soup.select(".quiz-text")}
    page.get_by_role("button", name="Listen to the questions", exact=True).click()
    before = len(spoken(page))
    heard = listen_to_the_end(page)
    assert [sentence["text"] for sentence in heard] == question_words(soup)
    assert all(sentence["texts"] == [sentence["text"]] and sentence["in_view"] for sentence in heard)
    assert len(spoken(page)) == before + len(heard) - 1  # the first was said when pressed
    everything = " ".join(spoken(page))
    for answer in soup.select(".quiz-answer p, .quiz-answer summary"):  # "The right answer is: ...", the why
        assert " ".join(answer.get_text(" ").split()) not in everything
    assert watch.problems() == {}


def test_play_pause_continue_skip_speed_and_stop_by_keyboard(open_listening, site_dir):
    page, watch = open_listening(PAGE, width=375)
    expected = page_words(BeautifulSoup((site_dir / PAGE).read_text("utf-8"), "html.parser"))
    assert accessible_controls(page, ".guide-listen") == [
        'button "Listen to this page"', 'button "Listen to the questions"', 'checkbox "Read more slowly"']
    control(page, "Listen to this page").focus()
    page.keyboard.press("Enter")
    assert now_reading(page) == expected[0]
    assert accessible_controls(page, ".guide-listen") == [
        'button "Pause reading"', 'button "Go back a sentence"', 'button "Go forward a sentence"',
        'button "Stop reading"', 'button "Listen to the questions"', 'checkbox "Read more slowly"']
    finish(page)
    assert now_reading(page) == expected[1]
    # Pause, then carry on: the sentence starts again.
    page.keyboard.press("Enter")
    assert now_reading(page) is None and record(page)[-1] == {"op": "cancel"}
    assert page.evaluate("document.activeElement.textContent") == "Continue reading"
    assert page.evaluate(HIGHLIGHT)["texts"] == [expected[1]], "paused, the sentence stays highlighted"
    page.wait_for_timeout(100)  # the cancelled sentence reports its end: it must not move the reading on
    page.keyboard.press("Space")
    assert now_reading(page) == expected[1]
    assert page.evaluate("document.activeElement.textContent") == "Pause reading"
    # Forward and back a sentence.
    control(page, "Go forward a sentence").focus()
    page.keyboard.press("Enter")
    assert now_reading(page) == expected[2]
    page.keyboard.press("Enter")
    assert now_reading(page) == expected[3]
    control(page, "Go back a sentence").focus()
    page.keyboard.press("Enter")
    assert now_reading(page) == expected[2]
    assert page.evaluate(HIGHLIGHT)["texts"] == [expected[2]]
    # Slower: the sentence again, slower; and the next one too; then normal again.
    page.get_by_role("checkbox", name="Read more slowly").focus()
    page.keyboard.press("Space")
    said = [entry for entry in record(page) if entry["op"] == "speak"][-1]
    assert (said["text"], said["rate"]) == (expected[2], 0.75)
    finish(page)
    assert [entry for entry in record(page) if entry["op"] == "speak"][-1]["rate"] == 0.75
    page.keyboard.press("Space")
    assert [entry for entry in record(page) if entry["op"] == "speak"][-1]["rate"] == 1
    # Stop: silent, the controls as at first, and the focus back on the first button.
    control(page, "Stop reading").focus()
    page.keyboard.press("Enter")
    assert now_reading(page) is None and record(page)[-1] == {"op": "cancel"}
    assert page.evaluate("document.activeElement.textContent") == "Listen to this page"
    assert focus_problem(page) is None
    assert page.evaluate(HIGHLIGHT)["texts"] == [] and page.evaluate(HIGHLIGHT)["blocks"] == 0
    page.keyboard.press("Enter")
    assert now_reading(page) == expected[0], "after a stop, it starts from the top"
    assert watch.problems() == {}


def test_speech_stops_when_the_patient_leaves_the_page(open_listening):
    page, watch = open_listening(PAGE)
    control(page, "Listen to this page").click()
    finish(page)
    reading = now_reading(page)
    assert reading
    page.locator(".md-footer__link--prev").click()  # the previous section, by the theme's footer link
    page.wait_for_load_state("load")
    assert not page.url.endswith(PAGE)
    log = record(page)
    last_said = max(index for index, entry in enumerate(log) if entry["op"] == "speak")
    assert log[last_said]["text"] == reading
    assert {"op": "cancel"} in log[last_said + 1:], "leaving the page cancels the speech"
    assert [entry for entry in log[last_said + 1:] if entry["op"] == "speak"] == []
    assert control(page, "Listen to this page").is_visible(), "and the next page waits to be asked"
    assert watch.problems() == {}


@pytest.mark.parametrize("voices", [[], [ONLINE], [FRENCH], [ONLINE, FRENCH]],
                         ids=["no voice", "online only", "another language", "online or another language"])
def test_without_an_on_device_voice_for_the_page_nothing_is_offered(open_listening, voices):
    page, watch = open_listening(PAGE, voices)
    page.wait_for_timeout(200)
    assert page.locator("[data-listen]").count() == 1
    assert not page.locator("[data-listen]").is_visible()
    assert page.get_by_role("button", name="Listen to this page").count() == 0
    assert record(page) == []
    assert watch.problems() == {}


def test_voices_that_arrive_late_show_the_control_and_leaving_ones_hide_it(open_listening):
    """Chromium gives its voices after the page loads (voiceschanged)."""
    page, watch = open_listening(PAGE, [])
    assert not page.locator("[data-listen]").is_visible()
    page.evaluate(f"window.__speech.setVoices({json.dumps([ONLINE])})")
    assert not page.locator("[data-listen]").is_visible()
    page.evaluate(f"window.__speech.setVoices({json.dumps([ONLINE, ON_DEVICE])})")
    assert control(page, "Listen to this page").is_visible()
    control(page, "Listen to this page").click()
    assert [entry["voice"] for entry in record(page) if entry["op"] == "speak"] == [ON_DEVICE["name"]]
    page.evaluate(f"window.__speech.setVoices({json.dumps([ONLINE])})")
    assert not page.locator("[data-listen]").is_visible()
    assert now_reading(page) is None and record(page)[-1] == {"op": "cancel"}, "its voice gone, it stops"
    assert watch.problems() == {}


def test_without_javascript_nothing_is_offered(open_listening):
    page, watch = open_listening(PAGE, javascript=False)
    assert page.locator("[data-listen]").count() == 1 and not page.locator("[data-listen]").is_visible()
    assert page.get_by_role("button", name="Listen to this page").count() == 0
    assert watch.problems() == {}


def test_every_section_offers_it_and_reads_from_its_title(open_listening, section):
    page, watch = open_listening(html_name(section))
    control(page, "Listen to this page").click()
    assert now_reading(page) == page.locator("article h1").inner_text().strip()
    assert watch.problems() == {}


@pytest.mark.parametrize("width", [1280, 375])
def test_the_controls_idle_and_reading_have_no_axe_violations(open_listening_http, width):
    page, watch = open_listening_http(PAGE, width=width)
    assert violations(page) == [], "idle"
    control(page, "Listen to this page").click()
    for _ in range(3):
        finish(page)
    assert violations(page) == [], "reading"
    screenshot(page, f"listen-reading-{width}")
    control(page, "Pause reading").click()
    assert violations(page) == [], "paused"
    assert watch.problems() == {}
