"""The translated drafts (docs-pl/, docs-ur/) ask the English questions, grounded in their own text.

Until the languages are built (issue 20), this holds each draft to its English page directly."""

import re

import pytest

from patient_guide.quiz.parse import parse_quiz_questions, split_quiz_blocks
from patient_guide.translations import translation_faults
from support import ROOT

DRAFTS = sorted(path for folder in ("docs-pl", "docs-ur") for path in (ROOT / folder).glob("*.md"))


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_each_language_has_a_draft():
    assert {path.parent.name for path in DRAFTS} == {"docs-pl", "docs-ur"}


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_draft_asks_the_english_questions_with_the_same_answers(draft):
    english_file, draft_file = f"docs/{draft.name}", f"{draft.parent.name}/{draft.name}"
    english, faults = parse_quiz_questions((ROOT / english_file).read_text("utf-8"), english_file)
    translated, draft_faults = parse_quiz_questions(draft.read_text("utf-8"), draft_file)
    assert faults == [] and draft_faults == []
    assert [str(fault) for fault in translation_faults(english, translated, english_file, draft_file)] == []


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_source_is_found_in_the_drafts_own_text(draft):
    text = words(split_quiz_blocks(draft.read_text("utf-8"))[0])
    questions, _ = parse_quiz_questions(draft.read_text("utf-8"), draft.name)
    assert questions and all(words(question.source) in text for question in questions)
