"""Glossary, explained words, print page and trust marks, on the built site."""

import re

import yaml

from support import ROOT, html_name, language_config, page_language, page_words, section_pages

GLOSSARY = yaml.safe_load((ROOT / "docs" / "glossary.yml").read_text("utf-8"))


def anchor(term: str) -> str:
    return "glossary-" + re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def test_glossary_page_defines_every_term_from_the_one_file(soups):
    glossary = soups["glossary.html"]
    for entry in GLOSSARY:
        dt = glossary.find("dt", id=anchor(entry["term"]))
        assert dt is not None, entry["term"]
        assert dt.find_next_sibling("dd").get_text(strip=True) == " ".join(entry["definition"].split())


def test_each_explained_word_carries_its_glossary_term_and_definition(soups):
    """The first use of a term links to its entry and carries what definitions.js opens in the text."""
    entries = {anchor(e["term"]): (e["term"], " ".join(e["definition"].split())) for e in GLOSSARY}
    seen = 0
    for page in section_pages():
        for link in soups[html_name(page)].select("article a[data-guide-definition]"):
            term, definition = entries[link["href"].partition("#")[2]]
            assert link["data-guide-definition"] == definition, link
            assert link["data-guide-term"].lower() == term.lower(), link
            seen += 1
        assert not soups[html_name(page)].select("article abbr"), "no tooltips: meanings open in the text"
    assert seen >= 10


def text_outside_other_links(block) -> str:
    """A term inside another link can't carry a glossary link too."""
    return "".join(text for text in block.find_all(string=True)
                   if not any(a.get("href", "").split("#")[0] != "glossary.html" for a in text.find_parents("a")))


def test_first_use_of_each_term_in_a_section_links_to_its_glossary_entry(soups):
    for page in section_pages():
        article = soups[html_name(page)].select_one("article")
        # The questions at the end test the text: they are not where a term is first used.
        blocks = [b for b in article.select("p, li") if not b.find_parent(class_=[
            "guide-key-points", "guide-page-info", "quiz", "quiz-list", "quiz-sheet"])]
        for entry in GLOSSARY:
            forms = entry.get("forms") or [entry["term"]]
            pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, forms)) + r")(?![\w-])", re.I)
            uses = [b for b in blocks if pattern.search(text_outside_other_links(b))]
            links = article.select(f'a[href="glossary.html#{anchor(entry["term"])}"]')
            if uses:
                assert len(links) == 1, (page, entry["term"])
                assert links[0].find_parent(["p", "li"]) is uses[0], (page, entry["term"])
            else:
                assert links == [], (page, entry["term"])


def test_print_page_holds_every_section_in_order_then_glossary_quiz_and_answers(soups):
    page = soups["print.html"]
    ids = [h2.get("id") for h2 in page.select("article h2")]
    wanted = [f"print-{p.removesuffix('.md')}" for p in section_pages()] + [
        "print-glossary", "print-quiz", "print-answers"]
    assert [i for i in ids if i in wanted] == wanted
    quiz_count = len(soups["quiz.html"].select("[data-quiz-question]"))
    assert len(page.select(".print-quiz > li")) == quiz_count
    assert len(page.select(".print-answers > li")) == quiz_count
    assert "print-new-page" in page.find(id="print-answers")["class"]
    first_explanation = page.select_one(".print-answers > li").get_text(" ", strip=True)
    assert first_explanation not in page.select_one(".print-quiz").get_text(" ", strip=True)
    for h1_less in page.select("article h1"):
        assert h1_less.get_text(strip=True) == "Print the whole guide"


def test_trust_marks_are_on_every_page(content_pages):
    for name, soup in content_pages.items():
        guide, words = language_config(page_language(name))["extra"]["guide"], page_words(name)
        info = soup.select_one(".guide-page-info")
        text = info.get_text(" ", strip=True)
        assert words.fill("published_by", publisher=guide["publisher"]) in text, name
        assert words.fill("source_of_information", source=guide["source"]) in text, name
        assert words["last_reviewed"] in text and words["next_review"] in text, name
        feedback = info.find("a", string=words["give_feedback"])
        assert feedback and feedback["href"] == guide["feedback_url"], name


def test_print_styles_hide_the_site_chrome_and_show_link_targets(site_dir):
    css = (site_dir / "assets" / "stylesheets" / "guide.css").read_text("utf-8")
    print_rules = css[css.index("@media print"):]
    for chrome in (".md-header", ".md-sidebar", ".md-footer", ".md-search"):
        assert chrome in print_rules
    assert 'content: " (" attr(href) ")"' in print_rules
