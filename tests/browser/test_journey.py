"""One guide, one journey, in Chromium from file:// and http://127.0.0.1: a patient's list for the
surgical team follows them through the guide by keyboard alone and prints from any page; the
whole-guide check is one check; error links show the question at 200% zoom. The list keeps question
ids only, in the tab's sessionStorage, and nothing else is kept or sent."""

import json

import pytest
from browser.conftest import accessible_controls
from browser.test_quiz import COUNT_PRINTS, active, choose_by_keyboard, pdf_text, question_ids, tab_until

from support import ROOT, html_name, section_pages

pytestmark = pytest.mark.browser

KEY = "guide-questions:EHT-ORTHO-0042"
# Everything a page can keep in the browser, as the page itself sees it.
STORED = """async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.fromEntries(Object.keys(sessionStorage).map(k => [k, sessionStorage.getItem(k)])),
    databases: (await indexedDB.databases()).map(d => d.name),
    caches: self.caches ? await caches.keys() : [],
})"""
# Chromium with storage blocked (cookies off for the site) throws on any use of sessionStorage.
BLOCK_STORAGE = """Object.defineProperty(window, "sessionStorage", {
    get() { throw new DOMException("The user denied permission to access the database.", "SecurityError"); }});"""


def listed(page) -> list[str]:
    """The questions on the list panel, as shown (each item's own text, without its Remove button)."""
    return [text.strip() for text in page.locator("[data-quiz-list] ol li").evaluate_all(
        "items => items.map(li => li.firstChild.textContent)")]


def text_of(page, question_id: str) -> str:
    return page.locator(f"#question-{question_id} .quiz-text").inner_text()


def go_by_menu(page, href: str) -> None:
    """From the top of the page, by keyboard: open the menu (a button on a phone) and follow a link."""
    page.locator(".md-skip").focus()  # the first stop, as a fresh page's first Tab gives
    if page.get_by_role("button", name="Menu", exact=True).is_visible():
        tab_until(page, "el.getAttribute('aria-label') === 'Menu'")
        page.keyboard.press("Enter")
    tab_until(page, f"el.closest('.md-sidebar--primary') && el.getAttribute('href') === '{href}'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("window.guideList !== undefined")


def add_by_keyboard(page, question_id: str) -> None:
    page.locator(".md-skip").focus()
    tab_until(page, f"el.id === 'ask-{question_id}'")
    page.keyboard.press("Space")
    assert page.locator(f"#ask-{question_id}").is_checked()


def kept(page) -> dict:
    stored = page.evaluate(STORED)
    assert page.context.cookies() == []
    return stored


@pytest.mark.parametrize("width", [1280, 375])
def test_the_whole_journey_by_keyboard_keeps_one_list_across_the_guide_and_prints_it(
        open_page, width, tmp_path):
    sections = [html_name(page) for page in section_pages()]
    page, watch = open_page(sections[0], width=width)
    page.add_init_script(COUNT_PRINTS)
    page.evaluate(COUNT_PRINTS)
    assert kept(page)["session"] == {}, "a new tab starts with an empty list, and nothing is written on opening"
    first = question_ids(page)[0]
    first_text = text_of(page, first)
    add_by_keyboard(page, first)
    assert listed(page) == [first_text]

    # The third section, by the menu: the list came along, and another question joins it.
    go_by_menu(page, sections[2])
    assert listed(page) == [first_text]
    third = question_ids(page)[0]
    third_text = text_of(page, third)
    add_by_keyboard(page, third)
    assert listed(page) == [first_text, third_text]
    assert page.locator("[data-quiz-list-count]").inner_text() == "There are 2 questions on your list."

    # The glossary, which shows no questions, shows the list; so does the quiz page, with both ticked.
    go_by_menu(page, "glossary.html")
    assert page.locator("[data-quiz-list]").is_visible() and listed(page) == [first_text, third_text]
    go_by_menu(page, "quiz.html")
    assert listed(page) == [first_text, third_text]
    assert page.locator("[data-quiz-ask]:checked").evaluate_all("boxes => boxes.map(b => b.id)") == [
        f"ask-{first}", f"ask-{third}"]
    panel = page.locator("[data-quiz-list]").inner_text()
    assert "kept in this browser tab only" in panel and "gone when you close the tab" in panel

    # Print the sheet, by keyboard: both questions, with room to write.
    tab_until(page, "el.matches('[data-quiz-print]')")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__prints") == 1
    page.emulate_media(media="print")
    lines = page.locator("[data-quiz-sheet] li").evaluate_all("items => items.map(li => "
                                                              "[...li.querySelectorAll('.quiz-sheet__line')]"
                                                              ".map(line => line.getBoundingClientRect().height))")
    assert len(lines) == 2 and all(len(heights) >= 5 and min(heights) >= 30 for heights in lines), lines
    pdf = page.pdf(format="A4")
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / f"question-sheet-{width}.pdf").write_bytes(pdf)  # for a person to look at
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert first_text in text and third_text in text and text.count("My team's answer:") == 2
    assert "My name:" in text and "My appointment date:" in text and "My own notes" in text
    assert "Questions about:" not in text, "the sheet is printed alone, without the page"

    # Nothing kept but the ids on the list, in this tab's sessionStorage; nothing sent.
    stored = kept(page)
    assert stored["cookie"] == "" and stored["local"] == [] and stored["databases"] == [] and stored["caches"] == []
    assert list(stored["session"]) == [KEY] and json.loads(stored["session"][KEY]) == [first, third]
    assert watch.problems() == {}

    # A new browser context (a new tab or window, as after closing this one) starts with an empty list.
    fresh, fresh_watch = open_page("quiz.html", width=width)
    assert listed(fresh) == [] and fresh.locator("[data-quiz-list-count]").inner_text() == "Your list is empty."
    assert kept(fresh)["session"] == {}
    assert fresh_watch.problems() == {}


def test_the_list_is_seen_changed_and_cleared_from_a_page_without_questions(open_page):
    page, watch = open_page("recovery.html")
    ids = question_ids(page)
    for question_id in ids[:2]:
        page.locator(f"#ask-{question_id}").check()
    texts = [text_of(page, question_id) for question_id in ids[:2]]
    page.goto(page.url.replace("recovery.html", "index.html"))
    panel = page.locator("[data-quiz-list]")
    assert panel.is_visible() and listed(page) == texts
    page.get_by_role("button", name=f"Remove {texts[0]}").click()
    assert listed(page) == texts[1:] and active(page, "el.matches('[data-quiz-list-count]')")
    assert json.loads(kept(page)["session"][KEY]) == ids[1:2]
    page.get_by_role("button", name="Clear my list", exact=True).click()
    assert listed(page) == [] and page.locator("[data-quiz-list-count]").inner_text() == "Your list is empty."
    assert kept(page)["session"] == {}, "clearing the list leaves nothing in the tab"
    assert not page.get_by_role("button", name="Print my questions").is_visible()
    page.goto(page.url.replace("index.html", "privacy.html"))
    assert not panel.is_visible(), "an empty list is not shown on a page without questions"
    assert watch.problems() == {}


def test_where_storage_is_blocked_the_list_works_on_the_page_and_says_so(browser, origin):
    context = browser.new_context()
    try:
        context.add_init_script(BLOCK_STORAGE)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(origin + "risks.html")
        panel = page.locator("[data-quiz-list]")
        assert "does not let this guide keep your list" in panel.inner_text()
        assert "kept in this browser tab only" not in panel.inner_text()
        question_id = question_ids(page)[0]
        page.locator(f"#ask-{question_id}").check()
        assert listed(page) == [text_of(page, question_id)]
        assert page.get_by_role("button", name="Print my questions").is_visible()
        assert errors == []
    finally:
        context.close()


RECORD_ANNOUNCEMENTS = """() => { window.__announced = [];
  new MutationObserver(records => records.forEach(record => {
    const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
    const region = node && node.closest('[aria-live]:not([aria-live=off]), [role=status], [role=alert]');
    if (region && region.checkVisibility()) window.__announced.push(region.outerHTML.slice(0, 80));
  })).observe(document.body, {subtree: true, childList: true, characterData: true}); }"""


def test_the_quiz_page_is_one_check_one_summary_and_one_result_by_keyboard(open_page):
    page, watch = open_page("quiz.html", width=375)
    ids = question_ids(page)
    total = len(ids)
    buttons = [c for c in accessible_controls(page, "[data-quiz]") if c.startswith("button")]
    assert buttons.count('button "Check my answers"') == 1 and len(buttons) == len(set(buttons))
    assert all(f"of {total}" in c for c in buttons if "Check answer" in c)

    # Answer the first only, and check: one summary, focused, listing every other question.
    choose_by_keyboard(page, ids[0], right=True)
    tab_until(page, "el.matches('[data-quiz-check-all]')")
    page.keyboard.press("Enter")
    summary = page.locator("[data-quiz-errors]")
    assert summary.count() == 1 and summary.is_visible() and active(page, "el.matches('[data-quiz-errors]')")
    links = summary.locator("a").all_inner_texts()
    assert len(links) == total - 1 and links[0].startswith("Choose an answer to question 2:")
    assert not page.locator("[data-quiz-summary]").is_visible(), "no results until every question is answered"

    # Answer the rest (the first of each section wrong), by keyboard, and check again.
    firsts = set(page.locator("[data-quiz-question]").evaluate_all(
        "qs => qs.filter((q, i) => i === 0 || q.dataset.section !== qs[i - 1].dataset.section).map(q => q.id)"))
    wrong_sections = []
    for question_id in ids[1:]:
        wrong = f"question-{question_id}" in firsts
        choose_by_keyboard(page, question_id, right=not wrong)
        if wrong:
            wrong_sections.append(page.locator(f"#question-{question_id}").get_attribute("data-section"))
    tab_until(page, "el.matches('[data-quiz-check-all]')")
    page.keyboard.press("Enter")
    results = page.locator("[data-quiz-summary]")
    assert not summary.is_visible() and results.count() == 1 and results.is_visible()
    assert active(page, "el.matches('[data-quiz-summary]')"), "the result is focused, so it is read out once"
    assert results.locator("p").first.inner_text() == f"You got {total - len(wrong_sections)} of {total} right."
    assert results.locator("a").all_inner_texts() == wrong_sections
    assert page.locator(".quiz-verdict").count() == total

    # Changing an answer clears that question's verdict and the stale result, and announces nothing.
    page.evaluate(RECORD_ANNOUNCEMENTS)
    second = page.locator(f"#question-{ids[1]}")
    second.locator("fieldset input").first.focus()
    page.keyboard.press("ArrowDown")
    assert second.locator(".quiz-feedback").inner_text().strip() == ""
    assert page.locator(".quiz-verdict").count() == total - 1 and not results.is_visible()
    assert page.evaluate("window.__announced") == []
    assert watch.problems() == {}


ZOOM_200 = {"width": 640, "height": 400}  # a 1280 x 800 window at 200% zoom, in CSS pixels
SHOWN_BELOW_THE_HEADER = """question => {
  const header = document.querySelector('.md-header').getBoundingClientRect();
  const top = Math.max(header.bottom, 0);
  const text = question.querySelector('.quiz-text').getBoundingClientRect();
  const error = question.querySelector('.quiz-error').getBoundingClientRect();
  return {text: [text.top, text.bottom], error: [error.top, error.bottom], top, bottom: innerHeight,
          shown: text.top >= top && error.bottom <= innerHeight && error.height > 0};
}"""


@pytest.mark.parametrize("path", ["quiz.html", "what-is-it.html"])
def test_at_200_percent_zoom_every_error_link_shows_the_question_and_its_error_below_the_header(open_page, path):
    page, watch = open_page(path)
    page.set_viewport_size(ZOOM_200)
    page.locator("[data-quiz-check-all]").focus()
    page.keyboard.press("Enter")
    links = page.locator("[data-quiz-errors] a")
    assert links.count() == page.locator("[data-quiz-question]").count()
    for index in range(links.count()):
        links.nth(index).focus()
        page.keyboard.press("Enter")
        question = page.locator("[data-quiz-question]").nth(index)
        own = f"#{question.get_attribute('id')}"
        assert active(page, f"el.closest('{own}') && el.matches('fieldset input, fieldset select')")
        place = question.evaluate(SHOWN_BELOW_THE_HEADER)
        assert place["shown"], (index + 1, place)
    assert watch.problems() == {}
