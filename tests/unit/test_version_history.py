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
              "1.9": {"date": dt.date(2027, 2, 1), "changed": ["gone.md", "risks.md"]}}}


def test_newest_first_by_number_each_page_once_by_its_title_unknown_files_by_name():
    assert version_lines(LEDGER, TITLES, WORDS) == [
        "Version 1.10, 2 March 2027: changed Glossary, words used on every page.",
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
