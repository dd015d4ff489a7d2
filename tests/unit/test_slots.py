import pytest

from patient_guide.slots import MissingSlotError, fill_slots, slot


def test_slots_are_filled_once_each():
    assert fill_slots("a" + slot("x") + "b", {"x": "<p>X</p>"}) == "a\n<p>X</p>\nb"


def test_a_missing_slot_is_an_error_not_silence():
    with pytest.raises(MissingSlotError, match="'y'"):
        fill_slots("a" + slot("x"), {"y": "Y"})
