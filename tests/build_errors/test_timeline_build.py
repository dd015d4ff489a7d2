"""The recovery timeline in a real build: grounded in its section or the build stops, and drawn in place."""

from bs4 import BeautifulSoup
from build_errors.test_build_failures import GOOD_PAGE

from support import build_site

TIMELINE = """
```timeline
title: Your recovery at a glance
step: Clots are the most common problem.
when: After the surgery
source: The most common complication that is experienced post-surgery is blood clots.

step: Most people have none.
when: Later
source: {second}
```
"""


def test_a_timeline_is_drawn_where_its_block_was_grounded_in_its_section(make_project, tmp_path):
    page = GOOD_PAGE + TIMELINE.format(second="The most common complication that is experienced post-surgery")
    result = build_site(make_project({"risks.md": page}), tmp_path / "out")
    assert result.returncode == 0, result.stderr
    soup = BeautifulSoup((tmp_path / "out" / "risks.html").read_text("utf-8"), "html.parser")
    figure = soup.select_one("article figure.guide-timeline")
    assert [li.get_text(" ", strip=True) for li in figure.select("ol li")] == [
        "After the surgery: Clots are the most common problem.", "Later: Most people have none."]
    assert "source:" not in soup.article.get_text(), "the block itself is never shown"
    assert figure.find_previous("p").get_text().startswith("The most common complication")
    printed = BeautifulSoup((tmp_path / "out" / "print.html").read_text("utf-8"), "html.parser")
    assert len(printed.select("figure.guide-timeline")) == 1, "the printed guide shows it with its section"


def test_an_ungrounded_step_and_a_timeline_off_the_sections_stop_the_build_at_once(make_project, tmp_path):
    page = GOOD_PAGE + TIMELINE.format(second="Most people recover in a day.")
    extra = GOOD_PAGE.replace("title: Risks", "title: Extra") + TIMELINE.format(second="x")
    config = make_project({"risks.md": page, "extra.md": extra})
    config.write_text(config.read_text("utf-8").replace("- extra: extra.md\n", ""), "utf-8")  # out of the menu
    result = build_site(config, tmp_path / "out")
    assert result.returncode != 0
    assert "The recovery timeline has 2 problems; nothing was built." in result.stderr, result.stderr
    assert ('docs/risks.md, line 24: The source passage "Most people recover in a day." is not in the text of this '
            "page, so the step cannot be checked against what patients read. How to fix: Review the step against the "
            "page: copy the passage word for word from one paragraph, or change the step.") in result.stderr
    assert ("docs/extra.md, line 16: A timeline can only be on a section page (a page in nav: with the guide's "
            "text), where its steps' passages are. How to fix: Move the block to the section whose text it shows."
            ) in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "risks.html").exists()
