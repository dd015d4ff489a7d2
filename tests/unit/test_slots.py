import pytest

from patient_guide.slots import MissingSlotError, fill_slots, slot


def test_slots_are_filled_once_each():
    assert fill_slots("a" + slot("x") + "b", {"x": "<p>X</p>"}) == "a\n<p>X</p>\nb"


def test_a_missing_slot_is_an_error_not_silence():
    with pytest.raises(MissingSlotError, match="'y'"):
        fill_slots("a" + slot("x"), {"y": "Y"})


def test_a_title_in_a_generated_heading_shows_as_written_never_as_markup():
    import markdown

    from patient_guide.slots import literal

    title = "Risks [read](javascript:alert(1)) *now* <b>& more</b>"
    html = markdown.markdown(f"## {literal(title)} {{#x}}", extensions=["attr_list"])
    assert "<a" not in html and "<em>" not in html and "<b>" not in html
    assert html == '<h2 id="x">Risks [read](javascript:alert(1)) *now* &lt;b&gt;&amp; more&lt;/b&gt;</h2>'
