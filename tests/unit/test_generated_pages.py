"""The pages the build fills in: its content goes in place of the page's one marker line."""

import pytest

from patient_guide.generated_pages import GeneratedPageError, fill_generated_page

PAGE = "# Check your understanding\n\nSome words.\n\n<!-- guide:quiz (the questions go here; keep this line) -->\n"


def test_the_content_takes_the_markers_place_and_the_rest_stays():
    assert fill_generated_page(PAGE, "quiz.md", "QUESTIONS", "docs/quiz.md") == (
        "# Check your understanding\n\nSome words.\n\nQUESTIONS\n")


@pytest.mark.parametrize("page", [
    PAGE.replace("<!-- guide:quiz", "<!-- the quiz"),  # lost
    PAGE + "<!-- guide:quiz -->\n",  # twice
    PAGE.replace("<!-- guide:quiz", "!!! note\n    <!-- guide:quiz"),  # inside a box
    PAGE.replace("<!-- guide:quiz", "```\n<!-- guide:quiz").replace("-->\n", "-->\n```\n"),  # a code example
])
def test_a_marker_lost_repeated_in_a_box_or_in_a_code_example_is_refused_with_the_fix(page):
    with pytest.raises(GeneratedPageError, match="docs/quiz.md has .* <!-- guide:quiz \\(...\\) -->, where the build "
                                                 "puts every section's questions. How to fix: keep one such line"):
        fill_generated_page(page, "quiz.md", "QUESTIONS", "docs/quiz.md")


def test_a_code_example_before_the_marker_keeps_everything_in_place():
    page = "# Q\n\n```text\nan example\n```\n\n<!-- guide:quiz -->\n\nAfter.\n"
    assert fill_generated_page(page, "quiz.md", "QUESTIONS", "docs/quiz.md") == (
        "# Q\n\n```text\nan example\n```\n\nQUESTIONS\n\nAfter.\n")
