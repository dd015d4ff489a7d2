"""Key points and questions are written for everyone: Flesch-Kincaid grade 8 or below."""

import readability
from support import ROOT, section_pages


def test_key_points_are_at_grade_8_or_below(section):
    meta, _ = readability.split_front_matter((ROOT / "docs" / section).read_text("utf-8"))
    points = meta["key_points"]
    assert 3 <= len(points) <= 6
    grade, ease = readability.scores(" ".join(points))
    assert grade <= readability.GRADE_TARGET, (section, grade)
    assert all(len(point.split()) <= 20 for point in points), "plain English: 20 words or fewer a sentence"


def test_questions_and_their_options_are_at_grade_8_or_below(section):
    text = readability.question_text((ROOT / "docs" / section).read_text("utf-8"))
    assert text, f"{section} has no questions"
    grade, ease = readability.scores(text)
    assert grade <= readability.GRADE_TARGET, (section, grade)


def test_the_report_scores_text_and_key_points_of_every_section():
    rows = {row["page"]: row for row in readability.report()}
    assert set(section_pages()) <= set(rows)
    for page in section_pages():
        assert rows[page]["key_points"] is not None
        assert rows[page]["key_points"][0] < rows[page]["text"][0], "key points should read more easily"


def test_plain_text_drops_questions_headings_and_link_targets():
    text = readability.plain_text("# Title\n\nSee [the page](x.md).\n\n```quiz\nid: q\n```\n- A point.\n")
    assert text == "See the page. A point."
