import pytest

from patient_guide.quiz.model import Option, Question, QuizError
from patient_guide.quiz.validate import find_duplicate_ids, validate_question


def question(**changes) -> Question:
    fields = dict(file="docs/p.md", line=7, id="q1", type="single", question="Which?",
                  explanation="Because.", source="Some text.",
                  options=[Option("Right", True, 8), Option("Wrong", False, 9)])
    fields.update(changes)
    return Question(**fields)


def messages(q: Question) -> list[str]:
    return [str(fault) for fault in validate_question(q)]


def test_a_good_question_has_no_faults():
    assert messages(question()) == []


@pytest.mark.parametrize("changes, expected", [
    (dict(options=[Option("A", False, 8), Option("B", False, 9)]),
     'docs/p.md, line 7, question "q1": No option is marked as the right answer. '
     "How to fix: Mark the right answer with [x], as in '- [x] ...'."),
    (dict(options=[Option("A", True, 8), Option("B", True, 9), Option("C", False, 10)]),
     'docs/p.md, line 7, question "q1": This single-choice question has 2 options marked right. '
     "How to fix: Mark exactly one option with [x], or change the type to 'type: multiple'."),
    (dict(options=[Option("A", True, 8)]),
     'docs/p.md, line 7, question "q1": The question has 1 option; it needs 2 to 6. '
     "How to fix: Write between 2 and 6 lines starting '- [x]' (right) or '- [ ]' (wrong)."),
    (dict(options=[Option(str(n), n == 0, 8 + n) for n in range(7)]),
     'docs/p.md, line 7, question "q1": The question has 7 options; it needs 2 to 6. '
     "How to fix: Write between 2 and 6 lines starting '- [x]' (right) or '- [ ]' (wrong)."),
    (dict(options=[Option("Right", True, 8), Option("right", False, 9)]),
     'docs/p.md, line 7, question "q1": The option "right" says the same as "Right": they differ only in '
     "capitals, spaces or punctuation. "
     "How to fix: Remove the repeat or reword one of them."),
    (dict(question=""),
     'docs/p.md, line 7, question "q1": The question has no "question". '
     "How to fix: Add a line 'question: ...' with the question the patient answers."),
    (dict(explanation=""),
     'docs/p.md, line 7, question "q1": The question has no "explanation". '
     "How to fix: Add a line 'explanation: ...' saying why the right answer is right."),
    (dict(source=""),
     'docs/p.md, line 7, question "q1": The question has no "source". '
     "How to fix: Add a line 'source: ...' quoting, word for word, the sentence on this page that gives the answer."),
    (dict(type=""),
     'docs/p.md, line 7, question "q1": The question has no type. '
     "How to fix: Add 'type: single' (one right answer), 'type: multiple' (one or more right answers) "
     "or 'type: order' (steps to put in order)."),
    (dict(type="several"),
     'docs/p.md, line 7, question "q1": "several" is not a question type. '
     "How to fix: Add 'type: single' (one right answer), 'type: multiple' (one or more right answers) "
     "or 'type: order' (steps to put in order)."),
    (dict(id="Why Done"),
     'docs/p.md, line 7, question "Why Done": The id "Why Done" has characters an id cannot have. '
     "How to fix: Use only lower-case letters, numbers and single dashes, like 'why-done'."),
])
def test_each_fault_has_its_message(changes, expected):
    assert messages(question(**changes)) == [expected]


def test_missing_id_is_named_by_file_and_line():
    assert messages(question(id="")) == [
        "docs/p.md, line 7: The question has no \"id\". How to fix: Add a line 'id: a-short-name' "
        "(lower-case letters, numbers and dashes), unique in the whole guide."]


def test_multiple_select_may_have_several_right_answers_but_not_all():
    assert messages(question(type="multiple", options=[Option("A", True, 8), Option("B", True, 9),
                                                       Option("C", False, 10)])) == []
    assert "Every option is marked right" in messages(question(
        type="multiple", options=[Option("A", True, 8), Option("B", True, 9)]))[0]


def test_duplicate_ids_anywhere_in_the_site_are_faults():
    faults = find_duplicate_ids([question(), question(file="docs/other.md", line=3)])
    fix = ("How to fix: Give a new id to the question you added or copied; leave the id of a question already "
           "signed off as it is, or its page needs a new sign-off.")
    assert [str(f) for f in faults] == [
        f'docs/p.md, line 7, question "q1": The id "q1" is also used by the question at docs/other.md, line 3. '
        f"Every question needs its own id. {fix}",
        f'docs/other.md, line 3, question "q1": The id "q1" is also used by the question at docs/p.md, line 7. '
        f"Every question needs its own id. {fix}"]


def test_all_faults_are_reported_together():
    error = QuizError(validate_question(question(question="", explanation="")))
    lines = str(error).splitlines()
    assert lines[0] == "The quiz has 2 problems; nothing was built."
    assert len(lines) == 3 and all(line.startswith("  - docs/p.md, line 7") for line in lines[1:])


def test_the_bank_groups_questions_by_page_and_gathers_every_fault():
    from patient_guide.quiz.validate import check_question_bank
    good = "```quiz\nid: a\ntype: single\nquestion: Q?\n- [x] Yes\n- [ ] No\nexplanation: E.\nsource: S.\n```\n"
    bank, faults = check_question_bank({"one.md": good, "two.md": good.replace("- [x]", "- [ ]"), "three.md": "Text."},
                                       "docs")
    assert list(bank) == ["one.md", "two.md"]
    assert [str(f).split(":")[0] for f in faults] == ['docs/two.md, line 1, question "a"',
                                                     'docs/one.md, line 1, question "a"',
                                                     'docs/two.md, line 1, question "a"']
    assert "No option is marked" in str(faults[0]) and all("also used" in str(f) for f in faults[1:])


def test_faults_are_listed_in_file_and_line_order():
    from patient_guide.quiz.model import Fault
    error = QuizError([Fault("docs/b.md", 3, "x", "P.", "F."), Fault("docs/a.md", 9, "y", "P.", "F."),
                       Fault("docs/a.md", 2, "z", "P.", "F.")])
    assert [(f.file, f.line) for f in error.faults] == [("docs/a.md", 2), ("docs/a.md", 9), ("docs/b.md", 3)]
