"""Plural forms from CLDR (Babel): the category of each count, and the checks on a counted text."""

import pytest

from patient_guide.plurals import categories, choose, plural_category, plural_problems, script_forms

COUNTS = (0, 1, 2, 5, 12, 22, 25)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ("other", "one", "other", "other", "other", "other", "other")),
    # Polish: one for 1; few for 2-4, 22-24 (not 12-14); many for 0, 5-21, 25...
    ("pl", ("many", "one", "few", "many", "many", "few", "many")),
    ("ur", ("other", "one", "other", "other", "other", "other", "other")),
])
def test_plural_category_follows_cldr(language, expected):
    assert tuple(plural_category(language, n) for n in COUNTS) == expected


def test_categories_each_language_needs():
    assert categories("en") == ("one", "other")
    assert categories("pl") == ("one", "few", "many", "other")
    assert categories("ur") == ("one", "other")


POLISH = {"one": "{count} pytanie", "few": "{count} pytania", "many": "{count} pytań", "other": "{count} pytania"}


def test_choose_fills_the_polish_form_for_each_count():
    assert [choose(POLISH, "pl", n) for n in COUNTS] == [
        "0 pytań", "1 pytanie", "2 pytania", "5 pytań", "12 pytań", "22 pytania", "25 pytań"]


def test_choose_in_english_and_urdu():
    english = {"one": "{count} question", "other": "{count} questions"}
    urdu = {"one": "{count} سوال", "other": "{count} سوالات"}
    assert [choose(english, "en", n) for n in (0, 1, 2, 22)] == ["0 questions", "1 question", "2 questions",
                                                                 "22 questions"]
    assert [choose(urdu, "ur", n) for n in (1, 5)] == ["1 سوال", "5 سوالات"]


def test_a_missing_form_is_named_with_the_fix():
    problems = plural_problems("list_count", {"one": "a", "other": "b"}, "pl", "words/pl.yml, line 9")
    assert problems == ["words/pl.yml, line 9: 'list_count' has no text for the plural forms few, many, which 'pl' "
                        "uses. How to fix: add few: ..., many: ... under 'list_count' (CLDR's rules say which "
                        "numbers take each form)."]


def test_an_unused_form_and_a_plain_text_are_named():
    assert "a plural form 'en' does not use" in plural_problems("k", {"one": "a", "few": "b", "other": "c"}, "en",
                                                               "w")[0]
    assert "needs one text for each plural form of 'pl'" in plural_problems("k", "just text", "pl", "w")[0]
    assert plural_problems("k", POLISH, "pl", "w") == []


def test_script_forms_keep_only_the_languages_categories():
    assert script_forms({"one": "a", "other": "b", "few": "x"}, "en") == {"one": "a", "other": "b"}
