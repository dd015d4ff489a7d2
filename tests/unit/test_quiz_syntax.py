"""Every place Markdown lets a fence stand: the block is read, or refused with a message."""

import pytest

from patient_guide.quiz.parse import parse_quiz_questions, split_quiz_blocks
from patient_guide.quiz.validate import check_question_bank

BODY = """id: q1
type: single
question: Which one?
- [x] Right
- [ ] Wrong
explanation: Because.
source: Some text here that is long enough."""


def indented(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


def read(page: str):
    text, _ = split_quiz_blocks(page)
    questions, faults = parse_quiz_questions(page, "docs/p.md")
    return text, questions, [str(fault) for fault in faults]


@pytest.mark.parametrize("opening, closing", [
    ("```quiz", "```"), ("```Quiz", "```"), ("``` QUIZ ", "```"), ("~~~quiz", "~~~"), ("````quiz", "````"),
    ("```{.quiz}", "```"), ("```quiz", "`````"),
])
def test_any_fence_and_capitals_at_the_margin_is_read(opening, closing):
    text, [question], faults = read(f"Intro.\n\n{opening}\n{BODY}\n{closing}\n\nAfter.\n")
    assert faults == [] and question.id == "q1" and len(question.options) == 2
    assert text.split() == ["Intro.", "After."]


PLACES = {
    "admonition": ("!!! note\n\n", "    "),
    "list item": ("- A point\n\n", "  "),
    "content tab": ('=== "Tab"\n\n', "    "),
    "quote": ("", "> "),
    "indented by one space": ("", " "),
}


@pytest.mark.parametrize("place", PLACES)
def test_a_block_inside_a_box_list_tab_or_quote_is_cut_out_and_refused(place):
    before, prefix = PLACES[place]
    page = f"Intro.\n\n{before}" + indented(f"```quiz\n{BODY}\n```", prefix) + "\n\nAfter.\n"
    text, [question], faults = read(page)
    assert "Right" not in text and "source:" not in text and "After." in text
    assert question.id == "q1" and len(question.options) == 2, "its lines are read without the indentation"
    assert faults == [
        'docs/p.md, line {}, question "q1": This quiz block is indented or inside a box, list, tab or quote, so the '
        "page would show it to patients as code, answers included. How to fix: Move the whole block out of the box, "
        "list, tab or quote, so that its ``` lines start at the very left of the line (usually at the end of the "
        "section).".format(page.split("\n").index(next(line for line in page.split("\n") if "quiz" in line)) + 1)]


def test_extra_words_after_quiz_are_refused():
    _, _, faults = read(f"```quiz title=Risks\n{BODY}\n```\n")
    assert faults == ['docs/p.md, line 1, question "q1": The opening line has "title=Risks" after "quiz", which a '
                      "quiz block cannot have. How to fix: Write the opening line as ```quiz with nothing after it."]


def test_an_example_inside_a_longer_fence_stays_an_example():
    page = f"How to write one:\n\n````markdown\n```quiz\n{BODY}\n```\n````\n\n  ~~~~\n  ```quiz\n  ~~~~\n"
    text, questions, faults = read(page)
    assert text == page and questions == [] and faults == []


def test_an_unclosed_block_is_named_at_its_opening_line_only():
    page = (f"Intro.\n\n```quiz\n{BODY}\n\nSome prose the block would swallow.\n\n"
            f"```quiz\n{BODY.replace('q1', 'q2')}\n```\n")
    _, questions, faults = read(page)
    assert faults == [
        'docs/p.md, line 3, question "q1": This quiz block is never closed, so the build cannot tell where it ends. '
        "How to fix: Add a line with just ``` (the same marks that open the block) after the question's last line."]
    assert [q.id for q in questions] == ["q1", "q2"] and len(questions[1].options) == 2


def test_a_tab_indents_feedback_like_spaces():
    [question], _ = parse_quiz_questions("```quiz\n- [x] Right\n\tfeedback: Yes.\n```\n", "docs/p.md")
    assert question.options[0].feedback == "Yes."


def test_two_feedback_lines_under_one_option_are_refused():
    _, _, faults = read("```quiz\nid: q1\n- [x] Right\n    feedback: Yes.\n    feedback: Indeed.\n```\n")
    assert faults == ['docs/p.md, line 5, question "q1": This option already has feedback, on line 4. How to fix: '
                      "Keep one 'feedback:' line under each option: join the two into one."]


def test_feedback_not_indented_under_its_option_says_so():
    _, _, faults = read("```quiz\nid: q1\n- [x] Right\nfeedback: Yes.\n```\n")
    assert faults == ['docs/p.md, line 4, question "q1": This feedback line is not indented, so it is not clear '
                      "that it belongs to the option above. How to fix: Indent 'feedback:' by four spaces (or a tab) "
                      "under its option."]


@pytest.mark.parametrize("field, text, what", [
    ("option", "**Blood** clots", "Markdown's bold or italic marks (* or _)"),
    ("option", "Blood _clots_", "Markdown's bold or italic marks (* or _)"),
    ("question", "Which [page](risks.md) says so?", "a link"),
    ("explanation", "Because `code`.", "a backtick (`), Markdown's code marks"),
    ("feedback", "See <b>this</b>.", "an HTML tag"),
    ("option", "[Click](javascript:alert(1))", "a link"),
])
def test_markdown_or_html_in_quiz_text_is_refused(field, text, what):
    lines = {"question": "Which one?", "explanation": "Because.", "option": "Right", "feedback": "Yes."}
    lines[field] = text
    page = (f"```quiz\nid: q1\ntype: single\nquestion: {lines['question']}\n- [x] {lines['option']}\n"
            f"    feedback: {lines['feedback']}\n- [ ] Wrong\nexplanation: {lines['explanation']}\n"
            "source: Some text here that is long enough.\n```\n")
    _, faults = check_question_bank({"p.md": page}, "docs")
    assert len(faults) == 1 and f"has {what}. The quiz shows plain text only. How to fix: Write it as plain " \
        "text:" in str(faults[0]), faults


def test_ordinary_punctuation_is_plain_text():
    page = ("```quiz\nid: q1\ntype: single\nquestion: Is 3 * 4 = 12, or 2 < 3 (and 5% of people's hips)?\n"
            "- [x] Yes - it's 'right'\n- [ ] No\nexplanation: It is.\nsource: Some text here that is long.\n```\n")
    assert check_question_bank({"p.md": page}, "docs")[1] == []


def test_questions_off_the_section_pages_are_refused():
    from patient_guide.quiz.validate import questions_off_sections
    bank, _ = check_question_bank({"index.md": f"```quiz\n{BODY}\n```\n", "extra.md": f"```quiz\n{BODY}\n```\n",
                                   "risks.md": f"```quiz\n{BODY}\n```\n", "print.md": f"```quiz\n{BODY}\n```\n"},
                                  "docs")
    assert [str(f) for f in questions_off_sections(bank, {"risks.md"})] == [
        'docs/index.md, line 1, question "q1": Questions can only be on section pages, and this page is the home '
        "page. How to fix: Move the question to the section page that gives its answer.",
        'docs/extra.md, line 1, question "q1": Questions can only be on section pages, and this page is not a '
        "section in the navigation. How to fix: If this page is a new section, add a line such as '  - Extra: "
        "extra.md' under nav: in mkdocs.yml, where it comes in reading order. Otherwise move the question to the "
        "section page that gives its answer.",
        'docs/print.md, line 1, question "q1": Questions can only be on section pages, and this page is one the '
        "build fills in. How to fix: Move the question to the section page that gives its answer."]


def test_a_fence_never_closed_does_not_hide_the_quiz_block_after_it():
    """Markdown does not treat an unclosed ``` as code, so neither may the build."""
    text, [question], faults = read(f"```python\nnot code after all\n\n~~~quiz\n{BODY}\n~~~\n")
    assert question.id == "q1" and faults == [] and "Right" not in text


def test_a_code_block_left_open_above_a_quiz_block_is_named():
    """Markdown would close that code block with the quiz block's last line, showing the answers as code."""
    text, [question], faults = read(f"Text.\n\n```python\nsome code\n\n```quiz\n{BODY}\n```\n")
    assert "Right" not in text and question.id == "q1"
    assert faults == ['docs/p.md, line 6, question "q1": The code block that starts on line 3 is not closed before '
                      "this quiz block, so the page would show the question as code, answers included. How to fix: "
                      "Close that code block with a line of ``` before this quiz block, or remove its opening line."]


def test_answer_lines_outside_a_block_are_refused():
    """A block whose opening line was deleted would publish its answers as a list."""
    _, _, faults = read(f"Text.\n\n{BODY}\n```\n")
    assert faults == ["docs/p.md, line 6: This line looks like a quiz answer ('- [x]' or '- [ ]') outside a quiz "
                      "block, so patients would see it on the page. How to fix: If it belongs to a question, check "
                      "that the block's first line is ```quiz; otherwise write the list without the [ ] box.",
                      "docs/p.md, line 7: This line looks like a quiz answer ('- [x]' or '- [ ]') outside a quiz "
                      "block, so patients would see it on the page. How to fix: If it belongs to a question, check "
                      "that the block's first line is ```quiz; otherwise write the list without the [ ] box."]


def test_a_block_inside_an_html_comment_is_refused_at_its_opening_line_only():
    """A comment does not hide a question: the build would cut it out and publish it."""
    text, questions, faults = read(f"Intro.\n\n<!-- Taken out for now:\n```quiz\n{BODY}\n```\n-->\n\nAfter.\n")
    assert questions == [] and "Right" not in text
    assert faults == [
        "docs/p.md, line 4: This quiz block is inside an HTML comment (<!-- ... -->, opened on line 3). A comment "
        "does not hide a question: the build would still publish it. How to fix: To take a question out, delete the "
        "whole block, from ```quiz to its closing ``` (git keeps the old version). Otherwise move it out of the "
        "comment."]
    assert read(f"<!-- a note -->\n\n```quiz\n{BODY}\n```\n")[2] == [], "a closed comment above is fine"


def test_a_block_inside_raw_html_such_as_details_is_refused():
    _, questions, faults = read(f"<details>\n<summary>More</summary>\n\n```quiz\n{BODY}\n```\n\n</details>\n")
    assert questions == [] and faults == [
        "docs/p.md, line 4: This quiz block is inside raw HTML (the <details> that opens on line 1), which the page "
        "shows as it stands: the question would be taken out and leave an empty box behind. How to fix: Move the "
        "block out of the <details> ... </details> HTML, usually to the end of the section."]
    assert read(f"<details><summary>x</summary>y</details>\n\n```quiz\n{BODY}\n```\n")[2] == []


def test_an_opening_line_with_a_stray_backtick_is_one_message_at_that_line():
    text, questions, faults = read(f"Intro.\n\n```quiz`\n{BODY}\n```\n\nAfter.\n")
    assert questions == [] and "Right" not in text and "After." in text
    assert faults == [
        'docs/p.md, line 3: The opening line "```quiz`" has a backtick (`) after "quiz", so Markdown would not read '
        "it as the start of a quiz block, and patients would see the question and its answers. How to fix: Write the "
        "opening line as ```quiz with nothing after it."]


@pytest.mark.parametrize("fence", ["~~~", "````"])
def test_an_unclosed_block_is_told_to_close_with_the_marks_it_opened_with(fence):
    _, _, [fault] = read(f"{fence}quiz\n{BODY}\n")
    assert fault.endswith(f"How to fix: Add a line with just {fence} (the same marks that open the block) after the "
                          "question's last line.")


def test_one_pair_of_quotes_around_a_value_is_not_shown():
    page = ('```quiz\nid: "q1"\ntype: single\nquestion: "What is it: a cut?"\n- [x] "Yes" or "no"\n'
            "    feedback: 'It's right.'\n- [ ] No\nexplanation: \"Both \"a\" and \"b\".\"\n"
            "source: 'Some text.'\n```\n")
    [question], faults = parse_quiz_questions(page, "docs/p.md")
    assert faults == []
    assert (question.id, question.question, question.source) == ("q1", "What is it: a cut?", "Some text.")
    assert question.options[0].text == '"Yes" or "no"', "options are shown as typed"
    assert question.options[0].feedback == "It's right."
    assert question.explanation == '"Both "a" and "b"."', "double quotes inside double quotes are the words' own"


@pytest.mark.parametrize("text, what", [
    ("Right {: .x onclick=alert(1)}", "curly brackets ({ or }), which Markdown uses to set hidden settings"),
    ("Right ~~wrong~~", "Markdown's crossing-out marks (~~)"),
    ("# Right", "a # at the start, Markdown's heading mark"),
    ("Right \\*", "a backslash (\\) before a sign, Markdown's way of keeping a sign as typed"),
    ("Right &copy; team", "an HTML character code (&copy;), which some pages would show as a symbol and others as "
                          "typed"),
])
def test_more_markdown_in_quiz_text_is_refused(text, what):
    page = (f"```quiz\nid: q1\ntype: single\nquestion: Which one?\n- [x] {text}\n- [ ] Wrong\nexplanation: Because.\n"
            "source: Some text here that is long enough.\n```\n")
    _, [fault] = check_question_bank({"p.md": page}, "docs")
    assert str(fault).startswith(f'docs/p.md, line 5, question "q1": The option "{text}" has {what}. The quiz shows '
                                 "plain text only. How to fix: Write it as plain text: "), str(fault)


def test_characters_nobody_can_see_are_refused_and_named():
    page = ("```quiz\nid: q1\ntype: single\nquestion: Which one\u202e?\n- [x] A broken leg\n- [ ] A bro\u200bken leg\n"
            "- [ ] \u200b\nexplanation: Because\x07.\nsource: Some text here that is long enough.\n```\n")
    _, faults = check_question_bank({"p.md": page}, "docs")
    assert [str(f) for f in faults] == [
        'docs/p.md, line 1, question "q1": The option "A bro[ZERO WIDTH SPACE (U+200B)]ken leg" says the same as "A '
        'broken leg": they differ only in capitals, spaces or punctuation. How to fix: Remove the repeat or reword '
        "one of them.",
        'docs/p.md, line 1, question "q1": The question has a character that changes the direction of the text, '
        'RIGHT-TO-LEFT OVERRIDE (U+202E), just after "Which one". How to fix: Delete it: it can make the words show '
        "in a different order from the one typed; if your editor does not show it, retype the words around it.",
        'docs/p.md, line 1, question "q1": The explanation has a control character, BELL (U+0007), just after '
        '"Because". How to fix: Delete it: it cannot be seen or printed; if your editor does not show it, retype the '
        "words around it.",
        'docs/p.md, line 6, question "q1": The option "A bro[ZERO WIDTH SPACE (U+200B)]ken leg" has an invisible '
        'character, ZERO WIDTH SPACE (U+200B), just after "A bro". How to fix: Delete it: it often comes with copied '
        "text; if your editor does not show it, retype the words around it.",
        'docs/p.md, line 7, question "q1": The option "[ZERO WIDTH SPACE (U+200B)]" has an invisible character, ZERO '
        "WIDTH SPACE (U+200B). How to fix: Delete it: it often comes with copied text; if your editor does not show "
        "it, retype the words around it."]
