"""No page a patient reads, and no search result, ever shows how a question was written."""

import copy
import re

import pytest

from support import html_name

QUIZ_SYNTAX = re.compile(r"(`{3,}|~{3,})\s*\{?\s*\.?quiz|\[[ xX]\]|^\s*(id|type|question|explanation|source|feedback)"
                         r"\s*:", re.IGNORECASE | re.MULTILINE)


def assert_no_quiz_syntax(soups, name: str) -> None:
    soup = copy.copy(soups[name])  # the parsed pages are shared by every test: work on a copy
    for hidden in soup.select("script, style"):
        hidden.decompose()
    text = soup.get_text("\n")
    assert not QUIZ_SYNTAX.search(text), (name, QUIZ_SYNTAX.search(text))
    assert not soup.select("pre code"), f"{name} shows a code block"


def test_no_section_contains_quiz_syntax(soups, section):
    assert_no_quiz_syntax(soups, html_name(section))


@pytest.mark.parametrize("name", ["index.html", "print.html", "glossary.html", "quiz.html"])
def test_no_generated_page_contains_quiz_syntax(soups, name):
    assert_no_quiz_syntax(soups, name)


def test_the_search_index_contains_no_quiz_syntax(site_dir):
    for index in ("search_index.json", "search_index.js"):
        text = (site_dir / "search" / index).read_text("utf-8").replace("\\n", "\n")
        assert not QUIZ_SYNTAX.search(text), (index, QUIZ_SYNTAX.search(text))


def test_the_syntax_check_would_catch_a_published_block():
    assert QUIZ_SYNTAX.search("```Quiz\nid: x\n- [x] Blood clots\n")
    assert QUIZ_SYNTAX.search("Some text\n  source: The most common")
    assert not QUIZ_SYNTAX.search("Source of information: the leaflet. Question 1 of 12.")
