"""A translation checked against its English page: the same questions, and not left behind.

A translated section must ask the very questions the English one asks (the same ids, types and
right answers), or a patient reading Polish would be checked on something else. Options and steps
are compared by position, as a translator keeps them in the English order. A translation records,
in its front matter, the signed-off English version it was translated from (translated_from: "1.2");
once a later signed-off English version changes the English page, the translation is stale until
it is updated and signed off. Pure functions: the build and the tests hand them what was read.
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


class EnglishGuide(NamedTuple):
    """What the English build hands each translation it builds, to be checked against."""

    language: str  # the guide's own language, whose pages are at the site's root
    docs_name: str  # its folder, as messages name its files: docs
    pages: frozenset[str]  # every page and file it reads, e.g. risks.md
    questions: Mapping[str, list[Question]]  # by section
    versions: Mapping[str, Mapping]  # its signed-off versions, oldest first (versions.history)


class TranslatedPage(NamedTuple):
    """What a translated page says it follows: translated_from: in its front matter, at `line`."""

    translated_file: str  # as messages show it, e.g. docs-pl/risks.md
    english_file: str  # e.g. docs/risks.md
    follows: str  # the signed-off English version it was translated from, e.g. "1.2"
    line: int


class StaleTranslation(NamedTuple):
    page: TranslatedPage
    changed_in: str  # the first English version after it that changed the English page
    changed_on: str  # the day that version was signed off

    def __str__(self) -> str:
        page = self.page
        return (f"{page.translated_file}, line {page.line}: this translation follows version {page.follows} of "
                f"{page.english_file}, but the English page was changed in version {self.changed_in} (signed off "
                f"on {self.changed_on}). How to fix: translate what changed (git log -p {page.english_file} shows "
                f"it), set {TRANSLATED_FROM}: \"{self.changed_in}\" and have the translation checked and signed "
                f"off: python3 dev.py sign-off {page.translated_file}")


def translated_from_problem(page: TranslatedPage | None, shown: str, versions: Mapping[str, Mapping]) -> str | None:
    """A translated page must say which signed-off English version it follows, one the history holds."""
    known = ", ".join(versions) or "none yet"
    if page is None:
        return (f"{shown}: this translation does not say which English version it was translated from. How to "
                f"fix: add a line translated_from: \"<version>\" to its front matter (the English guide's "
                f"versions are: {known}).")
    if page.follows not in versions:
        return (f"{shown}, line {page.line}: {TRANSLATED_FROM}: \"{page.follows}\" is not a version of the English "
                f"guide (its versions are: {known}). How to fix: write the version you translated from, in quotes.")
    return None


def stale_translations(pages: list[TranslatedPage], english_docs: str,
                       versions: Mapping[str, Mapping]) -> list[StaleTranslation]:
    """Translations whose English page a later signed-off version changed.

    versions: the English record's history (versions.history), oldest first: version -> {date, changed};
    `changed` names files inside english_docs, as sign-off writes them."""
    order = list(versions)
    stale = []
    for page in pages:
        if page.follows not in versions:
            continue  # named by translated_from_problem
        name = page.english_file.removeprefix(english_docs + "/")
        for version in order[order.index(page.follows) + 1:]:
            if name in (versions[version].get("changed") or []):
                stale.append(StaleTranslation(page, version, str(versions[version].get("date"))))
                break
    return stale


def translated_pages(sources: Mapping, docs_name: str, english_docs: str) -> tuple[list[TranslatedPage], list[str]]:
    """What each translated page says it follows (sources: name -> PageSource), and a value not in quotes."""
    pages, problems = [], []
    for name, source in sorted(sources.items()):
        if TRANSLATED_FROM not in source.front[0]:
            continue
        value = source.front[0][TRANSLATED_FROM]
        line = next((index for index, text in enumerate(source.text.split("\n"), 1)
                     if text.startswith(TRANSLATED_FROM + ":")), 1)
        if not isinstance(value, str):
            problems.append(f"{docs_name}/{name}, line {line}: {TRANSLATED_FROM}: {value} is not in quotes, so YAML "
                            f"reads it as a number (1.10 would become 1.1). How to fix: write "
                            f"{TRANSLATED_FROM}: \"{value}\".")
            continue
        pages.append(TranslatedPage(f"{docs_name}/{name}", f"{english_docs}/{name}", value, line))
    return pages, problems


def translation_problems(english: EnglishGuide, found: tuple[list[TranslatedPage], list[str]], names: set[str],
                         docs_name: str) -> list[str]:
    """Everything that stops a translation being published beside English: a page English has that it
    lacks (or one English lacks), a page not saying which English version it follows, and a stale one."""
    pages, problems = found
    english_docs = english.docs_name
    for name in sorted(english.pages - names):
        problems.append(f"{docs_name}: {english_docs}/{name} has no translation, so patients reading this language "
                        f"would miss it. How to fix: translate it into {docs_name}/{name}.")
    for name in sorted(names - english.pages):
        problems.append(f"{docs_name}/{name}: {english_docs} has no page {name}, so this page translates nothing. "
                        f"How to fix: remove it, or give it the English page's file name.")
    following = {page.translated_file for page in pages}
    for name in sorted(names & english.pages):
        shown = f"{docs_name}/{name}"
        if name.endswith(".md") and shown not in following and not any(p.startswith(shown + ",") for p in problems):
            problems.append(translated_from_problem(None, shown, english.versions))
    problems += [problem for page in pages
                 if (problem := translated_from_problem(page, page.translated_file, english.versions))]
    problems += [str(stale) for stale in stale_translations(pages, english_docs, english.versions)]
    return problems
