"""The generated quiz page, checked against the questions written in the section pages."""

import copy
import json
import re

from patient_guide.quiz.grounding import normalise
from patient_guide.quiz.parse import parse_quiz_questions
from support import ROOT, section_pages


def authored_questions():
    """Every question as written, in reading order, straight from the Markdown."""
    questions = []
    for page in section_pages():
        found, faults = parse_quiz_questions((ROOT / "docs" / page).read_text("utf-8"), page)
        assert faults == []
        questions += [(page, question) for question in found]
    return questions


def test_every_section_has_questions_and_the_bank_is_big_enough():
    per_page = {page: sum(1 for p, _ in authored_questions() if p == page) for page in section_pages()}
    assert all(count >= 2 for count in per_page.values()), per_page
    assert sum(per_page.values()) >= 12


def test_quiz_page_holds_every_question_in_section_order(soups):
    rendered = [q["id"].removeprefix("question-") for q in soups["quiz.html"].select("[data-quiz-question]")]
    assert rendered == [question.id for _, question in authored_questions()]


def test_each_question_has_exactly_its_declared_right_options(soups):
    quiz = soups["quiz.html"]
    for _, question in authored_questions():
        block = quiz.find(id=f"question-{question.id}")
        if question.type == "order":  # each step's number list knows its right place
            steps = {block.find("label", attrs={"for": s["id"]}).get_text(): int(s["data-step"])
                     for s in block.select("fieldset select")}
            assert steps == {step.text: n for n, step in enumerate(question.steps, start=1)}, question.id
            continue
        controls = block.select("fieldset input")
        assert {c["type"] for c in controls} == {"radio" if question.type == "single" else "checkbox"}
        assert len(controls) == len(question.options)
        right = sorted(block.find("label", attrs={"for": c["id"]}).get_text() for c in controls
                       if c.has_attr("data-correct"))
        assert right == sorted(o.text for o in question.options if o.correct), question.id
        assert block.fieldset.legend.select_one(".quiz-text").get_text() == question.question


def test_read_about_this_links_land_on_the_passage_that_backs_the_answer(soups):
    quiz = soups["quiz.html"]
    for page, question in authored_questions():
        link = quiz.find(id=f"question-{question.id}").select_one(".quiz-read-more a")
        target_page, anchor = link["href"].split("#")
        assert target_page == page.replace(".md", ".html")
        target = soups[target_page].find(id=anchor)
        assert target is not None, link["href"]
        assert normalise(question.source) in normalise(target.get_text(" ")), question.id


def test_each_section_page_holds_exactly_its_own_questions_at_its_end(soups):
    for page in section_pages():
        soup = soups[page.replace(".md", ".html")]
        sets = soup.select("article [data-quiz]")
        assert len(sets) == 1, page
        rendered = [q["id"].removeprefix("question-") for q in sets[0].select("[data-quiz-question]")]
        assert rendered == [question.id for p, question in authored_questions() if p == page]
        # Nothing of the section's own text comes after its questions.
        assert not [p for p in sets[0].find_all_next("p") if not p.find_parent(attrs={"data-quiz": True})
                    and not p.find_parent(class_=["quiz-list", "quiz-sheet", "guide-page-info", "guide-contact"])], page
        assert len(soup.select("[data-quiz-list]")) == 1 and len(soup.select("[data-quiz-sheet]")) == 1


def test_read_about_this_on_a_section_page_jumps_to_the_passage_on_that_page(soups):
    for page, question in authored_questions():
        soup = soups[page.replace(".md", ".html")]
        link = soup.find(id=f"question-{question.id}").select_one(".quiz-read-more a")
        assert link["href"].startswith("#"), link["href"]
        target = soup.find(id=link["href"][1:])
        assert target is not None and not target.find_parent(attrs={"data-quiz": True})
        assert normalise(question.source) in normalise(target.get_text(" ")), question.id


def prose_of(soup) -> str:
    """A page's own words, without the list for the surgical team every page ends with."""
    article = copy.copy(soup.select_one("article"))
    for part in article.select("[data-quiz-list], [data-quiz-sheet]"):
        part.decompose()
    return article.get_text(" ")


def test_nothing_from_a_question_reaches_the_search_index(soups, site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text("utf-8"))
    indexed = normalise(" ".join(doc["title"] + " " + doc["text"] for doc in index["docs"]))
    checked = 0
    # The words of every page a patient reads as prose (the privacy notice names "Clear my list").
    every_prose = normalise(" ".join(prose_of(soup) for soup in soups.values() if not soup.select("[data-quiz]")))
    for page in section_pages():
        soup = soups[page.replace(".md", ".html")]
        article = soup.select_one("article")
        quiz_parts = article.select("[data-quiz], [data-quiz-list], [data-quiz-sheet]")
        quiz_text = [normalise(el.get_text(" ")) for part in quiz_parts
                     for el in part.select("legend, label, p, summary, h3, button")]
        for part in quiz_parts:
            part.extract()
        prose = normalise(article.get_text(" "))
        for text in quiz_text:
            if text and text not in prose and text not in every_prose:  # words only the questions and list hold
                assert text not in indexed, text
                checked += 1
    assert checked > 50
    assert "check my answers" not in indexed and "my questions for my surgical team" not in indexed


def test_no_raw_question_syntax_reaches_readers_or_search(soups, site_dir):
    raw = re.compile(r"```quiz|^\s*(id|type|question|explanation|source):|- \[[ x]\]", re.M)
    for page in section_pages():
        assert not raw.search(soups[page.replace(".md", ".html")].select_one("article").get_text("\n"))
    index = (site_dir / "search" / "search_index.json").read_text("utf-8")
    assert not raw.search("\n".join(doc["text"] for doc in json.loads(index)["docs"]))
    assert "[x]" not in index and "```" not in index


def test_two_builds_give_the_same_option_order(site_dir, second_site_dir):
    def order(root):
        return re.findall(r'<label for="([^"]+)">([^<]+)</label>', (root / "quiz.html").read_text("utf-8"))
    assert order(site_dir) == order(second_site_dir) and len(order(site_dir)) > 30


def test_the_right_answer_is_not_always_in_the_same_place(soups):
    positions = set()
    for block in soups["quiz.html"].select("[data-quiz-question]"):
        controls = block.select("fieldset input")
        positions |= {i for i, c in enumerate(controls) if c.has_attr("data-correct")}
    assert len(positions) >= 3


def test_the_quiz_says_it_is_a_self_check_not_consent(soups):
    intro = soups["quiz.html"].select_one(".quiz-intro").get_text(" ", strip=True)
    assert "not a test" in intro and "not a record of your consent" in intro and "Your answers are not saved" in intro
