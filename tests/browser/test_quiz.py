"""The questions as a patient uses them: in each section, by keyboard alone, with the
error summary, the results and the list for the surgical team; and with JavaScript
off. (tests/browser/test_journey.py: the list across the guide, and the quiz page.)"""

import json
import re
import shutil
import subprocess

import pytest
from browser.conftest import answer

from site_config import load_config
from support import IN_CI, ROOT, html_name

pytestmark = pytest.mark.browser

# window.print() opens a dialog; the tests count the calls and print to PDF themselves.
COUNT_PRINTS = "(() => { window.__prints = 0; window.print = () => { window.__prints += 1; }; })()"


def active(page, expression: str):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {expression}; }})()")


def tab_until(page, condition: str, limit: int = 200) -> None:
    """Press Tab until the focused element meets a JavaScript condition on `el`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if active(page, condition):
            return
    raise AssertionError(f"Tab never reached an element where {condition}")


def choose_by_keyboard(page, question_id: str, right: bool) -> None:
    """Focus the question's first control, choose right or wrong with Space and arrows."""
    question = page.locator(f"#question-{question_id}")
    if question.get_attribute("data-quiz-order") is not None:  # reach its steps; their own test moves them by keys
        tab_until(page, f"el.closest('#question-{question_id}') && el.matches('fieldset select')")
        answer(question, right)
        return
    tab_until(page, f"el.closest('#question-{question_id}') && el.matches('fieldset input')")
    controls = question.locator("fieldset input")
    kinds = controls.evaluate_all("inputs => inputs.map(i => [i.type, i.hasAttribute('data-correct')])")
    if kinds[0][0] == "radio":
        page.keyboard.press("Space")
        while (question.locator("fieldset input:checked").get_attribute("data-correct") is not None) != right:
            page.keyboard.press("ArrowDown")
    else:
        wanted = [correct for _, correct in kinds] if right else [not correct for _, correct in kinds]
        for index, tick in enumerate(wanted):
            if index:
                page.keyboard.press("Tab")
            if tick:
                page.keyboard.press("Space")


def question_ids(page, scope: str = "") -> list[str]:
    return page.locator(f"{scope} [data-quiz-question]").evaluate_all(
        "qs => qs.map(q => q.id.replace('question-', ''))")


def listed(page) -> list[str]:
    return [text.strip() for text in page.locator("[data-quiz-list] ol li").evaluate_all(
        "items => items.map(li => li.firstChild.textContent)")]


def pdf_text(pdf: bytes, tmp_path) -> str:
    tool = shutil.which("pdftotext")
    if not tool:
        message = "pdftotext not found: install Debian's poppler-utils."
        pytest.fail(message) if IN_CI else pytest.skip(message)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_a_section_by_keyboard_alone_with_the_error_summary_score_and_list(open_page, tmp_path):
    page, watch = open_page("what-is-it.html", width=375)
    page.evaluate(COUNT_PRINTS)
    first, second, third = question_ids(page)

    # Answer the first right and the third wrong; leave the second unanswered.
    choose_by_keyboard(page, first, right=True)
    page.locator(f"#question-{second} input").first.focus()
    choose_by_keyboard(page, third, right=False)
    tab_until(page, "el.matches('[data-quiz-check-all]')")
    assert page.locator("[data-quiz-check-all]").inner_text() == "Check my answers"
    page.keyboard.press("Enter")

    # GOV.UK's error summary: above the set, focused, one link to the unanswered question.
    summary = page.locator("[data-quiz-errors]")
    assert summary.is_visible() and active(page, "el.matches('[data-quiz-errors]')")
    assert summary.locator("h3").inner_text() == "There is a problem"
    assert summary.evaluate("s => s.compareDocumentPosition(document.querySelector('[data-quiz-question]')) & 4")
    links = summary.locator("a")
    assert links.count() == 1 and links.first.inner_text().startswith("Choose an answer to question 2")
    error = page.locator(f"#error-{second}")
    assert error.is_visible()
    # GOV.UK's pattern: "Error:" is read out, not shown; the red words say what to do.
    assert error.evaluate("e => e.textContent").startswith("Error: Choose an answer to question 2")
    prefix = error.locator(".quiz-visually-hidden")
    assert prefix.inner_text().strip() == "Error:" and prefix.evaluate("e => e.getBoundingClientRect().width") <= 1
    page.keyboard.press("Tab")
    assert active(page, "el.matches('[data-quiz-errors] a')")
    page.keyboard.press("Enter")
    assert active(page, f"el.closest('#question-{second}') && el.matches('fieldset input')")
    # The whole question shows, below the sticky header rather than under it.
    assert page.evaluate(f"""document.querySelector('#question-{second} legend').getBoundingClientRect().top
        >= document.querySelector('.md-header').getBoundingClientRect().bottom""")

    assert not page.locator("[data-quiz-summary]").is_visible(), "no results before every question is answered"

    # Answer it, check again: the summary goes and the results come, focused.
    page.keyboard.press("Shift+Tab")
    choose_by_keyboard(page, second, right=True)
    tab_until(page, "el.matches('[data-quiz-check-all]')")
    page.keyboard.press("Enter")
    assert not summary.is_visible() and not page.locator(f"#error-{second}").is_visible()
    score = page.locator("[data-quiz-score]")
    assert active(page, "el.matches('[data-quiz-summary]')")
    assert score.locator("p").first.inner_text() == "You got 2 of 3 right."
    third_text = page.locator(f"#question-{third} .quiz-text").inner_text()
    assert score.locator("a").inner_text().startswith(f"Question 3: {third_text}")
    assert page.locator(f"#feedback-{third}").inner_text().startswith("✖ Not quite.")
    assert page.locator(f"#feedback-{first}").inner_text().startswith("✔ Correct.")

    # The wrong answer joined the list for the surgical team; add another by keyboard.
    assert listed(page) == [third_text]
    page.locator(f"#question-{first} fieldset input").first.focus()
    tab_until(page, f"el.id == 'ask-{first}'")
    page.keyboard.press("Space")
    first_text = page.locator(f"#question-{first} .quiz-text").inner_text()
    assert listed(page) == [third_text, first_text]
    assert page.locator("[data-quiz-list-count]").inner_text() == "There are 2 questions on your list."
    assert "kept in this browser tab only" in page.locator("[data-quiz-list]").inner_text()

    # Remove one from the list.
    tab_until(page, "el.matches('.quiz-list__remove')")
    page.keyboard.press("Enter")
    assert listed(page) == [first_text]
    assert not page.locator(f"#ask-{third}").is_checked()

    # Changing an answer after checking clears its verdict, and the results that counted it.
    page.locator(f"#question-{first} fieldset input").first.focus()
    choose_by_keyboard(page, first, right=False)
    assert page.locator(f"#feedback-{first}").inner_text().strip() == ""
    assert page.locator(f"#feedback-{third}").inner_text().strip() != ""
    assert not page.locator("[data-quiz-summary]").is_visible()

    # Print the sheet: the guide, its reference and version, the date, the question, space to write.
    tab_until(page, "el.matches('[data-quiz-print]')")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__prints") == 1
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "question-sheet.pdf").write_bytes(pdf)  # for a person to look at
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "My questions for my surgical team" in text
    version = load_config()["extra"]["guide"]["version"]
    assert f"Soft tissue hip reconstruction. Guide reference: EHT-ORTHO-0042, version {version}." in text
    assert re.search(r"Printed on \d{1,2} \w+ 20\d\d\.", text)
    assert first_text in text and "My team's answer:" in text and "My own notes" in text
    assert third_text not in text, "only the listed questions are printed"
    assert "Wear and tear" not in text, "the sheet is printed alone, without the page"
    assert watch.problems() == {}


def test_using_the_questions_keeps_only_the_listed_ids_and_sends_nothing(open_page, browser):
    """Shared computers and health information: answers and scores are never written, only the ids of
    the questions on the list, in the tab's sessionStorage; nothing is requested."""
    page, watch = open_page("risks.html")
    page.wait_for_load_state("networkidle")  # the page's own files, such as its icon, have all come
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for question in page.locator("[data-quiz-question]").all():
        question.locator("label").first.click()
        question.locator("[data-quiz-check]").click()
        question.locator("[data-quiz-ask]").check()
    page.locator("[data-quiz-check-all]").click()
    assert "You got" in page.locator("[data-quiz-score]").inner_text()
    assert requests == []
    stored = page.evaluate("""async () => [localStorage.length, Object.keys(sessionStorage), document.cookie,
        (await indexedDB.databases()).length]""")
    assert stored == [0, ["guide-questions:EHT-ORTHO-0042"], "", 0]
    ids = question_ids(page)
    assert sorted(json.loads(page.evaluate("sessionStorage.getItem('guide-questions:EHT-ORTHO-0042')"))) == sorted(ids)
    assert page.context.cookies() == []
    page.reload()
    # The list stays for this tab's visit; the answers are gone.
    assert len(listed(page)) == len(ids) and page.locator("[data-quiz] fieldset input:checked").count() == 0
    assert watch.problems() == {}


def test_without_javascript_every_sections_questions_and_reveals_work(open_page, section):
    page, watch = open_page(html_name(section), javascript=False)
    questions = page.locator("[data-quiz-question]")
    assert questions.count() >= 2
    assert not page.locator("[data-quiz-check-all]").is_visible()
    assert not page.locator("[data-quiz-list]").is_visible()
    for question in questions.all():
        assert question.locator("legend").is_visible()
        assert question.locator("fieldset :is(input, select)").first.is_visible()
        assert not question.locator("[data-quiz-check]").is_visible()
        if question.get_attribute("data-quiz-order") is None:  # order questions: see test_order_question.py
            question.locator("fieldset label").first.click()
            assert question.locator("fieldset input:checked").count() == 1
        answer = question.locator(".quiz-right-answer")
        assert not answer.is_visible()
        question.locator("summary").focus()
        page.keyboard.press("Enter")
        assert answer.is_visible() and re.match(r"The right (answers? (is|are)|order is):\s", answer.inner_text())
        anchor = question.locator(".quiz-read-more a").get_attribute("href")
        assert anchor.startswith("#") and page.locator(anchor).count() == 1
    assert watch.problems() == {}


def test_checking_a_whole_set_reads_out_the_results_not_every_verdict(open_page):
    """Screen readers: "Check my answers" updates many feedback regions; only the results, focused, are read."""
    page, watch = open_page("recovery.html")
    questions = page.locator("[data-quiz-question]")
    for question in questions.all():
        answer(question, right=False)
    page.locator("[data-quiz-check-all]").click()
    regions = page.locator(".quiz-feedback")
    assert regions.evaluate_all("rs => rs.map(r => r.getAttribute('aria-live'))") == ["off"] * questions.count()
    assert active(page, "el.matches('[data-quiz-summary]')")
    questions.first.locator("[data-quiz-check]").click()  # one question checked on its own is read out
    assert regions.first.get_attribute("aria-live") == "polite" and regions.first.inner_text().strip()
    assert watch.problems() == {}


def test_an_empty_list_offers_nothing_to_print_or_clear(open_page):
    page, watch = open_page("symptoms-and-diagnosis.html", width=375)
    page.evaluate(COUNT_PRINTS)
    count = page.locator("[data-quiz-list-count]")
    assert count.inner_text() == "Your list is empty."
    assert not page.locator("[data-quiz-print]").is_visible() and not page.locator("[data-quiz-clear]").is_visible()
    page.locator("[data-quiz-ask]").first.check()
    assert count.inner_text() == "There is 1 question on your list."
    page.locator("[data-quiz-print]").click()
    assert page.evaluate("window.__prints") == 1
    assert watch.problems() == {}


def test_back_on_the_quiz_page_the_list_shows_the_questions_still_ticked(open_page):
    """Following "Read about this" leaves the page; Back may bring ticked boxes back (the browser
    restores them), and the list must show them rather than say it is empty."""
    page, watch = open_page("quiz.html")
    page.wait_for_load_state("networkidle")  # leaving the page must not cut short its search index loading
    for box in page.locator("[data-quiz-ask]").all()[:3]:
        box.check()
    texts = listed(page)
    assert len(texts) == 3
    page.locator(".quiz-read-more a").first.evaluate("a => a.closest('details').open = true")
    page.locator(".quiz-read-more a").first.click()
    page.wait_for_url(re.compile(r"\.html#source-"))
    page.wait_for_load_state("networkidle")
    page.go_back()
    page.wait_for_url(re.compile(r"quiz\.html$"))
    page.wait_for_load_state("networkidle")
    ticked = page.locator("[data-quiz-ask]:checked").count()
    assert listed(page) == texts[:ticked], "the list is what is ticked, whatever the browser restored"
    assert watch.problems() == {}
