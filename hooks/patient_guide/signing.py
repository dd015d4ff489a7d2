"""Writing a clinical sign-off (python3 dev.py sign-off, through tools/sign_off.py; never the build).

A page is signed off only if the build would publish it: every check the build can run on the
page alone runs first, and one unsound file stops them all, so nothing is half done.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import yaml

from .front_matter import FrontMatter, find_front_matter, page_problems
from .generated_pages import GENERATED_PAGES, NOT_SECTIONS, GeneratedPageError, fill_generated_page
from .glossary import GlossaryError, load_glossary
from .page_source import read_page
from .quiz.grounding import ground_questions
from .quiz.validate import check_question_bank, find_duplicate_ids, questions_off_sections
from .review import LEDGER, PENDING_KEY, WORDS_PREFIX, ReviewError, add_months, fingerprint, shown_name, words_path
from .slots import slot_marker
from .source_text import SourceError, decode_source, encode_like, layout_of
from .timeline import SLOT as TIMELINE_SLOT
from .timeline import ground_timeline, read_timelines, timeline_off_sections
from .unsafe_html import unsafe_html_problems
from .versions import file_records, record_version
from .words import WordsError, load_words

LEDGER_HEADER = """\
# Clinical sign-off, written by `python3 dev.py sign-off`: do not edit by hand.
# For each file in docs/: the day a clinical lead reviewed its patient-facing content,
# when it is next due, and a fingerprint of everything a patient reads in it. The
# build stops when a file no longer matches its fingerprint. Under versions: each version
# of the guide, the day it was signed off and the files whose words it changed.
"""


def set_front_matter_dates(text: str, last: datetime.date, next_: datetime.date) -> str:
    """The page (its text read with \\n line breaks) with new review dates and no urgent-fix override;
    every other character kept. Only for a page whose front matter is sound (page_problems)."""
    found = find_front_matter(text)
    if not isinstance(found, FrontMatter):
        raise ReviewError(f"line {found.line}: {found.problem}")
    raw = re.sub(rf"^{PENDING_KEY}[ \t]*:.*\n", "", found.raw, flags=re.M)
    for key, value in (("last_reviewed", last), ("next_review", next_)):
        line = f"{key}: {value}"
        raw, count = re.subn(rf"^{key}[ \t]*:.*$", line, raw, count=1, flags=re.M)
        if not count:
            raw += line + "\n"
    head, _, _ = text.partition("\n")  # the opening --- line, as written
    closing = text.split("\n")[found.raw.count("\n") + 1]
    return f"{head}\n{raw}{closing}\n{found.body}"


Render = Callable[[str], str]  # a page's Markdown to HTML, as the site renders it


class SignOff(NamedTuple):
    """One file's sign-off, worked out before anything is written."""

    name: str  # inside docs/
    data: bytes | None  # the page's new bytes, in its own line endings; None: the file stays as it is
    entry: dict  # its record in docs/sign-off.yml
    as_found: str = ""  # the fingerprint of the file as it was found, before today's dates


def plan_sign_off(docs_dir: Path, name: str, today: datetime.date, months: int,
                  render: Render | None = None) -> tuple[SignOff | None, list[str]]:
    """docs/<name> with its new dates and fingerprint, or the problems (as the build words them)
    that stop it being signed off: a file that is not UTF-8, broken front matter, a question block,
    code in the text, a lost marker line, a broken glossary or words file. A page the build would
    refuse is never recorded as reviewed."""
    display = shown_name(docs_dir.name, name)
    next_ = add_months(today, months)
    path = words_path(name) if name.startswith(WORDS_PREFIX) else docs_dir / name
    if not path.is_file():
        return None, [f"{display} is missing. How to fix: restore it from git, or create it."]
    data = path.read_bytes()
    try:
        text = decode_source(data, display)
    except SourceError as error:
        return None, [str(error)]
    found_print = fingerprint(name, text)
    new_data = None
    if name.endswith(".md"):
        if problems := page_problems(text, display) + _page_build_problems(text, name, docs_dir.name, render):
            return None, problems
        text = set_front_matter_dates(text, today, next_)
        if problems := page_problems(text, display):  # a date line the rewrite could not replace cleanly
            return None, problems
        new_data = encode_like(text, layout_of(data))
    elif name.startswith(WORDS_PREFIX):
        try:
            load_words(path.stem, path.parent)
        except WordsError as error:
            return None, [f"{display}: {error}"]
    else:
        try:
            load_glossary(text, display)
        except GlossaryError as error:
            return None, str(error).removeprefix("The glossary has problems:\n  - ").split("\n  - ")
    return SignOff(name, new_data, {"reviewed_on": today, "next_review": next_,
                                    "fingerprint": fingerprint(name, text)}, found_print), []


def _page_build_problems(text: str, name: str, docs_name: str, render: Render | None = None) -> list[str]:
    """What else stops the build on this page alone: code in its text, a broken question, an answer
    its passage does not ground in the rendered page (given `render`, the site's Markdown), a lost marker."""
    display = f"{docs_name}/{name}"
    problems = unsafe_html_problems(text, display)
    bank, faults = check_question_bank({name: text}, docs_name)
    problems += [str(fault) for fault in faults]
    page = read_page(text)
    timelines, timeline_faults = read_timelines(text.split("\n"), page.blocks, display)
    problems += [str(fault) for fault in timeline_faults]
    questions = [q for q in bank.get(name, []) if q.source and q.id]
    if render and (questions or timelines):  # grounded in the page as the build renders it
        timeline = timelines[0] if timelines else None
        html = render(page.body_without_quiz(timeline and (timeline.first_line, timeline.last_line,
                                                           slot_marker(TIMELINE_SLOT)))[0])
        problems += [str(fault) for fault in ground_questions(html, questions, page.meta.get("key_points") or [])[2]]
        problems += [str(fault) for fault in (ground_timeline(html, timeline) if timeline else [])]
    if name in NOT_SECTIONS:  # (a page left out of nav is not a section either: only the build knows)
        problems += [str(fault) for fault in questions_off_sections(bank, set())]
        problems += [str(fault) for fault in timeline_off_sections({name: timelines[0]} if timelines else {}, set())]
    if name in GENERATED_PAGES:
        try:
            fill_generated_page(text, name, "", display)
        except GeneratedPageError as error:
            problems.append(str(error))
    return problems


def plan_sign_offs(docs_dir: Path, names: list[str], today: datetime.date, months: int,
                   render: Render | None = None) -> tuple[list[SignOff], list[str]]:
    """Every file's sign-off worked out first: one unsound file stops them all, so nothing is half done."""
    plans, problems = [], []
    for name in names:
        plan, faults = plan_sign_off(docs_dir, name, today, months, render)
        problems += faults
        plans += [plan] if plan else []
    problems += _ids_shared_with_other_pages(docs_dir, [name for name in names if name.endswith(".md")])
    return (plans if not problems else []), problems


def _ids_shared_with_other_pages(docs_dir: Path, names: list[str]) -> list[str]:
    """A question id a page to sign off shares with any page of the guide: the build would refuse it."""
    if not names:
        return []
    texts = {}
    for path in sorted(docs_dir.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(docs_dir).parts):
            continue  # MkDocs never builds a hidden folder's pages
        try:
            texts[path.relative_to(docs_dir).as_posix()] = decode_source(path.read_bytes(), path.name)
        except SourceError:
            continue  # named by its own check, if it is to be signed off
    bank = check_question_bank(texts, docs_dir.name)[0]
    shown = {f"{docs_dir.name}/{name}" for name in names}
    files_of: dict[str, set[str]] = {}
    for question in [q for questions in bank.values() for q in questions]:
        files_of.setdefault(question.id, set()).add(question.file)
    # An id shared within the page is named by the page's own check.
    return [str(fault) for fault in find_duplicate_ids([q for questions in bank.values() for q in questions])
            if fault.file in shown and files_of[fault.question_id] - {fault.file}]


def write_sign_offs(docs_dir: Path, plans: list[SignOff], ledger: dict[str, dict],
                    whole_guide: bool = False, version: str | None = None) -> list[str]:
    """Write the pages' new dates, then the record that names them (and, given the guide's
    `version`, the files whose words it changed). A record of a file that is gone is dropped after
    a review of the whole guide, or when a page signed off now read as it did (a rename); otherwise
    it is kept, as a file may be missing only for now. Returns the dropped names."""
    changed = changed_words(plans, ledger)
    # A renamed page reads as its old record did before this sign-off gave it today's dates.
    as_found = {plan.as_found for plan in plans if plan.data is not None}
    _write_pages(docs_dir, plans, ledger)
    gone = [name for name in file_records(ledger) if not (words_path(name) if name.startswith(WORDS_PREFIX)
                                                           else docs_dir / name).is_file()
            and (whole_guide or ledger[name].get("fingerprint") in as_found)]
    for name in gone:
        del ledger[name]
    if version and plans:
        record_version(ledger, version, plans[0].entry["reviewed_on"], changed)
    write_ledger(docs_dir / LEDGER, ledger)
    return gone


def changed_words(plans: list[SignOff], ledger: dict[str, dict]) -> list[str]:
    """The files whose words these sign-offs change: a new file, or one that no longer reads as
    its record (a review that changes no word, only the review dates, changes nothing)."""
    return [plan.name for plan in plans if (ledger.get(plan.name) or {}).get("fingerprint") != plan.as_found]


def _write_pages(docs_dir: Path, plans: list[SignOff], ledger: dict[str, dict]) -> None:
    for plan in plans:
        if plan.data is not None:
            (docs_dir / plan.name).write_bytes(plan.data)
        ledger[plan.name] = plan.entry


def sign_off(docs_dir: Path, name: str, ledger: dict[str, dict], today: datetime.date,
             months: int) -> dict:
    """Record a review of docs/<name>: new dates (in a page's front matter too) and its fingerprint."""
    plans, problems = plan_sign_offs(docs_dir, [name], today, months)
    if problems:
        raise ReviewError("\n".join(problems))
    _write_pages(docs_dir, plans, ledger)  # the caller writes the record, once for all its files
    return ledger[name]


class _PlainDumper(yaml.SafeDumper):
    """Writes each date out in full: no YAML &anchors for a reader to decode."""

    def ignore_aliases(self, data):
        return True


def write_ledger(path: Path, ledger: dict[str, dict]) -> None:
    """The sign-off record, in the line endings the file already has (a Windows checkout keeps CRLF)."""
    text = yaml.dump(dict(sorted(ledger.items())), Dumper=_PlainDumper, sort_keys=False, allow_unicode=True)
    layout = layout_of(path.read_bytes()) if path.is_file() else layout_of(b"")
    path.write_bytes(encode_like(LEDGER_HEADER + text, layout))
