"""The guide's version follows its words: the rules, on records written here."""

import datetime as dt

from patient_guide.versions import (
    latest_version,
    next_version,
    published_version_problem,
    record_version,
    set_version,
    sign_off_version_problem,
)

DAY = dt.date(2026, 12, 4)


def test_versions_compare_by_their_numbers_and_the_next_one_raises_the_last():
    ledger = {"versions": {"1.9": {"date": DAY, "changed": []}, "1.10": {"date": DAY, "changed": []}}}
    assert latest_version(ledger) == "1.10" and latest_version({}) is None
    assert next_version("1.0") == "1.1" and next_version("1.9") == "1.10" and next_version("v2") == "v3"


def test_changed_words_need_a_version_after_the_last_one_published():
    ledger = {"versions": {"1.0": {"date": dt.date(2026, 12, 1), "changed": ["docs/risks.md"]}}}
    assert sign_off_version_problem("1.0", ledger, []) is None, "a review that changes no word needs none"
    assert sign_off_version_problem("1.1", ledger, ["docs/risks.md"]) is None
    assert sign_off_version_problem("1.0", ledger, ["docs/risks.md"]) == (
        "Nothing was signed off: this changes what patients read (docs/risks.md), and the guide's version is still "
        "1.0, which was published on 2026-12-01 with other words. A consent form that records the version must say "
        "what the patient read. How to fix: raise the version: run the command again with --version 1.1, or set "
        'extra.guide.version in mkdocs.yml to "1.1" first.')
    assert "but 1.0 was already published" in sign_off_version_problem("0.9", ledger, ["docs/risks.md"])


def test_the_record_keeps_each_version_s_date_and_changed_files():
    ledger = {}
    record_version(ledger, "1.0", dt.date(2026, 12, 1), ["docs/a.md"])
    record_version(ledger, "1.1", DAY, ["docs/b.md"])
    record_version(ledger, "1.1", DAY, ["docs/c.md"])
    record_version(ledger, "1.1", DAY, [])
    assert ledger["versions"] == {"1.0": {"date": dt.date(2026, 12, 1), "changed": ["docs/a.md"]},
                                  "1.1": {"date": DAY, "changed": ["docs/b.md", "docs/c.md"]}}


def test_the_build_publishes_only_under_the_version_the_record_ends_with():
    ledger = {"versions": {"1.1": {"date": DAY, "changed": []}}}
    assert published_version_problem("1.1", ledger, "mkdocs.yml, line 94") is None
    assert published_version_problem("1.2", {}, "mkdocs.yml, line 94") is None, "no history yet"
    assert published_version_problem("1.2", ledger, "mkdocs.yml, line 94") == (
        "mkdocs.yml, line 94: the guide's version is 1.2, but the sign-off record ends with version 1.1, the version "
        'its signed-off words were published under. How to fix: set extra.guide.version back to "1.1"; a new '
        "version comes with a sign-off that changes what patients read (python3 dev.py sign-off ... --version ...).")


def test_setting_the_version_keeps_every_other_character_of_mkdocs_yml():
    text = 'extra:\n  guide:\n    reference: X\n    version: "1.0"  # raise it\n    source: y\n'
    assert set_version(text, "1.1") == text.replace('"1.0"', '"1.1"')
    assert set_version("extra:\n  guide:\n    version: '1.0'\n", "2.0") == 'extra:\n  guide:\n    version: "2.0"\n'
    assert set_version("site_name: x\n", "1.1") is None
