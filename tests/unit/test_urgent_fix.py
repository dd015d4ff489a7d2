"""urgent_fix: which pages made from the sections carry an urgent fix's notice, and until when."""

import datetime as dt

from patient_guide.urgent_fix import guide_notice, part_notice, pending_on_page, pending_sections
from patient_guide.words import load_words

WORDS = load_words("en")
SECTIONS = ["what-is-it.md", "risks.md", "recovery.md"]
PENDING = {"recovery.md": dt.date(2026, 12, 20), "what-is-it.md": dt.date(2026, 12, 10)}


def test_the_quiz_page_carries_the_fixes_of_the_sections_with_questions_until_the_last_review():
    assert pending_on_page("quiz.md", SECTIONS, {"risks.md", "recovery.md"}, PENDING, printed=False) == \
        dt.date(2026, 12, 20)
    assert pending_on_page("quiz.md", SECTIONS, {"risks.md"}, PENDING, printed=False) is None
    assert pending_on_page("quiz.md", SECTIONS, {"risks.md"}, {"quiz.md": dt.date(2026, 12, 5)}, printed=False) == \
        dt.date(2026, 12, 5), "a fix to the page itself"


def test_a_printed_guide_carries_every_sections_fix():
    assert pending_on_page("print.md", SECTIONS, set(), PENDING, printed=True) == dt.date(2026, 12, 20)
    assert pending_on_page("print.md", SECTIONS, set(), {}, printed=True) is None


def test_the_title_block_names_the_changed_sections_in_reading_order():
    titles = [("what-is-it.md", "What is it?"), ("risks.md", "Risks"), ("recovery.md", "Recovery")]
    pending = pending_sections(titles, PENDING)
    assert pending == [("What is it?", dt.date(2026, 12, 10)), ("Recovery", dt.date(2026, 12, 20))]
    assert guide_notice(pending, WORDS) == (
        "Some of this guide was changed to correct something urgently, before its clinical review. The review "
        "will be finished by 20 December 2026. Changed: What is it?, Recovery.")
    assert guide_notice([], WORDS) == "" and part_notice(None, WORDS) == ""
    assert part_notice(dt.date(2026, 12, 20), WORDS) == (
        '<p class="guide-review-pending" role="note">This part of the guide was changed to correct something '
        "urgently, before its clinical review. The review will be finished by 20 December 2026.</p>\n")
