"""An order question in a real build: a good one builds, a bad one stops the build with every fault."""

from build_errors.test_build_failures import GOOD_PAGE, build

ORDER_QUESTION = """
```quiz
id: clot-steps
type: order
question: In what order does the page tell it?
- Blood clots are the most common problem
- Most people have no problems at all
- Your team will take every care
explanation: That is the order of the key points.
source: The most common complication that is experienced post-surgery is blood clots.
```
"""


def test_a_good_order_question_builds_with_its_steps_shuffled(make_project, tmp_path):
    result = build(make_project, tmp_path, {"risks.md": GOOD_PAGE + ORDER_QUESTION})
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "risks.html").read_text("utf-8")
    assert html.count('<select id="clot-steps-step-') == 3 and "data-quiz-order" in html
    assert 'class="print-box print-box--number"' in (tmp_path / "out" / "print.html").read_text("utf-8")


def test_every_fault_of_an_order_question_stops_the_build_at_once_with_file_line_and_fix(make_project, tmp_path):
    broken = (ORDER_QUESTION.replace("- Most people have no problems at all\n", "- [x] Most people\n")
              .replace("- Your team will take every care", "2. Your team\n- blood clots are the most common problem."))
    result = build(make_project, tmp_path, {"risks.md": GOOD_PAGE + broken})
    assert result.returncode != 0
    expected = [
        'docs/risks.md, line 16, question "clot-steps": The order question has 2 steps; it needs 3 to 6.',
        'docs/risks.md, line 21, question "clot-steps": An order question has no answers to tick',
        'docs/risks.md, line 22, question "clot-steps": This line starts with a number ("2.")',
        'docs/risks.md, line 23, question "clot-steps": The step "blood clots are the most common problem." says '
        'the same as "Blood clots are the most common problem"',
    ]
    for message in expected:
        assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("How to fix:") >= len(expected)
    assert not (tmp_path / "out" / "quiz.html").exists()


def test_an_order_question_whose_source_is_not_on_the_page_stops_the_build(make_project, tmp_path):
    broken = ORDER_QUESTION.replace("post-surgery is blood clots.", "post-surgery is a blood clot.")
    result = build(make_project, tmp_path, {"risks.md": GOOD_PAGE + broken})
    assert result.returncode != 0
    assert 'docs/risks.md, line 24, question "clot-steps": The source passage' in result.stderr, result.stderr
    assert "is not in the text of this page" in result.stderr and "Traceback" not in result.stderr
