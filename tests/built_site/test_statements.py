"""The accessibility statement and the privacy notice: on every page's footer, named from
mkdocs.yml, and every claim they make tied to the test that checks it."""

import ast
import datetime as dt
import json
import os
import re

import pytest
from browser.test_accessibility import AXE_OPTIONS, SCHEMES, WIDTHS

from site_config import load_config
from support import ROOT, every_language_pages, page_words

GUIDE = load_config()["extra"]["guide"]
OTHER_FORMATS = "built_site/test_other_formats_and_large_print.py"
JOURNEY = "browser/test_journey.py::test_the_whole_journey_by_keyboard_keeps_one_list_across_the_guide_and_prints_it"
STATEMENTS = {"accessibility.html": "Accessibility statement", "privacy.html": "Privacy notice"}
# Each promise the statements make, and the tests (file::function) that would fail if it broke.
CLAIMS = {
    "accessibility.html": {
        "zoom in up to 400% without scrolling sideways: every page fits a screen 320 pixels wide":
            ["browser/test_pages_load.py::test_page_reflows_at_320_px_with_no_sideways_scrolling"],
        "answer the questions using just a keyboard":
            ["browser/test_quiz.py::test_a_section_by_keyboard_alone_with_the_error_summary_score_and_list"],
        "keep a list of questions for your surgical team as you move from page to page, and print it, using just a "
        "keyboard": ["browser/test_journey.py::"
                     "test_the_whole_journey_by_keyboard_keeps_one_list_across_the_guide_and_prints_it"],
        "If your browser blocks storage, your list of questions for your surgical team stays on one page only.":
            ["browser/test_journey.py::test_where_storage_is_blocked_the_list_works_on_the_page_and_says_so"],
        "always see where you are on the page when you use a keyboard": [
            "browser/test_accessibility.py::test_focus_is_always_visible",
            "browser/test_layout.py::test_tabbing_through_a_page_on_a_phone_shows_every_stop_and_opens_nothing"],
        "choose light or dark colours": [
            "built_site/test_pages.py::test_colour_scheme_toggle_starts_from_the_system_preference",
            "browser/test_accessibility.py::test_page_has_no_axe_violations",
            "browser/test_toggles.py::"
            "test_the_colour_switch_is_one_button_named_for_what_it_does_and_enter_and_space_work"],
        "read the guide with no internet connection, using the offline copy":
            ["browser/test_offline_copy.py::test_the_unzipped_copy_searches_and_checks_answers_offline"],
        "This guide meets the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA": [
            "browser/test_accessibility.py::test_page_has_no_axe_violations",
            "browser/test_accessibility.py::test_translated_page_has_no_axe_violations",
            "built_site/test_html_validity.py::test_every_page_is_valid_html"],
        "The guide's automatic tests check every page":
            ["built_site/test_statements.py::test_the_browser_checks_cover_every_page_at_the_claimed_standard"],
        "This statement comes from the build of":
            ["built_site/test_statements.py::test_the_statement_names_the_test_tools_at_their_pinned_versions_and_the_build_date"],
        "check every page with axe-core against the WCAG 2.2 level A and AA rules": [
            "browser/test_accessibility.py::test_page_has_no_axe_violations",
            "browser/test_accessibility.py::test_translated_page_has_no_axe_violations"],
        "do so in light and dark colours, at phone and desktop widths, in the Chromium web browser": [
            "browser/test_accessibility.py::test_page_has_no_axe_violations",
            "built_site/test_statements.py::test_the_browser_checks_cover_every_page_at_the_claimed_standard"],
        "check that every page fits a screen 320 pixels wide with no sideways scrolling":
            ["browser/test_pages_load.py::test_page_reflows_at_320_px_with_no_sideways_scrolling"],
        "check that the HTML of every page is valid, with the Nu Html Checker":
            ["built_site/test_html_validity.py::test_every_page_is_valid_html"],
        "answer a section's questions with just a keyboard, and check that where you are can always be seen": [
            "browser/test_quiz.py::test_a_section_by_keyboard_alone_with_the_error_summary_score_and_list",
            "browser/test_accessibility.py::test_focus_is_always_visible"],
        "open and close the meaning of a medical word with just a keyboard, or with a tap on a phone": [
            "browser/test_definitions.py::test_a_words_meaning_opens_and_closes_by_keyboard_and_the_focus_stays",
            "browser/test_definitions.py::test_a_tap_on_a_phone_shows_the_meaning_without_leaving_the_page"],
        "If you need this information in large print, audio, Easy Read, braille or another language, call": [
            f"{OTHER_FORMATS}::test_the_accessibility_statement_says_it_and_links_the_large_print_guide",
            f"{OTHER_FORMATS}::test_every_page_says_how_to_ask_for_another_format_in_its_contact_block"],
        "You can also read or print this guide in large print": [
            f"{OTHER_FORMATS}::test_the_accessibility_statement_says_it_and_links_the_large_print_guide",
            "browser/test_print.py::test_the_large_print_guide_prints_at_16pt_or_more_labelled_with_no_internal_addresses",
            "browser/test_print.py::test_the_large_print_guide_reads_at_16pt_or_more_on_screen_left_aligned_in_a_plain_font"],
    },
    "privacy.html": {
        "This guide does not use cookies.": ["browser/test_privacy.py::test_nothing_is_kept_or_sent_after_use",
                                             JOURNEY],
        "The guide keeps only one thing on your device: your list of questions for your surgical team.": [
            "browser/test_privacy.py::test_nothing_is_kept_or_sent_after_use", JOURNEY,
            "browser/test_quiz.py::test_using_the_questions_keeps_only_the_listed_ids_and_sends_nothing"],
        "It keeps nothing until a question is on the list.": [
            JOURNEY, "browser/test_privacy.py::test_nothing_is_kept_or_sent_after_use"],
        "The list holds only which questions are on it, never your answers or your score.": [
            JOURNEY, "browser/test_quiz.py::test_using_the_questions_keeps_only_the_listed_ids_and_sends_nothing"],
        "It is kept in this browser tab's session storage, and nowhere else.": [
            JOURNEY, "browser/test_privacy.py::test_nothing_is_kept_or_sent_after_use"],
        "It is gone when you close the tab.": [JOURNEY],
        'You can empty it at any time with "Clear my list".': [
            "browser/test_journey.py::test_the_list_is_seen_changed_and_cleared_from_a_page_without_questions"],
        "If your browser does not allow this, the list stays on one page only.":
            ["browser/test_journey.py::test_where_storage_is_blocked_the_list_works_on_the_page_and_says_so"],
        "Nothing you read or search for is saved.": ["browser/test_privacy.py::test_nothing_is_kept_or_sent_after_use"],
        "Your answers to the questions are not saved either.": [
            JOURNEY, "browser/test_quiz.py::test_using_the_questions_keeps_only_the_listed_ids_and_sends_nothing"],
        "That choice lasts only until you open another page.":
            ["browser/test_privacy.py::test_nothing_is_kept_or_sent_after_use"],
        "The guide sends nothing about you to": [
            "browser/test_privacy.py::test_nothing_is_kept_or_sent_after_use",
            "browser/test_quiz.py::test_using_the_questions_keeps_only_the_listed_ids_and_sends_nothing", JOURNEY],
        "It loads nothing from other websites and has no tracking.": [
            "browser/test_privacy.py::test_nothing_is_kept_or_sent_after_use",
            "built_site/test_links_and_hosts.py::test_no_page_loads_anything_from_another_host"],
        "Search and the quiz work inside your browser.":
            ["browser/test_offline_copy.py::test_the_unzipped_copy_searches_and_checks_answers_offline"],
        "The offline copy needs no internet connection at all.":
            ["browser/test_offline_copy.py::test_the_unzipped_copy_searches_and_checks_answers_offline"],
    },
}
# What the statements say that is not a promise a test can check: who publishes, what a part
# is about, what the guide has not done, how to complain. Every other sentence must be a claim
# above, so a new promise cannot go unchecked.
NOT_CLAIMS = [
    "publishes this guide.", "We want as many people as possible to be able to use it.", "You should be able to:",
    "That is as far as the automatic checks below can show.", "The tests:",
    "The tests use these tools, at these versions:", "Automatic tests cannot find every accessibility problem.",
    "The guide has not yet had an accessibility audit by a specialist.", "It has not been tested by disabled people.",
    "If you find a problem that is not listed here",
    "Tell them too if you find this guide hard to use", "enforces the accessibility regulations.",
    "Their full name is the Public Sector Bodies", "If our answer to your complaint does not satisfy you",
    "In Northern Ireland, contact the", "This notice says what happens to information about you",
    "You can switch between light and dark colours.",
    "If you read the guide on the internet, its web host may keep a record of your visits.",
    "Every web server does this.", "If you have a question about this notice",
]
TOOL_LINE = re.compile(r"^[^:]+: version \S+$")  # checked against the pins by its own test
SENTENCE_END = re.compile(r"(?<=[.?!:])\s+(?=[A-Z])")


def text_of(soup) -> str:
    return " ".join(soup.select_one("article").get_text(" ", strip=True).split())


def test_every_page_links_both_statements_from_its_footer(content_pages, site_dir):
    for name, soup in content_pages.items():
        words = page_words(name)
        links = {a.get_text(strip=True): a["href"] for a in soup.select("footer .guide-statements a")}
        wanted = {words["accessibility_title"]: "accessibility.html", words["privacy_title"]: "privacy.html"}
        assert links == wanted, name
        assert all((site_dir / name).parent.joinpath(href).is_file() for href in links.values())
    assert set(STATEMENTS) <= set(content_pages)


def test_the_statements_name_the_publisher_and_its_feedback_link_from_mkdocs_yml(soups):
    for page in STATEMENTS:
        soup = soups[page]
        assert soup.h1.get_text(strip=True) == STATEMENTS[page]
        assert f"{GUIDE['publisher']} publishes this guide." in text_of(soup)
        assert GUIDE["feedback_url"] in [a["href"] for a in soup.select("article a[href]")], page


@pytest.mark.parametrize("page", CLAIMS)
def test_every_claim_is_on_its_page_and_tied_to_a_test_that_exists(soups, page):
    text = text_of(soups[page])
    for claim, tests in CLAIMS[page].items():
        assert claim in text, claim
        for test in tests:
            path, function = test.split("::")
            tree = ast.parse((ROOT / "tests" / path).read_text("utf-8"))
            assert function in {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}, test


@pytest.mark.parametrize("page", CLAIMS)
def test_every_sentence_of_a_statement_is_a_checked_claim_or_says_no_more_than_it_should(soups, page):
    article = soups[page].select_one("article")
    for part in article.select(".guide-page-info, .guide-disclaimer, .quiz-list, .quiz-sheet, .guide-contact, "
                               ".guide-languages"):
        part.decompose()
    for block in article.select("p, li"):
        if block.find(["p", "ul", "ol"]):
            continue  # its own paragraphs and items are read one by one
        for sentence in SENTENCE_END.split(" ".join(block.get_text(" ", strip=True).split())):
            known = [claim for claim in CLAIMS[page] if claim in sentence] + [
                phrase for phrase in NOT_CLAIMS if phrase in sentence]
            assert known or TOOL_LINE.match(sentence), (
                f"{page}: {sentence!r} is neither a claim tied to a test (CLAIMS) nor listed as not a claim")


def test_the_browser_checks_cover_every_page_at_the_claimed_standard(content_pages):
    """'every page', 'WCAG 2.2 level A and AA', 'light and dark', 'phone and desktop widths'."""
    assert set(every_language_pages()) == set(content_pages)
    assert {"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"} <= set(AXE_OPTIONS["runOnly"]["values"])
    assert set(SCHEMES) == {"light", "dark"} and min(WIDTHS) <= 400 and max(WIDTHS) >= 1024


def pins() -> dict[str, str]:
    """The versions as pinned, read here independently of the build's own reader."""
    found = {}
    for path in ROOT.glob("requirements*.txt"):
        for line in path.read_text("utf-8").splitlines():
            if "==" in line and not line.startswith("#"):
                name, version = line.split("#")[0].strip().split("==")
                found[name.lower()] = version
    found.update(json.loads((ROOT / "package.json").read_text("utf-8"))["devDependencies"])
    return found


def test_the_statement_names_the_test_tools_at_their_pinned_versions_and_the_build_date(soups):
    text = text_of(soups["accessibility.html"])
    pinned = pins()
    for name in ("axe-playwright-python", "playwright", "vnu-jar", "pytest"):
        assert re.search(rf"\({name}\): version {re.escape(pinned[name])}|{name}[^:]*: version "
                         rf"{re.escape(pinned[name])}", text, re.I), name
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # a reproducible build is dated by its last commit
    built = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()
    assert f"This statement comes from the build of {built.day} {built.strftime('%B %Y')}." in text


def test_the_statement_gives_the_standard_and_the_enforcement_procedure(soups):
    soup = soups["accessibility.html"]
    text = text_of(soup)
    assert "Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA" in text
    assert "Equality and Human Rights Commission (EHRC)" in text
    assert "(No. 2) Accessibility Regulations 2018" in text
    hrefs = {a.get_text(strip=True): a["href"] for a in soup.select("article a[href]")}
    assert hrefs["Equality Advisory and Support Service (EASS)"] == "https://www.equalityadvisoryservice.com/"
    headings = [h.get_text(strip=True) for h in soup.select("article h2")]
    assert headings[:6] == ["How accessible this guide is", "Information in another format", "How we tested this guide",
                            "Known limitations", "Reporting accessibility problems", "Enforcement procedure"]


def test_the_glossary_page_shows_the_older_review_and_the_sooner_due_date_of_its_page_and_the_glossary(soups):
    import yaml
    record = yaml.safe_load((ROOT / "docs" / "sign-off.yml").read_text("utf-8"))
    glossary, page = record["glossary.yml"], record["glossary.md"]
    dates = [t["datetime"] for t in soups["glossary.html"].select(".guide-page-info time")]
    assert dates == [str(min(glossary["reviewed_on"], page["reviewed_on"])),
                     str(min(glossary["next_review"], page["next_review"]))]


def test_no_page_of_the_real_guide_is_published_before_review(content_pages):
    assert all(soup.select_one(".guide-review-pending") is None for soup in content_pages.values())
