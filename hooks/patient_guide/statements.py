"""The accessibility statement and the privacy notice, written from the words file and the host's settings.

The statement names the test tools at the versions the repository pins, read at
build time, so it cannot drift from what the tests really ran.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

from .contact import other_formats_markdown
from .errors import GuideError
from .generated_pages import LARGE_PRINT_PAGE
from .review import read_today
from .settings import GuideSettings
from .words import Words

# The test suite's tools, as the statement names them: (where pinned, package name, words key of its name).
TOOLS = [("pip", "axe-playwright-python", "tool_axe"),
         ("pip", "playwright", "tool_playwright"),
         ("npm", "vnu-jar", "tool_nu_checker"),
         ("pip", "pytest", "tool_pytest")]
PIN = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s;#]+)", re.M)


class StatementError(GuideError):
    """A tool the accessibility statement names is not pinned, so its version is unknown."""


def pinned_versions(project_dir: Path) -> dict[str, str]:
    """Exact pins from requirements*.txt and package.json devDependencies, by lower-case name."""
    pins = {}
    for path in sorted(project_dir.glob("requirements*.txt")):
        pins.update({name.lower(): version for name, version in PIN.findall(path.read_text("utf-8"))})
    package = project_dir / "package.json"
    if package.is_file():
        data = json.loads(package.read_text("utf-8"))
        pins.update({name.lower(): version for name, version in (data.get("devDependencies") or {}).items()})
    return pins


def tool_list(pins: dict[str, str], words: Words) -> str:
    """The tools as a Markdown list; a tool without an exact pin stops the build."""
    missing = [name for _, name, _ in TOOLS if name not in pins]
    if missing:
        raise StatementError(f"The accessibility statement names {', '.join(missing)}, but no requirements*.txt "
                             "or package.json pins its version. How to fix: pin it with '==' (pip) or an exact "
                             "version (npm).")
    return "\n".join("- " + words.fill("tool_version", tool=words[key], version=pins[name]) for _, name, key in TOOLS)


def build_date(environ) -> datetime.date:
    """The day of the build: SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return read_today(environ)
    if not epoch.isdigit():
        raise StatementError(f"SOURCE_DATE_EPOCH is '{epoch}', which is not a whole number of seconds since "
                             "1970. How to fix: set it with git log -1 --format=%ct, or unset it.")
    return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date()


def long_date(day: datetime.date, words: Words) -> str:
    """25 November 2026, in the words file's format and month names: not strftime, whose day
    without a leading zero differs between Windows and Linux, and whose month names follow
    the machine, not the guide."""
    return words.date(day)


def render_accessibility(settings: GuideSettings, words: Words, pins: dict[str, str], built_on: str) -> str:
    """The statement; it says, as every page does, how to ask for the guide in another format."""
    return words.fill("accessibility_body", publisher=settings.publisher, feedback_url=settings.feedback_url,
                      built_on=built_on, tools=tool_list(pins, words),
                      other_formats=other_formats_markdown(settings.contact, words), large_print_url=LARGE_PRINT_PAGE)


def render_privacy(settings: GuideSettings, words: Words) -> str:
    return words.fill("privacy_body", publisher=settings.publisher, feedback_url=settings.feedback_url)
