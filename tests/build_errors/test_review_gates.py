"""Review dates and clinical sign-off hold in the real build: one build per kind of fault.

Test projects are signed off as written (the glossary on 2026-11-24, next review
2027-11-24) and GUIDE_TODAY sets the day each build stands on."""

import datetime
import shutil
import subprocess
import sys
import zipfile

import pytest
import yaml
from bs4 import BeautifulSoup
from build_errors.test_build_failures import GOOD_PAGE, GOOD_QUESTION

from support import ROOT, LiveServer, build_site

PAGE = GOOD_PAGE + GOOD_QUESTION  # reviewed 2026-11-24, next review 2027-11-24
EDITED = PAGE.replace("# Risks\n\n", "# Risks\n\nThese are rare.\n\n", 1)  # one sentence more, questions intact


def test_an_overdue_page_stops_the_build_naming_it_and_the_days(make_project, tmp_path):
    result = build_site(make_project({"risks.md": PAGE}), tmp_path / "out", {"GUIDE_TODAY": "2027-12-01"})
    assert result.returncode != 0
    # The page, the glossary, the six pages the build fills in and the words file: all signed off alike.
    assert "This guide cannot be published until 9 review problems are fixed:" in result.stderr
    for name, line in (("docs/risks.md", 4), ("docs/quiz.md", 5), ("docs/privacy.md", 5)):
        assert (f"  - {name}, line {line}: the page is 7 days overdue for review (next_review was 2027-11-24). How to "
                f"fix: have it reviewed, then run python3 dev.py sign-off {name}.") in result.stderr, result.stderr
    for name in ("docs/glossary.yml", "hooks/patient_guide/words/en.yml"):  # their dates: in the sign-off record
        assert (f"  - {name} is 7 days overdue for review (next_review was 2027-11-24). How to fix: "
                f"have it reviewed, then run python3 dev.py sign-off {name}.") in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "risks.html").exists()


def test_a_review_due_within_30_days_warns_but_builds(make_project, tmp_path):
    result = build_site(make_project({"risks.md": PAGE}), tmp_path / "out", {"GUIDE_TODAY": "2027-11-10"})
    assert result.returncode == 0, result.stderr
    assert ("WARNING -  docs/risks.md is due for review in 14 days (next_review 2027-11-24). Arrange its review "
            "now: after it, the build will stop.") in result.stderr


def test_a_mistyped_date_stops_the_build_naming_the_line(make_project, tmp_path):
    page = PAGE.replace("next_review: 2027-11-24", "next_review: 24/11/2027")
    result = build_site(make_project({"risks.md": page}), tmp_path / "out")
    assert result.returncode != 0
    assert ("docs/risks.md, line 4: 'next_review' is '24/11/2027', which is not a date. How to fix: write it as "
            "YYYY-MM-DD, e.g. 2026-11-25.") in result.stderr, result.stderr


def test_a_bad_guide_today_is_a_clear_error(make_project, tmp_path):
    result = build_site(make_project({"risks.md": PAGE}), tmp_path / "out", {"GUIDE_TODAY": "tomorrow"})
    assert result.returncode != 0
    assert "GUIDE_TODAY is 'tomorrow', which is not a date written YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_page_edited_after_its_review_stops_the_build(make_project, tmp_path):
    config = make_project({"risks.md": PAGE})
    page = config.parent / "docs" / "risks.md"
    page.write_text(EDITED, "utf-8")
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0
    assert ("  - docs/risks.md has changed since it was reviewed on 2026-11-24: have it reviewed, then run "
            "python3 dev.py sign-off docs/risks.md") in result.stderr, result.stderr


def test_an_edited_glossary_and_an_unsigned_page_stop_the_build(make_project, tmp_path):
    config = make_project({"risks.md": PAGE, "new.md": PAGE.replace("title: Risks", "title: New")})
    ledger = config.parent / "docs" / "sign-off.yml"
    ledger.write_text(ledger.read_text("utf-8").replace("new.md:", "gone.md:"), "utf-8")
    glossary = config.parent / "docs" / "glossary.yml"
    glossary.write_text(glossary.read_text("utf-8").replace("A cut made", "A small cut made"), "utf-8")
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0
    assert ("  - docs/new.md has not been signed off under this name, but it reads exactly as docs/gone.md did when "
            "it was reviewed on 2026-11-24: renamed or copied? Have a clinical lead confirm it, then run python3 "
            "dev.py sign-off docs/new.md") in result.stderr, result.stderr
    assert ("  - docs/glossary.yml has changed since it was reviewed on 2026-11-24: have it reviewed, then run "
            "python3 dev.py sign-off docs/glossary.yml") in result.stderr


def test_a_theme_change_needs_no_new_sign_off(make_project, tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "overrides", theme)
    partial = theme / "partials" / "page-info.html"
    partial.write_text(partial.read_text("utf-8").replace("<ul>", '<ul class="changed">'), "utf-8")
    config = make_project({"risks.md": PAGE})
    config.write_text(config.read_text("utf-8").replace(str(ROOT / "overrides"), str(theme)), "utf-8")
    result = build_site(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert 'class="changed"' in (tmp_path / "out" / "risks.html").read_text("utf-8")


def test_an_urgent_fix_publishes_with_a_visible_notice_and_a_warning(make_project, tmp_path):
    config = make_project({"risks.md": PAGE})
    page = config.parent / "docs" / "risks.md"
    page.write_text(EDITED.replace("title: Risks", "title: Risks\nreview_pending_until: 2026-12-20"), "utf-8")
    result = build_site(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert ("WARNING -  docs/risks.md has changed since it was reviewed on 2026-11-24: have it reviewed, then run "
            "python3 dev.py sign-off docs/risks.md [published before review under review_pending_until: "
            "2026-12-20]") in result.stderr, result.stderr
    soup = BeautifulSoup((tmp_path / "out" / "risks.html").read_text("utf-8"), "html.parser")
    notice = soup.select_one("article .guide-review-pending")
    assert notice.get_text(" ", strip=True) == ("This page was changed to correct something urgently, before its "
                                                "clinical review. The review will be finished by 20 December 2026.")
    assert notice.find_next("h1") is soup.h1
    # Its words appear on the quiz page (its questions) and the print page (its text): each says so there too.
    part = ("This part of the guide was changed to correct something urgently, before its clinical review. The "
            "review will be finished by 20 December 2026.")
    page_notice = notice.get_text(" ", strip=True)
    out = tmp_path / "out"
    quiz = BeautifulSoup((out / "quiz.html").read_text("utf-8"), "html.parser")
    assert quiz.select_one("article .guide-review-pending").get_text(" ", strip=True) == page_notice
    heading = quiz.find(id="questions-risks")
    assert heading.find_next(class_="guide-review-pending").get_text(" ", strip=True) == part
    assert heading.find_next(class_="guide-review-pending").find_next("fieldset") is heading.find_next("fieldset")
    printed = BeautifulSoup((out / "print.html").read_text("utf-8"), "html.parser")
    assert printed.select_one("article .guide-review-pending").get_text(" ", strip=True) == page_notice
    section = printed.find(id="print-risks")
    assert section.find_next(class_="guide-review-pending").get_text(" ", strip=True) == part
    assert section.find_next(class_="guide-review-pending").find_next("h2") is section.find_next("h2")
    # The printed guide's title block: its review date claims no review of the changed words.
    block = printed.select_one(".guide-title-block .guide-review-pending")
    assert block.get_text(" ", strip=True) == (
        "Some of this guide was changed to correct something urgently, before its clinical review. The review will "
        "be finished by 20 December 2026. Changed: Risks.")
    large = BeautifulSoup((out / "large-print.html").read_text("utf-8"), "html.parser")
    assert large.select_one("article .guide-review-pending").get_text(" ", strip=True) == page_notice
    assert large.find(id="large-print-risks").find_next(class_="guide-review-pending").get_text(" ", strip=True) == part
    assert large.select_one(".guide-title-block .guide-review-pending")
    # The offline copy is made from the same pages.
    with zipfile.ZipFile(out / "download" / "soft-tissue-hip-reconstruction-guide.zip") as archive:
        for name in ("risks.html", "quiz.html", "print.html", "large-print.html"):
            held = archive.read(next(n for n in archive.namelist() if n.endswith("/" + name))).decode("utf-8")
            assert part in held or name == "risks.html", name
            assert "This page was changed to correct something urgently" in held, name


def test_without_an_urgent_fix_no_page_shows_its_notice(make_project, tmp_path):
    result = build_site(make_project({"risks.md": PAGE}), tmp_path / "out")
    assert result.returncode == 0, result.stderr
    for name in ("risks.html", "quiz.html", "print.html", "large-print.html"):
        assert "guide-review-pending" not in (tmp_path / "out" / name).read_text("utf-8"), name


def test_serve_only_warns_so_a_clinician_can_preview_a_fix(make_project, tmp_path):
    config = make_project({"risks.md": PAGE})
    (config.parent / "docs" / "risks.md").write_text(EDITED, "utf-8")
    (config.parent / "docs" / "draft.md").write_text(GOOD_PAGE.replace("# Risks", "# Draft"), "utf-8")
    with LiveServer(config, livereload=False) as server:
        server.wait_for("Serving on", timeout=120)
    assert ("WARNING -  docs/risks.md has changed since it was reviewed on 2026-11-24: have it reviewed, then run "
            "python3 dev.py sign-off docs/risks.md") in server.log
    assert "WARNING -  docs/draft.md is not in the guide's navigation" in server.log, "a page not yet in the menu"


def test_the_sign_off_command_records_a_review_the_build_then_accepts(make_project, tmp_path):
    """dev.py's sign-off on a copy of the project: an edited page fails, is signed off, and builds."""
    project = tmp_path / "project"
    for part in ("hooks", "tools"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    config = make_project({"risks.md": PAGE}, root=project)
    page = project / "docs" / "risks.md"
    page.write_text(EDITED, "utf-8")
    assert build_site(config, tmp_path / "out").returncode != 0
    signed = subprocess.run([sys.executable, "tools/sign_off.py", "docs/risks.md"], cwd=project,
                            capture_output=True, text=True)
    assert signed.returncode == 0, signed.stderr
    today = datetime.date.today()
    assert signed.stdout.startswith(f"Signed off docs/risks.md: reviewed on {today}, next review due ")
    assert f"last_reviewed: {today}\n" in page.read_text("utf-8")
    result = build_site(config, tmp_path / "out", {"GUIDE_TODAY": str(today)})
    assert result.returncode == 0, result.stderr
    refused = subprocess.run([sys.executable, "tools/sign_off.py", "mkdocs.yml"], cwd=project,
                             capture_output=True, text=True)
    assert refused.returncode != 0
    assert refused.stderr.strip() == ("mkdocs.yml is not in docs/ and is not the words file "
                                      "(hooks/patient_guide/words/en.yml): only what patients read can be signed off.")


def test_the_sign_off_command_writes_nothing_unless_every_file_is_sound(make_project, tmp_path):
    """A page saved as Windows-1252 among good ones: one message, no traceback, no page's dates half rewritten."""
    project = tmp_path / "project"
    for part in ("hooks", "tools"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    page_a, page_z = PAGE.replace("id: clots", "id: clots-a"), PAGE.replace("id: clots", "id: clots-z")
    make_project({"a.md": page_a, "risks.md": PAGE, "z.md": page_z}, root=project)
    docs = project / "docs"
    (docs / "risks.md").write_bytes(PAGE.replace("post-surgery", "post\u2013surgery").encode("cp1252"))
    (docs / "z.md").write_bytes(page_z.replace("\n", "\r\n").encode("utf-8"))
    before = {path.name: path.read_bytes() for path in docs.iterdir()}
    refused = subprocess.run([sys.executable, "tools/sign_off.py", "--all"], cwd=project, capture_output=True,
                             text=True)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert refused.stderr.strip() == (
        "Nothing was signed off, because 1 problem must be fixed first (then run the command again):\n"
        "  - docs/risks.md, line 14: this file is not saved as UTF-8, so some characters (such as curly quotes, "
        "dashes or accented letters) cannot be read. How to fix: open the file in your editor and save it again "
        "with the encoding set to UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).")
    assert {path.name: path.read_bytes() for path in docs.iterdir()} == before
    (docs / "risks.md").write_text(PAGE, "utf-8")
    signed = subprocess.run([sys.executable, "tools/sign_off.py", "--all"], cwd=project, capture_output=True,
                            text=True)
    assert signed.returncode == 0, signed.stderr
    assert b"\r\n" in (docs / "z.md").read_bytes() and b"\n" not in (docs / "z.md").read_bytes().replace(b"\r\n", b"")


def test_the_sign_off_command_refuses_what_the_build_would_refuse_and_takes_plain_requests(make_project, tmp_path):
    """A clinical lead is never told a page is signed off when the build would not publish it: code in the
    text, a question block never closed, a page the build fills in without its marker line, or missing."""
    project = tmp_path / "project"
    for part in ("hooks", "tools"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    make_project({"a.md": PAGE, "risks.md": PAGE}, root=project)
    docs = project / "docs"
    (docs / "a.md").write_text(PAGE.replace("# Risks\n", "# Risks\n\n<script>alert(1)</script>\n")
                               .replace("id: clots", "id: clots-a"), "utf-8")
    (docs / "risks.md").write_text(PAGE.replace("blood clots.\n```\n", "blood clots.\n"), "utf-8")
    quiz = (docs / "quiz.md").read_text("utf-8")
    (docs / "quiz.md").write_text(quiz.replace("<!-- guide:quiz", "<!-- quiz"), "utf-8")
    (docs / "privacy.md").unlink()
    (docs / "index.md").write_text(PAGE.replace("id: clots", "id: clots-home"), "utf-8")  # never a section
    before = {path.name: path.read_bytes() for path in docs.iterdir()}
    refused = subprocess.run([sys.executable, "tools/sign_off.py", "--all"], cwd=project, capture_output=True,
                             text=True)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    problems = refused.stderr.strip().split("\n  - ")
    assert problems[0] == "Nothing was signed off, because 5 problems must be fixed first (then run the command again):"
    assert [problem.split(":")[0] for problem in problems[1:]] == [
        "docs/a.md, line 14", "docs/index.md, line 16, question \"clots-home\"",
        "docs/quiz.md has lost the line <!-- guide", "docs/risks.md, line 16, question \"clots\"",
        "docs/privacy.md is missing"], problems
    assert "<script>" in problems[1] and "the home page" in problems[2] and "never closed" in problems[4]
    assert "guide:privacy" in problems[5]
    assert {path.name: path.read_bytes() for path in docs.iterdir()} == before, "nothing was written"

    (docs / "a.md").write_text(PAGE, "utf-8")
    shared = subprocess.run([sys.executable, "tools/sign_off.py", "docs/a.md"], cwd=project, capture_output=True,
                            text=True)  # a.md's question has the id of risks.md's
    assert shared.returncode != 0 and 'docs/a.md, line 16, question "clots": The id "clots" is also used by the ' \
        "question at docs/risks.md, line 16." in shared.stderr, shared.stderr
    (docs / "a.md").write_text(PAGE.replace("id: clots", "id: clots-a"), "utf-8")
    from_docs = subprocess.run([sys.executable, str(project / "tools" / "sign_off.py"), "a.md", "./a.md"],
                               cwd=docs, capture_output=True, text=True)
    assert from_docs.returncode == 0, from_docs.stderr
    assert from_docs.stdout.count("Signed off docs/a.md") == 1, "a page named twice is signed off once"
    helped = subprocess.run([sys.executable, "tools/sign_off.py", "docs/a.md", "--help"], cwd=project,
                            capture_output=True, text=True)
    assert helped.returncode == 0 and helped.stdout.startswith("Record a clinical sign-off, after a clinical lead")
    assert "from inside docs/, `sign-off risks.md`" in helped.stdout
    for argument, said in (("a.md", "There is no file a.md here: did you mean docs/a.md?"),
                           ("docs/extra/a.md", "There is no file docs/extra/a.md here: did you mean docs/a.md?"),
                           ("docs/nowhere.md", "There is no file docs/nowhere.md. How to fix: check the name")):
        missing = subprocess.run([sys.executable, "tools/sign_off.py", argument], cwd=project, capture_output=True,
                                 text=True)
        assert missing.returncode != 0 and missing.stderr.startswith(said), missing.stderr
    mistyped = subprocess.run([sys.executable, "tools/sign_off.py", "-all"], cwd=project, capture_output=True,
                              text=True)
    assert mistyped.returncode != 0 and mistyped.stderr.startswith("-all is not an option of sign-off.")


def test_a_change_to_the_words_every_page_shows_needs_a_sign_off_too(make_project, tmp_path):
    """The disclaimer, the questions' help and the statements come from the words file, which
    patients read on every page: changed, it stops the build until it is signed off."""
    import yaml

    project = tmp_path / "project"
    for part in ("hooks", "tools"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    for pins in [*ROOT.glob("requirements*.txt"), ROOT / "package.json"]:  # the statement names their versions
        shutil.copy(pins, project)
    config = make_project({"risks.md": PAGE}, root=project)
    settings = yaml.safe_load(config.read_text("utf-8"))
    settings["hooks"] = [str(project / "hooks" / "guide_hooks.py")]
    config.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    words = project / "hooks" / "patient_guide" / "words" / "en.yml"
    words.write_text(words.read_text("utf-8").replace(
        "disclaimer: this guide does not replace advice from your surgical team.",
        "disclaimer: this guide does not replace what your surgical team tells you."), "utf-8")
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0
    assert ("hooks/patient_guide/words/en.yml has changed since it was reviewed on 2026-11-24: have it reviewed, "
            "then run python3 dev.py sign-off hooks/patient_guide/words/en.yml") in result.stderr
    signed = subprocess.run([sys.executable, "tools/sign_off.py", "hooks/patient_guide/words/en.yml"], cwd=project,
                            capture_output=True, text=True)
    assert signed.returncode == 0, signed.stderr
    assert signed.stdout.startswith("Signed off hooks/patient_guide/words/en.yml: reviewed on ")
    result = build_site(config, tmp_path / "out", {"GUIDE_TODAY": str(datetime.date.today())})
    assert result.returncode == 0, result.stderr
    assert "does not replace what your surgical team tells you" in (tmp_path / "out" / "risks.html").read_text("utf-8")


def test_every_kind_of_review_date_fault_stops_one_build_naming_each_page(make_project, tmp_path):
    """A date missing, dates the wrong way round, a review in the future, an urgent fix overdue or
    too far off: one build, every page named with its fix (each message checked in test_review.py)."""
    def page(title, old, new):
        return GOOD_PAGE.replace("title: Risks", f"title: {title}").replace(old, new)

    config = make_project({
        "a.md": page("A", "next_review: 2027-11-24\n", ""),
        "b.md": page("B", "next_review: 2027-11-24", "next_review: 2026-11-01"),
        "c.md": page("C", "last_reviewed: 2026-11-24", "last_reviewed: 2026-12-20"),
        "d.md": page("D", "next_review: 2027-11-24", "next_review: 2027-11-24\nreview_pending_until: 2026-11-01"),
        "e.md": page("E", "next_review: 2027-11-24", "next_review: 2027-11-24\nreview_pending_until: 2027-03-01")})
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    for message in (
            "docs/a.md, line 1: 'next_review' is missing. How to fix: add 'next_review: YYYY-MM-DD' to its front "
            "matter",
            "docs/b.md, line 4: next_review (2026-11-01) is not after last_reviewed (2026-11-24). How to fix:",
            "docs/c.md, line 3: last_reviewed (2026-12-20) is after today (2026-11-25). How to fix: correct the date",
            "docs/d.md, line 5: the urgent change's review was due by 2026-11-01. How to fix: have it reviewed",
            "docs/e.md, line 5: 'review_pending_until' is 2027-03-01, more than 30 days away. How to fix:"):
        assert message in result.stderr, message
    assert not (tmp_path / "out" / "a.html").exists()


def test_a_slip_in_the_words_file_stops_the_build_with_its_line_not_a_traceback(make_project, tmp_path):
    import yaml

    project = tmp_path / "project"
    shutil.copytree(ROOT / "hooks", project / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    config = make_project({"risks.md": PAGE}, root=project)
    settings = yaml.safe_load(config.read_text("utf-8"))
    settings["hooks"] = [str(project / "hooks" / "guide_hooks.py")]
    config.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    words = project / "hooks" / "patient_guide" / "words" / "en.yml"
    text = words.read_text("utf-8")
    line = text.split("published_by:")[0].count("\n") + 1
    words.write_text(text.replace("Published by {publisher}", "Published by {publsher}"), "utf-8")
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert (f"hooks/patient_guide/words/en.yml, line {line}: 'published_by' has {{publsher}}, which the build does "
            "not fill in (it fills in only {publisher}).") in result.stderr


def test_a_missing_sign_off_record_is_named_once_with_how_to_restore_it(make_project, tmp_path):
    """Not one "has not been signed off" per page: the record itself has gone, and git has it."""
    project = tmp_path / "project"
    for part in ("hooks", "tools"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    config = make_project({"risks.md": PAGE}, root=project)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-qm", "guide"], cwd=project, check=True)
    (project / "docs" / "sign-off.yml").unlink()
    message = ("docs/sign-off.yml is missing. It records every clinical sign-off, so without it no page can be "
               "published. How to fix: restore it from git: git checkout -- docs/sign-off.yml (if it was never "
               "committed, ask whoever keeps the guide for a copy). Do not make a new one with python3 dev.py "
               "sign-off --all: that records a review of every page of the guide today, which only a clinical "
               "lead who has just reviewed the whole guide may do.")
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr
    assert "has not been signed off" not in result.stderr
    for arguments in (["--all"], ["docs/risks.md"]):
        signed = subprocess.run([sys.executable, "tools/sign_off.py", *arguments], cwd=project,
                                capture_output=True, text=True)
        assert signed.returncode != 0 and signed.stderr.strip() == "Nothing was signed off. " + message
        assert not (project / "docs" / "sign-off.yml").exists()
    subprocess.run(["git", "checkout", "--", "docs/sign-off.yml"], cwd=project, check=True)
    assert build_site(config, tmp_path / "out").returncode == 0


TIMELINE = ("\n```timeline\ntitle: At a glance\nstep: Clots come first.\nwhen: At first\nsource: The most "
            "common complication that is experienced post-surgery is blood clots.\nstep: Then nothing.\nwhen: "
            "Later\nsource: Nothing else ever happens after the operation.\n```\n")


@pytest.mark.parametrize("edited, fault", [
    (PAGE.replace("source: The most common complication that is experienced post-surgery",
                  "source: The most usual complication that is experienced post-surgery"), 'question "clots"'),
    (PAGE + TIMELINE, "the step cannot be checked"),  # the recovery timeline's steps, grounded alike
], ids=["answer", "timeline step"])
def test_sign_off_refuses_a_passage_that_does_not_ground_and_writes_nothing(make_project, tmp_path, edited, fault):
    """Sign-off grounds every answer and timeline step in the rendered page, as the build does, with the
    build's own message."""
    project = tmp_path / "project"
    for part in ("hooks", "tools"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    make_project({"risks.md": PAGE}, root=project)
    (project / "docs" / "risks.md").write_text(edited, "utf-8")
    built = build_site(project / "mkdocs.yml", tmp_path / "out")
    grounding = next((line.strip() for line in built.stderr.splitlines() if fault in line), built.stderr)
    assert grounding.startswith("- docs/risks.md, line "), grounding
    before = {path.name: path.read_bytes() for path in (project / "docs").iterdir()}
    refused = subprocess.run([sys.executable, "tools/sign_off.py", "docs/risks.md"], cwd=project,
                             capture_output=True, text=True)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert grounding.removeprefix("- ") in refused.stderr, (grounding, refused.stderr)
    assert {path.name: path.read_bytes() for path in (project / "docs").iterdir()} == before, "nothing was written"


def test_changed_words_are_never_published_under_a_version_already_published(make_project, tmp_path):
    """Sign-off asks for a new version when the words change, records it, and the build publishes only under it."""
    project = tmp_path / "project"
    for part in ("hooks", "tools"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    config = make_project({"risks.md": PAGE}, root=project)

    def sign_off(*arguments):
        return subprocess.run([sys.executable, "tools/sign_off.py", *arguments], cwd=project, capture_output=True,
                              text=True)

    settings = yaml.safe_load(config.read_text("utf-8"))
    settings["extra"]["guide"]["version"] = "1.0"
    config.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    assert sign_off("--all").returncode == 0  # version 1.0: its history starts
    (project / "docs" / "risks.md").write_text(EDITED, "utf-8")
    refused = sign_off("docs/risks.md")
    assert refused.returncode != 0 and refused.stderr.strip().startswith(
        "Nothing was signed off: this changes what patients read (docs/risks.md), and the guide's version is still "
        f"1.0, which was published on {datetime.date.today()} with other words."), refused.stderr
    assert "--version 1.1" in refused.stderr
    signed = sign_off("docs/risks.md", "--version", "1.1")
    assert signed.returncode == 0, signed.stderr
    assert "The guide's version is now 1.1" in signed.stdout
    assert "version: \"1.1\"" in config.read_text("utf-8")
    record = (project / "docs" / "sign-off.yml").read_text("utf-8")
    assert "versions:\n  '1.0':" in record and "  '1.1':\n    date: " in record and "    - risks.md\n" in record
    today = {"GUIDE_TODAY": str(datetime.date.today())}
    assert build_site(config, tmp_path / "out", today).returncode == 0
    assert sign_off("docs/risks.md").returncode == 0, "a review that changes no word needs no new version"
    config.write_text(config.read_text("utf-8").replace('version: "1.1"', 'version: "1.2"'), "utf-8")
    stopped = build_site(config, tmp_path / "out", today)
    assert stopped.returncode != 0 and "the guide's version is 1.2, but the sign-off record ends with version 1.1" \
        in stopped.stderr
