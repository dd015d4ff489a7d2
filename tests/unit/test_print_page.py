import pytest
from bs4 import BeautifulSoup

from patient_guide.print_page import (
    PrintLabelError,
    PrintSection,
    css_string,
    large_print_offer,
    page_number_content,
    render_print_labels_css,
    render_print_markdown,
    render_print_slots,
    section_for_print,
    slots_for,
)
from patient_guide.quiz.model import Option, Question
from patient_guide.slots import fill_slots
from patient_guide.words import Words, load_words

WORDS = load_words("en")  # the words the build hands the renderers

SECTION_HTML = ('<h1 id="risks">Risks</h1>\n<h2 id="clots">Clots</h2>\n<p id="source-q">Body text.</p>\n'
                '<!-- slot:quiz-set-start -->\n<h2 id="questions-risks">Check your understanding</h2>\n<p>Go.</p>')


def test_a_section_loses_its_title_prompt_and_ids_and_its_headings_move_down():
    assert section_for_print(SECTION_HTML) == "\n<h3>Clots</h3>\n<p>Body text.</p>\n"


def test_print_page_has_sections_glossary_quiz_then_answers_on_a_new_page():
    question = Question(file="f", line=1, id="q", type="single", question="Which?", explanation="Because.",
                        source="s", options=[Option("Right", True, 2), Option("Wrong", False, 3)])
    sections = [PrintSection("Risks", "risks", ["A point."], SECTION_HTML)]
    markdown = render_print_markdown(sections, words=WORDS)
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == ["## Risks {#print-risks}", "## Glossary {#print-glossary}",
                        "## Check your understanding {#print-quiz}",
                        "## Answers to the questions {#print-answers .print-new-page}"]
    html = fill_slots(markdown, render_print_slots(sections, "<dl></dl>", [question], words=WORDS))
    quiz, answers = html.split("## Answers to the questions")
    quiz_part = quiz.split("## Check your understanding")[1]
    assert "Because." not in quiz_part and "Because." in answers
    soup = BeautifulSoup(quiz_part, "html.parser")
    options = [li.get_text(" ", strip=True) for li in soup.select(".print-options li")]
    assert sorted(options) == ["○ Right", "○ Wrong"]
    assert "A point." in html and "Body text." in html and "Go." not in html


def test_printed_pages_are_labelled_with_title_version_and_page_numbers_from_the_settings():
    css = render_print_labels_css("Hip guide", "Guide reference: R-1, version 2.0", words=WORDS)
    assert '@top-left { content: "Hip guide"; }' in css
    assert '@top-right { content: "Guide reference: R-1, version 2.0"; }' in css
    assert '@bottom-right { content: "Page " counter(page) " of " counter(pages); }' in css


def test_the_margin_labels_mirror_in_a_language_read_right_to_left():
    urdu = Words(WORDS)
    urdu.language = "ur"
    css = render_print_labels_css("Hip guide", "Guide reference: R-1, version 2.0", words=urdu)
    assert '@top-right { content: "Hip guide"; }' in css
    assert '@top-left { content: "Guide reference: R-1, version 2.0"; }' in css
    assert '@bottom-left { content: "Page " counter(page) " of " counter(pages); }' in css
    assert "@bottom-right" not in css


def test_page_numbers_follow_the_words_file_in_any_order():
    assert page_number_content("{page}/{pages}") == 'counter(page) "/" counter(pages)'
    assert page_number_content("Tudalen {page} o {pages}") == '"Tudalen " counter(page) " o " counter(pages)'


@pytest.mark.parametrize("label, problem", [("Page {number} of {pages}", "{number}, which is not a page number"),
                                            ("Page {page of {pages}", "a stray { or }")])
def test_a_page_label_css_cannot_count_is_refused_with_the_fix(label, problem):
    with pytest.raises(PrintLabelError) as error:
        page_number_content(label)
    assert problem in str(error.value)
    assert "How to fix: write the numbers only as {page} and {pages}" in str(error.value)


def test_label_text_is_quoted_safely_for_css():
    assert css_string('The "hip" guide \\ part\ntwo') == '"The \\"hip\\" guide \\\\ part\\A two"'


def test_printed_questions_say_they_are_a_self_check_and_several_right_answers_print_as_a_list():
    question = Question(file="f", line=1, id="q", type="multiple", question="Which?", explanation="Because.",
                        source="s", options=[Option("One", True, 2), Option("Two", True, 3), Option("No", False, 4)])
    slots = render_print_slots([], "<dl></dl>", [question], words=WORDS)
    assert "not a record of your consent to treatment" in BeautifulSoup(slots["print-quiz"], "html.parser").p.get_text()
    answer = BeautifulSoup(slots["print-answers"], "html.parser").select_one(".print-answers > li")
    assert sorted(li.get_text() for li in answer.select(".print-right-answers li")) == ["One", "Two"]
    assert answer.select_one(":scope > p").get_text() == "Because."


def test_the_printed_guide_opens_with_its_title_publisher_reference_one_review_date_and_contact():
    import datetime

    from patient_guide.print_page import TitleBlock, render_title_block
    from patient_guide.words import load_words
    words = load_words("en")
    html = render_title_block(TitleBlock("Hip guide", "Example Trust", "Guide reference: R-1, version 2.0",
                                         datetime.date(2026, 11, 25), '<div class="guide-contact">Call.</div>'), words)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h2.get_text() == "Hip guide"
    assert [li.get_text() for li in soup.select("li")] == [
        "Published by Example Trust", "Guide reference: R-1, version 2.0", "Guide last reviewed: 25 November 2026"]
    assert soup.time["datetime"] == "2026-11-25"
    assert soup.select_one(".guide-disclaimer").get_text() == (
        "Important: this guide does not replace advice from your surgical team.")
    assert soup.select_one(".guide-contact").get_text() == "Call."


def test_the_guides_review_is_its_oldest_page_and_it_falls_due_with_the_soonest():
    import datetime

    from patient_guide.print_page import guide_review_dates
    day = datetime.date
    assert guide_review_dates([(day(2026, 11, 25), day(2027, 11, 25)), (day(2026, 12, 1), day(2027, 6, 1)),
                               (None, None), ("2026-01-01", day(2026, 1, 2))]) == (day(2026, 11, 25), day(2027, 6, 1))
    assert guide_review_dates([(None, None)]) is None


def test_the_title_block_comes_before_the_first_section():
    markdown = render_print_markdown([PrintSection("Risks", "risks", [], SECTION_HTML)], words=WORDS)
    assert markdown.index("<!-- slot:print-title-block -->") < markdown.index("## Risks")
    assert render_print_slots([], "", [], title_block="<p>T</p>", words=WORDS)["print-title-block"] == "<p>T</p>"


def test_the_large_print_guide_is_the_same_guide_under_ids_and_slots_of_its_own():
    question = Question(file="f", line=1, id="q", type="single", question="Which?", explanation="Because.",
                        source="s", options=[Option("Right", True, 2), Option("Wrong", False, 3)])
    sections = [PrintSection("Risks", "risks", ["A point."], SECTION_HTML)]
    markdown = render_print_markdown(sections, WORDS, "large-print")
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == ["## Risks {#large-print-risks}", "## Glossary {#large-print-glossary}",
                        "## Check your understanding {#large-print-quiz}",
                        "## Answers to the questions {#large-print-answers .print-new-page}"]
    assert "print-title-block" not in markdown.replace("large-print-title-block", "")
    large = fill_slots(markdown, render_print_slots(sections, "<dl></dl>", [question], WORDS, "<b>T</b>",
                                                    "large-print"))
    standard = render_print_markdown(sections, WORDS)
    standard = fill_slots(standard, render_print_slots(sections, "<dl></dl>", [question], WORDS, "<b>T</b>"))
    assert large.replace("large-print-", "print-") == standard


def test_the_print_page_offers_the_large_print_guide_on_screen_only():
    offer = large_print_offer(WORDS)
    assert offer == "[This guide in large print](large-print.md)"
    markdown = render_print_markdown([], WORDS, offer=offer)
    assert f"{offer}\n{{: .guide-no-print }}" in markdown
    assert markdown.index(offer) < markdown.index("<!-- slot:print-title-block -->")
    assert offer not in render_print_markdown([], WORDS)


def test_the_large_print_page_takes_the_print_pages_content_made_once_under_its_own_names():
    question = Question(file="f", line=1, id="q", type="single", question="Which?", explanation="Because.",
                        source="s", options=[Option("Right", True, 2), Option("Wrong", False, 3)])
    sections = [PrintSection("Risks", "risks", ["A point."], SECTION_HTML)]
    made = render_print_slots(sections, "<dl></dl>", [question], WORDS)
    assert slots_for(made, "large-print", "<b>T</b>") == render_print_slots(
        sections, "<dl></dl>", [question], WORDS, "<b>T</b>", "large-print")
    assert slots_for(made, "print", "<b>T</b>") == render_print_slots(sections, "<dl></dl>", [question], WORDS,
                                                                      "<b>T</b>")
