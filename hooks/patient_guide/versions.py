"""The guide's version follows its words.

A consent form records the guide's reference and version as what the patient read, so
words a patient reads are never published under a version already published with other
words. Sign-off keeps the history in docs/sign-off.yml, under `versions:`: for each
version, the day of its last sign-off and the files whose words it changed. A sign-off
that changes what patients read needs a version after the last one recorded (a review
that changes no word, only the review dates, does not); the build publishes only under
the version the record ends with. The history a patient sees is made from this record.
"""

from __future__ import annotations

import datetime
import re

HISTORY = "versions"  # the record's one key that is not a file's name (every file's ends .md or .yml)
NUMBER = re.compile(r"\d+")


def history_problem(ledger: dict, text: str, display: str) -> str | None:
    """A version history that sign-off could not have written (edited by hand, or a bad merge): the
    guide would show it to patients, so the build names it instead."""
    for version, entry in (ledger.get(HISTORY) or {}).items():
        changed = entry.get("changed") if isinstance(entry, dict) else None
        if (isinstance(entry, dict) and isinstance(entry.get("date"), datetime.date) and isinstance(changed, list)
                and all(isinstance(name, str) for name in changed)):
            continue
        found = re.search(rf"^[ \t]+['\"]?{re.escape(str(version))}['\"]?[ \t]*:", text, re.M)
        line = f", line {text.count(chr(10), 0, found.start()) + 1}" if found else ""
        return (f"{display}{line}: version {version} in the version history (versions:) has no date, or no list "
                "of the files it changed, as python3 dev.py sign-off writes them. How to fix: restore the file from "
                f"git (git checkout -- {display}); it is written by sign-off, not by hand.")
    return None


def file_records(ledger: dict) -> dict[str, dict]:
    """The record's sign-offs of files, without its version history."""
    return {name: entry for name, entry in ledger.items() if name != HISTORY}


def history(ledger: dict) -> dict[str, dict]:
    """version -> {"date": day of its last sign-off, "changed": [files]}, oldest first."""
    found = ledger.get(HISTORY) or {}
    return dict(sorted(found.items(), key=lambda item: version_order(item[0])))


def version_order(version: str) -> tuple:
    """1.10 comes after 1.9: versions compare by their numbers."""
    return tuple(int(number) for number in NUMBER.findall(str(version))) or (0,)


def latest_version(ledger: dict) -> str | None:
    versions = list(history(ledger))
    return versions[-1] if versions else None


def next_version(version: str) -> str:
    """A version to suggest after this one: its last number raised by one (1.0 gives 1.1)."""
    numbers = NUMBER.findall(version)
    if not numbers:
        return f"{version}.1"
    last = list(NUMBER.finditer(version))[-1]
    return version[:last.start()] + str(int(last.group()) + 1) + version[last.end():]


def sign_off_version_problem(version: str, ledger: dict, changed: list[str]) -> str | None:
    """Why these changes can't be signed off under `version`, or None."""
    latest = latest_version(ledger)
    if not changed or latest is None or version_order(version) > version_order(latest):
        return None
    shown = ", ".join(changed)
    if version == latest:
        said = f"the guide's version is still {version}, which was published on {history(ledger)[latest]['date']}"
    else:
        said = f"the guide's version is {version}, but {latest} was already published on " \
               f"{history(ledger)[latest]['date']}"
    return (f"Nothing was signed off: this changes what patients read ({shown}), and {said} with other words. "
            "A consent form that records the version must say what the patient read. How to fix: raise the "
            f"version: run the command again with --version {next_version(latest)}, or set "
            f"extra.guide.version in mkdocs.yml to \"{next_version(latest)}\" first.")


def record_version(ledger: dict, version: str, today: datetime.date, changed: list[str]) -> None:
    """Note in the record that `version`, signed off today, changed these files' words."""
    if not changed and version in history(ledger):
        return
    versions = ledger.setdefault(HISTORY, {})
    entry = versions.setdefault(version, {"date": today, "changed": []})
    entry["date"] = today
    entry["changed"] = sorted(set(entry["changed"]) | set(changed))


def published_version_problem(version: str, ledger: dict, where: str) -> str | None:
    """The build: the version must be the one the record ends with (the words its sign-offs fix)."""
    latest = latest_version(ledger)
    if latest is None or version == latest:
        return None
    return (f"{where}: the guide's version is {version}, but the sign-off record ends with version {latest}, "
            "the version its signed-off words were published under. How to fix: set extra.guide.version back to "
            f"\"{latest}\"; a new version comes with a sign-off that changes what patients read "
            "(python3 dev.py sign-off ... --version ...).")


VERSION_LINE = re.compile(r"""^(?P<indent>[ \t]+)version:[ \t]*(?P<value>"[^"\n]*"|'[^'\n]*'|[^#\n]*?)[ \t]*(#.*)?$""",
                          re.M)


def set_version(config_text: str, version: str) -> str | None:
    """mkdocs.yml with extra.guide.version set, every other character kept; None if its line is not found."""
    found = [match for match in VERSION_LINE.finditer(config_text)]
    if len(found) != 1:
        return None
    match = found[0]
    return config_text[:match.start("value")] + f'"{version}"' + config_text[match.end("value"):]
