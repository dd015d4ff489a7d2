"""Whom a worried patient contacts is on every page, on every printed question sheet and at the
top of the printed guide, which opens with its title block and one review date."""

import datetime as dt

from patient_guide.review import split_front_matter
from patient_guide.words import load_words
from site_config import load_config
from support import ROOT, html_name, language_config, page_language, page_words, section_pages

CONFIG = load_config()
GUIDE = CONFIG["extra"]["guide"]
WORDS = load_words(CONFIG["theme"].get("language", "en"))


def contact_sentence(where: str = "index.html") -> str:
    """The contact sentence in the page's language, with the contact as that language's mkdocs.<code>.yml gives it."""
    contact = language_config(page_language(where))["extra"]["guide"]["contact"]
    return page_words(where).fill("contact_text", who=contact["who"], phone=contact["phone"], when=contact["when"])


def check_block(block, where: str) -> None:
    words = page_words(where)
    assert block.select_one(".guide-contact__title").get_text(strip=True) == words["contact_heading"], where
    own = [p for p in block.select("p") if "guide-contact__formats" not in (p.get("class") or [])]
    assert " ".join(own[-1].get_text().split()) == contact_sentence(where), where
    phone = block.select_one("a.guide-phone")
    assert phone.get_text() == GUIDE["contact"]["phone"] and phone["href"] == "tel:" + "".join(
        c for c in GUIDE["contact"]["phone"] if c.isdigit()), where


def test_every_page_says_whom_to_contact_if_you_are_worried(content_pages):
    for name, soup in content_pages.items():
        if name.rpartition("/")[2] in ("print.html", "large-print.html"):  # its title block holds the one block
            continue
        blocks = [b for b in soup.select("article .guide-contact") if not b.find_parent(class_="quiz-sheet")]
        assert len(blocks) == 1, name
        check_block(blocks[0], name)
        assert blocks[0].find_next(class_="guide-page-info"), f"{name}: the block comes before 'About this page'"


def test_every_question_sheet_ends_with_whom_to_contact(soups):
    sheets = [(name, sheet) for name in [*map(html_name, section_pages()), "quiz.html"]
              for sheet in soups[name].select("[data-quiz-sheet]")]
    assert len(sheets) == len(section_pages()) + 1
    for name, sheet in sheets:
        blocks = sheet.select(".guide-contact")
        assert len(blocks) == 1, name
        check_block(blocks[0], f"{name}'s sheet")
        assert blocks[0].select_one("p.guide-contact__title"), "the sheet's own titles are plain bold text"


def test_the_example_contact_is_clearly_an_example():
    """A number Ofcom keeps for drama and a made-up ward: a host must put in their own."""
    assert GUIDE["contact"]["phone"].replace(" ", "").startswith("01632960")
    assert GUIDE["contact"]["who"].startswith("Example")


def guide_dates() -> tuple[dt.date, dt.date]:
    """Every page of the navigation that the printed guide holds, and glossary.yml's sign-off."""
    import yaml
    pages = [*section_pages(), "quiz.md", "glossary.md", "print.md"]
    metas = [split_front_matter((ROOT / "docs" / page).read_text("utf-8"))[0] for page in pages]
    ledger = yaml.safe_load((ROOT / "docs" / "sign-off.yml").read_text("utf-8"))
    glossary = ledger["glossary.yml"]
    lasts = [meta["last_reviewed"] for meta in metas] + [glossary["reviewed_on"]]
    nexts = [meta["next_review"] for meta in metas] + [glossary["next_review"]]
    return min(lasts), min(nexts)


def test_the_print_page_opens_with_the_title_block_and_the_guides_one_review_date(soups):
    page = soups["print.html"]
    block = page.select_one(".guide-title-block")
    first_section = page.find(id=f"print-{section_pages()[0].removesuffix('.md')}")
    assert block and block.find_next(id=first_section["id"]), "the title block comes before the first section"
    assert block.h2.get_text(strip=True) == CONFIG["site_name"]
    facts = [li.get_text(" ", strip=True) for li in block.select(".guide-title-block__facts > li")]
    last, next_ = guide_dates()
    assert facts == [WORDS.fill("published_by", publisher=GUIDE["publisher"]),
                     WORDS.fill("reference_and_version", reference=GUIDE["reference"], version=GUIDE["version"]),
                     f"{WORDS['guide_last_reviewed']} {WORDS.date(last)}"]
    assert block.time["datetime"] == last.isoformat()
    assert block.select_one(".guide-disclaimer")
    check_block(block.select_one(".guide-contact"), "the title block")
    # The page's own "About this page" gives the same dates (and they don't print: see test_print.py).
    times = [time["datetime"] for time in page.select(".guide-page-info .guide-dates time")]
    assert times == [last.isoformat(), next_.isoformat()]
