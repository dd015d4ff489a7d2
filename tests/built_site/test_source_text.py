"""Every statement of the source text reaches the reader, word for word."""

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


def test_the_fixture_is_the_source_text():
    seed = ROOT.parent / "shared" / "seed" / SOURCE.name
    if seed.exists():  # beside a checkout, as in CI and development
        assert seed.read_text("utf-8") == SOURCE.read_text("utf-8")


def test_every_source_statement_appears_in_the_built_pages(soups):
    site_text = plain(" ".join(soup.select_one("article").get_text(" ") for soup in soups.values()
                               if soup.select_one("article")))
    statements = source_statements()
    assert len(statements) >= 20
    missing = [s for s in statements if plain(s) not in site_text]
    assert missing == []
