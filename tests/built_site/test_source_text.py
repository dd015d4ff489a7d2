"""Every statement of the source text reaches the reader, word for word."""

import hashlib
import re

from support import ROOT

SOURCE = ROOT / "tests" / "fixtures" / "soft-tissue-hip-reconstruction.txt"


def plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", text.lower()).split())


def source_statements() -> list[str]:
    """Sentences of the source; 'e.g. crutches' does not end one."""
    statements = []
    for line in SOURCE.read_text("utf-8").splitlines():
        statements += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()) if s]
    return statements


# SHA-256 of the source leaflet's text as the clinical team supplied it: the fixture can
# be neither missing nor edited without this test failing.
SOURCE_SHA256 = "867acdb96e7e27718c50a380c5149088db1a7c78ac2e25eb2919789c61e6c099"


def test_the_fixture_is_the_source_text():
    assert SOURCE.is_file(), f"{SOURCE} is missing: restore it from git"
    assert hashlib.sha256(SOURCE.read_bytes()).hexdigest() == SOURCE_SHA256
    seed = ROOT.parent / "shared" / "seed" / SOURCE.name
    if seed.exists():  # the supplied copy, where it sits beside a checkout
        assert seed.read_bytes() == SOURCE.read_bytes()


def test_every_source_statement_appears_in_the_built_pages(soups):
    site_text = plain(" ".join(soup.select_one("article").get_text(" ") for soup in soups.values()
                               if soup.select_one("article")))
    statements = source_statements()
    assert len(statements) >= 20
    missing = [s for s in statements if plain(s) not in site_text]
    assert missing == []
