"""The plain-text rule's quick check: one search for a sign of markup stands in for every kind's own."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from patient_guide.plain_text import MARKUP, MARKUP_SIGN, character_reference, markup_in

SAMPLES = ["<b>bold</b>", "<!-- note", "</p>", "[words](page.md)", "![a picture](p.png)", "[words][1]",
           "<https://www.nhs.uk>", "`code`", "**bold", "__bold", "*italic*", "_italic_", "~~gone~~", "{: .x}", "}",
           "# Heading", "\\*", "&copy", "&amp;", "&#39;", "&#x27;"]


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_kind_of_markup_is_still_found(sample):
    text = sample if sample.startswith("#") else f"Some words {sample} and more"
    assert markup_in(text) is not None, text


def test_text_with_no_sign_of_markup_is_plain():
    assert markup_in("Blood clots are the most common complication: 3 in 100 (about 3%).") is None
    assert markup_in("Hips & knees, R&D, 2 > 1, a-b, 'quoted', \"quoted\"") is None


@given(st.lists(st.sampled_from(list("ab #*_~{}[]()<>!`\\&;:/-x1é \n") + ["&copy", "<b>", "](", "**", "https:"]),
                max_size=30).map("".join))
def test_the_quick_check_never_hides_what_the_full_check_finds(text):
    full = any(pattern.search(text) for pattern, _, _ in MARKUP) or character_reference(text) is not None
    assert (markup_in(text) is not None) == full
    if full:
        assert MARKUP_SIGN.search(text)
