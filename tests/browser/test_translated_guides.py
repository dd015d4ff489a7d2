"""The translated guides as their readers use them (issue 20): a section's questions by keyboard alone in
Polish and in Urdu, the list and its printed sheet in each language, search that finds that language's pages
only, and Urdu right to left at phone and desktop widths; from file:// and http (open_page)."""

import re
from urllib.parse import urlsplit

import pytest
from browser.test_quiz import COUNT_PRINTS, active, choose_by_keyboard, listed, question_ids, tab_until

from patient_guide.words import load_words
from support import translations

pytestmark = pytest.mark.browser

SECTION = "what-is-it.html"


@pytest.mark.parametrize("code", translations())
def test_a_translated_section_by_keyboard_with_the_error_summary_score_list_and_sheet(open_page, code):
    words = load_words(code)
    page, watch = open_page(f"{code}/{SECTION}", width=375)
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        code, "rtl" if code == "ur" else "ltr"]
    page.evaluate(COUNT_PRINTS)
    first, second, third = question_ids(page)[:3]
    choose_by_keyboard(page, first, right=True)
    page.locator(f"#question-{second} input").first.focus()
    choose_by_keyboard(page, third, right=False)
    tab_until(page, "el.matches('[data-quiz-check-all]')")
    assert page.locator("[data-quiz-check-all]").inner_text() == words["check_all"]
    page.keyboard.press("Enter")

    summary = page.locator("[data-quiz-errors]")
    assert summary.is_visible() and active(page, "el.matches('[data-quiz-errors]')")
    assert summary.locator("h3").inner_text() == words["there_is_a_problem"]
    question = page.locator(f"#question-{second} .quiz-text").inner_text()
    assert summary.locator("a").inner_text() == words.fill("problem_link", number=2, question=question)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert active(page, f"el.closest('#question-{second}') && el.matches('fieldset input')")

    page.keyboard.press("Shift+Tab")
    choose_by_keyboard(page, second, right=True)
    tab_until(page, "el.matches('[data-quiz-check-all]')")
    page.keyboard.press("Enter")
    total = len(question_ids(page))
    assert page.locator("[data-quiz-score] p").first.inner_text() == words.fill("score", right=total - 1,
                                                                                   total=total)
    third_text = page.locator(f"#question-{third} .quiz-text").inner_text()
    assert listed(page) == [third_text]
    assert page.locator("[data-quiz-list-count]").inner_text() == words["list_count_one"]
    page.locator(f"#question-{first} fieldset input").first.focus()
    tab_until(page, f"el.id == 'ask-{first}'")
    page.keyboard.press("Space")
    assert page.locator("[data-quiz-list-count]").inner_text() == words.fill("list_count_many", count=2)

    tab_until(page, "el.matches('[data-quiz-print]')")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__prints") == 1
    page.emulate_media(media="print")
    sheet = page.locator("[data-quiz-list]")
    assert words["sheet_title"] in sheet.inner_text() or words["list_heading"] in sheet.inner_text()
    assert watch.problems() == {}


@pytest.mark.parametrize("code", translations())
def test_the_list_follows_the_patient_into_the_other_pages_of_their_language(open_page, code):
    words = load_words(code)
    page, watch = open_page(f"{code}/{SECTION}")
    first = question_ids(page)[0]
    page.locator(f"#ask-{first}").check()
    text = page.locator(f"#question-{first} .quiz-text").inner_text()
    page.goto(page.url.rsplit("/", 1)[0] + "/glossary.html")
    assert listed(page) == [text]
    assert page.locator("[data-quiz-list-count]").inner_text() == words["list_count_one"]
    assert watch.problems() == {}


@pytest.mark.parametrize("code", translations())
def test_search_in_a_language_finds_that_language_s_pages_only(open_page, code):
    page, watch = open_page(f"{code}/index.html")
    term = page.evaluate("""() => {
        const words = document.querySelector('a[href="recovery.html"]').textContent.match(/[\\p{L}]{5,}/gu);
        return words[0]; }""")
    page.locator(".md-search__input").click()
    page.keyboard.type(term)
    page.keyboard.press("End")  # a key's release, on which Material reads the box (Urdu is typed as inserted text)
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=10_000)
    paths = [urlsplit(href).path for href in results.evaluate_all("links => links.map(a => a.href)")]
    assert any(path.endswith(f"/{code}/recovery.html") for path in paths), (term, paths)
    assert all(f"/{code}/" in path for path in paths), paths
    assert watch.problems() == {}


@pytest.mark.parametrize("width", [320, 1280])
def test_urdu_reads_right_to_left_and_fits_the_screen(open_page, width):
    page, watch = open_page(f"ur/{SECTION}", width=width)
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    # A radio button stands on its label's right, where an Urdu reader starts the line.
    option = page.locator(".quiz-option").first
    box, label = option.locator("input").bounding_box(), option.locator("label").bounding_box()
    assert box["x"] > label["x"], (box, label)
    # The text starts at the right edge of the content.
    paragraph = page.locator("article p").nth(2).bounding_box()
    content = page.locator("article").bounding_box()
    assert abs((paragraph["x"] + paragraph["width"]) - (content["x"] + content["width"])) < 40
    # Urdu shows in a font that has its letters (no empty boxes): the guide's own, or the device's.
    assert page.evaluate("document.fonts.check('16px \"Guide Urdu\"', 'اردو')") or page.evaluate(
        "document.fonts.check('16px serif', 'اردو')")
    # The error summary and the results read right to left as well.
    page.locator("[data-quiz-check-all]").first.click()
    summary = page.locator("[data-quiz-errors]").first
    assert summary.evaluate("s => getComputedStyle(s).direction") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    assert watch.problems() == {}


@pytest.mark.parametrize("code", translations())
def test_the_language_links_go_to_the_same_page_in_each_language(open_page, code):
    page, watch = open_page(f"{code}/risks.html")
    page.locator('nav.guide-languages a[hreflang="en"]').click()
    page.wait_for_load_state()
    assert page.url.endswith("/risks.html") and f"/{code}/" not in page.url
    assert page.evaluate("document.documentElement.lang") == "en"
    page.locator(f'nav.guide-languages a[hreflang="{code}"]').click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/{code}/risks.html")
    assert re.match(code, page.evaluate("document.documentElement.lang"))
    assert watch.problems() == {}
