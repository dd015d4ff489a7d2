"""The order question (type: order) as a patient uses it: by keyboard alone, with a screen
reader's announcement, without JavaScript, on paper, and checked by axe."""

import pytest
from browser.conftest import double_the_text_size, screenshot
from browser.test_accessibility import violations

from patient_guide.quiz.parse import parse_quiz_questions
from support import ROOT

pytestmark = pytest.mark.browser

QUESTION = "#question-recovery-order"
PAGE = "recovery.html"


def right_order() -> list[str]:
    """The steps as the clinician wrote them, in the right order, straight from the Markdown."""
    questions, _ = parse_quiz_questions((ROOT / "docs" / "recovery.md").read_text("utf-8"), "recovery.md")
    return [step.text for step in next(q for q in questions if q.id == "recovery-order").steps]


def steps_shown(page) -> list[str]:
    return page.locator(f"{QUESTION} .quiz-steps label").all_inner_texts()


def numbers_shown(page) -> list[str]:
    return page.locator(f"{QUESTION} .quiz-steps select").evaluate_all("ss => ss.map(s => s.value)")


def focused_step(page) -> str | None:
    """The text of the step whose number list has the focus, if one has."""
    return page.evaluate(f"""(() => {{ const el = document.activeElement;
        return el.matches('{QUESTION} select') ? el.labels[0].textContent : null; }})()""")


def tab_to(page, condition: str, limit: int = 120) -> None:
    """Tab forward, then back, until the focused element meets a JavaScript condition on `el`."""
    for key in ("Tab", "Shift+Tab"):
        for _ in range(limit):
            if page.evaluate(f"(() => {{ const el = document.activeElement; return !!({condition}); }})()"):
                return
            page.keyboard.press(key)
    raise AssertionError(f"the keyboard never reached an element where {condition}")


def tab_to_step(page, text: str) -> None:
    tab_to(page, f"el.matches('{QUESTION} select') && el.labels[0].textContent === {text!r}")


def test_an_order_question_by_keyboard_alone_wrong_then_right(open_page):
    page, watch = open_page(PAGE, width=375)
    right = right_order()
    assert steps_shown(page) != right and sorted(steps_shown(page)) == sorted(right)
    question = page.locator(QUESTION)
    feedback = question.locator(".quiz-feedback")

    # Checked untouched: the shuffle is not the patient's answer, so it asks for one (GOV.UK's error message).
    tab_to(page, f"el.matches('{QUESTION} [data-quiz-check]')")
    page.keyboard.press("Enter")
    error = question.locator(".quiz-error")
    assert error.is_visible()
    assert error.evaluate("e => e.textContent") == "Error: Put the steps of question 4 in order before you check it."
    assert focused_step(page) == steps_shown(page)[0], "the focus goes to the first step's number"

    # A wrong order: the first step shown moves down one with the arrow key, and keeps the focus.
    moved = steps_shown(page)[0]
    page.keyboard.press("ArrowDown")
    assert steps_shown(page)[1] == moved and focused_step(page) == moved
    assert numbers_shown(page) == ["1", "2", "3", "4"], "the numbers follow the steps"
    assert not error.is_visible()
    tab_to(page, f"el.matches('{QUESTION} [data-quiz-check]')")
    page.keyboard.press("Enter")
    assert feedback.inner_text().startswith("✖ Not quite.")
    assert feedback.locator(".quiz-right-answer li").all_inner_texts() == right
    assert question.locator("[data-quiz-ask]").is_checked(), "a wrong answer joins the list for the team"

    # The right order: each step given its number by typing it; changing the order clears the verdict.
    for number, text in enumerate(right, start=1):
        tab_to_step(page, text)
        page.keyboard.press(str(number))
        assert steps_shown(page)[number - 1] == text and focused_step(page) == text
        assert feedback.inner_text().strip() == ""
    assert steps_shown(page) == right
    tab_to(page, f"el.matches('{QUESTION} [data-quiz-check]')")
    page.keyboard.press("Enter")
    assert feedback.inner_text().startswith("✔ Correct.")
    assert watch.problems() == {}


def test_moving_a_step_announces_that_change_alone(open_page):
    page, watch = open_page(PAGE)
    live = page.locator(f"{QUESTION} [data-quiz-moved]")
    assert live.get_attribute("role") == "status" and live.get_attribute("aria-live") == "polite"
    assert live.inner_text() == "" and live.evaluate("e => getComputedStyle(e).display") != "none"
    regions = "[aria-live], [role=status], [role=alert]"
    before = page.locator(regions).evaluate_all("rs => rs.map(r => r.textContent)")
    first, second = steps_shown(page)[:2]
    page.locator(f"{QUESTION} select").first.focus()
    page.keyboard.press("End")
    assert live.inner_text() == f"{first}: now number 4 of 4."
    after = page.locator(regions).evaluate_all("rs => rs.map(r => r.textContent)")
    changed = [n for n, (old, new) in enumerate(zip(before, after)) if old != new]
    assert changed == [page.locator(regions).evaluate_all("rs => rs.findIndex(r => r.matches('[data-quiz-moved]'))")]
    # The next move replaces the announcement: only the latest change is read out.
    tab_to_step(page, second)  # now first, since the step above it went to the end
    page.keyboard.press("3")
    assert live.inner_text() == f"{second}: now number 3 of 4."
    # Reading the region as a screen reader does: in the accessibility tree, though not on screen.
    assert live.evaluate("e => e.getBoundingClientRect().width") <= 1
    assert watch.problems() == {}


def test_the_error_summary_links_to_an_unmoved_order_question_and_try_again_restores_the_shuffle(open_page):
    page, watch = open_page("quiz.html")
    shown = steps_shown(page)
    quiz_set = page.locator("[data-quiz]").filter(has=page.locator(QUESTION))
    quiz_set.locator("[data-quiz-check-all]").click()
    # Numbered across the whole guide on the quiz page.
    number = page.locator("[data-quiz-question]").evaluate_all(
        "qs => qs.map(q => q.hasAttribute('data-quiz-order'))").index(True) + 1
    link = quiz_set.locator("[data-quiz-errors] a", has_text=f"Put the steps in order for question {number}:")
    assert link.inner_text() == (f"Put the steps in order for question {number}: "
                                 "In what order does your recovery go, as this page describes it?")
    link.click()
    assert focused_step(page) == shown[0]
    page.keyboard.press("End")
    assert steps_shown(page) != shown
    for question in quiz_set.locator("[data-quiz-question]:not([data-quiz-order])").all():
        question.locator("fieldset input").first.check()
    quiz_set.locator("[data-quiz-check-all]").click()
    assert "You got" in quiz_set.locator("[data-quiz-score]").inner_text()
    quiz_set.locator("[data-quiz-reset]").click()
    assert steps_shown(page) == shown and numbers_shown(page) == ["1", "2", "3", "4"]
    assert page.locator(f"{QUESTION} [data-quiz-moved]").inner_text() == ""
    assert watch.problems() == {}


@pytest.mark.parametrize("path", [PAGE, "quiz.html"])
def test_without_javascript_the_steps_and_the_right_order_work(open_page, path):
    page, watch = open_page(path, javascript=False)
    question = page.locator(QUESTION)
    shown = steps_shown(page)
    assert sorted(shown) == sorted(right_order()) and shown != right_order()
    assert all(select.is_visible() and select.is_enabled() for select in question.locator("select").all())
    assert not question.locator("[data-quiz-check]").is_visible()
    # The numbers can still be chosen, to try an order before looking at the answer.
    question.locator("select").last.select_option("1")
    assert numbers_shown(page) == ["1", "2", "3", "1"] and steps_shown(page) == shown
    answer = question.locator(".quiz-right-answer")
    assert not answer.is_visible()
    question.locator("summary").focus()
    page.keyboard.press("Enter")
    assert answer.is_visible() and answer.locator("p").inner_text() == "The right order is:"
    assert answer.locator("ol li").all_inner_texts() == right_order()
    assert watch.problems() == {}


@pytest.mark.parametrize("width", [375, 1280])
def test_the_order_questions_targets_are_at_least_44px(open_page, width):
    page, watch = open_page(PAGE, width=width)
    targets = page.locator(f"{QUESTION} select, {QUESTION} [data-quiz-check], {QUESTION} summary")
    sizes = targets.evaluate_all("ts => ts.map(t => { const r = t.getBoundingClientRect();"
                                 " return [t.tagName, r.width, r.height]; })")
    assert len(sizes) == len(right_order()) + 2
    assert [size for size in sizes if size[1] < 44 or size[2] < 44] == []
    assert watch.problems() == {}


# Words of the steps that break across lines, measured with a Range round each word.
BROKEN_WORDS = """qs => [...document.querySelectorAll(qs)].flatMap(label => {
  const text = label.firstChild, out = [];
  for (const found of text.textContent.matchAll(/\\S+/g)) {
    const range = document.createRange();
    range.setStart(text, found.index);
    range.setEnd(text, found.index + found[0].length);
    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
    if (lines.size > 1) out.push(found[0]);
  }
  return out;
})"""


def test_at_200_percent_text_on_a_small_phone_no_step_breaks_inside_a_word(open_http_page):
    page, watch = open_http_page(PAGE, width=320)
    double_the_text_size(page)
    assert page.evaluate(BROKEN_WORDS, f"{QUESTION} .quiz-steps label") == []
    select, label = page.locator(f"{QUESTION} .quiz-steps li").first.locator("select, label").all()
    assert label.bounding_box()["y"] > select.bounding_box()["y"] + select.bounding_box()["height"] - 1, \
        "the words go under the number when they would not fit beside it"
    assert watch.problems() == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
def test_the_order_question_changed_and_checked_has_no_axe_violations(open_http_page, width, scheme):
    page, watch = open_http_page(PAGE, width=width, scheme=scheme)
    page.locator(f"{QUESTION} select").first.focus()
    page.keyboard.press("ArrowDown")
    assert page.locator(f"{QUESTION} [data-quiz-moved]").inner_text()
    assert violations(page) == [], "changed"
    page.locator(f"{QUESTION} [data-quiz-check]").click()
    assert page.locator(f"{QUESTION} .quiz-verdict").is_visible()
    assert violations(page) == [], "checked"
    screenshot(page, f"order-question-{width}-{scheme}")
    assert watch.problems() == {}


def test_the_order_question_prints_as_boxes_to_number(open_page):
    page, watch = open_page(PAGE)
    shown = steps_shown(page)
    page.emulate_media(media="print")
    boxes = page.locator(f"{QUESTION} .quiz-steps li").evaluate_all("""lis => lis.map(li => {
        const box = getComputedStyle(li, "::before"), select = li.querySelector("select");
        return [getComputedStyle(select).display, parseFloat(box.width) > 10, box.borderTopStyle];
    })""")
    assert boxes == [["none", True, "solid"]] * len(right_order())
    page, _ = open_page("print.html")
    printed = page.locator(".print-quiz > li", has=page.locator(".print-steps"))
    assert [text.strip() for text in printed.locator(".print-steps li").all_inner_texts()] == shown
    assert printed.locator(".print-box--number").evaluate_all(
        "bs => bs.every(b => b.getBoundingClientRect().width > 10 && getComputedStyle(b).borderTopStyle == 'solid')")
    answers = page.locator(".print-answers .print-right-order li").all_inner_texts()
    assert answers == right_order()
    assert watch.problems() == {}
