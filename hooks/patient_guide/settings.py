"""The host's settings under `extra.guide` in mkdocs.yml, read once into typed data."""

from __future__ import annotations

from typing import NamedTuple

from .contact import Contact, read_contact
from .errors import GuideError


class SettingsError(GuideError):
    """A setting the build cannot use, worded for the host who edits mkdocs.yml."""


class GuideSettings(NamedTuple):
    publisher: str  # shown on every page and in the footer
    reference: str  # the leaflet's reference, recorded on consent forms with its version
    version: str
    source: str  # where the medical content comes from
    feedback_url: str  # a mailto: or web form for "Give feedback about this page"
    download: str  # where the offline zip is written, inside the site
    contact: Contact  # whom a worried patient contacts, shown on every page and on paper
    # Optional: a default means a host may leave it out.
    review_period_months: int = 12  # from a clinical sign-off to the next review
    # The languages the guide is translated into (README: Other languages), each built with English
    # from its own mkdocs.<code>.yml into site/<code>/.
    translations: tuple[str, ...] = ()


HELP = {
    "publisher": "the organisation that publishes the guide, e.g. 'Example Hospital NHS Trust'",
    "reference": "the guide's document reference, e.g. 'EHT-ORTHO-0042'",
    "version": "the guide's version, e.g. '1.0'",
    "source": "where the information comes from, e.g. the leaflet's title",
    "feedback_url": "an address for feedback, e.g. 'mailto:patient.information@example.org'",
    "download": "where the offline zip goes, e.g. 'download/guide.zip'",
    "contact": "whom a worried patient contacts, with who, phone and when",
    "review_period_months": "a whole number of months from 1 to 36, e.g. 12 (the default)",
    "translations": "a list of language codes, each with its mkdocs.<code>.yml, e.g. [pl, ur]",
}
TYPES = {"review_period_months": int}  # every other setting is text


def read_settings(extra: dict | None, lines: dict[str, int] | None = None) -> GuideSettings:
    """`extra.guide`, with every missing or mistyped key named at once; `lines` (from
    contact.setting_lines) lets a message say on which line of mkdocs.yml to look."""
    given = (extra or {}).get("guide")
    if not isinstance(given, dict):
        raise SettingsError("mkdocs.yml: 'extra:' has no 'guide:' settings. Add 'extra: guide:' with "
                            + ", ".join(HELP) + ".")
    problems, values = [], {}
    for name in GuideSettings._fields:
        value = given.get(name)
        wanted = TYPES.get(name, str)
        if value is None and name in GuideSettings._field_defaults:
            continue
        if name == "translations":
            if not isinstance(value, list) or not all(isinstance(code, str) and code.strip() for code in value):
                problems.append(f"'translations' is {value!r}, which is not {HELP[name]}.")
            else:
                values[name] = tuple(value)
            continue
        if name == "contact":
            values[name], found = read_contact(value, lines)
            problems += found
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(f"'{name}' is missing: add {HELP[name]}.")
        elif (not isinstance(value, wanted) or isinstance(value, bool)
              or (wanted is int and not 1 <= value <= 36)):
            # YAML reads version: 1.0 as a number and yes as true: in quotes, they stay as written.
            hint = f" Put it in quotes, as in {name}: \"{value}\"." if wanted is str else ""
            problems.append(f"'{name}' is {value!r}, which is not {HELP[name]}.{hint}")
        else:
            values[name] = value
    if unknown := sorted(set(given) - set(HELP)):
        problems.append(f"{', '.join(repr(name) for name in unknown)} is not a setting the guide knows. "
                        f"Use only {', '.join(HELP)}.")
    if problems:
        raise SettingsError("mkdocs.yml, extra.guide:\n  - " + "\n  - ".join(problems))
    return GuideSettings(**values)
