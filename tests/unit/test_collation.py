"""The Glossary page's order in each language: as its readers expect, not by code point."""

from patient_guide.collation import sort_key


def test_english_is_alphabetical_whatever_the_capitals():
    assert sorted(["tendon", "Blood clot", "arthroscopic"], key=sort_key) == ["arthroscopic", "Blood clot", "tendon"]


def test_polish_puts_a_letter_with_a_mark_after_the_same_letter():
    words = ["Zakrzep krwi", "Ścięgno", "Staw", "Szew", "Łąkotka", "Lek", "Artroskopia", "Ząb"]
    assert sorted(words, key=sort_key) == ["Artroskopia", "Lek", "Łąkotka", "Staw", "Szew", "Ścięgno", "Zakrzep krwi",
                                           "Ząb"]


def test_urdu_follows_the_urdu_alphabet():
    words = ["ٹینڈن", "پیچیدگی", "اعصاب", "بافت", "خون", "چھڑی", "یکجا"]
    assert sorted(words, key=sort_key) == ["اعصاب", "بافت", "پیچیدگی", "ٹینڈن", "چھڑی", "خون", "یکجا"]
