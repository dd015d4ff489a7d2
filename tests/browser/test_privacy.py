"""The privacy notice holds: after a patient searches, answers a question, changes colours and
moves to another page, there are no cookies, nothing stored but the tab's list of question ids,
and no request to another host.
(tests/browser/test_quiz.py and test_journey.py check the questions keep nothing but that list.)"""

import pytest

pytestmark = pytest.mark.browser

STORED = """async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.fromEntries(Object.keys(sessionStorage).map(k => [k, sessionStorage.getItem(k)])),
    databases: indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [],
    caches: self.caches ? await caches.keys() : [],
})"""


def test_nothing_is_kept_or_sent_after_use(open_page):
    page, watch = open_page("risks.html")
    page.locator(".md-search__input").click()
    page.keyboard.type("hip")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.keyboard.press("Escape")
    question = page.locator("[data-quiz-question]").first
    question.locator("label").first.click()
    question.locator("[data-quiz-check]").click()
    wrong = question.locator("fieldset input").first.get_attribute("data-correct") is None
    question_id = question.get_attribute("id").removeprefix("question-")
    page.get_by_role("button", name="Switch to dark mode", exact=True).click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.locator(".guide-statements a", has_text="Privacy notice").click()
    page.wait_for_url("**/privacy.html")

    stored = page.evaluate(STORED)
    assert page.context.cookies() == [] and stored["cookie"] == ""
    assert stored["local"] == [] and stored["databases"] == [] and stored["caches"] == []
    # Only the list for the surgical team, in this tab: the question, as a wrong answer adds it; never the
    # search, the answer or the colours.
    assert stored["session"] == ({"guide-questions:EHT-ORTHO-0042": f'["{question_id}"]'} if wrong else {})
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"  # the choice was not kept
    assert watch.problems() == {}
