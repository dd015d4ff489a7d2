"""A translation checked against its English page: the same questions, and not left behind.

A translated section must ask the very questions the English one asks (the same ids, types and
right answers), or a patient reading Polish would be checked on something else. Options and steps
are compared by position, as a translator keeps them in the English order. A translation records,
in its front matter, the fingerprint of the signed-off English page it follows (translated_from:);
once the English page is signed off again with other words, the translation is stale until it is
updated and signed off. Pure functions: the build and the tests hand them what was read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .quiz.model import ORDER, Fault, Question

TRANSLATED_FROM = "translated_from"  # front matter: the English fingerprint the translation follows


def _answer(question: Question) -> tuple:
    """What makes an answer right, in words no translation changes: the right options' places among
    how many, or (an order question, written in the right order) how many steps."""
    if question.type == ORDER:
        return ("steps", len(question.steps))
    return ("options", len(question.options), tuple(i for i, option in enumerate(question.options, 1)
                                                    if option.correct))


def _said(answer: tuple) -> str:
    if answer[0] == "steps":
        return f"{answer[1]} steps"
    right = ", ".join(str(place) for place in answer[2]) or "none"
    return f"{answer[1]} options, right: {right}"


def translation_faults(english: list[Question], translated: list[Question], english_file: str,
                       translated_file: str) -> list[Fault]:
    """Every way the translated page's questions differ from the English page's, each naming both files."""
    theirs = {question.id: question for question in translated}
    ours = {question.id: question for question in english}
    faults = []
    for question in english:
        other = theirs.get(question.id)
        if other is None:
            faults.append(Fault(translated_file, 1, question.id,
                                f"this translation has no question \"{question.id}\", which {english_file} asks "
                                f"(line {question.line}).",
                                f"translate that question into {translated_file}, with the same id and right "
                                "answer, at the end of the same section."))
            continue
        where = f"{english_file}, line {question.line}"
        if other.type != question.type:
            faults.append(Fault(translated_file, other.line, question.id,
                                f"its type is '{other.type}', but in {where} it is '{question.type}'.",
                                f"write type: {question.type}, as the English question does."))
        elif _answer(other) != _answer(question):
            faults.append(Fault(translated_file, other.line, question.id,
                                f"its answer differs from the English one: here {_said(_answer(other))}; in "
                                f"{where}, {_said(_answer(question))}.",
                                "keep the options (or steps) in the English order, with the same ones marked "
                                "right, so the translated question has the English answer."))
    for question in translated:
        if question.id not in ours:
            faults.append(Fault(translated_file, question.line, question.id,
                                f"{english_file} asks no question \"{question.id}\": a translation adds nothing.",
                                "remove it, or correct its id to the English question's id."))
    return faults


class StaleTranslation(NamedTuple):
    translated_file: str
    english_file: str
    follows: str  # the English fingerprint the translation records
    english_reviewed: str  # when the English page was last signed off

    def __str__(self) -> str:
        return (f"{self.translated_file} is out of date: {self.english_file} was changed and signed off on "
                f"{self.english_reviewed}, after this translation was made. How to fix: translate the change "
                f"(git diff shows it), set {TRANSLATED_FROM} to the English page's new fingerprint, and have "
                f"the translation signed off: python3 dev.py sign-off {self.translated_file}")


def stale_translations(follows: Mapping[str, tuple[str, str]], ledger: Mapping[str, Mapping]) -> list[StaleTranslation]:
    """Translations whose English page has been signed off with other words since they were made.

    follows: translated file -> (English file, the fingerprint its front matter records);
    ledger: docs/sign-off.yml's records, by file, each with its fingerprint and reviewed_on."""
    stale = []
    for translated_file, (english_file, fingerprint) in sorted(follows.items()):
        record = ledger.get(english_file) or {}
        if record.get("fingerprint") and record["fingerprint"] != fingerprint:
            stale.append(StaleTranslation(translated_file, english_file, fingerprint,
                                          str(record.get("reviewed_on", "an unknown date"))))
    return stale
