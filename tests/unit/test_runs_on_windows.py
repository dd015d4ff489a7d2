"""Clinicians build the guide on Windows too: nothing may rely on glibc or on '/' paths."""

import re

from support import ROOT

CODE = [*ROOT.glob("hooks/**/*.py"), *ROOT.glob("tools/*.py"), *ROOT.glob("bench/*.py"), ROOT / "dev.py"]
TEMPLATES = list(ROOT.glob("overrides/**/*.html"))
# strftime's %-d and %#d (no leading zero) exist on glibc or on Windows only, never on both.
PLATFORM_DATE = re.compile(r"%[-#][a-zA-Z]")


def test_no_date_format_that_works_on_one_platform_only():
    found = [str(path.relative_to(ROOT)) for path in CODE + TEMPLATES if PLATFORM_DATE.search(path.read_text("utf-8"))]
    assert found == [], f"use Words.date or partials/guide-date.html instead of strftime with %- or %#: {found}"


def test_paths_go_through_pathlib():
    found = [str(path.relative_to(ROOT)) for path in CODE if "os.path" in path.read_text("utf-8")]
    assert found == [], f"use pathlib.Path rather than os.path: {found}"
