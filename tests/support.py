"""Paths, flags and the build runner shared by every test module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

IN_CI = os.environ.get("CI", "").lower() == "true"
# "Today" for throwaway test projects (GUIDE_TODAY), so their review dates never fall due;
# the real site is built on the real date, so an overdue page fails CI as it should.
PROJECT_TODAY = "2026-11-25"
# Sections in reading order, as the navigation must list them.
SECTION_PAGES = ["what-is-it.md", "symptoms-and-diagnosis.md", "the-operation.md", "risks.md", "recovery.md"]


def build_site(config_file: Path, site_dir: Path, extra_env: dict[str, str] | None = None):
    """Run the real build; the caller decides whether failure is expected."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    if config_file.resolve() != ROOT / "mkdocs.yml":
        env.setdefault("GUIDE_TODAY", PROJECT_TODAY)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file), "-d", str(site_dir)],
        capture_output=True, text=True, env=env, cwd=config_file.parent)


def built_or_fail(config_file: Path, site_dir: Path) -> Path:
    result = build_site(config_file, site_dir)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stderr}"
    return site_dir


def html_name(md: str) -> str:
    """Where a docs page lands in the built site."""
    return md.removesuffix(".md") + ".html"



def sign_off_as_written(docs_dir: Path, pages: dict[str, str]) -> None:
    """A test project's pages signed off on the dates they carry (the glossary on 2026-11-24),
    so only what a test breaks fails."""
    import datetime

    sys.path.insert(0, str(ROOT / "hooks"))
    from patient_guide.review import LEDGER, record_as_written, write_ledger
    dates = (datetime.date(2026, 11, 24), datetime.date(2027, 11, 24))
    write_ledger(docs_dir / LEDGER, record_as_written(pages, dates))
