"""A counted word written as one text per CLDR plural form: read, checked and filled in."""

from patient_guide.words import WORDS_DIR, counted_by, read_words

ENGLISH = (WORDS_DIR / "en.yml").read_text("utf-8")


def with_text(key: str, written: str, language: str = "en"):
    """en.yml with one word's line replaced by `written` (a YAML block), read as `language`."""
    lines = ENGLISH.splitlines()
    [index] = [i for i, line in enumerate(lines) if line.startswith(f"{key}:")]
    lines[index:index + 1] = written.splitlines()
    return read_words("\n".join(lines).encode(), "words/x.yml", language)


def test_the_number_that_chooses_the_form():
    assert counted_by("list_count_many") == "count" and counted_by("score") == "total"
    assert counted_by("question_number") == "total" and counted_by("disclaimer") is None


def test_polish_forms_are_chosen_by_cldr():
    words, problems = with_text("list_count_many", "list_count_many:\n  one: Na liście jest {count} pytanie.\n"
                                "  few: Na liście są {count} pytania.\n  many: Na liście jest {count} pytań.\n"
                                "  other: Na liście jest {count} pytania.", "pl")
    assert problems == []
    assert [words.fill("list_count_many", count=n) for n in (2, 5, 22)] == [
        "Na liście są 2 pytania.", "Na liście jest 5 pytań.", "Na liście są 22 pytania."]


def test_a_missing_form_and_a_lost_placeholder_are_named_with_their_line():
    _, problems = with_text("list_count_many", "list_count_many:\n  one: '{count} pytanie'\n  other: '{count} x'",
                            "pl")
    assert len(problems) == 1 and "has no text for the plural forms few, many, which 'pl' uses" in problems[0]
    assert problems[0].startswith("words/x.yml, line ")
    _, problems = with_text("list_count_many", "list_count_many:\n  one: one question\n  other: '{count} questions'")
    assert len(problems) == 1 and "(one): 'list_count_many' has lost {count}" in problems[0]


def test_a_word_without_a_count_still_needs_plain_text():
    _, problems = with_text("disclaimer", "disclaimer:\n  one: a\n  other: b")
    assert len(problems) == 1 and "YAML read 'disclaimer' as" in problems[0]
