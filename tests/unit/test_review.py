"""Review dates, the sign-off fingerprint and its record, without MkDocs."""

import datetime as dt

import pytest

from patient_guide.review import (
    Finding,
    ReviewError,
    add_months,
    check_dates,
    check_pending,
    check_sign_off,
    fingerprint,
    read_ledger,
    read_today,
    review_page,
)
from patient_guide.settings import SettingsError, read_settings
from patient_guide.signing import set_front_matter_dates, sign_off, write_ledger
from patient_guide.words import load_words

TODAY = dt.date(2026, 11, 25)
PAGE = """---
title: Complications and risks
description: The risks of this operation.
last_reviewed: 2026-11-24
next_review: 2027-11-24
hide:
  - toc
key_points:
  - Blood clots are the most common problem.
  - Rarely, the repaired tendon comes away.
  - Your team will take every care.
---

# Complications and risks

The most common complication that is experienced post-surgery is blood clots.

```quiz
id: clots
type: single
question: What is the most common complication?
- [x] Blood clots
- [ ] Broken glasses
explanation: Blood clots are the most common complication.
source: The most common complication that is experienced post-surgery is blood clots.
```
"""
GLOSSARY = "# The glossary\n- term: tendon\n  definition: A cord that fixes a muscle to a bone.\n"


def test_today_is_the_real_date_unless_guide_today_is_set():
    assert read_today({}) == dt.date.today()
    assert read_today({"GUIDE_TODAY": "2030-01-31"}) == dt.date(2030, 1, 31)
    with pytest.raises(ReviewError) as error:
        read_today({"GUIDE_TODAY": "31/01/2030"})
    assert str(error.value) == ("GUIDE_TODAY is '31/01/2030', which is not a date written YYYY-MM-DD, "
                                "e.g. 2026-11-25. Unset it to use today's date.")


def test_a_review_period_in_months_keeps_the_day_where_it_can():
    assert add_months(dt.date(2026, 11, 25), 12) == dt.date(2027, 11, 25)
    assert add_months(dt.date(2028, 2, 29), 12) == dt.date(2029, 2, 28)
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)


@pytest.mark.parametrize("last, next_, message", [
    (None, dt.date(2027, 1, 1), "docs/a.md, line 1: 'last_reviewed' is missing. How to fix: add "
                                "'last_reviewed: YYYY-MM-DD' "
                                "to its front matter, e.g. after a review run python3 dev.py sign-off."),
    ("2026-13-01", dt.date(2027, 1, 1), "docs/a.md, line 4: 'last_reviewed' is '2026-13-01', which is not a date. "
                                        "How to fix: write it as YYYY-MM-DD, e.g. 2026-11-25."),
    (dt.date(2026, 11, 1), dt.date(2026, 11, 1), "docs/a.md, line 5: next_review (2026-11-01) is not after "
                                                 "last_reviewed "
                                                 "(2026-11-01). How to fix: set next_review to a later date, "
                                                 "normally a year after the review."),
    (dt.date(2026, 12, 1), dt.date(2027, 12, 1), "docs/a.md, line 4: last_reviewed (2026-12-01) is after today "
                                                 "(2026-11-25). "
                                                 "How to fix: correct the date; a review cannot have happened yet."),
    (dt.date(2025, 11, 1), dt.date(2026, 11, 24), "docs/a.md, line 5: the page is 1 day overdue for review "
                                                  "(next_review was "
                                                  "2026-11-24). How to fix: have it reviewed, then run "
                                                  "python3 dev.py sign-off docs/a.md."),
])
def test_each_date_fault_names_the_page_and_the_fix(last, next_, message):
    text = "title: A\ndescription: B\n\nlast_reviewed: 2026-13-01\nnext_review: 2027-01-01\n"
    assert check_dates("docs/a.md", last, next_, TODAY, text) == [Finding(message)]


def test_due_within_30_days_is_a_warning_that_never_stops_a_build():
    assert check_dates("docs/a.md", dt.date(2025, 12, 1), dt.date(2026, 12, 25), TODAY) == [Finding(
        "docs/a.md is due for review in 30 days (next_review 2026-12-25). Arrange its review now: "
        "after it, the build will stop.", blocking=False)]
    assert check_dates("docs/a.md", dt.date(2025, 12, 1), dt.date(2026, 12, 26), TODAY) == []


def test_a_one_word_edit_changes_the_fingerprint():
    assert fingerprint("risks.md", PAGE.replace("most common complication", "rarest complication")) \
        != fingerprint("risks.md", PAGE)


@pytest.mark.parametrize("part", ["title: Complications", "The risks of", "Blood clots are", "question: What",
                                  "next_review: 2027-11-24"])
def test_every_part_a_patient_reads_is_fingerprinted(part):
    assert fingerprint("risks.md", PAGE.replace(part, part + "x", 1)) != fingerprint("risks.md", PAGE)


def test_layout_and_settings_a_patient_never_reads_leave_the_fingerprint_alone():
    reflowed = PAGE.replace("experienced post-surgery", "experienced\npost-surgery").replace("  - toc", "  - nav")
    assert fingerprint("risks.md", reflowed) == fingerprint("risks.md", PAGE)


def test_the_fingerprint_comes_from_the_page_alone_so_theme_and_code_cannot_change_it():
    """It takes nothing but the file's text; the build test re-checks this with an edited template."""
    assert fingerprint("risks.md", PAGE) == fingerprint("risks.md", str(PAGE))
    assert len(fingerprint("risks.md", PAGE)) == 64


def test_the_glossary_fingerprint_follows_its_words_not_its_comments():
    assert fingerprint("glossary.yml", "# another comment\n" + GLOSSARY) == fingerprint("glossary.yml", GLOSSARY)
    assert fingerprint("glossary.yml", GLOSSARY.replace("a bone", "the bone")) != fingerprint("glossary.yml", GLOSSARY)


def test_unsigned_and_changed_pages_are_named_with_the_command_to_run():
    assert check_sign_off("docs/risks.md", "risks.md", PAGE, {}) == [Finding(
        "docs/risks.md has not been signed off: have it reviewed, then run python3 dev.py sign-off docs/risks.md")]
    ledger = {"risks.md": {"reviewed_on": dt.date(2026, 11, 24), "fingerprint": fingerprint("risks.md", PAGE)}}
    assert check_sign_off("docs/risks.md", "risks.md", PAGE, ledger) == []
    assert check_sign_off("docs/risks.md", "risks.md", PAGE.replace("blood clots.", "clots."), ledger) == [Finding(
        "docs/risks.md has changed since it was reviewed on 2026-11-24: have it reviewed, then run "
        "python3 dev.py sign-off docs/risks.md")]
    assert check_sign_off("docs/dangers.md", "dangers.md", PAGE, ledger) == [Finding(
        "docs/dangers.md has not been signed off under this name, but it reads exactly as docs/risks.md did when it "
        "was reviewed on 2026-11-24: renamed or copied? Have a clinical lead confirm it, then run python3 dev.py "
        "sign-off docs/dangers.md")], "a renamed page is told apart from a new one"


def test_a_record_of_a_file_that_is_gone_is_dropped_on_a_rename_or_a_whole_guide_review_only(tmp_path):
    """A file may be missing only for now (a half-done checkout): one page's sign-off keeps its record."""
    from patient_guide.signing import plan_sign_offs, write_sign_offs
    write_docs(tmp_path, {"renamed.md": PAGE.encode("utf-8"), "b.md": PAGE.replace("id: clots", "id: b").encode()})
    renamed, _ = plan_sign_offs(tmp_path, ["renamed.md"], TODAY, 12)  # today's dates: a new fingerprint
    old = {"old-name.md": {"reviewed_on": TODAY, "fingerprint": fingerprint("old-name.md", PAGE)},
           "gone-for-now.md": {"reviewed_on": TODAY, "fingerprint": "other"}}
    other, _ = plan_sign_offs(tmp_path, ["b.md"], TODAY, 12)
    assert write_sign_offs(tmp_path, other, dict(old)) == [], "nothing gone was renamed to b.md"
    assert renamed[0].entry["fingerprint"] != old["old-name.md"]["fingerprint"]
    assert write_sign_offs(tmp_path, renamed, dict(old)) == ["old-name.md"]
    assert sorted(read_ledger(tmp_path / "sign-off.yml", "x")) == ["gone-for-now.md", "renamed.md"]
    assert write_sign_offs(tmp_path, other, dict(old), whole_guide=True) == ["old-name.md", "gone-for-now.md"]


def test_an_urgent_fix_is_allowed_for_at_most_30_days_and_only_as_a_warning():
    ledger = {"risks.md": {"reviewed_on": dt.date(2026, 11, 24), "fingerprint": fingerprint("risks.md", PAGE)}}
    edited = PAGE.replace("hide:", "review_pending_until: 2026-12-20\nhide:").replace("clots.", "clots!")
    pending, findings = review_page("docs/risks.md", "risks.md", edited, ledger, TODAY)
    assert pending == dt.date(2026, 12, 20)
    assert findings and not any(f.blocking for f in findings)
    assert "has changed since it was reviewed on 2026-11-24" in findings[0].message
    assert check_pending("docs/a.md", {"review_pending_until": dt.date(2026, 11, 24)}, TODAY)[1] == [Finding(
        "docs/a.md: the urgent change's review was due by 2026-11-24. How to fix: have it reviewed, then run "
        "python3 dev.py sign-off docs/a.md.")]
    assert check_pending("docs/a.md", {"review_pending_until": dt.date(2027, 1, 1)}, TODAY)[1] == [Finding(
        "docs/a.md: 'review_pending_until' is 2027-01-01, more than 30 days away. How to fix: set a date within "
        "30 days; an urgent change must be reviewed soon.")]


def test_a_glossary_dates_come_from_its_sign_off_record():
    ledger = {"glossary.yml": {"reviewed_on": dt.date(2025, 1, 1), "next_review": dt.date(2026, 1, 1),
                               "fingerprint": fingerprint("glossary.yml", GLOSSARY)}}
    _, findings = review_page("docs/glossary.yml", "glossary.yml", GLOSSARY, ledger, TODAY)
    assert [f.message for f in findings] == [
        "docs/glossary.yml is 328 days overdue for review (next_review was 2026-01-01). How to fix: have it "
        "reviewed, then run python3 dev.py sign-off docs/glossary.yml."]


def test_new_dates_change_only_their_lines_and_end_an_urgent_fix():
    page = PAGE.replace("hide:", "review_pending_until: 2026-12-20\nhide:")
    updated = set_front_matter_dates(page, dt.date(2026, 11, 25), dt.date(2027, 11, 25))
    assert updated == PAGE.replace("2026-11-24", "2026-11-25").replace("2027-11-24", "2027-11-25")
    assert set_front_matter_dates("---\ntitle: A\n---\nText\n", TODAY, dt.date(2027, 11, 25)) == (
        "---\ntitle: A\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n---\nText\n")


def test_sign_off_writes_the_page_and_a_record_the_build_accepts(tmp_path):
    (tmp_path / "risks.md").write_text(PAGE, "utf-8")
    (tmp_path / "glossary.yml").write_text(GLOSSARY, "utf-8")
    ledger = {}
    sign_off(tmp_path, "risks.md", ledger, TODAY, 12)
    sign_off(tmp_path, "glossary.yml", ledger, TODAY, 12)
    write_ledger(tmp_path / "sign-off.yml", ledger)
    assert (tmp_path / "glossary.yml").read_text("utf-8") == GLOSSARY
    record = read_ledger(tmp_path / "sign-off.yml", "docs/sign-off.yml")
    assert "&id" not in (tmp_path / "sign-off.yml").read_text("utf-8")
    assert record["risks.md"]["next_review"] == dt.date(2027, 11, 25)
    for name in ("risks.md", "glossary.yml"):
        text = (tmp_path / name).read_text("utf-8")
        assert review_page(f"docs/{name}", name, text, record, TODAY) == (None, [])


def test_an_unreadable_record_says_to_restore_it(tmp_path):
    (tmp_path / "sign-off.yml").write_text("risks.md: [unclosed\n", "utf-8")
    with pytest.raises(ReviewError, match="docs/sign-off.yml cannot be read .* restore it from git"):
        read_ledger(tmp_path / "sign-off.yml", "docs/sign-off.yml")


def test_the_review_period_is_a_setting_with_a_default_of_a_year():
    base = {"publisher": "P", "reference": "R", "version": "1", "source": "S", "feedback_url": "mailto:a@b",
            "download": "d.zip", "contact": {"who": "W", "phone": "01632 960000", "when": "at any time"}}
    assert read_settings({"guide": base}).review_period_months == 12
    assert read_settings({"guide": {**base, "review_period_months": 6}}).review_period_months == 6
    with pytest.raises(SettingsError, match="'review_period_months' is 'a year', which is not a whole number"):
        read_settings({"guide": {**base, "review_period_months": "a year"}})


def test_the_statement_is_dated_by_source_date_epoch_when_set():
    from patient_guide.statements import StatementError, build_date, long_date
    assert build_date({"SOURCE_DATE_EPOCH": "1795478400"}) == dt.date(2026, 11, 24)
    assert build_date({"GUIDE_TODAY": "2026-11-25"}) == TODAY
    assert long_date(dt.date(2026, 12, 9), load_words("en")) == "9 December 2026"
    with pytest.raises(StatementError, match="SOURCE_DATE_EPOCH is 'yesterday', which is not a whole number"):
        build_date({"SOURCE_DATE_EPOCH": "yesterday"})


def test_a_tool_the_statement_names_must_be_pinned(tmp_path):
    from patient_guide.statements import StatementError, pinned_versions, tool_list
    (tmp_path / "requirements.txt").write_text("pytest==9.2.0\nplaywright==1.65.2  # browser\n", "utf-8")
    (tmp_path / "package.json").write_text('{"devDependencies": {"vnu-jar": "26.9.27"}}', "utf-8")
    pins = pinned_versions(tmp_path)
    assert pins == {"pytest": "9.2.0", "playwright": "1.65.2", "vnu-jar": "26.9.27"}
    with pytest.raises(StatementError, match="names axe-playwright-python, but no requirements"):
        tool_list(pins, load_words("en"))
    assert "- pytest: version 9.2.0" in tool_list({**pins, "axe-playwright-python": "0.1.8"}, load_words("en"))


def test_line_endings_and_a_byte_order_mark_do_not_change_a_page_or_its_fingerprint():
    """A Windows checkout (CRLF), an old Mac file (CR) or Notepad's BOM is the same page."""
    ledger = {"risks.md": {"reviewed_on": dt.date(2026, 11, 24), "next_review": dt.date(2027, 11, 24),
                           "fingerprint": fingerprint("risks.md", PAGE)}}
    for saved in (PAGE.replace("\n", "\r\n"), PAGE.replace("\n", "\r"), "\ufeff" + PAGE.replace("\n", "\r\n")):
        assert fingerprint("risks.md", saved) == fingerprint("risks.md", PAGE)
        assert review_page("docs/risks.md", "risks.md", saved, ledger, TODAY) == (None, [])
    windows = "\ufeff" + GLOSSARY.replace("\n", "\r\n")
    assert fingerprint("glossary.yml", windows) == fingerprint("glossary.yml", GLOSSARY)


def test_a_date_in_quotes_is_told_to_lose_its_quotes():
    text = 'title: A\nnext_review: "2027-11-25"\n'
    assert check_dates("docs/a.md", dt.date(2026, 11, 1), "2027-11-25", TODAY, text) == [Finding(
        "docs/a.md, line 2: 'next_review' is \"2027-11-25\", in quotes, so it is read as words, not as a date. How to "
        "fix: remove the quotes, so the line reads next_review: 2027-11-25")]


def write_docs(folder, pages: dict[str, bytes]):
    for name, data in pages.items():
        (folder / name).write_bytes(data)
    return {name: (folder / name).read_bytes() for name in pages}


def test_sign_off_checks_every_file_first_and_writes_nothing_unless_all_are_sound(tmp_path):
    from patient_guide.signing import plan_sign_offs
    docs = tmp_path / "docs"
    docs.mkdir()
    before = write_docs(docs, {"a.md": PAGE.replace("id: clots", "id: clots-a").encode("utf-8"),
                               "glossary.yml": GLOSSARY.encode("utf-8"),
                               "b.md": PAGE.replace("blood clots.", "blood clots \u2013 rare.").encode("cp1252"),
                               "c.md": PAGE.replace("title: Complications and risks", "title: !!binary aGVsbG8=")
                               .replace("id: clots", "id: clots-c")
                               .encode("utf-8"),
                               "d.md": PAGE.replace("---\n\n# Complications", "\n# Complications").encode("utf-8")})
    plans, problems = plan_sign_offs(docs, ["a.md", "glossary.yml", "b.md", "c.md", "d.md"], TODAY, 12)
    assert plans == []
    assert problems == [
        "docs/b.md, line 16: this file is not saved as UTF-8, so some characters (such as curly quotes, dashes or "
        "accented letters) cannot be read. How to fix: open the file in your editor and save it again with the "
        "encoding set to UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).",
        "docs/c.md, line 2: 'title' must be a line of text. How to fix: write 'title: ' and then the words.",
        "docs/d.md, line 1: the front matter (the block between the --- lines at the top) is never closed, so the "
        "page would show it as text. How to fix: add a line of just --- after the front matter's last line, before "
        "the page's text."]
    assert {name: (docs / name).read_bytes() for name in before} == before, "nothing was written"


def test_sign_off_keeps_the_file_s_own_line_endings_and_byte_order_mark(tmp_path):
    saved = ("\ufeff" + PAGE.replace("hide:", "review_pending_until: 2026-12-01\nhide:")).replace("\n", "\r\n")
    write_docs(tmp_path, {"risks.md": saved.encode("utf-8"), "sign-off.yml": b"# old\r\nrisks.md: {}\r\n"})
    ledger = read_ledger(tmp_path / "sign-off.yml", "docs/sign-off.yml")
    sign_off(tmp_path, "risks.md", ledger, TODAY, 12)
    write_ledger(tmp_path / "sign-off.yml", ledger)
    expected = "\ufeff" + PAGE.replace("2026-11-24", "2026-11-25").replace("2027-11-24", "2027-11-25")
    assert (tmp_path / "risks.md").read_bytes() == expected.replace("\n", "\r\n").encode("utf-8")
    record = (tmp_path / "sign-off.yml").read_bytes()
    assert record.count(b"\r\n") == record.count(b"\n"), "the record keeps its CRLF too"
    text = (tmp_path / "risks.md").read_bytes().decode("utf-8-sig")
    assert review_page("docs/risks.md", "risks.md", text, read_ledger(tmp_path / "sign-off.yml", "x"), TODAY) == (
        None, [])


def test_a_record_not_saved_as_utf8_says_how_to_fix_it(tmp_path):
    (tmp_path / "sign-off.yml").write_bytes("risks.md:\n  reviewed_on: caf\u00e9\n".encode("cp1252"))
    with pytest.raises(ReviewError) as raised:
        read_ledger(tmp_path / "sign-off.yml", "docs/sign-off.yml")
    assert str(raised.value).startswith("docs/sign-off.yml, line 2: this file is not saved as UTF-8")


def test_sign_off_names_an_id_shared_within_one_page_once(tmp_path):
    from patient_guide.signing import plan_sign_offs
    block = PAGE[PAGE.index("```quiz"):]
    write_docs(tmp_path, {"risks.md": (PAGE + "\n" + block).encode("utf-8")})
    problems = plan_sign_offs(tmp_path, ["risks.md"], TODAY, 12)[1]
    assert len(problems) == 2 and len(set(problems)) == 2, problems  # each of the two questions, once
