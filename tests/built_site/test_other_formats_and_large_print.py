"""The NHS Accessible Information Standard: every page, both printed guides and the accessibility
statement say how to ask for the guide in another format or language, with the number set once in
mkdocs.yml; and the whole guide is there in large print, linked from the print page and from every
page's "About this page", with the standard print's title block and an id space of its own."""

import re

from patient_guide.words import load_words
from site_config import load_config
from support import page_language, page_words, section_pages

CONFIG = load_config()
CONTACT = CONFIG["extra"]["guide"]["contact"]
WORDS = load_words(CONFIG["theme"].get("language", "en"))
TEL = "tel:" + re.sub(r"\D", "", CONTACT["phone"])
PRINTED_GUIDES = {"print.html": "print", "large-print.html": "large-print"}


def words_of(element) -> str:
    return " ".join(element.get_text().split())


def other_formats_sentence(where: str = "index.html") -> str:
    return page_words(where).fill("other_formats", phone=CONTACT["phone"])


def check_other_formats(paragraph, where: str) -> None:
    """The sentence, word for word, naming every format (in English, by name), with the number as a link a
    phone can dial."""
    assert paragraph is not None, f"{where}: no sentence on other formats"
    said = words_of(paragraph)
    assert other_formats_sentence(where) in said, f"{where}: {said}"
    for form in ("large print", "audio", "Easy Read", "braille", "another language"):
        assert page_language(where) != "en" or form in said, f"{where}: {form}"
    assert TEL in [a["href"] for a in paragraph.select("a[href]")], f"{where}: the number is not a phone link"
    # 20 words or fewer a sentence; Urdu writes its postpositions and verb parts as words of their own, so a
    # sentence of the same length counts more of them: there the translator and the clinician judge it.
    if page_language(where) != "ur":
        assert all(len(sentence.split()) <= 20 for sentence in re.split(r"(?<=[.?!])\s+", said)), said


def test_every_page_says_how_to_ask_for_another_format_in_its_contact_block(content_pages):
    assert len(content_pages) >= 10
    for name, soup in content_pages.items():
        blocks = [b for b in soup.select("article .guide-contact") if not b.find_parent(class_="quiz-sheet")]
        assert len(blocks) == 1, name
        check_other_formats(blocks[0].select_one("p.guide-contact__formats"), name)


def test_the_printed_guides_say_it_in_their_title_block_and_the_question_sheets_too(soups):
    for name in PRINTED_GUIDES:
        block = soups[name].select_one(".guide-title-block")
        check_other_formats(block.select_one(".guide-contact p.guide-contact__formats"), f"{name}'s title block")
    sheets = [sheet for name in ["quiz.html", *[s.replace(".md", ".html") for s in section_pages()]]
              for sheet in soups[name].select("[data-quiz-sheet]")]
    assert sheets
    for sheet in sheets:
        check_other_formats(sheet.select_one(".guide-contact__formats"), "a question sheet")


def test_the_accessibility_statement_says_it_and_links_the_large_print_guide(soups):
    article = soups["accessibility.html"].select_one("article")
    heading = next(h for h in article.select("h2") if words_of(h) == "Information in another format")
    paragraph = heading.find_next_sibling("p")
    check_other_formats(paragraph, "the accessibility statement")
    assert "large-print.html" in [a["href"] for a in paragraph.select("a[href]")]


def test_every_page_but_the_large_print_one_links_it_from_about_this_page(content_pages, site_dir):
    for name, soup in content_pages.items():
        links = soup.select(".guide-page-info .guide-large-print a[href]")
        if name.rpartition("/")[2] == "large-print.html":
            assert links == [], "a page does not offer itself"
            continue
        wanted = [(page_words(name)["large_print_link"], "large-print.html")]
        assert [(words_of(a), a["href"]) for a in links] == wanted, name
    assert (site_dir / "large-print.html").is_file()


def test_the_print_page_links_the_large_print_guide_on_screen_only(soups):
    link = soups["print.html"].select_one("article p.guide-no-print a[href='large-print.html']")
    assert link is not None and words_of(link) == WORDS["large_print_link"]


def test_the_large_print_guide_holds_what_the_print_page_holds_under_ids_of_its_own(soups):
    standard, large = soups["print.html"], soups["large-print.html"]
    for name, prefix in PRINTED_GUIDES.items():
        page = soups[name]
        parts = [f"{prefix}-{section.removesuffix('.md')}" for section in section_pages()]
        parts += [f"{prefix}-glossary", f"{prefix}-quiz", f"{prefix}-answers"]
        assert all(page.find(id=part) for part in parts), name
        assert "print-new-page" in page.find(id=f"{prefix}-answers")["class"], "the answers start a page of their own"
    # The same title block, the same sections, glossary, questions and answers, word for word.
    assert words_of(large.select_one(".guide-title-block")) == words_of(standard.select_one(".guide-title-block"))
    for selector in (".guide-key-points", ".print-quiz", ".print-answers", ".guide-glossary"):
        assert [words_of(e) for e in large.select(f"article {selector}")] == \
               [words_of(e) for e in standard.select(f"article {selector}")], selector
    # No id of the large-print guide's own parts is one of the print page's.
    own = {e["id"] for e in large.select("article [id]") if e["id"].startswith("large-print-")}
    assert len(own) >= 8 and not own & {e["id"] for e in standard.select("[id]")}


def test_the_large_print_guide_loads_its_own_styles_and_is_left_out_of_search_and_the_menu(soups, site_dir):
    for name, soup in soups.items():
        loads = bool(soup.select('link[href$="stylesheets/large-print.css"]'))
        assert loads == (name.rpartition("/")[2] == "large-print.html"), name
    assert (site_dir / "assets/stylesheets/large-print.css").is_file()
    index = (site_dir / "search" / "search_index.json").read_text("utf-8")
    assert "large-print.html" not in index
    assert not soups["index.html"].select("nav.md-nav--primary a[href='large-print.html']")
