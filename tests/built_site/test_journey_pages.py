"""One guide, one journey, as built: the list for the surgical team on every page, the quiz page
as one set, controls whose names make sense read alone, and links whose names say where they go.
(tests/browser/test_journey.py uses them in Chromium.)"""

import json
import re
from urllib.parse import urljoin

from built_site.test_quiz_page import authored_questions

from patient_guide.quiz.render import SHEET_LINES
from support import html_name, page_words, section_pages


def accessible_name(element) -> str:
    """What a screen reader's list of links or buttons reads: aria-label, else the text (hidden words too)."""
    return " ".join((element.get("aria-label") or element.get_text(" ")).split())


def test_no_two_links_on_a_page_share_a_name_but_go_to_different_places(content_pages):
    for name, soup in content_pages.items():
        targets = {}
        for link in soup.select("a[href]"):
            targets.setdefault(accessible_name(link), set()).add(urljoin(name, link["href"]))
        assert {text: places for text, places in targets.items() if len(places) > 1} == {}, name


def test_every_page_has_one_list_panel_and_one_sheet_and_loads_the_list_script(content_pages):
    for name, soup in content_pages.items():
        assert len(soup.select("[data-quiz-list]")) == 1 and len(soup.select("[data-quiz-sheet]")) == 1, name
        panel = soup.select_one("[data-quiz-list]")
        assert panel.has_attr("hidden") and panel.has_attr("data-search-exclude"), name
        assert page_words(name)["list_privacy"].split(".")[0] in " ".join(panel.get_text(" ").split()), name
        scripts = [s["src"] for s in soup.select("script[src]")]
        assert sum(src.endswith("assets/list/list.js") for src in scripts) == 1, name
        if soup.select("[data-quiz]"):  # quiz.js uses the list: it must come after list.js
            order = [src.rsplit("/", 1)[-1] for src in scripts if src.endswith(("list.js", "quiz.js"))]
            assert order == ["list.js", "quiz.js"], name


def test_the_question_texts_file_holds_every_question_and_nothing_of_its_answers(site_dir):
    text = (site_dir / "assets" / "list" / "questions.js").read_text("utf-8")
    prefix = "window.guideQuestionTexts="
    assert text.startswith(prefix) and text.rstrip().endswith(";")
    texts = json.loads(text.strip()[len(prefix):-1])
    assert texts == {question.id: question.question for _, question in authored_questions()}


def test_the_list_script_is_told_its_storage_key_words_and_texts_file(content_pages, site_dir):
    for name, soup in content_pages.items():
        script = soup.select_one('script[src$="assets/list/list.js"]')
        assert script["data-key"] == "guide-questions:EHT-ORTHO-0042"
        assert (site_dir / name).parent.joinpath(script["data-texts"]).resolve() == (
            (site_dir / name).parent / "assets" / "list" / "questions.js").resolve()
        assert json.loads(script["data-words"])["list_count_none"] == page_words(name)["list_count_none"]


def test_the_quiz_page_is_one_set_with_one_check_one_summary_and_one_result(soups):
    quiz = soups["quiz.html"]
    sets = quiz.select("[data-quiz]")
    assert len(sets) == 1 and sets[0].has_attr("data-quiz-whole")
    whole = sets[0]
    for part in ("[data-quiz-check-all]", "[data-quiz-errors]", "[data-quiz-summary]", "[data-quiz-reset]"):
        assert len(quiz.select(part)) == 1, part
    # Grouped under one heading per section, in reading order, inside the one set.
    headings = [h.get_text(strip=True) for h in whole.select("h2[id^=questions-]")]
    titles = [" ".join(soups[html_name(page)].h1.get_text(" ", strip=True).split()) for page in section_pages()]
    assert headings == [f"Questions about: {title}" for title in titles]
    # The error summary first, the check and the results last; questions numbered across the guide.
    order = [el for el in whole.find_all(True) if el.has_attr("data-quiz-errors") or el.has_attr("data-quiz-question")
             or el.has_attr("data-quiz-check-all") or el.has_attr("data-quiz-summary")]
    assert order[0].has_attr("data-quiz-errors") and order[-1].has_attr("data-quiz-summary")
    total = len(whole.select("[data-quiz-question]"))
    numbers = [n.get_text(strip=True) for n in whole.select(".quiz-number")]
    assert numbers == [f"Question {n} of {total}" for n in range(1, total + 1)]
    # Heading levels step down one at a time (the summary and results are h2s beside the sections').
    assert whole.select_one("[data-quiz-errors] h2") and whole.select_one("[data-quiz-summary] h2")


def test_results_are_no_live_region_and_wait_for_a_check(content_pages):
    for name, soup in content_pages.items():
        for results in soup.select("[data-quiz-summary]"):
            assert results.has_attr("hidden") and results.get("tabindex") == "-1", name
            assert not results.find_all(attrs={"aria-live": True}) and not results.find_all(attrs={"role": "status"})
            assert not results.has_attr("aria-live") and not results.has_attr("role")


def test_every_control_of_a_question_names_its_number_and_the_total(content_pages):
    for name, soup in content_pages.items():
        words = page_words(name)
        for question in soup.select("[data-quiz-question]"):
            number, total = re.findall(r"\d+", question.select_one(".quiz-number").get_text(strip=True))
            said = [words.fill(key, number=number, total=total) for key in ("to_question", "which_question")]
            controls = [question.select_one("[data-quiz-check]"), question.select_one("summary"),
                        question.select_one(".quiz-read-more a"),
                        question.select_one(f'label[for="ask-{question["id"].removeprefix("question-")}"]')]
            for control in controls:
                assert any(part in accessible_name(control) for part in said), (name, accessible_name(control))
        names = [accessible_name(b) for b in soup.select("button")]
        repeated = {n for n in names if names.count(n) > 1}
        assert repeated == set(), (name, repeated)


def test_the_sheet_has_places_for_the_name_the_appointment_date_and_lines_for_notes(content_pages):
    for name, soup in content_pages.items():
        sheet = soup.select_one("[data-quiz-sheet]")
        fields = [p.get_text(" ", strip=True) for p in sheet.select(".quiz-sheet__field")]
        assert fields == [page_words(name)["sheet_name"], page_words(name)["sheet_appointment"]], name
        assert len(sheet.select(".quiz-sheet__notes .quiz-sheet__line")) == SHEET_LINES >= 5
        assert sheet.select_one(".quiz-sheet__contact") is not None  # where whom to contact goes


def test_a_section_heading_for_its_questions_is_not_named_as_the_quiz_page(content_pages):
    for page in section_pages():
        soup = content_pages[html_name(page)]
        heading = soup.select_one("[data-quiz] h2").get_text(strip=True)
        assert heading == "Check your understanding of this section"
        assert not re.search(r"\bCheck your understanding\b$", heading)
