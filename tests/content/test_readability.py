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


def test_polish_syllables_are_its_vowel_groups_and_fog_pl_is_pisareks_formula():
    assert [readability.polish_syllables(word) for word in ("rekonstrukcja", "nie", "biodra", "ból")] == [4, 1, 2, 1]
    # 2 sentences of 4 and 6 words (5 a sentence); 2 of the 10 words have 4+ syllables: 0.4 x (5 + 20) = 10.
    assert readability.fog_pl("Rekonstrukcja to trudna operacja. Ból po niej mija dość szybko.") == 10.0


def test_polish_key_points_and_questions_read_at_fog_pl_9_or_below(section):
    path = ROOT / "docs-pl" / section
    meta, body = readability.split_front_matter(path.read_text("utf-8"))
    assert readability.fog_pl(" ".join(meta["key_points"])) <= readability.POLISH_TARGET, section
    assert readability.fog_pl(readability.question_text(body)) <= readability.POLISH_TARGET, section
    assert all(len(point.split()) <= 20 for point in meta["key_points"]), "20 words or fewer a sentence"
