"""A translated section against its English one: the same questions, and stale once English moves on."""

from patient_guide.quiz.model import Option, Question, Step
from patient_guide.translations import TranslatedPage, stale_translations, translated_from_problem, translation_faults

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


HISTORY = {"1.0": {"date": "2026-12-01", "changed": ["risks.md", "recovery.md"]},
           "1.1": {"date": "2026-12-02", "changed": ["index.md"]},
           "1.2": {"date": "2026-12-04", "changed": ["risks.md", "words/en.yml"]}}


def page(follows, english="docs/risks.md"):
    return TranslatedPage(PL, english, follows, 7)


def test_a_translation_is_stale_once_a_later_english_version_changes_its_page():
    [stale] = stale_translations([page("1.0"), page("1.0", "docs/recovery.md")], "docs", HISTORY)
    assert str(stale) == (
        'docs/pl/risks.md, line 7: this translation follows version 1.0 of docs/risks.md, but the English page '
        "was changed in version 1.2 (signed off on 2026-12-04). How to fix: translate what changed (git log -p "
        'docs/risks.md shows it), set translated_from: "1.2" and have the translation checked and signed off: '
        "python3 dev.py sign-off docs/pl/risks.md")
    assert stale_translations([page("1.2"), page("1.1", "docs/recovery.md")], "docs", HISTORY) == []


def test_a_translation_must_name_a_version_the_english_history_holds():
    assert translated_from_problem(page("1.2"), PL, HISTORY) is None
    assert translated_from_problem(page("2.0"), PL, HISTORY) == (
        'docs/pl/risks.md, line 7: translated_from: "2.0" is not a version of the English guide (its versions are: '
        "1.0, 1.1, 1.2). How to fix: write the version you translated from, in quotes.")
    assert "does not say which English version" in translated_from_problem(None, PL, HISTORY)


def test_raising_translated_from_is_a_change_to_sign_off_and_an_english_page_s_fingerprint_is_as_before():
    from patient_guide.review import page_fingerprint

    page = '---\ntitle: Ryzyko\ndescription: Opis.\ntranslated_from: "1.2"\n---\n\n# Ryzyko\n\nTekst.\n'
    assert page_fingerprint(page) != page_fingerprint(page.replace('"1.2"', '"1.3"'))
    english = "---\ntitle: Risks\ndescription: About.\n---\n\n# Risks\n\nText.\n"
    assert page_fingerprint(english) == page_fingerprint(english.replace("description: About.\n",
                                                                         "description: About.\nhide: [toc]\n"))
