"""Printing, as a patient or a nurse does it: the page printed to an A4 PDF by Chromium,
then read back with poppler's pdftohtml (text, position and font size of every line).
The whole guide fits 8 pages, sections flow, nothing is split, the guide's own links
print as plain words, and every page carries the title, version and page number."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest
from browser.conftest import _page_opener

from patient_guide.words import load_words
from site_config import load_config
from support import IN_CI, ROOT, html_name

pytestmark = pytest.mark.browser

MAX_PAGES = 8
SMALLEST_BODY_PT = 12
ARTIFACTS = ROOT / "test-artifacts"
# Everything a reader could only click or type into; quiz answer boxes are allowed, they print empty.
CONTROLS = ("button, input, select, textarea, summary, [role=button], .guide-no-print, .quiz-check, "
            ".quiz-feedback, .quiz-answer")


@dataclass
class Piece:
    top: float
    left: float
    bottom: float
    size: int  # font size in points
    text: str


@dataclass
class Line:
    """Pieces side by side on one line of the page (in two columns, one from each)."""

    pieces: list[Piece]

    @property
    def text(self) -> str:
        return " ".join(piece.text for piece in sorted(self.pieces, key=lambda piece: piece.left)).strip()


@dataclass
class PrintedPage:
    height: float
    pieces: list[Piece]  # in the order Chromium drew them, which is the reading order

    @property
    def lines(self) -> list[Line]:
        """Top to bottom: the first is the top margin's labels, the last the page number."""
        lines: list[Line] = []
        for piece in sorted(self.pieces, key=lambda piece: piece.top):  # within 2pt of a line's top: on it
            if not lines or piece.top - lines[-1].pieces[0].top > 2:
                lines.append(Line([]))
            lines[-1].pieces.append(piece)
        return lines

    @property
    def body(self) -> list[Piece]:
        """What lies between the margin labels, in reading order."""
        lines = self.lines
        labels = {id(piece) for line in (lines[0], lines[-1]) for piece in line.pieces}
        return [piece for piece in self.pieces if id(piece) not in labels]

    def text(self) -> str:
        return squeeze(" ".join(piece.text for piece in self.body))


def squeeze(text: str) -> str:
    """Text without any whitespace or ligatures (some fonts print "fi" as one glyph),
    so line breaks, spacing and fonts in the PDF don't matter."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdftohtml() -> str:
    path = shutil.which("pdftohtml")
    if not path:
        message = "pdftohtml not found: install Debian's 'poppler-utils' package."
        pytest.fail(message) if IN_CI else pytest.skip(message)
    return path


def print_to_pdf(page, name: str) -> list[PrintedPage]:
    """Print `page` to an A4 PDF (kept in test-artifacts/ for a person to look at) and read it back."""
    page.emulate_media(media="print")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"{name}.pdf"
    page.pdf(path=str(pdf), format="A4")
    return read_pdf(pdf)


def read_pdf(pdf: Path) -> list[PrintedPage]:
    xml = subprocess.run([pdftohtml(), "-xml", "-i", "-zoom", "1", "-stdout", str(pdf)],
                         capture_output=True, text=True, check=True).stdout
    root = ElementTree.fromstring(xml)
    sizes = {font.get("id"): int(font.get("size")) for font in root.iter("fontspec")}  # declared once, on first use
    return [PrintedPage(float(page.get("height")), [
        Piece(float(t.get("top")), float(t.get("left")), float(t.get("top")) + float(t.get("height")),
              sizes[t.get("font")], "".join(t.itertext())) for t in page.iter("text") if "".join(t.itertext()).strip()])
            for page in root.iter("page")]


def labels() -> tuple[str, str]:
    """The top margin's text, and the bottom margin's with {page} and {pages} to fill in."""
    config = load_config()
    words, guide = load_words(config["theme"].get("language", "en")), config["extra"]["guide"]
    reference = words.fill("reference_and_version", reference=guide["reference"], version=guide["version"])
    return f"{config['site_name']} {reference}", words["print_page_number"]


def assert_labelled_12pt_and_no_internal_addresses(pages: list[PrintedPage], facts: dict,
                                                   smallest: int = SMALLEST_BODY_PT):
    top_label, page_label = labels()
    for number, printed in enumerate(pages, 1):
        assert squeeze(printed.lines[0].text) == squeeze(top_label), f"page {number}'s top margin"
        assert printed.lines[-1].text == page_label.format(page=number, pages=len(pages)), f"page {number}'s number"
        small = [piece.text for piece in printed.body if piece.size < smallest]
        assert not small, f"page {number} has text under {smallest}pt: {small[:3]}"
    text = "".join(printed.text() for printed in pages)
    for href in facts["external"]:
        assert href and squeeze(href) in text, f"a link to another site or an email address must print it: {href}"
        text = text.replace(squeeze(href), "")
    assert "mailto:" not in text, "an email link prints its address, not the link"
    assert ".html" not in text and "#" not in text, "an address of the guide's own pages was printed"
    for href in facts["internal"]:
        assert squeeze(href) not in text
    assert facts["small_text"] == [], "text under 12pt in print"
    assert facts["controls"] == [], "interactive controls are printed"


def assert_nothing_split(pages: list[PrintedPage], facts: dict):
    """Each key points box and each question with its options is read whole on one page."""
    for block in facts["blocks"]:
        assert any(squeeze(block) in printed.text() for printed in pages), f"split across pages: {block[:60]}"


PRINT_FACTS = """(controls) => {
  const visible = [...document.querySelectorAll("article *")].filter(e => e.checkVisibility());
  const anchors = visible.filter(e => e.matches("a[href]"));
  const links = anchors.map(a => a.getAttribute("href"));
  const text = e => e.innerText.replace(/\\s+/g, " ").trim();
  return {
    internal: links.filter(h => !/^(https?|mailto):/.test(h)),
    // What each link to another site or to an email address must print: the web address, or the bare email address.
    // (An email address written as a link in Markdown shows the address as its text, and prints no more.)
    external: anchors.filter(a => /^https?:/.test(a.getAttribute("href")) || a.hasAttribute("data-print-address"))
      .map(a => a.getAttribute("data-print-address") ?? a.getAttribute("href")),
    answers: document.getElementById("print-answers")?.innerText ?? "",
    explained: visible.filter(e => e.matches("p, li") && e.querySelector("button.guide-term")).map(text),
    headings: visible.filter(e => /^H[1-6]$/.test(e.tagName)).map(text),
    small_headings: visible.filter(e => /^H[1-6]$/.test(e.tagName) && parseFloat(getComputedStyle(e).fontSize) <= 16)
                           .map(text),
    blocks: visible.filter(e => e.matches(".guide-key-points, .print-quiz > li, [data-quiz-question]")).map(text),
    small_text: visible.filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())
                                    && parseFloat(getComputedStyle(e).fontSize) < 16)
                       .map(e => `${e.tagName} ${getComputedStyle(e).fontSize}: ${text(e).slice(0, 40)}`),
    controls: [...document.querySelectorAll(controls)]
      .filter(e => e.checkVisibility() && !e.matches("[data-quiz] input[type=radio], [data-quiz] input[type=checkbox]"))
      // A medical word's button (definitions.js) prints as the plain word it is in the sentence.
      .filter(e => !(e.matches("button.guide-term") && getComputedStyle(e).textDecorationLine === "none"
                     && getComputedStyle(e, "::after").display === "none"))
      .map(e => e.outerHTML.slice(0, 80)),
    chrome: [...document.querySelectorAll(".md-header, .md-tabs, .md-sidebar, .md-footer, .md-search")]
      .filter(e => e.checkVisibility()).map(e => e.className),
    forced_breaks: visible.filter(e => [getComputedStyle(e).breakBefore, getComputedStyle(e).breakAfter]
                                       .some(b => ["page", "left", "right", "recto", "verso"].includes(b)))
                          .map(e => e.id || e.tagName),
  };
}"""


@pytest.fixture(scope="module")
def printed_guide(browser, origin):
    """The "Print the whole guide" page, printed once per origin: its PDF pages and what its DOM says in print."""
    opener = _page_opener(browser, origin)  # open_page's own opener, kept for the whole module
    page, watch = next(opener)("print.html")
    try:
        pages = print_to_pdf(page, "print-guide" if origin.startswith("file") else "print-guide-http")
        yield pages, page.evaluate(PRINT_FACTS, CONTROLS), watch
    finally:
        next(opener, None)  # closes its browser context


def test_the_whole_guide_prints_on_8_a4_pages_or_fewer_without_errors(printed_guide):
    pages, facts, watch = printed_guide
    assert 1 < len(pages) <= MAX_PAGES, f"the whole guide printed on {len(pages)} pages"
    assert all(abs(printed.height - 842) < 2 for printed in pages), "A4 pages"
    assert facts["chrome"] == [], "the site's header, menus and footer must not print"
    assert watch.problems() == {}


def test_every_page_is_labelled_in_12pt_text_with_no_internal_addresses(printed_guide):
    pages, facts, _ = printed_guide
    assert_labelled_12pt_and_no_internal_addresses(pages, facts)


def test_sections_flow_and_only_the_answers_start_a_new_page(printed_guide):
    pages, facts, _ = printed_guide
    assert facts["forced_breaks"] == ["print-answers"]
    answers_page = next(n for n, printed in enumerate(pages) if printed.text().startswith(squeeze(facts["answers"])))
    assert answers_page > 0, "the answers start a page of their own"
    for number, printed in enumerate(pages[:answers_page - 1], 1):
        filled = max(piece.bottom for piece in printed.body) / printed.height
        assert filled > 2 / 3, f"page {number} is only {filled:.0%} full: sections must flow on"


def test_no_page_ends_with_a_heading_and_no_box_or_question_is_split(printed_guide):
    pages, facts, _ = printed_guide
    assert facts["small_headings"] == [], "every heading prints above 12pt, so the check below can tell it from text"
    headings = [squeeze(heading) for heading in facts["headings"]]
    for number, printed in enumerate(pages[:-1], 1):
        last = printed.lines[-2]  # headings print larger than the 12pt text, so a line of text can't pass for one
        in_heading = (min(piece.size for piece in last.pieces) > SMALLEST_BODY_PT
                      and any(h.endswith(squeeze(last.text)) for h in headings))
        assert not in_heading, f"page {number} ends with a heading: {last.text}"
    assert len(facts["blocks"]) >= 10, "the key points boxes and the questions"
    assert_nothing_split(pages, facts)


def test_a_section_printed_alone_is_clean_and_labelled(open_page, origin, section):
    path = html_name(section)  # every written section, from the built navigation
    page, watch = open_page(path)
    pages = print_to_pdf(page, f"print-{path.removesuffix('.html')}" + ("" if origin.startswith("file") else "-http"))
    facts = page.evaluate(PRINT_FACTS, CONTROLS)
    assert facts["chrome"] == [], "the site's header, menus and footer must not print"
    assert_labelled_12pt_and_no_internal_addresses(pages, facts)
    assert facts["blocks"], "the key points and the section's questions"
    assert_nothing_split(pages, facts)
    # Two A4 sheets at most; a section with a timeline (its picture beside its list) may take a third.
    assert len(pages) <= (3 if page.locator("figure.guide-timeline").count() else 2)
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


def style(page, selector: str, prop: str) -> str:
    return page.evaluate("([s, p]) => getComputedStyle(document.querySelector(s)).getPropertyValue(p)",
                         [selector, prop])


def page_brightness(pdf: Path) -> list[float]:
    """How light each printed page is, from 0 (black) to 1 (white), from a small greyscale rendering."""
    tool = shutil.which("pdftoppm")
    if not tool:
        message = "pdftoppm not found: install Debian's 'poppler-utils' package."
        pytest.fail(message) if IN_CI else pytest.skip(message)
    prefix = pdf.with_suffix("")
    subprocess.run([tool, "-gray", "-r", "20", str(pdf), str(prefix)], check=True)
    levels = []
    for image in sorted(prefix.parent.glob(prefix.name + "-*.pgm")):
        data = image.read_bytes()
        _, width, height, maximum = data.split(maxsplit=4)[:4]  # binary PGM: P5 width height maxval, then pixels
        pixels = data[-int(width) * int(height):]
        levels.append(sum(pixels) / len(pixels) / int(maximum))
        image.unlink()
    return levels


@pytest.mark.parametrize("path", ["print.html", "risks.html"])
def test_printing_in_the_dark_scheme_with_backgrounds_gives_white_pages(open_page, origin, path):
    """A browser told to print backgrounds must not print the dark scheme's black page."""
    page, watch = open_page(path, scheme="dark")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.emulate_media(media="print", color_scheme="dark")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"print-dark-{path.removesuffix('.html')}{'' if origin.startswith('file') else '-http'}.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    levels = page_brightness(pdf)
    assert levels and min(levels) > 0.85, f"printed pages' lightness: {[round(level, 2) for level in levels]}"
    assert watch.problems() == {}


def test_the_print_page_has_a_print_button_and_says_the_questions_are_a_self_check(open_page, printed_guide):
    pages, _, _ = printed_guide
    words = load_words(load_config()["theme"].get("language", "en"))
    assert squeeze(words["print_quiz_intro"]) in "".join(printed.text() for printed in pages)
    page, watch = open_page("print.html", width=375)
    page.evaluate("(() => { window.__prints = 0; window.print = () => { window.__prints += 1; }; })()")
    button = page.get_by_role("button", name=words["print_button"])
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("window.__prints") == 1
    assert watch.problems() == {}
    page, _ = open_page("print.html", javascript=False)
    assert not page.get_by_role("button", name=words["print_button"]).is_visible(), "no button that can't work"
    assert "Print command" in page.locator(".print-hint").inner_text()


def test_the_printed_guide_opens_with_its_title_block_and_whom_to_contact(printed_guide):
    """Title, publisher, reference and version, the guide's one review date, the disclaimer and
    whom to contact if worried: the first things on the first page, before the first section."""
    pages, _, _ = printed_guide
    assert_opens_with_the_title_block(pages)


def assert_opens_with_the_title_block(pages: list[PrintedPage], title_size: int = 20) -> None:
    """The guide's title, publisher, reference and version, its review date, the disclaimer, whom to
    contact and how to ask for another format: the first things on the first page."""
    config = load_config()
    guide, words = config["extra"]["guide"], load_words(config["theme"].get("language", "en"))
    contact = guide["contact"]
    reviewed = re.search(re.escape(squeeze(words["guide_last_reviewed"])) + r"(\d{1,2}\D+?\d{4})", pages[0].text())
    assert reviewed, "the first page gives the guide's review date"
    opening = [config["site_name"], words.fill("published_by", publisher=guide["publisher"]),
               words.fill("reference_and_version", reference=guide["reference"], version=guide["version"]),
               words["guide_last_reviewed"] + reviewed.group(1),
               words["disclaimer_label"] + words["disclaimer"], words["contact_heading"],
               words.fill("contact_text", who=contact["who"], phone=contact["phone"], when=contact["when"]),
               words.fill("other_formats", phone=contact["phone"])]
    assert pages[0].text().startswith(squeeze("".join(opening))), pages[0].text()[:300]
    title = next(piece for piece in pages[0].body if piece.text.strip())
    assert title.text.strip() == config["site_name"] and title.size >= title_size, "the title, large, comes first"


def test_the_printed_guide_gives_one_review_date(printed_guide):
    pages, _, _ = printed_guide
    text = "".join(printed.text() for printed in pages).lower()
    assert len(re.findall("reviewed:", text)) == 1, "one review date for the whole guide"
    assert "nextreviewdue" not in text


def test_no_printed_address_is_split_inside_a_word(printed_guide):
    """Each email or web address prints on one line, whole (it may move to a line of its own)."""
    pages, facts, _ = printed_guide
    assert facts["external"], "the guide prints at least the feedback address"
    pieces = [squeeze(piece.text) for printed in pages for piece in printed.body]
    for address in facts["external"]:
        assert any(squeeze(address) in piece for piece in pieces), f"{address} is split across lines"


def test_every_explained_word_prints_in_its_sentence(printed_guide):
    """A medical word's button (definitions.js) prints as the plain word, its sentence whole."""
    pages, facts, _ = printed_guide
    text = "".join(printed.text() for printed in pages)
    assert len(facts["explained"]) >= 10, "the sections' paragraphs with a medical word explained"
    for paragraph in facts["explained"]:
        assert squeeze(paragraph) in text, f"not printed whole: {paragraph}"


# The whole guide in large print (large-print.html), after RNIB's Clear Print guidance.
LARGE_PRINT_PT = 16  # RNIB: 16pt at least; the page prints its text at 18pt
MAX_LARGE_PRINT_PAGES = 20
# In the browser, in print or on screen: every element holding text of its own, with its size in points
# (96 CSS px to the inch, 72 points), its font, its alignment and its style; and any text over a picture.
LARGE_PRINT_FACTS = """() => {
  const visible = [...document.querySelectorAll("article *")].filter(e => e.checkVisibility());
  const own = visible.filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()));
  const text = e => (e.innerText ?? e.textContent).replace(/\\s+/g, " ").trim().slice(0, 40);
  const style = e => getComputedStyle(e);
  // Text in a picture (the recovery timeline's SVG) shows at its size times the picture's own scale.
  const scale = e => { const svg = e.closest("svg");
                       return svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1; };
  const size = e => parseFloat(style(e).fontSize) * scale(e);
  return {
    text_elements: own.length,
    sizes_pt: own.map(e => size(e) * 0.75),
    small: own.filter(e => size(e) * 0.75 < 16)
              .map(e => `${e.tagName} ${size(e)}px: ${text(e)}`),
    fonts: [...new Set(own.map(e => style(e).fontFamily))],
    justified: own.filter(e => style(e).textAlign === "justify").map(text),
    italic: own.filter(e => style(e).fontStyle !== "normal").map(text),
    over_pictures: visible.filter(e => style(e).backgroundImage !== "none" && e.innerText.trim()).map(text),
    light_headings: visible.filter(e => /^H[1-6]$/.test(e.tagName) && parseInt(style(e).fontWeight) < 700).map(text),
    web_fonts: [...document.fonts].map(f => f.family),
  };
}"""
PLAIN_SANS_SERIF = ("Arial", "Helvetica", "Liberation Sans", "DejaVu Sans", "sans-serif")


def assert_clear_print(facts: dict) -> None:
    assert facts["text_elements"] > 100, "the whole guide's text was measured"
    assert facts["small"] == [], f"text under {LARGE_PRINT_PT}pt"
    assert facts["justified"] == [] and facts["italic"] == [], "left-aligned, no italics"
    assert facts["over_pictures"] == [], "no text over pictures"
    assert facts["light_headings"] == [], "headings are bold"
    assert facts["web_fonts"] == [], "no web fonts: the reader's own plain fonts"
    for family in facts["fonts"]:
        first = family.split(",")[0].strip().strip('"')
        assert first in PLAIN_SANS_SERIF and family.rstrip().endswith("sans-serif"), family


@pytest.fixture(scope="module")
def printed_large_print_guide(browser, origin):
    """The whole guide in large print, printed once per origin: its PDF pages and what its DOM says in print."""
    opener = _page_opener(browser, origin)
    page, watch = next(opener)("large-print.html")
    try:
        pages = print_to_pdf(page, "print-large-print" if origin.startswith("file") else "print-large-print-http")
        yield pages, page.evaluate(PRINT_FACTS, CONTROLS), page.evaluate(LARGE_PRINT_FACTS), watch
    finally:
        next(opener, None)


def test_the_large_print_guide_prints_at_16pt_or_more_labelled_with_no_internal_addresses(
        printed_large_print_guide, printed_guide, site_dir):
    pages, facts, large, watch = printed_large_print_guide
    standard, _, _ = printed_guide
    print(f"\nThe large-print guide prints on {len(pages)} A4 pages (the standard print: {len(standard)}).")
    assert len(standard) < len(pages) <= MAX_LARGE_PRINT_PAGES, f"{len(pages)} pages"
    assert all(abs(printed.height - 842) < 2 for printed in pages), "A4 pages"
    assert facts["chrome"] == [], "the site's header, menus and footer must not print"
    # The same labels as the standard print in every margin; the text between them at 16pt or more.
    assert_labelled_12pt_and_no_internal_addresses(pages, facts, smallest=LARGE_PRINT_PT)
    body = [piece.size for printed in pages for piece in printed.body]
    assert min(body) >= LARGE_PRINT_PT and sorted(body)[len(body) // 2] >= 18, "body text at 18pt"
    text = "".join(printed.text() for printed in pages)
    for address in ("127.0.0.1", "file://", "http://", squeeze(str(site_dir)), "large-print", "tel:"):
        assert squeeze(address) not in text, f"an internal address was printed: {address}"
    assert_clear_print(large)
    assert watch.problems() == {}


def test_the_large_print_guide_opens_with_the_title_block_and_ends_with_the_question_pages(printed_large_print_guide):
    pages, facts, _, _ = printed_large_print_guide
    assert_opens_with_the_title_block(pages, title_size=28)
    # Its question pages as the standard print's: the questions with empty boxes, then the answers from a new page.
    words = load_words(load_config()["theme"].get("language", "en"))
    text = "".join(printed.text() for printed in pages)
    assert squeeze(words["print_quiz_intro"]) in text
    assert facts["forced_breaks"] == ["large-print-answers"]
    heading = squeeze(words["print_answers_heading"])
    answers_page = next(n for n, printed in enumerate(pages) if printed.text().startswith(heading))
    assert answers_page > 0, "the answers start a page of their own"
    assert all(heading not in printed.text() for printed in pages[:answers_page]), "and only there"
    assert len(facts["blocks"]) >= 10
    assert_nothing_split(pages, facts)


def test_the_large_print_guide_reads_at_16pt_or_more_on_screen_left_aligned_in_a_plain_font(open_page):
    for width in (375, 1280):
        page, watch = open_page("large-print.html", width=width)
        facts = page.evaluate(LARGE_PRINT_FACTS)
        assert_clear_print(facts)
        assert min(facts["sizes_pt"]) >= LARGE_PRINT_PT, width
        assert watch.problems() == {}
