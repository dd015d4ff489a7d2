import pytest

from patient_guide.glossary import (
    GlossaryError,
    Term,
    link_first_uses,
    load_glossary,
    mark_defined_terms,
    render_glossary,
    unused_forms,
)

TERMS = [Term("tendon", ("tendon", "tendons"), "A cord that fixes a muscle to a bone."),
         Term("gluteal tendons", ("gluteal tendons",), "Tendons of the buttock muscles."),
         Term("MRI scan", ("MRI scan", "MRI"), "A scan with a magnet.")]


def test_glossary_file_is_read_and_sorted():
    terms = load_glossary("- term: b\n  definition: Bee.\n- term: a\n  forms: [a, as]\n  definition: Ay.\n", "g.yml")
    assert terms == [Term("a", ("a", "as"), "Ay.", 3), Term("b", ("b",), "Bee.", 1)]
    assert terms[0].anchor == "glossary-a"


@pytest.mark.parametrize("text, message", [
    ("- term: a\n", "g.yml, line 1: needs both 'term:' and 'definition:', each followed by words. How to fix: "
                    "Write each entry as '- term: ...', then '  forms: [..., ...]' and '  definition: ...'."),
    ("- term: a\n  definition: A.\n  colour: red\n",
     "g.yml, line 1 (a): unknown field(s) colour. How to fix: use only term, forms and definition."),
    ("- term: x\n  definition: X.\n- term: tendon\n  forms: tendons\n  definition: A cord.\n",
     "g.yml, line 3 (tendon): 'forms' must be a list of words in square brackets. How to fix: write it as "
     "forms: [tendon, ...], every form separated by a comma."),
    ("- term: tendon\n  definition: Note: a cord.\n",
     "g.yml, line 2: the glossary cannot be read: a colon followed by a space inside a value makes it look like a "
     "new 'name: value'. How to fix: if a definition contains a colon, put the whole definition in double quotes, "
     'as in definition: "..."; indent with spaces, not tabs.'),
    ("- term: tendon\n  definition: A.\n- term: Tendon\n  definition: B.\n",
     'g.yml, line 3: the term "Tendon" is already in the glossary at line 1. How to fix: keep one entry for it.'),
    ("- term: tendon\n  forms: [tendon, tendons]\n  definition: A.\n- term: sinew\n  forms: [sinew, Tendons]\n"
     "  definition: B.\n",
     'g.yml, line 4: the form "Tendons" is also a form of "tendon" (line 1), so it would have two definitions. '
     "How to fix: keep it under one term only."),
    ("term: tendon\n", "g.yml, line 1: the glossary is not a list of entries."),
])
def test_bad_entries_stop_the_build_with_where_and_how(text, message):
    with pytest.raises(GlossaryError) as raised:
        load_glossary(text, "g.yml")
    assert message in str(raised.value)
    assert "Traceback" not in str(raised.value)


def test_a_term_no_page_uses_is_a_warning_and_an_unused_form_a_note():
    terms = load_glossary("- term: tendon\n  forms: [tendon, tendonns]\n  definition: A cord.\n"
                          "- term: sinew\n  forms: [sinew, sinews]\n  definition: A cord.\n", "g.yml")
    assert unused_forms(terms, ["A tendon here.", "Tendons"], "g.yml") == (
        ['g.yml, line 4: no page uses "sinew" in any of its forms (sinew, sinews), so it is never explained in the '
         'text. '
         "How to fix: check the spelling of its forms against the text, or remove the entry."],
        ['g.yml, line 1: no page uses the form tendonns of "tendon" (other forms are used, so this is fine '
         "if intended)."])
    used_as_plural = load_glossary("- term: blood clot\n  forms: [blood clot, blood clots]\n  definition: A lump.\n",
                                   "g.yml")
    assert unused_forms(used_as_plural, ["Blood clots are rare."], "g.yml") == ([], []), \
        "the term itself heads its entry on the Glossary page: no note on every build"


@pytest.mark.parametrize("texts, used", [
    (["Non-tendon and tendonitis, TENDONS."], True),  # only the last counts: a whole word, in any capitals
    (["Non-tendon and tendonitis."], False),  # inside longer words only
    (["Stra\u00dfe first (\u00df casefolds to ss), then a tendon."], True),  # places shift: the slow way
    (["Stra\u00dfe first, then tendonitis."], False),
])
def test_a_form_counts_as_used_only_as_a_whole_word(texts, used):
    warnings, _ = unused_forms([Term("tendon", ("tendon", "tendons"), "A cord.", 1)], texts, "g.yml")
    assert (warnings == []) == used


def test_a_glossary_not_saved_as_utf8_is_named(tmp_path):
    from patient_guide.glossary import read_glossary
    (tmp_path / "glossary.yml").write_bytes("- term: caf\u00e9\n  definition: \u201cA\u201d\n".encode("cp1252"))
    with pytest.raises(GlossaryError, match=r"docs/glossary.yml, line 1: this file is not saved as UTF-8"):
        read_glossary(tmp_path / "glossary.yml", "docs/glossary.yml")


def test_first_use_of_each_term_links_to_the_glossary_longest_term_first():
    markdown = ("# Tendons and MRI\n\nThe gluteal tendons and other tendons.\n\n"
                "A tendon again. An MRI scan, then MRI.\n")
    linked = link_first_uses(markdown, TERMS, "glossary.md")
    assert linked.splitlines()[0] == "# Tendons and MRI", "headings are left alone"
    assert "The [gluteal tendons](glossary.md#glossary-gluteal-tendons) and other " \
           "[tendons](glossary.md#glossary-tendon)." in linked
    assert "A tendon again. An [MRI scan](glossary.md#glossary-mri-scan), then MRI." in linked


def test_terms_inside_links_code_or_html_are_not_linked_again():
    markdown = "See [tendons](other.md) and `tendon` <b title=\"tendon\">x</b> then a tendon.\n"
    assert link_first_uses(markdown, TERMS, "g.md") == (
        "See [tendons](other.md) and `tendon` <b title=\"tendon\">x</b> then a [tendon](g.md#glossary-tendon).\n")


def test_a_first_use_link_carries_its_term_and_definition_for_the_script():
    html = ('<p>The <a href="g.html#glossary-gluteal-tendons">gluteal tendons</a>, a '
            '<a href="g.html#glossary-tendon">Tendon</a> &amp; an MRI.</p>')
    assert mark_defined_terms(html, TERMS) == (
        '<p>The <a href="g.html#glossary-gluteal-tendons" data-guide-term="Gluteal tendons" '
        'data-guide-definition="Tendons of the buttock muscles.">gluteal tendons</a>, a '
        '<a href="g.html#glossary-tendon" data-guide-term="Tendon" '
        'data-guide-definition="A cord that fixes a muscle to a bone.">Tendon</a> &amp; an MRI.</p>')


def test_links_an_author_wrote_to_the_glossary_and_other_links_are_left_alone():
    html = ('<p><a href="g.html#glossary-tendon">see the glossary</a> <a href="other.html#glossary-mri">x</a> '
            '<a href="g.html#glossary-unknown">tendon</a> <a href="g.html">tendon</a></p>')
    assert mark_defined_terms(html, TERMS) == html


def test_a_definition_with_quotes_or_signs_is_escaped_in_its_attribute():
    terms = [Term("cast", ("cast",), 'A "hard" cover & <support>.')]
    assert mark_defined_terms('<a href="g.html#glossary-cast">cast</a>', terms) == (
        '<a href="g.html#glossary-cast" data-guide-term="Cast" '
        'data-guide-definition="A &quot;hard&quot; cover &amp; &lt;support&gt;.">cast</a>')


def test_glossary_page_is_a_definition_list_with_anchors():
    html = render_glossary(TERMS)
    assert '<dt id="glossary-tendon">Tendon</dt>\n<dd>A cord that fixes a muscle to a bone.</dd>' in html
    assert html.startswith('<dl class="guide-glossary">')


def test_a_missing_glossary_file_is_named_with_how_to_fix(tmp_path):
    from patient_guide.glossary import read_glossary
    with pytest.raises(GlossaryError, match="docs/glossary.yml is missing: .* Restore it"):
        read_glossary(tmp_path / "glossary.yml", "docs/glossary.yml")


@pytest.mark.parametrize("text, message", [
    ("- term: tendon\n  definition: A cord.\n  definition: A band.\n",
     "g.yml, line 3 (tendon): 'definition' is given twice in this entry (first on line 2); only the last would "
     "count. How to fix: keep one 'definition:' line."),
    ("- term: MRI scan\n  definition: A scan.\n- term: MRI-scan\n  definition: A scan.\n",
     'g.yml, line 3: the term "MRI-scan" would have the same link as "MRI scan" (line 1), as they differ only in '
     "spaces, dashes or signs, so a link to one would open the other. How to fix: keep one entry for both, or spell "
     "them so they differ in their letters or numbers."),
    ("- term: yes\n  definition: A word.\n",
     "g.yml, line 1: YAML read the term yes as true or false (YAML reads yes, no, on, off, true and false that way), "
     'not as words. How to fix: put it in double quotes: term: "yes"'),
    ("- term: ward\n  forms: [ward, 3.0]\n  definition: A room.\n",
     'g.yml, line 2: YAML read the form 3.0 as a number, not as words. How to fix: put it in double quotes: '
     '[..., "3.0"]'),
    ("- term: cut\n  definition: A **cut**.\n",
     "g.yml, line 2 (cut): the definition has Markdown's bold or italic marks (* or _). The glossary shows plain "
     "text only. How to fix: write it as plain text: remove the * or _ marks: they would be shown as typed."),
    ("- term: cut\n  definition: A <b>cut</b>.\n",
     "g.yml, line 2 (cut): the definition has an HTML tag. The glossary shows plain text only. How to fix: write it "
     "as plain text: remove the <...> tag."),
    ("- term: <i>incision</i>\n  forms: [incision]\n  definition: A cut.\n",
     "g.yml, line 1 (<i>incision</i>): the term has an HTML tag. The glossary shows plain text only."),
    ("- term: cut\n  definition: A c\u200but.\n",
     'g.yml, line 2: there is an invisible character, ZERO WIDTH SPACE (U+200B), just after "definition: A c". '
     'How to fix: '
     "delete it: it often comes with copied text; if your editor does not show it, retype the words around it."),
    ("- term: cut\n  definition: A \u202ecut.\n", "g.yml, line 2: there is a character that changes the direction of "
                                                 "the text, RIGHT-TO-LEFT OVERRIDE (U+202E)"),
    ("- term: cut\n  definition: &a A cut.\n", "g.yml, line 2: a value starts with &, which YAML reads as a label"),
    ("- term: scan\n  definition: Due 2027-02-30.\n- term: date\n  definition: 2027-02-30\n",
     "g.yml, line 4: 'definition' is 2027-02-30, which is not a real date."),
])
def test_entries_that_would_silently_go_wrong_are_refused(text, message):
    with pytest.raises(GlossaryError) as raised:
        load_glossary(text, "g.yml")
    assert message in str(raised.value), str(raised.value)


def test_a_glossary_with_windows_line_endings_or_a_byte_order_mark_reads_the_same():
    text = "- term: b\n  definition: Bee.\n- term: a\n  forms: [a, as]\n  definition: Ay.\n"
    for saved in (text.replace("\n", "\r\n"), "\ufeff" + text.replace("\n", "\r")):
        assert load_glossary(saved, "g.yml") == load_glossary(text, "g.yml")


def test_a_form_named_like_an_html_entity_never_breaks_a_character_reference():
    terms = [Term("amp", ("amp", "lt", "gt", "quot", "nbsp", "39"), "A word.")]
    assert link_first_uses("Surgeon &amp; nurse, amp.\n", terms, "g.md") == \
        "Surgeon &amp; nurse, [amp](g.md#glossary-amp).\n"


def test_no_link_goes_inside_a_raw_html_block_where_markdown_would_show_it_as_brackets():
    markdown = "<details><summary>More</summary>\nA tendon heals slowly.\n</details>\n\nThe tendon is strong.\n"
    assert link_first_uses(markdown, TERMS, "g.md") == (
        "<details><summary>More</summary>\nA tendon heals slowly.\n</details>\n\n"
        "The [tendon](g.md#glossary-tendon) is strong.\n")


def test_a_merge_key_in_the_glossary_reads_as_it_always_did():
    for _ in range(2):
        assert load_glossary("- <<: {term: hip}\n  term: hip\n  definition: A joint.\n", "g.yml") == [
            Term("hip", ("hip",), "A joint.", 1)]


def test_a_fence_line_inside_a_longer_fence_is_code_and_the_term_after_the_block_is_linked():
    # Markdown closes a fence only on exactly its own marks: the ```python line is the example's text.
    markdown = "````\n```python\nA tendon in code.\n```\n````\n\nThe tendon is strong.\n"
    assert link_first_uses(markdown, TERMS, "g.md") == (
        "````\n```python\nA tendon in code.\n```\n````\n\nThe [tendon](g.md#glossary-tendon) is strong.\n")


def test_no_link_goes_inside_main_or_a_comment():
    markdown = "<main>\nA tendon.\n</main>\n<!--\nA tendon.\n-->\nThe tendon.\n"
    assert link_first_uses(markdown, TERMS, "g.md").endswith("The [tendon](g.md#glossary-tendon).\n")
