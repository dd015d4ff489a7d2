"""A translated section against its English one: the same questions, and stale once English moves on."""

from patient_guide.quiz.model import Option, Question, Step
from patient_guide.translations import stale_translations, translation_faults

EN, PL = "docs/risks.md", "docs/pl/risks.md"


def single(file, line, qid, right=2, count=3, kind="single"):
    return Question(file, line, id=qid, type=kind,
                    options=[Option(f"option {i}", i == right, line + i) for i in range(1, count + 1)])


def order(file, line, qid, steps):
    return Question(file, line, id=qid, type="order", steps=[Step(f"step {i}", line + i) for i in range(steps)])


def test_the_same_questions_have_no_faults():
    english = [single(EN, 10, "risk-1"), order(EN, 30, "risk-2", 4)]
    polish = [single(PL, 12, "risk-1"), order(PL, 33, "risk-2", 4)]
    assert translation_faults(english, polish, EN, PL) == []


def test_a_missing_question_names_both_files():
    [fault] = translation_faults([single(EN, 10, "risk-1")], [], EN, PL)
    assert (fault.file, fault.question_id) == (PL, "risk-1")
    assert "docs/risks.md asks (line 10)" in str(fault) and str(fault).startswith("docs/pl/risks.md, line 1")


def test_an_extra_question_is_named_at_its_line():
    [fault] = translation_faults([], [single(PL, 40, "risk-9")], EN, PL)
    assert str(fault).startswith('docs/pl/risks.md, line 40, question "risk-9": docs/risks.md asks no question')


def test_a_different_right_answer_names_both_lines():
    [fault] = translation_faults([single(EN, 10, "risk-1", right=2)], [single(PL, 12, "risk-1", right=3)], EN, PL)
    assert str(fault).startswith('docs/pl/risks.md, line 12, question "risk-1": its answer differs from the '
                                 "English one: here 3 options, right: 3; in docs/risks.md, line 10, 3 options, "
                                 "right: 2.")


def test_a_different_type_or_step_count_is_a_fault():
    [kind] = translation_faults([single(EN, 10, "q")], [single(PL, 12, "q", kind="multiple")], EN, PL)
    assert "its type is 'multiple', but in docs/risks.md, line 10 it is 'single'." in str(kind)
    [steps] = translation_faults([order(EN, 10, "q", 4)], [order(PL, 12, "q", 3)], EN, PL)
    assert "here 3 steps; in docs/risks.md, line 10, 4 steps." in str(steps)


def test_a_translation_is_stale_once_its_english_page_is_signed_off_with_other_words():
    ledger = {EN: {"fingerprint": "new", "reviewed_on": "2026-12-04"}, "docs/recovery.md": {"fingerprint": "same"}}
    follows = {PL: (EN, "old"), "docs/pl/recovery.md": ("docs/recovery.md", "same")}
    [stale] = stale_translations(follows, ledger)
    assert str(stale).startswith("docs/pl/risks.md is out of date: docs/risks.md was changed and signed off on "
                                 "2026-12-04, after this translation was made.")
    assert stale_translations({PL: (EN, "new")}, ledger) == []
