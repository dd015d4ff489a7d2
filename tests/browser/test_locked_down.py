"""Under each page's Content-Security-Policy, from file:// and over http: no
violation and no console error with search, the quiz and the colour-scheme toggle
all used; the policy really blocks what it should; no referrer leaves a page."""

import re

import pytest
from browser.conftest import answer

pytestmark = pytest.mark.browser


def use_search(page):
    """Search for the longest word of the page's own title (no stop word), in its own language."""
    term = page.evaluate("""document.querySelector('article h1').textContent.match(/\\p{L}+/gu)
        .reduce((longest, word) => word.length > longest.length ? word : longest, '')""")
    page.locator(".md-search__input").click()
    page.keyboard.type(term)
    # Playwright types letters not on its keyboard (Urdu's) as inserted text, with no key events, but
    # Material reads the box on a key's release, as a patient's keyboard gives it: one key, like theirs.
    page.keyboard.press("End")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.keyboard.press("Escape")


def use_quiz(page) -> int:
    """Answer every question on the page (wrongly), check each one and each set; how many there were."""
    questions = page.locator("[data-quiz-question]")
    if page.locator("script[src$='quiz/quiz.js']").count():
        assert questions.count() > 0, "the page loads the quiz script but shows no question"
    for question in questions.all():
        answer(question, right=False)
        question.locator("[data-quiz-check]").click()
    for quiz_set in page.locator("[data-quiz]").all():
        quiz_set.locator("[data-quiz-check-all]").click()
        assert re.search(r"\d", quiz_set.locator("[data-quiz-score]").inner_text()), "the score shows"
    return questions.count()


def switch_colour_scheme(page):
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] button").click()  # toggles.js's one named switch
    page.wait_for_function(f"() => document.body.dataset.mdColorScheme !== {before!r}")


def test_no_policy_violation_with_search_quiz_and_toggle_used(open_page, english_page):
    check_policy(open_page, english_page)


def test_no_policy_violation_on_a_translated_page(open_http_page, translated_page):
    """The same policy, made by the same code: over http (file:// is the English pages' and Urdu search's)."""
    check_policy(open_http_page, translated_page)


def check_policy(open_page, path):
    page, watch = open_page(path)
    use_search(page)
    use_quiz(page)
    switch_colour_scheme(page)
    assert watch.csp_violations == []
    assert watch.problems() == {}


def test_the_quiz_page_is_used_under_the_policy(open_page):
    """So the test above can't pass by finding no question to answer."""
    page, watch = open_page("quiz.html")
    assert use_quiz(page) >= 12
    assert watch.problems() == {}


def test_the_policy_blocks_an_inline_script_it_has_no_hash_for(open_page):
    """Proves both the policy and the recorder the other tests rely on."""
    page, watch = open_page("index.html")
    page.evaluate("""() => { const s = document.createElement("script");
                             s.textContent = "window.injected = true"; document.head.append(s); }""")
    page.wait_for_function("() => true")  # a round trip, so the report has arrived
    assert page.evaluate("window.injected") is None
    assert len(watch.csp_violations) == 1 and watch.csp_violations[0].startswith("script-src")


def test_no_page_tells_the_next_where_the_patient_came_from(open_page, origin):
    page, watch = open_page("index.html")
    referers = []
    page.on("request", lambda request: referers.append(request.headers.get("referer")))
    page.wait_for_load_state("networkidle")  # so leaving doesn't cut off the favicon's request
    page.locator(".md-content a[href='what-is-it.html']").first.click()
    page.wait_for_url("**/what-is-it.html")
    page.locator(".md-search__input").click()
    page.keyboard.type("sciatic")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert page.evaluate("document.referrer") == ""
    assert referers and set(referers) == {None}
    assert watch.problems() == {}
