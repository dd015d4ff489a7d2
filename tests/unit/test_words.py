"""The words file: one per language, complete, with dates a translation can word its own way,
and checked like a page: every slip named with its line and fix, never a traceback."""

import datetime as dt
import re
import shutil

import pytest
import yaml

from patient_guide.words import WORD_PLACEHOLDERS, WORDS_DIR, WordsError, load_words, read_words


def words_dir(tmp_path, **translation):
    shutil.copy(WORDS_DIR / "en.yml", tmp_path / "en.yml")
    english = yaml.safe_load((WORDS_DIR / "en.yml").read_text("utf-8"))
    (tmp_path / "cy.yml").write_text(yaml.safe_dump({**english, **translation}, allow_unicode=True), "utf-8")
    return tmp_path


def test_a_translation_gives_its_own_words_and_dates(tmp_path):
    folder = words_dir(tmp_path, check_all="Gwirio fy atebion", date_format="{day} {month} {year}",
                       months="Ionawr, Chwefror, Mawrth, Ebrill, Mai, Mehefin, Gorffennaf, Awst, Medi, Hydref, "
                              "Tachwedd, Rhagfyr")
    words = load_words("cy", folder)
    assert words["check_all"] == "Gwirio fy atebion"
    assert words.date(dt.date(2026, 11, 25)) == "25 Tachwedd 2026"
    assert load_words("en", folder).date(dt.date(2026, 11, 25)) == "25 November 2026"


def test_a_language_with_no_words_file_is_named_with_the_fix(tmp_path):
    with pytest.raises(WordsError, match="theme.language is 'fr', but there is no fr.yml .* Copy en.yml"):
        load_words("fr", words_dir(tmp_path))


def test_a_translation_missing_words_names_them(tmp_path):
    folder = words_dir(tmp_path)
    text = (folder / "cy.yml").read_text("utf-8")
    (folder / "cy.yml").write_text("\n".join(line for line in text.splitlines()
                                             if not line.startswith(("check_all:", "try_again:"))), "utf-8")
    with pytest.raises(WordsError, match="cy.yml: check_all, try_again are missing. How to fix: copy each from en.yml"):
        load_words("cy", folder)


@pytest.mark.parametrize("change, problem", [
    ({"months": "Jan, Feb"}, "'months' must name the 12 months in order"),
    ({"date_format": "{day} {year}"}, "'date_format' has lost {month}, which the build fills in"),
])
def test_dates_a_translation_words_wrongly_are_refused(tmp_path, change, problem):
    with pytest.raises(WordsError, match=problem.replace("{", r"\{").replace("}", r"\}")):
        load_words("cy", words_dir(tmp_path, **change))


def test_the_schema_is_the_english_words_file():
    """Every word the build uses, with its placeholders: a word added to en.yml is added here too."""
    english = yaml.safe_load((WORDS_DIR / "en.yml").read_text("utf-8"))
    assert set(english) == set(WORD_PLACEHOLDERS)
    for key, text in english.items():
        assert set(re.findall(r"\{(\w+)\}", text)) == set(WORD_PLACEHOLDERS[key].split()), key


EN = (WORDS_DIR / "en.yml").read_text("utf-8")
SHOWN = "hooks/patient_guide/words/en.yml"


def problems_after(old: str, new: str) -> list[str]:
    assert old in EN, old
    return read_words(EN.replace(old, new, 1).encode("utf-8"), SHOWN)[1]


def line_of(text: str) -> int:
    return EN.split(text, 1)[0].count("\n") + 1


@pytest.mark.parametrize("old, new, expected", [
    ("disclaimer: this guide", "disclaimer: Note: this guide",
     "the words file cannot be read: a colon followed by a space inside a value makes it look like a new "
     "'name: value'. How to fix: if a text contains a colon followed by a space, put the whole text in double "
     'quotes, as in key: "text: more text"; indent with spaces, not tabs.'),
    ("published_by: Published by {publisher}", "published_by: Published by {publsher}",
     "'published_by' has {publsher}, which the build does not fill in (it fills in only {publisher}). How to fix: "
     "correct its spelling, or remove it."),
    ("published_by: Published by {publisher}", "published_by: Published by us",
     "'published_by' has lost {publisher}, which the build fills in. How to fix: put it back"),
    ("check_all: Check my answers", "check_all: Check my answers}", "'check_all' has a curly bracket on its own."),
    ("disclaimer_label:", "disclaimr_label:", "'disclaimr_label' is not a word the guide uses. How to fix: did you "
     "mean 'disclaimer_label'?"),
    ("check_all: Check my answers", "check_all:", "YAML read 'check_all' as nothing."),
    ("check_all: Check my answers", "check_all: yes", "YAML read 'check_all' as True, not words."),
    ("check_all: Check my answers", "check_all: [Check, answers]", "YAML read 'check_all' as ['Check', 'answers']"),
    ("disclaimer: this guide does not", "disclaimer: this guide does **not**", "The text of 'disclaimer' has"),
    ("disclaimer: this guide does not", 'disclaimer: this <a href="x" onclick="go()">guide</a> does not',
     "The text of 'disclaimer' has"),
    ("check_all: Check my answers", "check_all: Check my\u200b answers", "ZERO WIDTH SPACE"),
    ("date_locale: en-GB", "date_locale: en_GB", "'date_locale' is 'en_GB', which is not a language tag"),
    ("months: January, February,", "months: February,", "'months' must name the 12 months in order"),
])
def test_every_slip_in_the_words_file_is_named_with_its_line_and_fix(old, new, expected):
    problems = problems_after(old, new)
    assert len(problems) == 1 and expected in problems[0], problems
    assert problems[0].startswith(f"{SHOWN}, line {line_of(old)}: "), problems[0]


def test_a_statement_may_hold_markdown_but_nothing_that_runs_code_and_no_code_block():
    problems = problems_after("## Cookies\n", "## Cookies\n\n  <script>alert(1)</script>\n\n  ```quiz\n  x\n  ```\n")
    script_line = line_of("## Cookies") + 2
    assert any(p.startswith(f"{SHOWN}, line {script_line} ('privacy_body'): the page has a <script> element")
               for p in problems), problems
    assert any("'privacy_body' has a code block" in p for p in problems), problems


def test_a_word_given_twice_a_missing_word_and_another_encoding_are_named():
    assert problems_after("check_all: Check my answers\n", "check_all: Check my answers\ncheck_all: Check\n") == [
        f"{SHOWN}, line {line_of('check_all:') + 1}: 'check_all' is given twice (first on line {line_of('check_all:')})"
        "; only the last would count. How to fix: keep one 'check_all:' line."]
    assert problems_after("try_again: Clear my answers and try again\n", "") == [
        f"{SHOWN}: try_again is missing. How to fix: copy each from en.yml (git shows it) and, for a translation, "
        "translate it."]
    latin = read_words(EN.replace("Important", "Imp\u00e9rtant").encode("latin-1"), SHOWN)[1]
    assert latin and "is not saved as UTF-8" in latin[0]


@pytest.mark.parametrize("language, expected", [
    ("en-GB", "theme.language is 'en-GB', which Material has no words for. How to fix: write one of Material's "
              "language codes after 'language: ', such as en. The codes it knows: de, en, pt, pt-BR."),
    ("pt-PT", "theme.language is 'pt-PT', which Material has no words for. How to fix: write one of Material's "
              "language codes after 'language: ', such as pt or pt-BR."),
    ("", "theme.language is empty. How to fix: write one of Material's language codes after 'language: ', "
         "such as en for English."),
    (["en"], "theme.language is ['en'], not one language code. How to fix"),
    (None, "theme.language is empty. How to fix"),  # 'language:' with nothing after it
])
def test_a_language_the_theme_has_no_words_for_is_named_with_the_codes_it_knows(tmp_path, language, expected):
    """Material would end the build in a template traceback (partials/languages/en-GB.html not found)."""
    from patient_guide.words import theme_language_problem
    other = tmp_path / "overrides"
    (tmp_path / "theme" / "partials" / "languages").mkdir(parents=True)
    for code in ("en", "de", "pt", "pt-BR"):
        (tmp_path / "theme" / "partials" / "languages" / f"{code}.html").write_text("")
    problem = theme_language_problem(language, [str(other), str(tmp_path / "theme")])
    assert problem.startswith("mkdocs.yml: " + expected), problem
    assert theme_language_problem("pt-BR", [str(other), str(tmp_path / "theme")]) is None
