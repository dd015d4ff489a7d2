"""Order questions (type: order): read, checked, shown shuffled, printed."""

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from unit.test_authoring_properties import assert_structured, line_count, mutated_lines

from patient_guide.print_page import render_print_slots
from patient_guide.quiz.model import Option, Question, Step
from patient_guide.quiz.parse import parse_quiz_questions
from patient_guide.quiz.render import QuestionSet, render_question, shuffled_steps
from patient_guide.quiz.validate import check_question_bank, validate_question
from patient_guide.words import load_words

WORDS = load_words("en")  # the words the build hands the renderers

BLOCK = """Some text.

```quiz
id: recovery
type: order
question: In what order?
- Go home
- Use crutches
* Use a stick
explanation: Because.
source: Some text.
```
"""
STEPS = ["Go home", "Use crutches", "Use one crutch", "Use a stick"]


def order(**changes) -> Question:
    fields = dict(file="docs/p.md", line=7, id="q1", type="order", question="In what order?",
                  explanation="Because.", source="Some text.", steps=[Step(t, 8 + n) for n, t in enumerate(STEPS)])
    fields.update(changes)
    return Question(**fields)


def messages(question: Question) -> list[str]:
    return [str(fault) for fault in validate_question(question)]


def test_steps_are_read_in_the_order_written_with_their_lines():
    [question], faults = parse_quiz_questions(BLOCK, "docs/p.md")
    assert faults == [] and question.type == "order" and question.options == []
    assert question.steps == [Step("Go home", 7), Step("Use crutches", 8), Step("Use a stick", 9)]
    assert messages(question) == []


def test_a_numbered_step_is_refused_with_its_line_and_fix():
    _, faults = parse_quiz_questions(BLOCK.replace("- Use crutches", "2. Use crutches"), "docs/p.md")
    assert [str(f) for f in faults] == [
        'docs/p.md, line 8, question "recovery": This line starts with a number ("2."), which a step does not have. '
        "How to fix: Write each step of an order question as '- ...', in the right order: the build numbers them."]


STEP_FIX = "How to fix: Write between 3 and 6 lines starting '- ', one step each, in the right order."


@pytest.mark.parametrize("changes, expected", [
    (dict(steps=[Step("Go home", 8), Step("Use crutches", 9)]),
     ['docs/p.md, line 7, question "q1": The order question has 2 steps; it needs 3 to 6. ' + STEP_FIX]),
    (dict(steps=[Step(f"Step {n}", 8 + n) for n in range(7)]),
     ['docs/p.md, line 7, question "q1": The order question has 7 steps; it needs 3 to 6. ' + STEP_FIX]),
    (dict(steps=[Step("Go home", 8), Step("Use crutches", 9), Step("Go home", 10)]),
     ['docs/p.md, line 10, question "q1": The step "Go home" appears more than once. How to fix: Remove the '
      "repeat or reword one of them: a patient must be able to tell every step apart."]),
    (dict(steps=[Step("Go home", 8), Step("Use crutches", 9), Step("go home.", 10)]),
     ['docs/p.md, line 10, question "q1": The step "go home." says the same as "Go home": they differ only in '
      "capitals, spaces or punctuation. How to fix: Remove the repeat or reword one of them: a patient must be "
      "able to tell every step apart."]),
    (dict(steps=[Step("Go home", 8), Step("", 9), Step("Use a stick", 10)]),
     ['docs/p.md, line 9, question "q1": A step has no text. How to fix: Write the step after \'- \', or remove '
      "the line."]),
    (dict(options=[Option("Go home", True, 8)], steps=[Step(t, 9 + n) for n, t in enumerate(STEPS[1:])]),
     ['docs/p.md, line 8, question "q1": An order question has no answers to tick, so its steps have no [ ] or '
      "[x]. How to fix: Write each step as '- ...', without the box, in the right order."]),
    (dict(steps=[Step("Go **home**", 8), *[Step(t, 9 + n) for n, t in enumerate(STEPS[1:])]]),
     ['docs/p.md, line 8, question "q1": The step "Go **home**" has Markdown\'s bold or italic marks (* or _). '
      "The quiz shows plain text only. How to fix: Write it as plain text: remove the * or _ marks: they would be "
      "shown as typed."]),
    (dict(source=""),
     ['docs/p.md, line 7, question "q1": The question has no "source". How to fix: Add a line \'source: ...\' '
      "quoting, word for word, the sentence on this page that gives the answer."]),
])
def test_each_fault_of_an_order_question_has_its_message(changes, expected):
    assert messages(order(**changes)) == expected


def test_every_fault_of_one_block_is_reported_at_once_never_raised():
    page = ("```quiz\nid: bad\ntype: order\nquestion: Which order?\n- [x] Go home\n- Use crutches\n"
            "- use crutches\n1. Use a stick\nexplanation: Because.\n```\n")
    [question], faults = parse_quiz_questions(page, "docs/p.md")
    found = [str(f) for f in faults + validate_question(question)]
    assert len(found) == 5, found
    assert all(line.startswith('docs/p.md, line ') and "How to fix:" in line for line in found)
    assert any("no [ ] or [x]" in m for m in found) and any("has 2 steps" in m for m in found)
    assert any("says the same as" in m for m in found) and any('("1.")' in m for m in found)
    assert any('no "source"' in m for m in found)


def test_steps_in_a_single_choice_question_are_named_with_the_fix():
    question = order(type="single", options=[Option("Yes", True, 8), Option("No", False, 9)],
                     steps=[Step("Go home", 10)])
    assert messages(question) == [
        'docs/p.md, line 10, question "q1": The line "- Go home" is a step, which only an order question has. '
        "How to fix: Write an option as '- [x] right answer' or '- [ ] wrong answer', or make the question "
        "'type: order'."]


def test_steps_with_no_type_only_ask_for_the_type():
    assert messages(order(type="")) == [
        'docs/p.md, line 7, question "q1": The question has no type. How to fix: Add \'type: single\' (one right '
        "answer), 'type: multiple' (one or more right answers) or 'type: order' (steps to put in order)."]


def test_the_shuffle_is_fixed_by_the_id_and_never_the_right_order():
    for n in range(200):
        question = order(id=f"q{n}", steps=[Step(t, 8) for t in STEPS[:3]])
        shown = shuffled_steps(question)
        assert shown == shuffled_steps(order(id=f"q{n}", steps=[Step(t, 8) for t in STEPS[:3]]))
        assert [position for position, _ in shown] != [1, 2, 3]
        assert sorted(step.text for _, step in shown) == sorted(STEPS[:3])
    assert len({tuple(p for p, _ in shuffled_steps(order(id=f"q{n}"))) for n in range(50)}) > 5


def rendered(question: Question) -> BeautifulSoup:
    question_set = QuestionSet("Recovery", "", "recovery", [question], {question.id: "source-q1"})
    return BeautifulSoup(render_question(question, 1, 1, question_set, words=WORDS), "html.parser")


def test_each_step_has_a_labelled_list_of_numbers_that_works_without_a_script():
    soup = rendered(order())
    question = soup.select_one("[data-quiz-question]")
    assert question.has_attr("data-quiz-order")
    assert soup.select_one(".quiz-hint").get_text() == ("Put the steps in the order they happen: give each step "
                                                       "its number, 1 for the first.")
    shown = shuffled_steps(order())
    items = soup.select("fieldset ol.quiz-steps > li")
    assert [li.label.get_text() for li in items] == [step.text for _, step in shown]
    for index, (li, (position, _)) in enumerate(zip(items, shown), start=1):
        select = li.select_one("select")
        assert soup.select_one(f'label[for="{select["id"]}"]') is li.label
        assert [o.get_text() for o in select.select("option")] == ["1", "2", "3", "4"]
        assert [o.get_text() for o in select.select("option[selected]")] == [str(index)]
        assert select["data-step"] == str(position) and select["autocomplete"] == "off"
    live = soup.select_one("[data-quiz-moved]")
    assert live["role"] == "status" and live["aria-live"] == "polite" and live.get_text() == ""
    assert not live.find_parent("fieldset") and not soup.select("input[type=radio], input[type=checkbox][name]")


def test_show_the_answer_gives_the_steps_in_the_right_order():
    answer = rendered(order()).select_one("details.quiz-answer .quiz-right-answer")
    assert answer.p.get_text() == "The right order is:"
    assert [li.get_text() for li in answer.select("ol > li")] == STEPS


def test_the_print_page_gives_each_step_a_box_for_its_number_and_the_order_with_the_answers():
    slots = render_print_slots([], "<dl></dl>", [order()], words=WORDS)
    quiz = BeautifulSoup(slots["print-quiz"], "html.parser")
    steps = quiz.select(".print-quiz > li .print-steps > li")
    assert [li.get_text(" ", strip=True) for li in steps] == [step.text for _, step in shuffled_steps(order())]
    assert all(li.select_one(".print-box--number[aria-hidden=true]") for li in steps)
    assert "give each step its number" in quiz.select_one(".print-quiz > li > p").get_text()
    answers = BeautifulSoup(slots["print-answers"], "html.parser")
    assert [li.get_text() for li in answers.select(".print-right-order > li")] == STEPS
    assert answers.select_one(".print-answers > li > p").get_text() == "Because."


ORDER_PAGE = ["# Recovery", "", "After the surgery, most patients will go home straight away.", "",
              "```quiz", "id: recovery-order", "type: order", "question: In what order?", "- Go home",
              "- Use crutches", "- Use one crutch", "- Use a stick", "explanation: Because.",
              "source: After the surgery, most patients will go home straight away.", "```"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_lines(ORDER_PAGE))
def test_any_mutated_order_question_is_shown_or_gives_structured_faults(lines):
    bank, faults = check_question_bank({"p.md": "\n".join(lines)}, "docs")
    assert_structured(faults, "docs/p.md", line_count(lines))
    for question in [q for questions in bank.values() for q in questions]:
        if not [f for f in faults if f.question_id == question.id] and question.type == "order":
            soup = rendered(question)
            steps = [int(s["data-step"]) for s in soup.select("select")]
            assert sorted(steps) == list(range(1, len(question.steps) + 1)) and steps != sorted(steps)
            render_print_slots([], "", [question], words=WORDS)
