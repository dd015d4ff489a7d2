"""A translation is published only as a faithful, current copy of the English guide (issue 20): on a copy of
the real guide, a translated question that differs from English, an ungrounded translated source and a
translation left behind by an English change each stop the build, with a message naming the files."""

import datetime
import re
import shutil
import subprocess
import sys
import time

import pytest

from site_config import load_config
from support import ROOT, LiveServer, build_site


def today() -> dict[str, str]:
    """The real date, read when a build runs (sign-off records the real date too), never at import."""
    return {"GUIDE_TODAY": str(datetime.date.today())}

TRANSLATIONS = tuple(load_config()["extra"]["guide"].get("translations") or ())
PARTS = ["docs", "hooks", "overrides", "tools", "mkdocs.yml", "requirements.txt", "requirements-test.txt",
         "package.json", *[f"docs-{code}" for code in TRANSLATIONS], *[f"mkdocs.{code}.yml" for code in TRANSLATIONS]]


@pytest.fixture
def guide(tmp_path):
    """A copy of the real guide, every language, to break."""
    project = tmp_path / "guide"
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, project / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            project.mkdir(exist_ok=True)
            shutil.copy(source, project / part)
    return project


def quiz_blocks(text):
    return list(re.finditer(r"^```quiz\n(.*?)^```\n", text, flags=re.S | re.M))


def line_of(text, needle):
    return text[:text.index(needle)].count("\n") + 1


def test_the_copy_builds_in_every_language(guide, tmp_path):
    result = build_site(guide / "mkdocs.yml", tmp_path / "out", today())
    assert result.returncode == 0, result.stderr
    assert all((tmp_path / "out" / code / "quiz.html").is_file() for code in TRANSLATIONS)


def test_a_translated_question_missing_or_with_another_right_answer_stops_the_build_naming_both_files(guide, tmp_path):
    polish = guide / "docs-pl" / "risks.md"
    text = polish.read_text("utf-8")
    block = quiz_blocks(text)[-1]
    question_id = re.search(r"^id: (\S+)", block.group(1), flags=re.M).group(1)
    polish.write_text(text.replace(block.group(0), ""), "utf-8")  # left untranslated
    urdu = guide / "docs-ur" / "what-is-it.md"
    text = urdu.read_text("utf-8")
    first = quiz_blocks(text)[0]
    marks = re.findall(r"^- \[[x ]\]", first.group(1), flags=re.M)
    swapped = first.group(0).replace("- [x]", "- [?]", 1).replace("- [ ]", "- [x]", 1).replace("- [?]", "- [ ]", 1)
    assert marks[0] == "- [x]" and swapped != first.group(0)
    urdu.write_text(text.replace(first.group(0), swapped), "utf-8")
    english = (ROOT / "docs" / "risks.md").read_text("utf-8")
    result = build_site(guide / "mkdocs.yml", tmp_path / "out", today())
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert (f'docs-pl/risks.md, line 1, question "{question_id}": this translation has no question '
            f'"{question_id}", which docs/risks.md asks (line {line_of(english, "id: " + question_id) - 1}).') \
        in result.stderr
    urdu_line = line_of(text, first.group(0))
    assert re.search(rf'docs-ur/what-is-it\.md, line {urdu_line}, question "why-done": its answer differs from the '
                     r"English one: here 3 options, right: 2; in docs/what-is-it\.md, line \d+, 3 options, right: 1\.",
                     result.stderr), result.stderr
    # What changed since the translator's sign-off is named too, and the build says which languages stopped it.
    assert "docs-pl/risks.md has changed since it was reviewed" in result.stderr
    assert ("The guide cannot be published until its translations Polski (mkdocs.pl.yml) and اردو (mkdocs.ur.yml) "
            "can: the problems are listed above, each with its fix.") in result.stderr


def test_an_ungrounded_translated_source_stops_the_build(guide, tmp_path):
    polish = guide / "docs-pl" / "what-is-it.md"
    text = polish.read_text("utf-8")
    source = re.search(r"^source: (.+)$", text, flags=re.M)
    polish.write_text(text.replace(source.group(0), "source: Ten fragment nie występuje na stronie."), "utf-8")
    result = build_site(guide / "mkdocs.yml", tmp_path / "out", today())
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert re.search(r'docs-pl/what-is-it\.md, line \d+, question "why-done": .*"Ten fragment nie występuje na '
                     r'stronie\." is not in the text of this page', result.stderr), result.stderr


def sign_off(guide, *arguments):
    return subprocess.run([sys.executable, "tools/sign_off.py", *arguments], cwd=guide, capture_output=True,
                          text=True)


def test_a_translation_is_refused_once_its_english_page_changes_and_is_signed_off_and_serve_warns(guide, tmp_path):
    english = guide / "docs" / "risks.md"
    text = english.read_text("utf-8")
    english.write_text(text.replace("\n## ", "\nAsk your surgical team about these risks.\n\n## ", 1), "utf-8")
    version = load_config()["extra"]["guide"]["version"]
    new = f"{version.split('.')[0]}.{int(version.split('.')[1]) + 1}"
    signed = sign_off(guide, "docs/risks.md", "--version", new)
    assert signed.returncode == 0, signed.stderr
    result = build_site(guide / "mkdocs.yml", tmp_path / "out", today())
    assert result.returncode != 0 and "Traceback" not in result.stderr
    for code in TRANSLATIONS:
        page = (guide / f"docs-{code}" / "risks.md").read_text("utf-8")
        follows = re.search(r'^translated_from: "([^"]+)"', page, flags=re.M).group(1)
        assert (f"docs-{code}/risks.md, line {line_of(page, 'translated_from:')}: this translation follows version "
                f"{follows} of docs/risks.md, but the English page was changed in version {new} (signed off on "
                f"{datetime.date.today()}). How to fix: translate what changed (git log -p docs/risks.md shows it), "
                f'set translated_from: "{new}" and have the translation checked and signed off: '
                f"python3 dev.py sign-off docs-{code}/risks.md") in result.stderr
    # The preview still shows every language, and says what is out of date.
    with LiveServer(guide / "mkdocs.yml", extra_env=today()) as server:
        server.wait_for("Serving on", timeout=120)
        assert "WARNING -  docs-pl/risks.md, line" in server.log
        assert 'lang="pl"' in server.get("pl/risks.html") and 'lang="ur"' in server.get("ur/index.html")
        # Saving a translated page rebuilds the preview (the hook watches each translation's folder).
        polish = guide / "docs-pl" / "what-is-it.md"
        polish.write_text(polish.read_text("utf-8").replace("\n## ", "\nZdanie zapisane przed chwilą.\n\n## ", 1),
                          "utf-8")
        for _ in range(60):
            if "Zdanie zapisane przed chwilą." in server.get("pl/what-is-it.html"):
                break
            time.sleep(1)
        else:
            raise AssertionError("the preview never showed the saved Polish page:\n" + server.log)


def test_a_translation_is_signed_off_in_its_own_record(guide, tmp_path):
    polish = guide / "docs-pl" / "risks.md"
    polish.write_text(polish.read_text("utf-8").replace("\n## ", "\nNowe zdanie.\n\n## ", 1), "utf-8")
    assert build_site(guide / "mkdocs.yml", tmp_path / "out", today()).returncode != 0
    version = load_config(ROOT / "mkdocs.pl.yml")["extra"]["guide"]["version"]  # the translation's own
    new = f"{version.split('.')[0]}.{int(version.split('.')[1]) + 1}"
    signed = sign_off(guide, "docs-pl/risks.md", "--version", new)
    assert signed.returncode == 0, signed.stderr
    day = datetime.date.today()
    assert signed.stdout.strip().endswith(f"Signed off docs-pl/risks.md: reviewed on {day}, "
                                          f"next review due {day.replace(year=day.year + 1)}.")
    assert "risks.md" in (guide / "docs-pl" / "sign-off.yml").read_text("utf-8")
    assert "docs-pl" not in (guide / "docs" / "sign-off.yml").read_text("utf-8")
    assert f'version: "{new}"' in (guide / "mkdocs.pl.yml").read_text("utf-8")  # its own version, not English's
    assert (guide / "mkdocs.yml").read_text("utf-8") == (ROOT / "mkdocs.yml").read_text("utf-8")
    result = build_site(guide / "mkdocs.yml", tmp_path / "out", today())
    assert result.returncode == 0, result.stderr


def test_a_bidirectional_control_hidden_in_urdu_text_is_named(guide, tmp_path):
    """Right-to-left text is where such a character hides best: the build names it, as in English."""
    urdu = guide / "docs-ur" / "risks.md"
    text = urdu.read_text("utf-8")
    first = next(line for line in text.split("\n") if line and not line.startswith(("-", "#", "`", " ")) and
                 "۔" in line)
    urdu.write_text(text.replace(first, first.replace(" ", " \u202e", 1), 1), "utf-8")
    result = build_site(guide / "mkdocs.yml", tmp_path / "out", today())
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert re.search(rf"docs-ur/risks\.md, line {line_of(text, first)}\b.*U\+202E", result.stderr), result.stderr
