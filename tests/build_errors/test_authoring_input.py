"""Each class of clinician input, built once for real: it builds what was meant, or stops
with one clear message naming the file, the line and the fix (never a traceback)."""

import shutil
import subprocess
import sys
import time

import pytest
import yaml
from bs4 import BeautifulSoup
from site_checks import check_internal_links
from test_build_failures import GOOD_PAGE, GOOD_QUESTION

from support import ROOT, LiveServer, build_site, sign_off_as_written


def failed(make_project, tmp_path, pages, config_change=None):
    config = make_project(pages)
    if config_change:
        config_change(config)
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "out" / "quiz.html").exists()
    return result.stderr


def test_hidden_and_odd_fences_build_the_question_and_publish_no_answers(make_project, tmp_path):
    """Capitals, tildes, a tab before feedback: read as meant; the syntax page's example stays an example."""
    odd = GOOD_QUESTION.replace("```quiz", "~~~Quiz").replace("\n```\n", "\n~~~\n").replace(
        "- [ ] Broken glasses", "- [ ] Broken glasses\n\tfeedback: Glasses are not part of the operation.")
    example = "\n````markdown\n" + GOOD_QUESTION.replace("clots", "example") + "````\n"
    config = make_project({"risks.md": GOOD_PAGE + odd + example})
    result = build_site(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    quiz = BeautifulSoup((tmp_path / "out" / "quiz.html").read_text("utf-8"), "html.parser")
    assert [q["id"] for q in quiz.select("[data-quiz-question]")] == ["question-clots"]
    assert quiz.select_one("[data-feedback]")["data-feedback"] == "Glasses are not part of the operation."
    risks = BeautifulSoup((tmp_path / "out" / "risks.html").read_text("utf-8"), "html.parser")
    code = risks.select("pre code")
    assert len(code) == 1 and "id: example" in code[0].get_text(), "only the documented example is shown"
    shown = risks.get_text().replace(code[0].get_text(), "")
    assert not any(syntax in shown for syntax in ("[x]", "[ ]", "source:", "explanation:", "~~~", "```"))
    assert [q["id"] for q in risks.select("[data-quiz-question]")] == ["question-clots"], "asked on its own page"


def test_a_block_inside_an_admonition_is_refused_at_its_line(make_project, tmp_path):
    boxed = "\n!!! note\n" + "\n".join("    " + line if line else "" for line in GOOD_QUESTION.split("\n"))
    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE + boxed})
    assert ('docs/risks.md, line 18, question "clots": This quiz block is indented or inside a box, list, tab or '
            "quote, so the page would show it to patients as code, answers included. How to fix: Move the whole "
            "block out") in stderr


HOME_LIST = "\n<!-- guide:sections -->\n"  # where the build lists the guide's pages on the home page


def test_a_question_on_the_home_page_is_refused(make_project, tmp_path):
    home = GOOD_PAGE.replace("title: Risks", "title: Home")
    stderr = failed(make_project, tmp_path, {"index.md": home + GOOD_QUESTION + HOME_LIST, "risks.md": GOOD_PAGE})
    assert ('docs/index.md, line 16, question "clots": Questions can only be on section pages, and this page is '
            "the home page. How to fix: Move the question to the section page that gives its answer.") in stderr


@pytest.mark.parametrize("directory_urls", [False, True])
def test_every_link_the_hook_and_templates_make_resolves(make_project, tmp_path, directory_urls):
    """Also with use_directory_urls (risks/ for risks.html), which a host may switch on for a
    site only ever served over the web (the offline plugin, which needs plain files, taken off)."""
    home = GOOD_PAGE.replace("title: Risks", "title: Home") + HOME_LIST
    config = make_project({"index.md": home, "risks.md": GOOD_PAGE + GOOD_QUESTION})
    if directory_urls:
        settings = yaml.safe_load(config.read_text("utf-8"))
        settings["use_directory_urls"] = True
        settings["plugins"] = [plugin for plugin in settings["plugins"] if plugin != "offline"]
        config.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    result = build_site(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert (out / "risks" / "index.html").is_file() == directory_urls
    soups = {p.relative_to(out).as_posix(): BeautifulSoup(p.read_text("utf-8"), "html.parser")
             for p in out.rglob("*.html") if p.name != "404.html"}
    assert check_internal_links(out, soups) == []


def test_an_unclosed_block_in_the_middle_is_one_message_at_its_opening(make_project, tmp_path):
    unclosed = GOOD_QUESTION.replace("\n```\n", "\n\nMore text.\n")
    second = GOOD_QUESTION.replace("id: clots", "id: clots-again")
    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE + unclosed + second})
    assert "The quiz has 1 problem; nothing was built." in stderr
    assert ('docs/risks.md, line 16, question "clots": This quiz block is never closed, so the build cannot tell '
            "where it ends.") in stderr


def test_repeated_feedback_and_look_alike_options_are_refused(make_project, tmp_path):
    page = GOOD_QUESTION.replace("- [ ] Broken glasses", "- [ ] Blood clots.\n    feedback: One.\n    feedback: Two.")
    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE + page})
    assert 'docs/risks.md, line 16, question "clots": The option "Blood clots." says the same as "Blood clots"' \
           in stderr
    assert 'docs/risks.md, line 23, question "clots": This option already has feedback, on line 22.' in stderr


def test_markdown_in_an_option_is_refused(make_project, tmp_path):
    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE + GOOD_QUESTION.replace(
        "- [ ] Broken glasses", "- [ ] **Broken** glasses")})
    assert ('docs/risks.md, line 21, question "clots": The option "**Broken** glasses" has Markdown\'s bold or '
            "italic marks (* or _). The quiz shows plain text only. How to fix: Write it as plain text: remove the "
            "* or _ marks") in stderr


def test_a_page_saved_as_windows_1252_names_the_file(make_project, tmp_path):
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})
    page = config.parent / "docs" / "risks.md"
    page.write_bytes(page.read_text("utf-8").replace("post-surgery", "post\u2013surgery").encode("cp1252"))
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "docs/risks.md, line 14: this file is not saved as UTF-8" in result.stderr
    assert "save it again with the encoding set to UTF-8" in result.stderr


def test_glossary_forms_as_a_string_is_refused_and_unused_terms_noted(make_project, tmp_path):
    def glossary(text):
        return lambda config: (config.parent / "docs" / "glossary.yml").write_text(text, "utf-8")

    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE}, glossary(
        "- term: blood clot\n  forms: blood clots\n  definition: A lump of blood.\n"))
    assert ("docs/glossary.yml, line 1 (blood clot): 'forms' must be a list of words in square brackets. "
            "How to fix: write it as forms: [blood clot, ...]") in stderr
    config = make_project({"risks.md": GOOD_PAGE})
    text = "- term: blood clot\n  forms: [blood clots]\n  definition: A lump.\n- term: tendon\n  definition: A cord.\n"
    glossary(text)(config)
    sign_off_as_written(config.parent / "docs")
    result = build_site(config, tmp_path / "ok")
    assert result.returncode == 0, result.stderr
    assert 'docs/glossary.yml, line 4: no page uses "tendon" in any of its forms (tendon)' in result.stderr


def test_html_in_a_title_is_refused_and_a_key_point_is_escaped(make_project, tmp_path):
    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE.replace(
        "title: Risks", "title: <img src=x onerror=alert(1)>")})
    assert ("docs/risks.md, line 2: the title contains < or >, which the page would treat as code. How to fix: "
            "write the title as plain words, without < or >.") in stderr
    page = GOOD_PAGE.replace("  - Most people have no problems at all.",
                             "  - Fewer than 3 in 100 have problems (< 3%).")
    config = make_project({"risks.md": page + GOOD_QUESTION})
    result = build_site(config, tmp_path / "ok")
    assert result.returncode == 0, result.stderr
    for name in ("risks.html", "print.html"):
        html = (tmp_path / "ok" / name).read_text("utf-8")
        assert "Fewer than 3 in 100 have problems (&lt; 3%)." in html, name


def test_a_source_too_short_to_prove_anything_is_refused(make_project, tmp_path):
    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE + GOOD_QUESTION.replace(
        "source: The most common complication that is experienced post-surgery is blood clots.",
        "source: blood clots")})
    assert ('docs/risks.md, line 23, question "clots": The source passage "blood clots" has 2 words: too short to '
            "show that the page gives the answer.") in stderr  # the line of its source:


def test_dirty_builds_are_refused_plainly(make_project, tmp_path):
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--dirty", "-f", str(config), "-d",
                             str(tmp_path / "out")], capture_output=True, text=True, cwd=config.parent)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "This guide cannot be built with --dirty" in result.stderr


def test_live_editing_recovers_from_a_fault_without_a_restart(make_project, tmp_path):
    """Under `mkdocs serve` (what `dev.py serve` runs): a fault, then its fix, gives a good rebuild."""
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})
    page = config.parent / "docs" / "risks.md"
    with LiveServer(config) as server:
        server.wait_for("Serving on")
        page.write_text(GOOD_PAGE + GOOD_QUESTION.replace("- [x]", "- [ ]"), "utf-8")
        server.wait_for("No option is marked as the right answer.")
        server.wait_for("The preview shows these problems in the browser until they are fixed.")
        server.wait_for("Reloading browsers")  # that build is over: an edit made during it can be missed
        # The browser is answered at once (MkDocs would hold every request until a good build), with
        # every problem the terminal lists, on a page that reloads by itself.
        started = time.monotonic()
        shown = server.get("risks.html", timeout=10)
        assert time.monotonic() - started < 10
        assert "The guide cannot be built" in shown and "No option is marked as the right answer." in shown
        assert "docs/risks.md, line 16" in shown and "location.reload()" in shown
        assert "The guide cannot be built" in server.get("quiz.html", timeout=10), "every address"
        page.write_text(GOOD_PAGE + GOOD_QUESTION, "utf-8")
        # Not "Documentation built": MkDocs drops a log line it has printed before, so that line
        # is missing whenever the rebuild takes as long, to the hundredth of a second, as the first
        # build did.
        server.wait_for("Reloading browsers")
        assert "Check my answers" in server.get("risks.html"), "the page is back once the fault is fixed"
        assert server.process.poll() is None, "the server kept running"
        assert "Traceback" not in server.log


def test_serve_shows_edits_to_the_hooks_own_code_and_words_without_a_restart(make_project, tmp_path):
    """MkDocs loads a hook file once per process; the hook runs itself again before each rebuild."""
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})
    project = config.parent
    hooks = project / "hooks"
    shutil.copytree(ROOT / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__"))
    for pins in [*ROOT.glob("requirements*.txt"), ROOT / "package.json"]:  # the statement names their versions
        shutil.copy(pins, project)
    settings = yaml.safe_load(config.read_text("utf-8"))
    settings.update(hooks=[str(hooks / "guide_hooks.py")], watch=[str(ROOT / "overrides"), str(hooks)])
    config.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    words = hooks / "patient_guide" / "words" / "en.yml"
    render = hooks / "patient_guide" / "quiz" / "render.py"
    with LiveServer(config) as server:
        server.wait_for("Serving on")
        assert "Check my answers" in server.get("risks.html")
        words.write_text(words.read_text("utf-8").replace("check_all: Check my answers",
                                                          "check_all: Check all my answers now"), "utf-8")
        server.wait_for("Reloading browsers")
        assert "Check all my answers now" in server.get("risks.html"), "an edit to the words file"
        render.write_text(render.read_text("utf-8").replace('class="quiz-intro"', 'class="quiz-intro edited"'),
                          "utf-8")
        server.wait_for("Reloading browsers")
        assert 'class="quiz-intro edited"' in server.get("risks.html"), "an edit to a module of the package"
        good = render.read_text("utf-8")
        render.write_text(good + "\ndef broken(:\n", "utf-8")
        server.wait_for("The hook's code could not be loaded")
        assert f"{render}, line {good.count(chr(10)) + 2}): SyntaxError" in server.seen[-1], server.log
        render.write_text(good, "utf-8")
        server.wait_for("Reloading browsers")
        assert server.process.poll() is None and "Traceback" not in server.log, server.log


def test_a_script_in_a_page_stops_the_build_at_its_line(make_project, tmp_path):
    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE + "\n<script>alert(1)</script>\n" + GOOD_QUESTION})
    assert ("docs/risks.md, line 16: the page has a <script> element, which the guide's pages never run or show. "
            "How to fix: remove it") in stderr


def test_an_id_given_twice_on_a_page_stops_the_build(make_project, tmp_path):
    """A heading whose words make the same id as a part of a question ("feedback-" + its id)."""
    stderr = failed(make_project, tmp_path, {"risks.md": GOOD_PAGE + "\n## Feedback clots\n\nMore words.\n"
                                                         + GOOD_QUESTION})
    assert ('docs/risks.md: the page gives the same id to more than one element: "feedback-clots" (<h2>, <div>). '
            "How to fix: change one of them.") in stderr


def test_a_page_saved_with_windows_line_endings_and_a_bom_builds_as_signed_off(make_project, tmp_path):
    """Notepad's CRLF and "UTF-8 with BOM": the same page, the same fingerprint, its front matter read."""
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})  # signed off as saved with \n
    page = config.parent / "docs" / "risks.md"
    page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes().replace(b"\n", b"\r\n"))
    result = build_site(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    risks = BeautifulSoup((tmp_path / "out" / "risks.html").read_text("utf-8"), "html.parser")
    points = [li.get_text() for li in risks.select(".guide-key-points li")]
    assert points[0] == "Blood clots are the most common problem."
    assert "title:" not in risks.get_text() and "---" not in risks.get_text()
    assert [q["id"] for q in risks.select("[data-quiz-question]")] == ["question-clots"]


def test_front_matter_mkdocs_would_show_as_text_and_unseen_characters_stop_the_build(make_project, tmp_path):
    unclosed = GOOD_PAGE.replace("---\n\n# Risks", "\n# Risks", 1)
    invisible = GOOD_PAGE.replace("title: Risks", "title: Other") + GOOD_QUESTION.replace(
        "- [ ] Broken glasses", "- [ ] \u200b")
    stderr = failed(make_project, tmp_path, {"risks.md": unclosed, "other.md": invisible})
    assert ("docs/risks.md, line 1: the front matter (the block between the --- lines at the top) is never closed, "
            "so the page would show it as text. How to fix: add a line of just --- after the front matter's last "
            "line, before the page's text.") in stderr
    assert ("docs/other.md, line 21: there is an invisible character, ZERO WIDTH SPACE (U+200B), just after "
            '"- [ ]". How to fix: delete it: it often comes with copied text') in stderr


def test_a_slip_in_mkdocs_yml_while_serving_is_named_in_plain_words_in_the_terminal_and_browser(make_project,
                                                                                                 tmp_path):
    config = make_project({"risks.md": GOOD_PAGE + GOOD_QUESTION})
    good = config.read_text("utf-8")
    with LiveServer(config) as server:
        server.wait_for("Serving on")
        config.write_text(good.replace("\nnav:\n", "\nnav:\n   - Bad: risks.md\n", 1), "utf-8")
        server.wait_for("The preview shows these problems in the browser until they are fixed.")
        assert "mkdocs.yml, line" in server.log and "indented differently" in server.log
        server.wait_for("Reloading browsers")
        assert "indented differently from the lines around it" in server.get("risks.html", timeout=10)
        config.write_text(good, "utf-8")
        server.wait_for("Reloading browsers")
        assert "Check my answers" in server.get("risks.html")
        assert "Traceback" not in server.log
