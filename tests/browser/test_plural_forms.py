"""Counts in the scripts in each language's own plural forms (quiz.js, list.js): a page whose counted
words are written as one text per CLDR form (one, few, many, other), as a Polish words file writes
them. The page is a copy of the built site's risks.html, made Polish (<html lang="pl">) with its
scripts' words made by the build's own script_words from Polish plural maps, and its one set holding
1, 2, 5, 12, 22 or 25 questions (copies of its first, each with its own ids). In real Chromium,
from file://. Polish: 1 is "one", 2-4 and 22-24 "few", 5-21 and 25 "many"."""

from __future__ import annotations

import html
import shutil

import pytest
from browser.conftest import _page_opener, answer
from bs4 import BeautifulSoup

from patient_guide.plurals import plural_problems
from patient_guide.quiz.render import LIST_WORDS, SCRIPT_WORDS, script_words
from patient_guide.words import Words, load_words

pytestmark = pytest.mark.browser

PAGE = "risks.html"
COUNTS = {1: "one", 2: "few", 5: "many", 12: "many", 22: "few", 25: "many"}
POLISH = {  # each form says which it is, so a wrong choice cannot pass
    "list_count_many": {"one": "Na liście: {count} pytanie.", "few": "Na liście: {count} pytania.",
                        "many": "Na liście: {count} pytań.", "other": "Na liście: {count} pytania (ułamek)."},
    "score": {"one": "Dobrze: {right} z {total} pytania.", "few": "Dobrze: {right} z {total} pytań (kilka).",
              "many": "Dobrze: {right} z {total} pytań (wiele).", "other": "Dobrze: {right} z {total} (ułamek)."},
}
EXPECTED = {
    "list": {"few": "Na liście: {n} pytania.", "many": "Na liście: {n} pytań."},
    "score": {"one": "Dobrze: 0 z 1 pytania.", "few": "Dobrze: 0 z {n} pytań (kilka).",
              "many": "Dobrze: 0 z {n} pytań (wiele)."},
}


def polish_words() -> Words:
    words = Words(load_words("en"))
    words.language = "pl"
    for key, forms in POLISH.items():
        assert plural_problems(key, forms, "pl", "test") == [], "the test's words are Polish's own forms"
        words[key] = forms
    words["list_count_one"] = "Na liście: 1 pytanie."
    return words


def polish_page(source: str, count: int) -> str:
    """risks.html in Polish, its set holding `count` copies of its first question."""
    words = polish_words()
    soup = BeautifulSoup(source, "html.parser")
    soup.html["lang"] = "pl"
    soup.select_one('script[src$="list/list.js"]')["data-words"] = script_words(words, LIST_WORDS)
    soup.select_one('script[src$="quiz/quiz.js"]')["data-words"] = script_words(words, SCRIPT_WORDS)
    questions = soup.select("[data-quiz] [data-quiz-question]")
    first = questions[0]
    slug = first["id"].removeprefix("question-")
    copies = [BeautifulSoup(str(first).replace(slug, f"{slug}-copy-{n}"), "html.parser") for n in range(count)]
    for copy in copies:
        first.insert_before(copy)
    for question in questions:
        question.decompose()
    return str(soup)


@pytest.fixture(scope="module")
def polish_site(site_dir, tmp_path_factory):
    """A copy of the built site with plural-N.html for each count."""
    root = tmp_path_factory.mktemp("polish") / "site"
    shutil.copytree(site_dir, root)
    source = (site_dir / PAGE).read_text("utf-8")
    for count in COUNTS:
        (root / f"plural-{count}.html").write_text(polish_page(source, count), "utf-8")
    return root


@pytest.fixture
def open_polish(browser, polish_site):
    yield from _page_opener(browser, polish_site.as_uri() + "/")


def test_the_test_page_holds_polish_plural_maps(polish_site):
    soup = BeautifulSoup((polish_site / "plural-5.html").read_text("utf-8"), "html.parser")
    assert soup.html["lang"] == "pl" and len(soup.select("[data-quiz] [data-quiz-question]")) == 5
    assert '"few":"Na liście: {count} pytania."' in html.unescape(
        str(soup.select_one('script[src$="list/list.js"]')["data-words"]))


@pytest.mark.parametrize("count", COUNTS)
def test_the_score_and_the_list_count_take_the_polish_form_of_their_number(open_polish, count):
    page, watch = open_polish(f"plural-{count}.html")
    questions = page.locator("[data-quiz] [data-quiz-question]")
    assert questions.count() == count
    for index in range(count):  # each wrong: each joins the list
        answer(questions.nth(index), right=False)
    page.locator("[data-quiz-check-all]").click()
    form = COUNTS[count]
    assert page.locator(".quiz-score__total").inner_text() == EXPECTED["score"][form].format(n=count)
    list_count = page.locator("[data-quiz-list-count]").inner_text()
    assert list_count == ("Na liście: 1 pytanie." if count == 1 else EXPECTED["list"][form].format(n=count))
    assert watch.problems() == {}
