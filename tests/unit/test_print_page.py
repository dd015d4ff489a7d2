from bs4 import BeautifulSoup

from patient_guide.print_page import PrintSection, render_print_markdown, render_print_slots, section_for_print
from patient_guide.quiz.model import Option, Question
from patient_guide.slots import fill_slots

SECTION_HTML = ('<h1 id="risks">Risks</h1>\n<h2 id="clots">Clots</h2>\n<p id="source-q">Body text.</p>\n'
                '<!-- slot:quiz-set-start -->\n<h2 id="questions-risks">Check your understanding</h2>\n<p>Go.</p>')


def test_a_section_loses_its_title_prompt_and_ids_and_its_headings_move_down():
    assert section_for_print(SECTION_HTML) == "\n<h3>Clots</h3>\n<p>Body text.</p>\n"


def test_print_page_has_sections_glossary_quiz_then_answers_on_a_new_page():
    question = Question(file="f", line=1, id="q", type="single", question="Which?", explanation="Because.",
                        source="s", options=[Option("Right", True, 2), Option("Wrong", False, 3)])
    sections = [PrintSection("Risks", "risks", ["A point."], SECTION_HTML)]
    markdown = render_print_markdown(sections)
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == ["## Risks {#print-risks}", "## Glossary {#print-glossary}",
                        "## Check your understanding {#print-quiz}",
                        "## Answers to the questions {#print-answers .print-new-page}"]
    html = fill_slots(markdown, render_print_slots(sections, "<dl></dl>", [question]))
    quiz, answers = html.split("## Answers to the questions")
    quiz_part = quiz.split("## Check your understanding")[1]
    assert "Because." not in quiz_part and "Because." in answers
    soup = BeautifulSoup(quiz_part, "html.parser")
    options = [li.get_text(" ", strip=True) for li in soup.select(".print-options li")]
    assert sorted(options) == ["○ Right", "○ Wrong"]
    assert "A point." in html and "Body text." in html and "Go." not in html
