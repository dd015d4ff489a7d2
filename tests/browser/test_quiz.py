"""The quiz as a patient uses it: keyboard only, with and without JavaScript."""

import re

import pytest

pytestmark = pytest.mark.browser


def active(page, expression: str):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {expression}; }})()")


def tab_until(page, condition: str, limit: int = 200) -> None:
    """Press Tab until the focused element meets a JavaScript condition on `el`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if active(page, condition):
            return
    raise AssertionError(f"Tab never reached an element where {condition}")


def answer_by_keyboard(page, question_id: str, right: bool) -> None:
    """Focus the question's first control, choose right or wrong with Space and arrows."""
    question = page.locator(f"#question-{question_id}")
    tab_until(page, f"el.closest('#question-{question_id}') && el.matches('input')")
    controls = question.locator("input")
    kinds = controls.evaluate_all("inputs => inputs.map(i => [i.type, i.hasAttribute('data-correct')])")
    if kinds[0][0] == "radio":
        page.keyboard.press("Space")
        while (question.locator("input:checked").get_attribute("data-correct") is not None) != right:
            page.keyboard.press("ArrowDown")
    else:
        wanted = [correct for _, correct in kinds] if right else [not correct for _, correct in kinds]
        for index, tick in enumerate(wanted):
            if index:
                page.keyboard.press("Tab")
            if tick:
                page.keyboard.press("Space")
    tab_until(page, "el.matches('[data-quiz-check]')")
    page.keyboard.press("Enter")


def test_quiz_by_keyboard_alone(open_page):
    page, watch = open_page("quiz.html")
    questions = page.locator("[data-quiz-question]")
    ids = questions.evaluate_all("qs => qs.map(q => q.id.replace('question-', ''))")
    assert len(ids) >= 12

    # Checking with nothing chosen gives an error in words, not silence.
    tab_until(page, f"el.closest('#question-{ids[0]}') && el.matches('input')")
    tab_until(page, "el.matches('[data-quiz-check]')")
    page.keyboard.press("Enter")
    error = page.locator(f"#error-{ids[0]}")
    assert error.is_visible() and "Choose an answer to question 1" in error.inner_text()
    assert active(page, f"el.closest('#question-{ids[0]}') && el.matches('input')")
    assert error.get_attribute("id") in page.locator(f"#question-{ids[0]} fieldset").get_attribute("aria-describedby")

    # A wrong answer, then right answers, each announced in a live region.
    page.keyboard.press("Shift+Tab")
    wrong = {ids[0], ids[4]}
    for qid in ids:
        answer_by_keyboard(page, qid, right=qid not in wrong)
        feedback = page.locator(f"#feedback-{qid}")
        assert feedback.get_attribute("aria-live") == "polite"
        text = feedback.inner_text()
        assert text.startswith("✖ Not quite." if qid in wrong else "✔ Correct."), (qid, text)
        assert "Read about this in" in text
    assert not error.is_visible()

    score = page.locator("[data-quiz-score]")
    assert score.get_attribute("aria-live") == "polite"
    assert f"You answered {len(ids) - 2} of {len(ids)} correctly." in score.inner_text()
    to_reread = score.locator("li a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    expected = []
    for qid in ids:
        if qid in wrong:
            url = page.locator(f"#question-{qid}").get_attribute("data-section-url")
            expected += [url] if url not in expected else []
    assert to_reread == expected

    # Try again clears everything.
    tab_until(page, "el.matches('[data-quiz-reset]')")
    page.keyboard.press("Enter")
    assert page.locator("[data-quiz] input:checked").count() == 0
    assert all(not text.strip() for text in page.locator(".quiz-feedback").all_inner_texts())
    assert "Check each answer" in score.inner_text()
    assert active(page, f"el.closest('#question-{ids[0]}') && el.matches('input')")
    assert watch.problems() == {}


def test_answering_stores_nothing_in_the_browser(open_page):
    """Shared computers and health information: the quiz writes no storage or cookies."""
    page, _ = open_page("quiz.html")
    snapshot = "JSON.stringify([{...localStorage}, {...sessionStorage}, document.cookie])"
    before = page.evaluate(snapshot)
    for question in page.locator("[data-quiz-question]").all():
        question.locator("label").first.click()
        question.locator("[data-quiz-check]").click()
    assert "You answered" in page.locator("[data-quiz-score]").inner_text()
    assert page.evaluate(snapshot) == before


def test_without_javascript_questions_and_answers_still_work(open_page):
    page, watch = open_page("quiz.html", javascript=False)
    first = page.locator("[data-quiz-question]").first
    assert first.locator("legend").is_visible() and first.locator("input").first.is_visible()
    assert not first.locator("[data-quiz-check]").is_visible()
    answer = first.locator(".quiz-right-answer")
    assert not answer.is_visible()
    first.locator("summary").focus()
    page.keyboard.press("Enter")
    assert answer.is_visible() and re.match(r"The right answers? (is|are): ", answer.inner_text())
    assert first.locator(".quiz-read-more a").is_visible()
    assert watch.problems() == {}
