"""Printing: no site chrome, link targets shown, quiz boxes empty and answers on their own page."""

import re

import pytest

from support import ROOT

pytestmark = pytest.mark.browser


def style(page, selector: str, prop: str, pseudo: str = "") -> str:
    return page.evaluate(
        "([s, p, pseudo]) => getComputedStyle(document.querySelector(s), pseudo || null).getPropertyValue(p)",
        [selector, prop, pseudo])


def test_print_page_prints_the_guide_without_site_chrome(open_page, origin):
    page, watch = open_page("print.html")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert style(page, chrome, "display") == "none", chrome
    assert style(page, "#print-answers", "break-before") == "page"
    assert '"(what-is-it.html)"' in style(page, 'article a[href="what-is-it.html"]', "content", "::after") \
        .replace(" ", "")
    if origin.startswith("file"):
        pdf = ROOT / "test-artifacts" / "print-guide.pdf"
        pdf.parent.mkdir(exist_ok=True)
        page.pdf(path=str(pdf), format="A4")
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))
        assert pages >= 8, "the whole guide, glossary, quiz and answers span several A4 pages"
    assert watch.problems() == {}


def test_quiz_prints_with_empty_boxes_and_no_answers(open_page):
    page, watch = open_page("quiz.html")
    page.locator("[data-quiz-question] label").first.click()
    page.locator("[data-quiz-check]").first.click()
    page.evaluate("document.querySelectorAll('[data-quiz] input:checked').forEach(i => i.checked = false)")
    page.emulate_media(media="print")
    for hidden in (".quiz-answer", ".quiz-check", ".quiz-feedback", ".quiz-summary"):
        assert style(page, hidden, "display") == "none", hidden
    assert style(page, ".quiz-option input", "display") != "none"
    assert watch.problems() == {}
