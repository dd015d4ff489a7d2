import dataclasses

import markdown
from bs4 import BeautifulSoup

from patient_guide.quiz.model import Option, Question
from patient_guide.quiz.render import (
    QuestionSet,
    render_quiz_markdown,
    render_quiz_slots,
    render_section_markdown,
    render_section_slots,
    script_words,
    shuffled_options,
)
from patient_guide.slots import fill_slots
from patient_guide.words import load_words

WORDS = load_words("en")  # the words the build hands the renderers

ABOUT = "A guide. Guide reference: X-1, version 2.0."


def q(qid: str, kind: str = "single") -> Question:
    return Question(file="docs/p.md", line=1, id=qid, type=kind, question=f"Question {qid}?",
                    explanation="Because <b>.", source="text",
                    options=[Option("Right & true", True, 2), Option("Wrong", False, 3),
                             Option("Also wrong", False, 4, feedback="Not this.")])


def quiz_soup(questions) -> BeautifulSoup:
    question_set = QuestionSet("Risks", "risks.html", "risks", questions, {x.id: f"source-{x.id}" for x in questions})
    html = fill_slots(render_quiz_markdown([question_set], words=WORDS),
                      render_quiz_slots([question_set], ABOUT, words=WORDS))
    return BeautifulSoup(html, "html.parser")


def section_soup(questions) -> BeautifulSoup:
    question_set = QuestionSet("Risks", "", "risks", questions, {x.id: f"source-{x.id}" for x in questions})
    html = markdown.markdown(render_section_markdown("risks", words=WORDS), extensions=["attr_list"])
    html = fill_slots(html, render_section_slots(question_set, ABOUT, words=WORDS))
    return BeautifulSoup(html, "html.parser")


def test_option_order_depends_only_on_the_question_id():
    assert [o.text for o in shuffled_options(q("a"))] == [o.text for o in shuffled_options(q("a"))]
    firsts = {shuffled_options(q(f"q{n}"))[0].correct for n in range(20)}
    assert firsts == {True, False}, "the right answer must not always come first"


def test_each_question_is_a_fieldset_with_a_legend_and_labelled_unchecked_controls():
    soup = quiz_soup([q("a"), q("b", "multiple")])
    first, second = soup.select("[data-quiz-question]")
    assert first.fieldset.legend.get_text(" ", strip=True) == "Question 1 of 2 Question a?"
    assert {i["type"] for i in first.select("fieldset input")} == {"radio"}
    assert {i["type"] for i in second.select("fieldset input")} == {"checkbox"}
    for control in soup.select("input"):
        assert not control.has_attr("checked")
        assert soup.select_one(f'label[for="{control["id"]}"]')


def test_authored_text_is_escaped_and_the_answer_links_to_its_passage():
    soup = quiz_soup([q("a")])
    assert soup.select_one(".quiz-explanation").get_text() == "Because <b>."
    assert soup.select_one(".quiz-right-answer").get_text() == "The right answer is: Right & true."
    assert soup.select_one(".quiz-read-more a")["href"] == "risks.html#source-a"
    read_more = soup.select_one(".quiz-read-more a").get_text(" ", strip=True)
    assert read_more == "Read about this in Risks (question 1 of 1)"
    assert soup.select_one("[data-feedback]")["data-feedback"] == "Not this."


def test_quiz_markdown_has_a_checked_heading_per_section_and_slots_for_the_rest():
    question_set = QuestionSet("Risks", "risks.html", "risks", [q("a")], {"a": "source-a"})
    markdown = render_quiz_markdown([question_set], words=WORDS)
    assert "## Questions about: Risks {#questions-risks}" in markdown
    assert "question" not in markdown.split("{#questions-risks}")[1].replace("slot:", "").replace("risks", "")
    assert set(render_quiz_slots([question_set], ABOUT, words=WORDS)) == {"quiz-open", "risks", "quiz-end"}
    soup = quiz_soup([q("a")])
    assert soup.select_one("[data-quiz][data-quiz-whole] [data-quiz-summary] [data-quiz-reset]")


def test_a_section_ends_with_its_own_set_out_of_search_and_a_list_panel():
    soup = section_soup([q("a"), q("b")])
    question_set = soup.select_one("section[data-quiz]")
    assert question_set.has_attr("data-search-exclude") and question_set["aria-labelledby"] == "questions-risks"
    heading = question_set.select_one("h2#questions-risks").get_text()
    assert heading == "Check your understanding of this section"
    assert "Answer these 2 short questions" in question_set.select_one(".quiz-intro").get_text()
    assert "not a record of your consent" in question_set.select_one(".quiz-intro").get_text()
    # The read-more link stays on the same page.
    assert question_set.select_one(".quiz-read-more a")["href"] == "#source-a"
    # Parts that need the script are hidden until it runs; the answer reveal is not.
    for selector in ["[data-quiz-check-all]", "[data-quiz-check]", ".quiz-ask", "[data-quiz-errors]",
                     "[data-quiz-summary]"]:
        assert all(part.has_attr("hidden") for part in question_set.select(selector)), selector
    assert not question_set.select_one("details.quiz-answer").has_attr("hidden")
    # The error summary comes before the questions, the check-all button after them.
    order = [el for el in question_set.find_all(True)
             if any(el.has_attr(name) for name in ("data-quiz-errors", "data-quiz-question", "data-quiz-check-all"))]
    assert order[0].has_attr("data-quiz-errors") and order[-1].has_attr("data-quiz-check-all")
    panel = soup.select_one("[data-quiz-list]")
    assert panel.has_attr("data-search-exclude") and panel.has_attr("hidden")
    assert "kept in this browser tab only" in panel.get_text()
    assert not panel.select_one("[data-quiz-list-actions]") or panel.select_one("[data-quiz-list-actions]").has_attr(
        "hidden"), "nothing to print or clear until the list holds a question"
    assert ABOUT in soup.select_one("[data-quiz-sheet]").get_text()


def test_each_question_has_a_named_unticked_control_to_add_it_to_the_list():
    soup = section_soup([q("a")])
    box = soup.select_one("[data-quiz-ask]")
    assert box["type"] == "checkbox" and not box.has_attr("checked")
    label = soup.select_one(f'label[for="{box["id"]}"]').get_text(" ", strip=True)
    assert label.startswith("Add this to my questions for my surgical team")
    assert not box.find_parent("fieldset"), "the list control must not join the answer's group"


def test_the_quiz_page_is_one_set_numbered_across_its_sections():
    sets = [QuestionSet(name, f"{name}.html", name, [q(f"{name}-1"), q(f"{name}-2")], {
        f"{name}-1": "s1", f"{name}-2": "s2"}) for name in ("risks", "recovery")]
    html = markdown.markdown(render_quiz_markdown(sets, words=WORDS), extensions=["attr_list"])  # the headings' ids too
    soup = BeautifulSoup(fill_slots(html, render_quiz_slots(sets, ABOUT, words=WORDS)), "html.parser")
    ids = [el["id"] for el in soup.find_all(id=True)]
    assert {"questions-risks", "questions-recovery"} <= set(ids)
    assert len(ids) == len(set(ids))
    assert len(soup.select("[data-quiz]")) == 1 and len(soup.select("[data-quiz-list]")) == 1
    numbers = [n.get_text() for n in soup.select(".quiz-number")]
    assert numbers == ["Question 1 of 4", "Question 2 of 4", "Question 3 of 4", "Question 4 of 4"]
    whole = soup.select_one("[data-quiz]")
    assert [h["id"] for h in whole.select("h2[id^=questions-]")] == ["questions-risks", "questions-recovery"]
    assert len(whole.select("[data-quiz-check-all]")) == len(whole.select("[data-quiz-errors]")) == 1


def test_the_script_gets_every_word_it_shows():
    words = load_words("en")
    assert '"correct":"Correct."' in script_words(words)
    assert "{number}" in script_words(words)


def test_several_right_answers_are_a_list_not_one_long_sentence():
    several = dataclasses.replace(q("b", "multiple"), options=[Option("Pain <at> night", True, 2),
                                                                Option("Limping", True, 3),
                                                  Option("Nothing", False, 4)])
    answer = quiz_soup([several]).select_one(".quiz-right-answer")
    assert answer.p.get_text() == "The right answers are:"
    assert sorted(li.get_text() for li in answer.select("li")) == ["Limping", "Pain <at> night"]


def test_the_question_texts_file_is_a_script_of_ids_and_texts_only():
    from patient_guide.quiz.render import question_texts_script
    text = question_texts_script([q("a"), q("b")])
    assert text == 'window.guideQuestionTexts={"a":"Question a?","b":"Question b?"};\n'


def test_the_sheet_has_the_patients_name_appointment_date_five_lines_and_a_place_for_whom_to_contact():
    from patient_guide.quiz.render import list_key, render_list_panel
    sheet = BeautifulSoup(render_list_panel(ABOUT, contact="<p>Call us</p>", words=WORDS), "html.parser").select_one(
        "[data-quiz-sheet]")
    assert [p.get_text(" ", strip=True) for p in sheet.select(".quiz-sheet__field")] == [
        "My name:", "My appointment date:"]
    assert len(sheet.select(".quiz-sheet__notes .quiz-sheet__line")) == 5
    assert sheet.select_one(".quiz-sheet__contact").get_text() == "Call us"
    assert list_key("X-1") == "guide-questions:X-1"
