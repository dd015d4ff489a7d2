import pytest

from guide.glossary import (GlossaryError, Term, abbreviation_lines, link_first_uses, load_glossary,
                            render_glossary)

TERMS = [Term("tendon", ("tendon", "tendons"), "A cord that fixes a muscle to a bone."),
         Term("gluteal tendons", ("gluteal tendons",), "Tendons of the buttock muscles."),
         Term("MRI scan", ("MRI scan", "MRI"), "A scan with a magnet.")]


def test_glossary_file_is_read_and_sorted():
    terms = load_glossary("- term: b\n  definition: Bee.\n- term: a\n  forms: [a, as]\n  definition: Ay.\n", "g.yml")
    assert terms == [Term("a", ("a", "as"), "Ay."), Term("b", ("b",), "Bee.")]
    assert terms[0].anchor == "glossary-a"


@pytest.mark.parametrize("text, message", [
    ("- term: a\n", "g.yml, entry 1: needs both 'term:' and 'definition:'."),
    ("- term: a\n  definition: A.\n  colour: red\n", "g.yml, entry 1 (a): unknown field(s) colour"),
])
def test_bad_entries_stop_the_build_with_where_and_how(text, message):
    with pytest.raises(GlossaryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_glossary(text, "g.yml")


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


def test_tooltips_cover_every_form_as_written_and_capitalised():
    text = abbreviation_lines(TERMS)
    assert "*[tendons]: A cord that fixes a muscle to a bone." in text
    assert "*[Tendons]: A cord that fixes a muscle to a bone." in text
    assert text.count("*[MRI]:") == 1


def test_glossary_page_is_a_definition_list_with_anchors():
    html = render_glossary(TERMS)
    assert '<dt id="glossary-tendon">Tendon</dt>\n<dd>A cord that fixes a muscle to a bone.</dd>' in html
    assert html.startswith('<dl class="guide-glossary">')
