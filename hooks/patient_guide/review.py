"""Review dates and clinical sign-off: what may be published, decided from the sources alone.

Every page carries `last_reviewed` and `next_review`. A clinical lead signs a page
off with `python3 dev.py sign-off docs/<page>`, which records in docs/sign-off.yml
a fingerprint of everything a patient reads on that page. The build compares the
page with its fingerprint, so an edit nobody reviewed cannot slip out unnoticed.
Nothing here knows MkDocs: the hook turns findings into errors or warnings. Writing a
sign-off is signing.py's job.
"""

from __future__ import annotations

import calendar
import datetime
import hashlib
import json
import re
from pathlib import Path
from typing import NamedTuple

import yaml

from .errors import GuideError
from .front_matter import FrontMatter, Misplaced, find_front_matter
from .glossary import GLOSSARY_FILE
from .source_text import SourceError, decode_source, normal_text
from .versions import history_problem
from .words import WORDS_DIR
from .yaml_text import LOADER, yaml_data

TODAY_VARIABLE = "GUIDE_TODAY"  # overrides "today", for tests: GUIDE_TODAY=2027-11-30
LEDGER = "sign-off.yml"  # inside docs/
# The words file: what every page says around its text (the disclaimer, the questions' help, the
# statements), read by every patient, so signed off like the pages. Its entry in the record:
WORDS_PREFIX = "words/"


def words_entry(language: str) -> str:
    """The words file's name in the sign-off record, e.g. words/en.yml."""
    return f"{WORDS_PREFIX}{language}.yml"


def shown_name(docs_name: str, name: str) -> str:
    """A signed-off file as a clinical lead finds it: docs/risks.md, or hooks/patient_guide/words/en.yml."""
    return f"hooks/patient_guide/{name}" if name.startswith(WORDS_PREFIX) else f"{docs_name}/{name}"


def words_path(name: str, words_dir: Path = WORDS_DIR) -> Path:
    """Where a words entry of the sign-off record (words/en.yml) is on disk."""
    return words_dir / name.removeprefix(WORDS_PREFIX)


DUE_SOON_DAYS = 30
PENDING_KEY = "review_pending_until"  # the urgent-fix override, in a page's front matter
MAX_PENDING_DAYS = 30
# What a patient reads of a page's front matter: shown at its top or in search results.
READ_FIELDS = ("title", "description", "key_points", "last_reviewed", "next_review")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class ReviewError(GuideError):
    """A setting or file that stops the review checks themselves, worded for whoever fixes it."""


class Finding(NamedTuple):
    message: str
    blocking: bool = True  # stops a build (only warns under `serve`); False: a warning that never stops it


def read_today(environ) -> datetime.date:
    """The real date, unless GUIDE_TODAY sets another so tests can stand on any day."""
    given = environ.get(TODAY_VARIABLE, "").strip()
    if not given:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(given)
    except ValueError:
        raise ReviewError(f"{TODAY_VARIABLE} is '{given}', which is not a date written YYYY-MM-DD, "
                          f"e.g. 2026-11-25. Unset it to use today's date.") from None


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later; the 29th of February becomes the 28th when needed."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def split_front_matter(text: str, found: FrontMatter | Misplaced | None = None) -> tuple[dict, str, str]:
    """(front matter as data, its raw text, the body), with any line endings: pages without sound
    front matter give ({}, "", text), and the page's own check names the fault. `found`: where the
    front matter is, if the page (with \n line breaks) has been read already."""
    text = normal_text(text) if found is None else text
    found = found or find_front_matter(text)
    if not isinstance(found, FrontMatter):
        return {}, "", text
    try:
        data = yaml_data(found.raw) or {}
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):  # e.g. a date like 2027-02-30
        data = {}
    return (data if isinstance(data, dict) else {}), found.raw, found.body


def line_of(text: str, key: str) -> int | None:
    """The line where front matter sets `key`, to point the reader at it."""
    match = re.search(rf"^{re.escape(key)}[ \t]*:", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def check_dates(where: str, last, next_, today: datetime.date, text: str = "") -> list[Finding]:
    """Missing, mistyped or backwards dates, then overdue (blocking) or due soon (a warning). With the
    page's `text`, each message names the line of the date it is about (a missing date, line 1)."""
    fix = f"have it reviewed, then run python3 dev.py sign-off {where}"

    def at(key: str | None) -> str:
        line = (line_of(text, key) if key else 1) if text else None
        return f"{where}, line {line}" if line else where

    problems = []
    for key, value in (("last_reviewed", last), ("next_review", next_)):
        if value is None or value == "":
            problems.append(Finding(f"{at(None)}: '{key}' is missing. How to fix: add '{key}: YYYY-MM-DD' "
                                    "to its front matter, e.g. after a review run python3 dev.py sign-off."))
        elif not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            problems.append(Finding(f"{at(key)}: {not_a_date(key, value)}"))
    if problems:
        return problems
    if next_ <= last:
        return [Finding(f"{at('next_review')}: next_review ({next_}) is not after last_reviewed ({last}). "
                        "How to fix: set next_review to a later date, normally a year after the review.")]
    if last > today:
        return [Finding(f"{at('last_reviewed')}: last_reviewed ({last}) is after today ({today}). "
                        "How to fix: correct the date; a review cannot have happened yet.")]
    days = (next_ - today).days
    overdue = f"{-days} day{'s' * (-days != 1)} overdue for review (next_review was {next_}). How to fix: {fix}."
    if days < 0 and text:
        return [Finding(f"{at('next_review')}: the page is {overdue}")]
    if days < 0:  # the glossary or the words file: its dates are in the sign-off record
        return [Finding(f"{where} is {overdue}")]
    if days <= DUE_SOON_DAYS:
        return [Finding(f"{where} is due for review in {days} day{'s' * (days != 1)} (next_review {next_}). "
                        "Arrange its review now: after it, the build will stop.", blocking=False)]
    return []


def not_a_date(key: str, value) -> str:
    """Why a review date is not read as one, and the fix: quotes make a date words."""
    if isinstance(value, str) and _is_real_date(value.strip()):
        return (f"'{key}' is \"{value}\", in quotes, so it is read as words, not as a date. How to fix: remove the "
                f"quotes, so the line reads {key}: {value.strip()}")
    return f"'{key}' is '{value}', which is not a date. How to fix: write it as YYYY-MM-DD, e.g. 2026-11-25."


def _is_real_date(text: str) -> bool:
    """Whether words are a real date written YYYY-MM-DD (so only their quotes stop them being one)."""
    try:
        return bool(ISO_DATE.match(text)) and bool(datetime.date.fromisoformat(text))
    except ValueError:
        return False


def _normal(value):
    """Patient-facing data with whitespace runs made single, so reflowing a line changes nothing."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_normal(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _normal(item) for key, item in value.items()}
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _digest(data) -> str:
    # default=str: a value of an odd type (YAML's !!binary) still gives a fingerprint, never a traceback.
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")).hexdigest()


def page_fingerprint(text: str) -> str:
    """Everything a patient reads of a page: its title, description, key points, review dates,
    text and questions (quiz blocks live in the text). Only the page's own file counts, so the
    theme, templates and code never change it."""
    meta, _, body = split_front_matter(text)
    return _page_digest(meta, body)


def _page_digest(meta: dict, body: str) -> str:
    read = {key: _normal(meta.get(key)) for key in READ_FIELDS}
    if "translated_from" in meta:  # a translation's "About this page" names the English version it follows:
        read["translated_from"] = _normal(meta["translated_from"])  # raising it is a change to sign off
    return _digest({"meta": read, "text": _normal(body)})


def glossary_fingerprint(text: str) -> str:
    """The glossary's entries as data: comments and layout (line endings too) do not change it, a word does."""
    text = normal_text(text)
    try:
        return _digest(_normal(yaml_data(text)))
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
        return _digest(_normal(text))  # unreadable: the glossary's own check names the fault


def fingerprint(name: str, text: str) -> str:
    return glossary_fingerprint(text) if name.endswith(".yml") else page_fingerprint(text)


def missing_ledger(display: str) -> str:
    """What to do when the sign-off record has gone: restore it, never re-sign everything unseen."""
    return (f"{display} is missing. It records every clinical sign-off, so without it no page can be "
            f"published. How to fix: restore it from git: git checkout -- {display} (if it was never "
            "committed, ask whoever keeps the guide for a copy). Do not make a new one with python3 dev.py "
            "sign-off --all: that records a review of every page of the guide today, which only a clinical lead "
            "who has just reviewed the whole guide may do.")


def read_ledger(path: Path, display: str, required: bool = False) -> dict[str, dict]:
    """docs/sign-off.yml; if it is not there, nothing (no page has been signed off yet), or for the
    build (`required`) a fault: a guide whose record has gone must never look unsigned page by page."""
    if not path.is_file():
        if required:
            raise ReviewError(missing_ledger(display))
        return {}
    try:
        text = decode_source(path.read_bytes(), display)
        data = yaml.load(text, Loader=LOADER) or {}
    except SourceError as error:
        raise ReviewError(f"{error} Or restore it from git; it is written by python3 dev.py sign-off.") from None
    except (yaml.YAMLError, ValueError) as error:
        raise ReviewError(f"{display} cannot be read ({getattr(error, 'problem', error)}). How to fix: restore it "
                          "from git; it is written by python3 dev.py sign-off, not by hand.") from None
    if not isinstance(data, dict) or not all(isinstance(entry, dict) for entry in data.values()):
        raise ReviewError(f"{display} is not a sign-off record. How to fix: restore it from git; "
                          "it is written by python3 dev.py sign-off, not by hand.")
    if problem := history_problem(data, text, display):
        raise ReviewError(problem)
    return data


def check_sign_off(where: str, name: str, text: str, ledger: dict[str, dict], digest: str | None = None) -> list[
        Finding]:
    """A page that was never signed off, or has changed since its review."""
    entry = ledger.get(name)
    if not entry:
        digest = digest or fingerprint(name, text)
        if same := [other for other, record in ledger.items() if record.get("fingerprint") == digest]:
            return [Finding(f"{where} has not been signed off under this name, but it reads exactly as "
                            f"{shown_name(where.split('/', 1)[0], same[0])} did when it was reviewed on "
                            f"{ledger[same[0]].get('reviewed_on')}: renamed or copied? Have a clinical lead confirm "
                            f"it, then run python3 dev.py sign-off {where}")]
        return [Finding(f"{where} has not been signed off: have it reviewed, then run "
                        f"python3 dev.py sign-off {where}")]
    if entry.get("fingerprint") != (digest or fingerprint(name, text)):
        return [Finding(f"{where} has changed since it was reviewed on {entry.get('reviewed_on')}: "
                        f"have it reviewed, then run python3 dev.py sign-off {where}")]
    return []


def check_pending(where: str, meta: dict, today: datetime.date, text: str = "") -> tuple[datetime.date | None,
                                                                                          list[Finding]]:
    """The urgent-fix override: a page published before its review, for at most 30 days, with a notice."""
    until = meta.get(PENDING_KEY)
    if until is None:
        return None, []
    place = f"{where}, line {line_of(text, PENDING_KEY)}" if line_of(text, PENDING_KEY) else where
    if isinstance(until, str) and _is_real_date(until.strip()):
        return None, [Finding(f"{place}: {not_a_date(PENDING_KEY, until)}")]
    if not isinstance(until, datetime.date) or isinstance(until, datetime.datetime):
        return None, [Finding(f"{place}: '{PENDING_KEY}' is '{until}', which is not a date. "
                              "How to fix: write the date its review will be done by, as YYYY-MM-DD.")]
    if until < today:
        return None, [Finding(f"{place}: the urgent change's review was due by {until}. How to fix: "
                              f"have it reviewed, then run python3 dev.py sign-off {where}.")]
    if (until - today).days > MAX_PENDING_DAYS:
        return None, [Finding(f"{place}: '{PENDING_KEY}' is {until}, more than {MAX_PENDING_DAYS} days away. "
                              f"How to fix: set a date within {MAX_PENDING_DAYS} days; an urgent change "
                              "must be reviewed soon.")]
    return until, []


def review_page(where: str, name: str, text: str, ledger: dict[str, dict], today: datetime.date,
                front: tuple[dict, str, str] | None = None) -> tuple[datetime.date | None, list[Finding]]:
    """All findings for one written page; under a valid urgent-fix override, its review
    findings are shown as warnings and the page carries a notice (the returned date).
    `front`: the page's split_front_matter, if it has been read already."""
    text = normal_text(text)  # a Windows (CRLF) copy reads as the same page
    if name.endswith(".yml"):  # the glossary or words: its dates live in the sign-off record, if it has one
        entry, digest = ledger.get(name) or {}, None
        meta, raw = {"last_reviewed": entry.get("reviewed_on"), "next_review": entry.get("next_review")}, ""
    else:
        meta, raw, body = front or split_front_matter(text)
        digest = _page_digest(meta, body)
    findings = check_dates(where, meta.get("last_reviewed"), meta.get("next_review"), today, raw and text)
    if name.endswith(".yml") and name not in ledger:
        findings = []  # never signed off: one finding says so below
    if any(f.blocking for f in findings):
        findings = [f for f in findings if f.blocking]  # a broken date first; sign-off would rewrite it
    findings += check_sign_off(where, name, text, ledger, digest)
    pending, faults = check_pending(where, meta, today, text)
    if pending:
        findings = [Finding(f"{f.message} [published before review under {PENDING_KEY}: {pending}]", False)
                    for f in findings]
        findings.append(Finding(f"{where} is published before its review, with a notice on the page, "
                                f"until {pending} ({PENDING_KEY}).", blocking=False))
    return pending, findings + faults


class GuideReview(NamedTuple):
    """What the review of the whole guide found."""

    findings: list[Finding]
    glossary_dates: tuple | None  # the glossary's signed-off (reviewed_on, next_review), which its page shows
    pending: dict[str, datetime.date]  # page -> the date its urgent fix is reviewed by (review_pending_until)


def review_guide(docs: str, pages: dict[str, tuple[str, tuple[dict, str, str]]], glossary_text: str,
                 ledger: dict[str, dict], today: datetime.date, words: tuple[str, str] | None = None) -> GuideReview:
    """Every page (by name inside docs/: its text and split_front_matter, as read once), the glossary
    and the words file (its entry name and text)."""
    findings, pending = [], {}
    for name, (text, front) in pages.items():
        until, found = review_page(f"{docs}/{name}", name, text, ledger, today, front)
        findings += found
        if until:
            pending[name] = until
    glossary = GLOSSARY_FILE
    findings += review_page(f"{docs}/{glossary}", glossary, glossary_text, ledger, today)[1]
    if words:
        findings += review_page(shown_name(docs, words[0]), words[0], words[1], ledger, today)[1]
    entry = ledger.get(glossary) or {}
    dates = (entry.get("reviewed_on"), entry.get("next_review"))
    signed = all(isinstance(d, datetime.date) and not isinstance(d, datetime.datetime) for d in dates)
    return GuideReview(findings, dates if signed else None, pending)


def stop_message(messages: list[str]) -> str:
    """Every blocking finding at once, so one review round fixes them all."""
    many = len(messages) > 1
    return (f"This guide cannot be published until {len(messages)} review problem{'s are' if many else ' is'} "
            "fixed:\n  - " + "\n  - ".join(messages))
