"""Broken input stops the build with a message a clinician can act on."""

import re

import pytest

from support import ROOT, build_site, sign_off_as_written

GOOD_PAGE = """---
title: Risks
last_reviewed: 2026-11-24
next_review: 2027-11-24
description: The risks of this operation, and how your team prevents them.
key_points:
  - Blood clots are the most common problem.
  - Most people have no problems at all.
  - Your team will take every care.
---

# Risks

The most common complication that is experienced post-surgery is blood clots.
"""

GOOD_QUESTION = """
```quiz
id: clots
type: single
question: What is the most common complication?
- [x] Blood clots
- [ ] Broken glasses
explanation: Blood clots are the most common complication.
source: The most common complication that is experienced post-surgery is blood clots.
```
"""


def build(make_project, tmp_path, pages):
    return build_site(make_project(pages), tmp_path / "out")


def test_a_good_page_with_a_question_builds(make_project, tmp_path):
    result = build(make_project, tmp_path, {"risks.md": GOOD_PAGE + GOOD_QUESTION})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "quiz.html").is_file()


def test_a_broken_link_fails_the_build_naming_the_file(make_project, tmp_path):
    result = build(make_project, tmp_path, {"risks.md": GOOD_PAGE + "\nSee [the missing page](missing.md).\n"})
    assert result.returncode != 0
    assert "risks.md" in result.stderr and "missing.md" in result.stderr


def test_a_broken_anchor_fails_the_build_naming_the_file(make_project, tmp_path):
    result = build(make_project, tmp_path, {"risks.md": GOOD_PAGE + "\nSee [below](#nowhere).\n"})
    assert result.returncode != 0
    assert "risks.md" in result.stderr and "nowhere" in result.stderr


# One real build per class of fault, to prove the wiring and the line numbers a clinician
# sees; every message of each class is checked word for word by the unit tests
# (tests/unit/test_quiz_validate.py, test_quiz_parse.py, test_quiz_grounding.py).
FAULTS = {
    # A question that parses but is wrong: named by the question's first line.
    "no correct answer": ("- [x] Blood clots", "- [ ] Blood clots", "No option is marked as the right answer."),
    # A line the parser rejects: named by that line itself.
    "unknown field": ("type: single", "type: single\ndifficulty: easy",
                      '"difficulty" is not a field a question can have.'),
    # A source passage missing from the page: see test_editing_the_text_away_from_a_question_fails_and_names_it.
}


LINE_FAULTS = {"unknown field"}


@pytest.mark.parametrize("name", FAULTS)
def test_each_fault_stops_the_build_with_file_line_question_and_fix(make_project, tmp_path, name):
    old, new, message = FAULTS[name]
    page = GOOD_PAGE + GOOD_QUESTION.replace(old, new, 1)
    assert page != GOOD_PAGE + GOOD_QUESTION
    result = build(make_project, tmp_path, {"risks.md": page})
    assert result.returncode != 0
    assert message in result.stderr, result.stderr
    line = 19 if name in LINE_FAULTS else 16  # a bad line is named itself, else the question's first line
    assert f'docs/risks.md, line {line}, question "clots"' in result.stderr, result.stderr
    assert "How to fix:" in result.stderr
    assert not (tmp_path / "out" / "quiz.html").exists()


def test_it_fails_without_strict_too(make_project, tmp_path):
    import subprocess
    import sys
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION.replace("- [x]", "- [ ]")})
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(tmp_path / "o")],
                            capture_output=True, text=True, cwd=config.parent)
    assert result.returncode != 0 and "No option is marked as the right answer." in result.stderr


def test_a_duplicate_id_across_pages_and_every_fault_are_reported_at_once(make_project, tmp_path):
    other = GOOD_PAGE.replace("title: Risks", "title: Other").replace(
        "post-surgery is blood clots.", "post-surgery is blood clots. Clots matter.")
    broken = GOOD_QUESTION.replace("explanation: Blood clots are the most common complication.\n", "")
    result = build(make_project, tmp_path, {"risks.md": GOOD_PAGE + GOOD_QUESTION, "other.md": other + broken})
    assert result.returncode != 0
    assert "The quiz has 3 problems; nothing was built." in result.stderr
    assert 'docs/risks.md, line 16, question "clots": The id "clots" is also used by the question at ' \
           "docs/other.md, line 16." in result.stderr
    assert 'docs/other.md, line 16, question "clots": The id "clots" is also used by the question at ' \
           "docs/risks.md, line 16." in result.stderr
    assert 'docs/other.md, line 16, question "clots": The question has no "explanation".' in result.stderr


def test_editing_the_text_away_from_a_question_fails_and_names_it(make_project, tmp_path):
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})  # signed off, then edited
    edited = GOOD_PAGE.replace("is blood clots", "is a wound infection")
    (config.parent / "docs" / "risks.md").write_text(edited + GOOD_QUESTION, "utf-8")
    result = build_site(config, tmp_path / "site")
    assert result.returncode != 0
    assert 'docs/risks.md, line 23, question "clots": The source passage' in result.stderr  # its source: line
    assert ('Nearest is the paragraph "The most common complication that is experienced post-surgery ...": the '
            'passage has "blood clots" where the page has "a wound infection".') in result.stderr
    assert "Review the question against the page" in result.stderr
    # The page changed after its review too: both are said in one build, and no untouched page is blamed.
    assert "docs/risks.md has changed since it was reviewed" in result.stderr
    assert "Error reading page 'quiz.md'" not in result.stderr


def test_a_broken_glossary_entry_stops_the_build_naming_the_file(make_project, tmp_path):
    config = make_project({"risks.md": GOOD_PAGE})
    (config.parent / "docs" / "glossary.yml").write_text("- term: tendon\n", "utf-8")
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/glossary.yml, line 1: needs both 'term:' and 'definition:'" in result.stderr


def test_a_page_the_build_fills_in_that_has_lost_its_line_or_is_missing_is_refused(make_project, tmp_path):
    """quiz.md without its <!-- guide:quiz --> line would publish a quiz page with no questions."""
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})
    quiz = config.parent / "docs" / "quiz.md"
    quiz.write_text(quiz.read_text("utf-8").replace("<!-- guide:quiz", "<!-- the quiz"), "utf-8")
    sign_off_as_written(config.parent / "docs")
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert ("docs/quiz.md has lost the line <!-- guide:quiz (...) -->, where the build puts every section's "
            "questions. How to fix: keep one such line, on its own at the left margin under the page's title") \
        in result.stderr
    (config.parent / "docs" / "privacy.md").unlink()
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert ("docs/privacy.md is missing: the build puts the privacy notice on that page. How to fix: restore the "
            "file (git shows it): its front matter, its title and the line <!-- guide:privacy --> under it.") \
        in result.stderr


def test_a_page_left_out_of_the_navigation_is_named_with_the_line_to_add(make_project, tmp_path):
    """MkDocs's own warning names no folder and no fix; the build's message does, beside everything else."""
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})
    (config.parent / "docs" / "going-home.md").write_text(GOOD_PAGE.replace("# Risks", "# Going home"), "utf-8")
    result = build_site(config, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert ("ERROR   -  docs/going-home.md is not in the guide's navigation, so patients could not find it from the "
            "menu, the page before it or the page after it. How to fix: add a line such as '  - Going home: "
            "going-home.md' under nav: in mkdocs.yml, where it comes in reading order; or delete the page.\n"
            "This guide cannot be published until 1 review problem is fixed:\n"
            "  - docs/going-home.md has not been signed off") in result.stderr
    assert not (tmp_path / "site" / "risks.html").exists(), "nothing is published"


def test_a_new_section_in_nav_is_on_the_home_page_without_editing_it(make_project, tmp_path):
    home = re.sub(r"^(last_reviewed|next_review): 202(\d)-", lambda m: f"{m.group(1)}: 202{m.group(2)}-",
                  (ROOT / "docs" / "index.md").read_text("utf-8"), flags=re.M)
    home = re.sub(r"^last_reviewed: .*$", "last_reviewed: 2026-11-24", home, count=1, flags=re.M)
    home = re.sub(r"^next_review: .*$", "next_review: 2027-11-24", home, count=1, flags=re.M)
    new = GOOD_PAGE.replace("title: Risks", "title: Going home").replace("# Risks", "# Going home")
    result = build(make_project, tmp_path, {"index.md": home, "risks.md": GOOD_PAGE, "going-home.md": new})
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert '<li><a href="going-home.html">Going home</a></li>' in page
    assert page.index('href="risks.html">') < page.index('href="going-home.html">') < page.index('href="quiz.html">')
