from patient_guide.quiz.parse import parse_quiz_questions, split_quiz_blocks

PAGE = """# Title

Some text.

```quiz
id: first
type: single
question: Which?
- [x] Right
    feedback: Yes, because.
- [ ] Wrong
explanation: Because.
source: Some text.
```

More text.
"""


def test_blocks_are_cut_out_and_the_rest_is_kept():
    text, blocks = split_quiz_blocks(PAGE)
    assert "```quiz" not in text and "question:" not in text
    assert "Some text." in text and "More text." in text
    assert len(blocks) == 1 and blocks[0].closed and blocks[0].first_line == 5


def test_fields_options_and_feedback_are_read_with_their_lines():
    [question], faults = parse_quiz_questions(PAGE, "docs/page.md")
    assert faults == []
    assert (question.id, question.type, question.question) == ("first", "single", "Which?")
    assert (question.explanation, question.source, question.line) == ("Because.", "Some text.", 5)
    assert question.source_line == 13, "a fault in the passage points at its own line"
    assert [(o.text, o.correct, o.line) for o in question.options] == [("Right", True, 9), ("Wrong", False, 11)]
    assert question.options[0].feedback == "Yes, because."


def test_unknown_field_is_a_fault_naming_file_line_and_question():
    page = "```quiz\nid: q1\ncolour: blue\n```\n"
    _, faults = parse_quiz_questions(page, "docs/p.md")
    assert [str(f) for f in faults] == [
        'docs/p.md, line 3, question "q1": "colour" is not a field a question can have. '
        "How to fix: Use only id, type, question, explanation, source and options written as "
        "'- [x] ...' or '- [ ] ...'."]


def test_a_line_the_parser_does_not_understand_is_a_fault():
    _, faults = parse_quiz_questions("```quiz\nid: q1\njust some words\n```\n", "docs/p.md")
    assert len(faults) == 1 and 'This line was not understood: "just some words"' in str(faults[0])
    assert faults[0].line == 3 and faults[0].question_id == "q1"


def test_an_unclosed_block_is_a_fault():
    _, faults = parse_quiz_questions("text\n```quiz\nid: q1\n", "docs/p.md")
    assert len(faults) == 1 and "never closed" in str(faults[0]) and faults[0].line == 2


def test_a_repeated_field_is_a_fault():
    _, faults = parse_quiz_questions("```quiz\nid: q1\nid: q2\n```\n", "docs/p.md")
    assert 'The field "id" is given twice' in str(faults[0])


def test_feedback_that_belongs_to_no_option_is_explained():
    _, faults = parse_quiz_questions("```quiz\nid: q1\nfeedback: Good.\n- [x] A\n```\n", "docs/p.md")
    assert [str(f) for f in faults] == [
        'docs/p.md, line 3, question "q1": This feedback line does not follow an option. '
        "How to fix: Put 'feedback:' on the line just under its option, indented by at least two spaces."]
