#!/usr/bin/env python3
"""Readability report: Flesch-Kincaid grade and Flesch reading ease, per page,
for the page's text and for its key points. Runs fully offline (textstat 0.7.3
counts syllables with pyphen's bundled dictionaries; newer releases download one).

Flesch-Kincaid is made for English. Polish has its own measure, Pisarek's FOG-PL
(the one Jasnopis uses): 0.4 x (words per sentence + 100 x the share of words of
four or more syllables), read as years of schooling. Urdu has no validated
readability formula: none is applied; its translator and clinician judge it.

    python3 dev.py readability
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import textstat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from patient_guide.quiz.parse import parse_quiz_questions, split_quiz_blocks  # noqa: E402
from patient_guide.review import split_front_matter as split_page  # noqa: E402

GRADE_TARGET = 8  # NHS-style patient information aims at a reading age of about 11-14 (US grade 6-8)


def split_front_matter(markdown: str) -> tuple[dict, str]:
    """(front matter, text) as the build reads them, whatever the file's line endings."""
    meta, _, body = split_page(markdown)
    return meta, body


def plain_text(markdown: str) -> str:
    """Prose as a reader meets it: no questions, markup, headings or link targets."""
    text, _ = split_quiz_blocks(markdown)
    text = re.sub(r"^#.*$", "", text, flags=re.M)           # headings are not sentences
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"<[^>]+>|[*_`]", "", text)
    text = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", text, flags=re.M)
    return " ".join(text.split())


def question_text(markdown: str) -> str:
    """What a patient reads of a page's questions: each question and its options (or steps), as sentences."""
    questions, _ = parse_quiz_questions(markdown, "page")
    return " ".join(" ".join([q.question, *(o.text.rstrip(".") + "." for o in [*q.options, *q.steps])])
                    for q in questions)


POLISH_VOWELS = re.compile(r"[aąeęioóuy]+", re.I)  # a syllable is a group of vowels ("nie", "bio" one each)
POLISH_TARGET = 9  # FOG-PL up to 9: a text for the end of middle school, as Polish public information aims


def polish_syllables(word: str) -> int:
    return len(POLISH_VOWELS.findall(word))


def fog_pl(text: str) -> float:
    """Pisarek's FOG-PL: 0.4 x (words per sentence + 100 x words of 4+ syllables / words)."""
    sentences = [s for s in re.split(r"[.!?]+(?:\s|$)", text) if s.strip()]
    words = re.findall(r"[^\W\d_]+", text)
    if not sentences or not words:
        return 0.0
    hard = sum(1 for word in words if polish_syllables(word) >= 4)
    return round(0.4 * (len(words) / len(sentences) + 100 * hard / len(words)), 1)


def scores(text: str) -> tuple[float, float]:
    """(Flesch-Kincaid grade, Flesch reading ease)."""
    return textstat.flesch_kincaid_grade(text), textstat.flesch_reading_ease(text)


def pages_in_reading_order(docs: str = "docs") -> list[Path]:
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    names = re.findall(r"^\s*-\s[^:]+:\s*(\S+\.md)\s*$", config, flags=re.M)
    return [ROOT / docs / name for name in names if (ROOT / docs / name).is_file()]


def polish_report() -> list[dict]:
    """FOG-PL of each Polish page's text, key points and questions."""
    rows = []
    for path in pages_in_reading_order("docs-pl"):
        meta, body = split_front_matter(path.read_text("utf-8"))
        points, questions = " ".join(meta.get("key_points") or []), question_text(body)
        rows.append({"page": path.name, "text": fog_pl(plain_text(body)),
                     "key_points": fog_pl(points) if points else None,
                     "questions": fog_pl(questions) if questions else None})
    return rows


def report() -> list[dict]:
    rows = []
    for path in pages_in_reading_order():
        meta, body = split_front_matter(path.read_text("utf-8"))
        points = " ".join(meta.get("key_points") or [])
        questions = question_text(body)
        rows.append({"page": path.name, "text": scores(plain_text(body)),
                     "key_points": scores(points) if points else None,
                     "questions": scores(questions) if questions else None})
    return rows


def main() -> None:
    print(f"{'page':28} {'text grade':>10} {'text ease':>10} {'key points grade':>17} {'key points ease':>16}"
          f" {'questions grade':>16} {'questions ease':>15}")
    for row in report():
        grade, ease = row["text"]
        cells = "".join(f" {s[0]:>{w}.1f} {s[1]:>{w - 1}.1f}" if s else f" {'-':>{w}} {'-':>{w - 1}}"
                        for s, w in ((row["key_points"], 17), (row["questions"], 16)))
        print(f"{row['page']:28} {grade:>10.1f} {ease:>10.1f}{cells}")
    print(f"\nTarget: key points and questions at Flesch-Kincaid grade {GRADE_TARGET} or below "
          "(higher ease is easier).")
    if (ROOT / "docs-pl").is_dir():
        print(f"\n{'Polish page (FOG-PL)':28} {'text':>10} {'key points':>17} {'questions':>16}")
        for row in polish_report():
            cells = "".join(f" {row[part]:>{w}.1f}" if row[part] is not None else f" {'-':>{w}}"
                            for part, w in (("text", 10), ("key_points", 17), ("questions", 16)))
            print(f"{row['page']:28}{cells}")
        print(f"\nTarget: Polish key points and questions at FOG-PL {POLISH_TARGET} or below. Urdu: no validated "
              "measure exists, so none is applied.")


if __name__ == "__main__":
    main()
