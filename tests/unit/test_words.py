"""The words file: one per language, complete, with dates a translation can word its own way."""

import datetime as dt
import shutil

import pytest
import yaml

from patient_guide.words import WORDS_DIR, WordsError, load_words


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
    with pytest.raises(WordsError, match="cy.yml lacks check_all, try_again: copy them from en.yml"):
        load_words("cy", folder)


@pytest.mark.parametrize("change, problem", [
    ({"months": "Jan, Feb"}, "'months' must name the 12 months in order"),
    ({"date_format": "{day} {year}"}, "'date_format' must hold {day}, {month} and {year}"),
])
def test_dates_a_translation_words_wrongly_are_refused(tmp_path, change, problem):
    with pytest.raises(WordsError, match=problem.replace("{", r"\{").replace("}", r"\}")):
        load_words("cy", words_dir(tmp_path, **change))
