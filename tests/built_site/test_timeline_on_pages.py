"""The recovery timeline as built: the steps a clinician wrote in recovery.md, in order, on the page
and in the printed guide; a small inline picture, no script, no style attribute."""

import re

from bs4 import BeautifulSoup

from support import ROOT


def _written_steps() -> list[str]:
    """'when: step' for each step of the block in docs/recovery.md, read here line by line."""
    block = re.search(r"^```timeline\n(.*?)^```$", (ROOT / "docs" / "recovery.md").read_text("utf-8"), re.M | re.S)
    fields = re.findall(r"^(step|when): (.*)$", block.group(1), re.M)
    steps = [value for key, value in fields if key == "step"]
    whens = [value for key, value in fields if key == "when"]
    return [f"{when}: {step}" for when, step in zip(whens, steps, strict=True)]


def test_the_recovery_page_shows_the_written_steps_in_order_beside_a_small_picture(site_dir):
    soup = BeautifulSoup((site_dir / "recovery.html").read_text("utf-8"), "html.parser")
    (figure,) = soup.select("article figure.guide-timeline")
    assert [li.get_text(" ", strip=True) for li in figure.select("ol > li")] == _written_steps()
    picture = figure.select_one(".guide-timeline__picture")
    assert picture["aria-hidden"] == "true" and picture.has_attr("data-search-exclude")
    assert len(picture.select("svg circle")) == len(_written_steps())
    assert not figure.select("[style], script, image, use, foreignObject")
    assert len(str(picture)) <= 2500, "inline and small"
    assert "```" not in soup.article.get_text() and "source:" not in soup.article.get_text()


def test_the_printed_guides_show_it_once_with_its_section(site_dir):
    soup = BeautifulSoup((site_dir / "print.html").read_text("utf-8"), "html.parser")
    (figure,) = soup.select("figure.guide-timeline")
    assert [li.get_text(" ", strip=True) for li in figure.select("ol > li")] == _written_steps()
    assert figure.find_previous("h2", id=True)["id"] == "print-recovery"
