from bs4 import BeautifulSoup

from guide.print_page import PrintSection, demote_headings, render_print_page
from guide.quiz_model import Option, Question


def test_headings_move_down_a_level_and_the_page_title_goes():
    assert demote_headings("# Title\n\nText\n\n## Part\n\n### Sub\n") == "\nText\n\n### Part\n\n#### Sub\n"


def test_print_page_has_sections_glossary_quiz_then_answers_on_a_new_page():
    question = Question(file="f", line=1, id="q", type="single", question="Which?", explanation="Because.",
                        source="s", options=[Option("Right", True, 2), Option("Wrong", False, 3)])
    markdown = render_print_page([PrintSection("Risks", "risks", ["A point."], "# Risks\n\nBody text.\n")],
                                 "<dl></dl>", [question])
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == ["## Risks {#print-risks}", "## Glossary {#print-glossary}",
                        "## Check your understanding {#print-quiz}",
                        "## Answers to the questions {#print-answers .print-new-page}"]
    quiz, answers = markdown.split("## Answers to the questions")
    quiz_part = quiz.split("## Check your understanding")[1]
    assert "Because." not in quiz_part and "Because." in answers
    soup = BeautifulSoup(quiz_part, "html.parser")
    options = [li.get_text(" ", strip=True) for li in soup.select(".print-options li")]
    assert sorted(options) == ["○ Right", "○ Wrong"]
    assert "A point." in markdown and "Body text." in markdown
