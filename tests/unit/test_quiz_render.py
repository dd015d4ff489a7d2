from bs4 import BeautifulSoup

from patient_guide.quiz.model import Option, Question
from patient_guide.quiz.render import (Section, render_quiz_markdown, render_quiz_slots, render_section_prompt,
                               shuffled_options)
from patient_guide.slots import fill_slots


def q(qid: str, kind: str = "single") -> Question:
    return Question(file="docs/p.md", line=1, id=qid, type=kind, question=f"Question {qid}?",
                    explanation="Because <b>.", source="text",
                    options=[Option("Right & true", True, 2), Option("Wrong", False, 3),
                             Option("Also wrong", False, 4, feedback="Not this.")])


def quiz_soup(questions) -> BeautifulSoup:
    section = Section("Risks", "risks.html", "risks", questions, {x.id: f"source-{x.id}" for x in questions})
    html = fill_slots(render_quiz_markdown([section]), render_quiz_slots([section]))
    return BeautifulSoup(html, "html.parser")


def test_option_order_depends_only_on_the_question_id():
    assert [o.text for o in shuffled_options(q("a"))] == [o.text for o in shuffled_options(q("a"))]
    firsts = {shuffled_options(q(f"q{n}"))[0].correct for n in range(20)}
    assert firsts == {True, False}, "the right answer must not always come first"


def test_each_question_is_a_fieldset_with_a_legend_and_labelled_unchecked_controls():
    soup = quiz_soup([q("a"), q("b", "multiple")])
    first, second = soup.select("[data-quiz-question]")
    assert first.fieldset.legend.get_text(" ", strip=True) == "Question 1 of 2 Question a?"
    assert {i["type"] for i in first.select("input")} == {"radio"}
    assert {i["type"] for i in second.select("input")} == {"checkbox"}
    for control in soup.select("input"):
        assert not control.has_attr("checked")
        assert soup.select_one(f'label[for="{control["id"]}"]')


def test_authored_text_is_escaped_and_the_answer_links_to_its_passage():
    soup = quiz_soup([q("a")])
    assert soup.select_one(".quiz-explanation").get_text() == "Because <b>."
    assert soup.select_one(".quiz-right-answer").get_text() == "The right answer is: Right & true."
    assert soup.select_one(".quiz-read-more a")["href"] == "risks.html#source-a"
    assert soup.select_one(".quiz-read-more a").get_text() == "Read about this in Risks"
    assert soup.select_one("[data-feedback]")["data-feedback"] == "Not this."


def test_quiz_markdown_has_a_checked_heading_per_section_and_slots_for_the_rest():
    section = Section("Risks", "risks.html", "risks", [q("a")], {"a": "source-a"})
    markdown = render_quiz_markdown([section])
    assert "## Questions about: Risks {#questions-risks}" in markdown
    assert "question" not in markdown.split("{#questions-risks}")[1].replace("slot:questions-risks", "")
    assert set(render_quiz_slots([section])) == {"quiz-start", "questions-risks", "quiz-end"}
    soup = quiz_soup([q("a")])
    assert soup.select_one("[data-quiz]")["data-total"] == "1"
    assert soup.select_one("[data-quiz] [data-quiz-summary] [data-quiz-reset]")


def test_section_prompt_links_to_its_questions():
    prompt = render_section_prompt("quiz.md", "risks", 2)
    assert "## Check your understanding" in prompt
    assert "(quiz.md#questions-risks)" in prompt and "Answer 2 short questions" in prompt
