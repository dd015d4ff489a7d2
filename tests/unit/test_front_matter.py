"""Front matter the theme writes into pages: plain text of the right shape, named by line."""

import pytest

from patient_guide.front_matter import front_matter_problems
from patient_guide.source_text import SourceError, decode_source

GOOD = ("---\ntitle: Risks\ndescription: The risks.\nkey_points:\n  - One.\n  - Fewer than 3 in 100 (< 3%).\n"
        "  - Hips & knees, R&D.\n---\n")


def test_good_front_matter_and_none_at_all_pass():
    assert front_matter_problems(GOOD + "# Risks\n", "docs/r.md") == []
    assert front_matter_problems("# No front matter\n", "docs/r.md") == []


@pytest.mark.parametrize("old, new, expected", [
    ("title: Risks", "title: <img src=x onerror=alert(1)>",
     "docs/r.md, line 2: the title contains < or >, which the page would treat as code. How to fix: write the "
     "title as plain words, without < or >."),
    ("title: Risks", "title: Risks {#x onclick=alert(1)}",
     "docs/r.md, line 2: the title contains curly brackets ({ or }), which the page would treat as code. How to "
     "fix: write the title as plain words, without curly brackets ({ or })."),
    ("description: The risks.", 'description: The "risks".',
     'docs/r.md, line 3: the description contains double quotes ("), which the page would treat as code. '
     'How to fix: write the description as plain words, without double quotes (").'),
    ("title: Risks", "title: [Risks]",
     "docs/r.md, line 2: 'title' must be a line of text. How to fix: write 'title: ' and then the words."),
    ("key_points:\n  - One.\n  - Fewer than 3 in 100 (< 3%).\n  - Hips & knees, R&D.", "key_points: One point.",
     "docs/r.md, line 4: 'key_points' must be a list, one point per line. How to fix: write each point on its own "
     "line under 'key_points:', starting with two spaces, a dash and a space ('  - ')."),
    ("  - One.", "  - Note: one.",
     "docs/r.md, line 5: this key point was not read as plain text (a colon followed by a space makes it a "
     "'name: value' pair). How to fix: write the point as a sentence; if it contains a colon, put the whole text "
     'in double quotes, as in key: "text: more text".'),
    ("description: The risks.", "description: Risks: what they are.",
     "docs/r.md, line 3: the front matter (between the --- lines) cannot be read: a colon followed by a space "
     "inside a value makes it look like a new 'name: value'. How to fix: write one 'name: value' per line; if a "
     'value contains a colon, put the whole text in double quotes, as in key: "text: more text".'),
])
def test_each_problem_names_file_line_and_fix(old, new, expected):
    assert front_matter_problems(GOOD.replace(old, new), "docs/r.md") == [expected]


def test_a_page_saved_as_windows_1252_is_named_with_its_line():
    data = "---\ntitle: Risks\n---\n\nThe patient\u2019s hip.\n".encode("cp1252")
    with pytest.raises(SourceError) as raised:
        decode_source(data, "docs/r.md")
    assert str(raised.value) == (
        "docs/r.md, line 5: this file is not saved as UTF-8, so some characters (such as curly quotes, dashes or "
        "accented letters) cannot be read. How to fix: open the file in your editor and save it again with the "
        "encoding set to UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).")
    assert decode_source("\ufeffA byte order mark is fine.".encode("utf-8"), "x") == "A byte order mark is fine."


def test_windows_and_old_mac_line_endings_and_a_byte_order_mark_read_as_plain_lines():
    """As MkDocs reads them: a page saved by Notepad is the same page."""
    page = GOOD + "# Risks\n"
    for saved in (page.replace("\n", "\r\n"), page.replace("\n", "\r"), "\ufeff" + page.replace("\n", "\r\n")):
        text = decode_source(saved.encode("utf-8"), "docs/r.md")
        assert text == page and front_matter_problems(text, "docs/r.md") == []


def test_the_fast_look_for_unseen_characters_misses_none():
    from patient_guide.source_text import MAYBE_UNSEEN, unseen_kind
    assert [hex(code) for code in range(0x110000) if unseen_kind(chr(code)) and not MAYBE_UNSEEN.match(chr(code))] \
        == []
