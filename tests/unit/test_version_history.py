"""version_history: the sign-off record's versions as lines a patient reads."""

import datetime as dt

from patient_guide.version_history import render_printed_history, render_version_history, version_lines
from patient_guide.words import load_words

WORDS = load_words("en")
TITLES = {"risks.md": "Complications and risks", "glossary.md": "Glossary", "index.md": "Home"}
LEDGER = {"risks.md": {"reviewed_on": dt.date(2026, 12, 1)},
          "versions": {
              "1.10": {"date": dt.date(2027, 3, 2), "changed": ["glossary.md", "glossary.yml", "words/en.yml"]},
              "1.0": {"date": dt.date(2026, 12, 1), "changed": ["index.md", "risks.md"]},
              "1.9": {"date": dt.date(2027, 2, 1), "changed": ["gone.md", "risks.md"]},
              "1.9.1": {"date": dt.date(2027, 2, 2), "changed": []}}}


def test_newest_first_by_number_each_page_once_by_its_title_unknown_files_by_name():
    assert version_lines(LEDGER, TITLES, WORDS) == [
        "Version 1.10, 2 March 2027: changed Glossary, words used on every page, such as buttons and notices.",
        "Version 1.9.1, 2 February 2027: reviewed, no words changed.",
        "Version 1.9, 1 February 2027: changed gone.md, Complications and risks.",
        "Version 1.0, 1 December 2026: the first version.",
    ]


def test_no_record_of_versions_shows_nothing():
    assert version_lines({"risks.md": {}}, TITLES, WORDS) == []
    assert render_version_history([], WORDS) == render_printed_history([], WORDS) == ""


def test_the_lines_are_escaped_and_the_history_is_closed_on_screen():
    html = render_version_history(["Version 2 <b>"], WORDS)
    assert html == ('<details class="guide-versions"><summary>Version history</summary>'
                    "<ul><li>Version 2 &lt;b&gt;</li></ul></details>")


def test_a_history_sign_off_could_not_have_written_is_named_with_its_line():
    from patient_guide.versions import history_problem

    text = "versions:\n  '1.0':\n    date: 2026-12-01\n    changed: []\n  '1.2':\n"
    ledger = {"versions": {"1.0": {"date": dt.date(2026, 12, 1), "changed": []}, "1.2": None}}
    assert history_problem(ledger, text, "docs/sign-off.yml") == (
        "docs/sign-off.yml, line 5: version 1.2 in the version history (versions:) has no date, or no list of the "
        "files it changed, as python3 dev.py sign-off writes them. How to fix: restore the file from git (git "
        "checkout -- docs/sign-off.yml); it is written by sign-off, not by hand.")
    ledger["versions"]["1.2"] = {"date": "soon", "changed": "risks.md"}
    assert history_problem(ledger, text, "docs/sign-off.yml").startswith("docs/sign-off.yml, line 5: version 1.2")
    assert history_problem({"versions": {"1.0": ledger["versions"]["1.0"]}}, text, "docs/sign-off.yml") is None


def test_a_page_is_named_as_the_menu_names_it_else_by_its_own_title():
    from patient_guide.version_history import page_titles

    assert page_titles({"index.md": "Soft tissue hip reconstruction", "privacy.md": "Privacy notice"},
                       {"index.md": "Home", "risks.md": None}) == {"index.md": "Home", "privacy.md": "Privacy notice"}
