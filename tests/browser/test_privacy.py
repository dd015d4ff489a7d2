"""The privacy notice holds: after a patient searches, answers a question, changes colours and
moves to another page, there are no cookies, nothing stored, and no request to another host.
(tests/browser/test_quiz.py checks the questions' own list and score store nothing either.)"""

import pytest

pytestmark = pytest.mark.browser

STORED = """async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
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
    page.get_by_role("button", name="Switch to dark mode", exact=True).click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.locator(".guide-statements a", has_text="Privacy notice").click()
    page.wait_for_url("**/privacy.html")

    stored = page.evaluate(STORED)
    assert page.context.cookies() == [] and stored["cookie"] == ""
    assert stored["local"] == [] and stored["session"] == [] and stored["databases"] == [] and stored["caches"] == []
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"  # the choice was not kept
    assert watch.problems() == {}
