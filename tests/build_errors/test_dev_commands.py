"""dev.py's build and serve as a clinician uses them: a slip in mkdocs.yml named with its line,
a failed build that keeps the last good site, a preview that stops when told to."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time

import pytest

from site_config import load_config
from support import ROOT

TRANSLATIONS = tuple(load_config()["extra"]["guide"].get("translations") or ())
PARTS = ("hooks", "overrides", "tools", "docs", *[f"docs-{code}" for code in TRANSLATIONS])


@pytest.fixture
def project(tmp_path):
    """A copy of the guide with dev.py, sharing this checkout's .venv (same pins: nothing to install)."""
    copy = tmp_path / "guide"
    for part in PARTS:
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("dev.py", "mkdocs.yml", "requirements.txt", "requirements-test.txt", "package.json",
                 *[f"mkdocs.{code}.yml" for code in TRANSLATIONS]):
        shutil.copy(ROOT / name, copy / name)
    (copy / ".venv").symlink_to(ROOT / ".venv")
    return copy


def dev(project, *arguments, timeout=300):
    env = {**os.environ, "GUIDE_TODAY": "2026-12-04"}
    return subprocess.run([sys.executable, "dev.py", *arguments], cwd=project, capture_output=True, text=True,
                          timeout=timeout, env=env)


def test_a_slip_in_mkdocs_yml_is_named_with_its_line_and_fix_under_build_and_serve(project):
    config = project / "mkdocs.yml"
    good = config.read_text("utf-8")
    config.write_text(good.replace("  - What is it?: what-is-it.md", "   - What is it?: what-is-it.md"), "utf-8")
    for command in ("build", "serve"):
        result = dev(project, command)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert ("mkdocs.yml, line 11: this line is indented differently from the lines around it, or a value holds a "
                "colon followed by a space, so the settings cannot be read. How to fix: check the indentation around "
                "that line") in result.stderr, result.stderr
    config.write_text(good.replace("risks.md", "risk.md"), "utf-8")
    result = dev(project, "build")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert ("mkdocs.yml, line 14: nav: names risk.md, which is not in docs/, so the menu would have a page that does "
            "not exist. How to fix: did you mean risks.md? Correct the name after the colon.") in result.stderr


def test_a_failed_build_leaves_the_last_good_site_in_place(project):
    assert dev(project, "build").returncode == 0
    page = project / "site" / "risks.html"
    good = page.read_bytes()
    risks = project / "docs" / "risks.md"
    risks.write_text(risks.read_text("utf-8") + "\n<script>alert(1)</script>\n", "utf-8")
    result = dev(project, "build")
    assert result.returncode != 0
    assert f"The build stopped, so {project / 'site'} was left as it was." in result.stderr
    assert page.read_bytes() == good
    assert not list(project.glob(".*.building"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def accepts(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.skipif(os.name == "nt", reason="TERM is a POSIX signal")
def test_serve_stops_its_server_on_term_and_a_second_serve_says_where_the_first_is(project):
    port = free_port()
    env = {**os.environ, "GUIDE_TODAY": "2026-12-04"}
    first = subprocess.Popen([sys.executable, "dev.py", "serve", "-a", f"127.0.0.1:{port}"], cwd=project, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not accepts(port):
            assert first.poll() is None and time.monotonic() < deadline, "the preview never started"
            time.sleep(0.5)
        second = dev(project, "serve", "-a", f"127.0.0.1:{port}", timeout=60)
        assert second.returncode != 0 and "Traceback" not in second.stderr
        assert (f"Another preview (python3 dev.py serve, process {first.pid}) is already running at "
                f"http://127.0.0.1:{port}/. Open that address in your browser, or stop it first: press Ctrl+C in the "
                "window where it runs.") in second.stderr, second.stderr
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
        deadline = time.monotonic() + 10
        while accepts(port):
            assert time.monotonic() < deadline, "MkDocs still serves after dev.py serve was stopped"
            time.sleep(0.2)
    finally:
        if first.poll() is None:
            first.kill()
