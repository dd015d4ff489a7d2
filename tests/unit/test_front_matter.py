"""Front matter the theme writes into pages: plain text of the right shape, named by line."""

import pytest

from patient_guide.front_matter import front_matter_problems, page_problems
from patient_guide.source_text import SourceError, decode_source
from support import ROOT

GOOD = ("---\ntitle: Risks\ndescription: The risks.\nkey_points:\n  - One.\n  - Fewer than 3 in 100 (< 3%).\n"
        "  - Hips & knees, R&D.\n---\n")


def test_good_front_matter_passes_and_a_page_without_any_is_refused():
    assert front_matter_problems(GOOD + "# Risks\n", "docs/r.md") == []
    assert front_matter_problems("# No front matter\n", "docs/r.md") == [
        "docs/r.md, line 1: the page does not start with the front matter (the block between the --- lines at the "
        "top), which every page needs for its title, description and review dates. How to fix: start the page with "
        "a line of just ---, then 'title: ...', 'description: ...' and the other lines, then a line of just --- "
        "(copy the top of another page)."]


def test_every_real_page_passes_and_the_material_settings_the_build_sets_are_valid_front_matter():
    """The hide and search settings the build gives its own pages are ones a page may carry too."""
    import yaml

    from patient_guide.front_matter import MATERIAL_FIELDS
    from patient_guide.generated_pages import GENERATED_PAGES
    for path in sorted((ROOT / "docs").glob("*.md")):
        assert page_problems(decode_source(path.read_bytes(), path.name), f"docs/{path.name}") == [], path
    for name, (_, _, meta) in GENERATED_PAGES.items():
        material = {key: value for key, value in meta.items() if key in MATERIAL_FIELDS}
        text = (ROOT / "docs" / name).read_text("utf-8")
        with_meta = text.replace("---\n", "---\n" + yaml.safe_dump(material) if material else "---\n", 1)
        assert page_problems(with_meta, f"docs/{name}") == [], name


def test_windows_and_old_mac_line_endings_and_a_byte_order_mark_read_as_plain_lines():
    """As MkDocs reads them: a page saved by Notepad is the same page."""
    page = GOOD + "# Risks\n"
    for saved in (page.replace("\n", "\r\n"), page.replace("\n", "\r"), "\ufeff" + page.replace("\n", "\r\n")):
        text = decode_source(saved.encode("utf-8"), "docs/r.md")
        assert text == page and front_matter_problems(text, "docs/r.md") == []


@pytest.mark.parametrize("page, expected", [
    (GOOD.replace("---\n", "", 1) + "# Risks\n", "docs/r.md, line 1: the page does not start with the front matter"),
    (GOOD.removesuffix("---\n") + "\n# Risks\n\nText.\n",
     "docs/r.md, line 1: the front matter (the block between the --- lines at the top) is never closed, so the page "
     "would show it as text. How to fix: add a line of just --- after the front matter's last line, before the "
     "page's text."),
    (GOOD.removesuffix("---\n") + "\n# Risks\n\nText.\n\n---\n\nMore text.\n",
     "docs/r.md, line 1: the front matter (the block between the --- lines at the top) is never closed (the page's "
     "text from line 9 is read as part of it), so the page would show it as text."),
    (GOOD.removesuffix("---\n") + "----\n\n# Risks\n",
     "docs/r.md, line 8: the line that closes the front matter is written '----', so the page would show the front "
     "matter as text. How to fix: write that line as exactly three dashes: ---"),
    ("\n" + GOOD + "# Risks\n",
     "docs/r.md, line 2: the front matter (the block between the --- lines at the top) starts after a blank line, "
     "so the page would show it as text. How to fix: delete the blank line above the first ---, so that the page "
     "starts with it."),
    (GOOD.replace("key_points:", "...\nkey_points:") + "# Risks\n",
     "docs/r.md, line 4: a line of three dots (...) ends the front matter here, so the page would show the lines "
     "after it as text. How to fix: close the front matter with a line of just --- (three dashes), and do not put "
     "a line of just ... inside it."),
    ("-----\n" + GOOD.split("\n", 1)[1] + "# Risks\n",
     "docs/r.md, line 1: the first line is '-----', but the front matter (the block between the --- lines at the "
     "top) must start with a line of exactly three dashes at the very left, or the page shows it as text. How to "
     "fix: write the first line as ---"),
    (GOOD.removesuffix("\n"),
     "docs/r.md, line 8: the page ends on the line that closes the front matter, so the page would show the front "
     "matter as text. How to fix: add the page's text after the --- line (at least its # heading)."),
])
def test_front_matter_mkdocs_would_not_read_is_refused_at_its_line(page, expected):
    [message] = front_matter_problems(page, "docs/r.md")
    assert message.startswith(expected), message


@pytest.mark.parametrize("old, new, expected", [
    ("key_points:", "key_point:",
     "docs/r.md, line 4: 'key_point' is not a name the front matter can have, so what it holds would be ignored. "
     "How to fix: did you mean 'key_points'? Use only title, description, key_points, last_reviewed, next_review, "
     "review_pending_until, translated_from, hide, search."),
    ("title:", "Title:", "docs/r.md, line 2: 'Title' is not a name the front matter can have, so what it holds would "
                         "be ignored. How to fix: did you mean 'title'?"),
    ("title:", "titel:", "docs/r.md, line 2: 'titel' is not a name the front matter can have, so what it holds would "
                         "be ignored. How to fix: did you mean 'title'?"),
    ("title: Risks", "title: Risks\ncolour: blue", "docs/r.md, line 3: 'colour' is not a name the front matter can "
                                                   "have, so what it holds would be ignored. How to fix: use only"),
])
def test_an_unknown_name_is_refused_with_the_nearest_known_one(old, new, expected):
    """Only that message: the field it was meant to be is not reported missing as well."""
    [message] = front_matter_problems(GOOD.replace(old, new) + "# R\n", "docs/r.md")
    assert message.startswith(expected), message
    both = GOOD.replace("key_points:", "key_point: [a]\nkey_points:")
    assert len(front_matter_problems(both, "docs/r.md")) == 1, "the real key_points is not 'given twice'"


def test_material_s_own_names_are_kept():
    page = GOOD.replace("title: Risks", "title: Risks\nhide:\n  - toc\nsearch:\n  exclude: true")
    assert front_matter_problems(page + "# R\n", "docs/r.md") == []


def test_a_section_needs_3_to_5_key_points_and_every_page_a_title_and_description():
    points = ["  - One.", "  - Fewer than 3 in 100 (< 3%).", "  - Hips & knees, R&D."]
    two = GOOD.replace(points[2] + "\n", "")
    assert front_matter_problems(two, "docs/r.md") == [
        "docs/r.md, line 4: there are 2 key points; the box under the title holds 3 to 5. How to fix: add points "
        "until there are 3, each a short point the section makes."]
    six = GOOD.replace(points[2], "\n".join(points[2:] + ["  - Four.", "  - Five.", "  - Six."]))
    assert front_matter_problems(six, "docs/r.md") == [
        "docs/r.md, line 4: there are 6 key points; the box under the title holds 3 to 5. How to fix: keep the 5 "
        "that matter most."]
    bare = "---\ntitle: Risks\n---\n# R\n"
    assert front_matter_problems(bare, "docs/r.md") == [
        "docs/r.md, line 1: the front matter has no 'description' (one sentence for search engines and link "
        "previews). How to fix: add a line 'description: ...' between the --- lines.",
        "docs/r.md, line 1: the front matter has no 'key_points': a section page shows 3 to 5 in a box under its "
        "title. How to fix: add a line 'key_points:' and under it 3 to 5 short points, each on its own line starting "
        "with two spaces, a dash and a space ('  - ')."]
    home = "---\ntitle: Home\ndescription: The guide.\n---\n# Home\n"
    assert front_matter_problems(home, "docs/index.md") == [], "the home page needs no key points"
    assert "there is 1 key point" in front_matter_problems(home.replace("---\n#", "key_points:\n  - One.\n---\n#"),
                                                           "docs/index.md")[0], "but if it has some, 3 to 5"


@pytest.mark.parametrize("old, new, expected", [
    ("  - One.", "  - Fewer than **3** in 100.",
     "docs/r.md, line 5: the key point has Markdown's bold or italic marks (* or _). The key points box is shown as "
     "plain text, exactly as typed. How to fix: write it as plain text: remove the * or _ marks: they would be "
     "shown as typed."),
    ("  - One.", "  - Fewer than 3 in [100](x.md).",
     "docs/r.md, line 5: the key point has a link. The key points box is shown as plain text, exactly as typed. "
     "How to fix: write it as plain text: keep the words and remove the link's [ ] and ( ), and the address."),
    ("title: Risks", "title: Complications and **risks**",
     "docs/r.md, line 2: the title has Markdown's bold or italic marks (* or _). The title is shown as plain text, "
     "exactly as typed."),
    ("title: Risks", "title: Complications &copy risks",
     "docs/r.md, line 2: the title has an HTML character code (&copy), which some pages would show as a symbol and "
     "others as typed. The title is shown as plain text, exactly as typed. How to fix: write it as plain text: "
     "write the character itself (such as ©) or the words instead."),
    ("description: The risks.", "description: The ~~small~~ risks.",
     "docs/r.md, line 3: the description has Markdown's crossing-out marks (~~)."),
    ("  - One.", "  - yes",
     'docs/r.md, line 5: YAML read this key point, yes, as true or false (YAML reads yes, no, on, off, true and false '
     'that way), not as words. How to fix: put it in double quotes: - "yes"'),
    ("  - One.", "  - 3.0",
     'docs/r.md, line 5: YAML read this key point, 3.0, as a number, not as words. How to fix: put it in double '
     'quotes: - "3.0"'),
    ("title: Risks", "title: 2026",
     'docs/r.md, line 2: YAML read the title, 2026, as a number, not as words. How to fix: put it in double quotes: '
     'title: "2026"'),
    ("title: Risks", "title: &copy Risks",
     "docs/r.md, line 2: a value starts with &, which YAML reads as a label, not as words, so the words would be "
     'changed or lost. How to fix: remove the sign at its start, or put the whole value in double quotes ("...").'),
    ("  - One.", "  - **Fewer** than 3 in 100.",
     "docs/r.md, line 5: the key point starts with **, Markdown's mark for bold or italic text, but it is shown as "
     "plain text, exactly as typed. How to fix: remove the ** at its start, and any ** that closes it, so that only "
     "the words are left."),
    ("title: Risks", "title: Risks\nlast_reviewed: 2026-11-24\nnext_review: 2027-02-30",
     "docs/r.md, line 4: 'next_review' is 2027-02-30, which is not a real date. How to fix: check the day and the "
     "month, written as YYYY-MM-DD, e.g. 2026-11-25."),
    ("title: Risks", "title: Risks\u200b",
     'docs/r.md, line 2: the title has an invisible character, ZERO WIDTH SPACE (U+200B), just after "Risks". How '
     "to fix: delete it: it often comes with copied text; if your editor does not show it, retype the words around "
     "it."),
])
def test_text_a_patient_reads_is_plain_text_and_what_yaml_misreads_is_named(old, new, expected):
    [message] = front_matter_problems(GOOD.replace(old, new), "docs/r.md")
    assert message.startswith(expected), message


@pytest.mark.parametrize("char, name", [("\u200b", "an invisible character, ZERO WIDTH SPACE (U+200B)"),
                                        ("\u202e", "a character that changes the direction of the text, "
                                                   "RIGHT-TO-LEFT OVERRIDE (U+202E)"),
                                        ("\x07", "a control character, BELL (U+0007)")])
def test_a_character_nobody_can_see_anywhere_on_a_page_is_named_at_its_line(char, name):
    page = GOOD + f"# Risks\n\nA bro{char}ken leg.\n"
    assert page_problems(page, "docs/r.md") == [
        f'docs/r.md, line 11: there is {name}, just after "A bro". How to fix: delete it: '
        + {"\u200b": "it often comes with copied text", "\u202e": "it can make the words show in a different order "
           "from the one typed", "\x07": "it cannot be seen or printed"}[char]
        + "; if your editor does not show it, retype the words around it."]


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


def test_the_fast_look_for_unseen_characters_misses_none():
    from patient_guide.source_text import MAYBE_UNSEEN, unseen_kind
    assert [hex(code) for code in range(0x110000) if unseen_kind(chr(code)) and not MAYBE_UNSEEN.match(chr(code))] \
        == []


def test_a_field_given_twice_in_different_shapes_is_named_once_and_checked_as_yaml_reads_it():
    """Hypothesis found it: key_points first as a mapping, then as a list, gave a traceback."""
    page = GOOD.replace("key_points:\n", "key_points:\n last_reviewed: 2026-11-25\nkey_points:\n", 1)
    assert front_matter_problems(page + "# Risks\n", "docs/r.md") == [
        "docs/r.md, line 6: 'key_points' is given twice; only the last would count. How to fix: keep one "
        "'key_points:' line."]


@pytest.mark.parametrize("extra, expected", [
    ("search:\n  exclud: true\n", "line 4: 'search' holds 'exclud: true', which Material does not read. How to "
                                   "fix: write search: on its own line, and under it '  exclude: true'"),
    ("search: no\n", "line 4: 'search' holds 'false', which Material does not read."),
    ("search:\n  exclude: true\n  boost: true\n", "line 4: 'search' holds 'boost: true', which Material"),
    ("search:\n  exclude: 1\n", "line 4: 'search' holds 'exclude: 1', which Material does not read."),
    ("hide: [tocc]\n", "line 4: 'hide' holds 'tocc', which Material does not hide."),
    ("hide: toc\n", "line 4: 'hide' must be a list. How to fix: write it as a list of what to hide, from "
                    "navigation, toc, footer, path, tags, feedback: as in hide: [toc], or a line '  - toc' "
                    "under hide:."),
    ("quiz: true\n", "line 4: 'quiz' is not a name the front matter can have"),
    ("print_button: true\n", "line 4: 'print_button' is not a name the front matter can have"),
])
def test_material_s_settings_are_read_as_material_reads_them_and_the_build_s_own_are_not_the_page_s(extra, expected):
    """A slip under hide: or search: would be ignored without a word; quiz and print_button are the build's."""
    page = "---\ntitle: Home\ndescription: The home page.\n" + extra + "---\n# Home\n"
    problems = front_matter_problems(page, "docs/index.md")
    assert len(problems) == 1 and problems[0].startswith(f"docs/index.md, {expected}"), problems


def test_material_s_settings_written_right_pass():
    page = ("---\ntitle: Home\ndescription: The home page.\nhide: [toc, navigation]\nsearch:\n  exclude: true\n"
            "  boost: 2\n---\n")
    assert front_matter_problems(page + "# Home\n", "docs/index.md") == []


def test_a_merge_key_is_refused_however_often_the_front_matter_is_read():
    """YAML's merge key (<<) rewrites the node tree when its data is made; the checks, which share
    one reading of each text, must still see the tree as written."""
    page = '---\n<<: {title: "Hip", description: "About hips"}\n---\n# Hip\n'
    for _ in range(2):
        problems = front_matter_problems(page, "docs/index.md")
        assert problems[0].startswith("docs/index.md, line 2: '<<' is not a name the front matter can have")


@pytest.mark.parametrize("old, new, message", [
    ("  - Blood clots are", "  - **Blood clots** are",
     "docs/r.md, line 7: the key point starts with **, Markdown's mark for bold or italic text, but it is shown as "
     "plain text, exactly as typed. How to fix: remove the ** at its start, and any ** that closes it, so that only "
     "the words are left."),
    ("title: Risks", "title: `Risks`",
     "docs/r.md, line 2: the title starts with `, Markdown's mark for code text, but it is shown as plain text, "
     "exactly as typed. How to fix: remove the ` at its start, and any ` that closes it, so that only the words are "
     "left."),
])
def test_markdown_at_the_start_of_a_value_is_named_as_markdown_not_as_yaml(old, new, message):
    """YAML can't read a value starting with * or `; its own words would send the writer to quotes,
    and then to the plain-text rule. Say what it is, and the one fix that works."""
    page = ("---\ntitle: Risks\ndescription: The risks.\nlast_reviewed: 2026-11-24\nnext_review: 2027-11-24\n"
            "key_points:\n  - Blood clots are the most common problem.\n  - Most people have no problems.\n"
            "  - Your team will take every care.\n---\n\n# Risks\n\nText.\n")
    assert page_problems(page.replace(old, new), "docs/r.md") == [message]
    fixed = page.replace(old, new).replace("**", "").replace("`", "")
    assert page_problems(fixed, "docs/r.md") == [], "the fix it gives leads to no second error"
