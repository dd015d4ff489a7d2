"""bench/scale_pages.py: the benchmark's fair baseline (quiz blocks stripped), its scale guides made from the
real sections (unique ids, sources kept) and the arithmetic of the cost's three parts. No timings here."""

import re
import sys

import pytest

from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from scale_pages import (  # noqa: E402
    CostSplit,
    added_pages_time,
    per_question_ms,
    scale_sections,
    section_questions,
    split_quiz_blocks,
    strip_quiz_blocks,
    with_dates,
)

SECTIONS = ["what-is-it.md", "symptoms-and-diagnosis.md", "the-operation.md", "risks.md", "recovery.md"]
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # the hook's rule for a question id
BLOCK = "```quiz\nid: {id}\ntype: single\nquestion: Q?\n- [x] A\n- [ ] B\nexplanation: E.\nsource: {id} says so.\n```"


def real(name: str) -> str:
    return (ROOT / "docs" / name).read_text("utf-8")


def real_sections() -> list[tuple[str, str, str]]:
    return [(name, name.removesuffix(".md").title(), real(name)) for name in SECTIONS]


@pytest.mark.parametrize("name", SECTIONS)
def test_the_baseline_of_a_real_section_keeps_every_line_but_its_quiz_blocks(name):
    text = real(name)
    prose, blocks = split_quiz_blocks(text)
    assert len(blocks) == text.count("```quiz\n") > 0
    assert "```" not in prose and "- [x]" not in prose and "source:" not in prose
    assert strip_quiz_blocks(text) == prose
    assert all(block.startswith("```quiz\nid: ") and block.endswith("\n```") for block in blocks)
    for block in blocks:
        text = text.replace(block, "", 1)
    text = re.sub(r"^```timeline\n.*?^```\n", "", text, flags=re.M | re.S)  # the timeline's block goes too
    assert [line for line in prose.split("\n") if line.strip()] == [line for line in text.split("\n") if line.strip()]


def test_a_page_with_no_quiz_is_its_own_baseline():
    page = "---\ntitle: T\n---\n\n# T\n\nSome words.\n\n```python\nprint(1)\n```\n"
    assert strip_quiz_blocks(page) == page


def test_a_longer_fence_is_closed_only_by_a_fence_as_long():
    page = "Before.\n\n````quiz\nid: a\n```\nstill inside\n````\n\nAfter.\n"
    prose, blocks = split_quiz_blocks(page)
    assert prose == "Before.\n\nAfter.\n"
    assert blocks == ["````quiz\nid: a\n```\nstill inside\n````"]


def test_an_unclosed_quiz_block_is_refused():
    with pytest.raises(ValueError, match="not closed"):
        split_quiz_blocks("Text.\n\n```quiz\nid: a\n")


def test_a_section_gets_five_questions_in_turn_each_with_its_own_id():
    blocks = [BLOCK.format(id="first"), BLOCK.format(id="second")]
    questions = section_questions(blocks, copy=7)
    ids = [re.search(r"^id: (.*)$", q, re.M).group(1) for q in questions]
    assert ids == ["first-c7-q1", "second-c7-q2", "first-c7-q3", "second-c7-q4", "first-c7-q5"]
    # Everything but the id is the original block, so its source is still the page's own words.
    assert [q.replace(f"id: {i}", "id: x") for q, i in zip(questions, ids)] == \
        [b.replace(re.search(r"^id: (.*)$", b, re.M).group(0), "id: x") for b in blocks * 3][:5]


def test_scale_guides_from_the_real_sections_have_unique_names_and_ids_and_keep_the_prose():
    pages = scale_sections(real_sections(), 23)
    assert len(pages) == 23 and len({page.name for page in pages}) == 23
    assert [page.name for page in pages[:5]] == SECTIONS  # other pages link to the real names
    assert pages[5].name == "what-is-it-6.md" and pages[5].title == "What-Is-It (6)"
    ids = [re.search(r"^id: (.*)$", block, re.M).group(1)
           for page in pages for block in split_quiz_blocks(page.text)[1]]
    assert len(ids) == 23 * 5 and len(set(ids)) == len(ids) and all(ID.match(i) for i in ids)
    for page in pages:
        original = real(page.name if page.name in SECTIONS else re.sub(r"-\d+\.md$", ".md", page.name))
        assert strip_quiz_blocks(page.text) == strip_quiz_blocks(original)  # the same prose and key points
        sources = {line for block in split_quiz_blocks(original)[1] for line in block.split("\n")
                   if line.startswith("source: ")}  # the questions' (the timeline's block is left out)
        assert {line for line in page.text.split("\n") if line.startswith("source: ")} == sources


def test_review_dates_are_replaced_once():
    page = "---\ntitle: T\nlast_reviewed: 2026-12-01\nnext_review: 2027-12-01\n---\n\nText.\n"
    dated = with_dates(page, "last_reviewed: 2030-01-02\nnext_review: 2031-01-02\n")
    assert dated == "---\ntitle: T\nlast_reviewed: 2030-01-02\nnext_review: 2031-01-02\n---\n\nText.\n"


def test_the_cost_splits_into_the_hooks_work_the_pages_it_adds_and_the_rest():
    split = CostSplit(build=10.0, baseline=8.0, hook_own=0.5, added_pages=1.0)
    assert split.extra == pytest.approx(2.0)
    assert split.rest == pytest.approx(0.5)
    assert split.hook_share == pytest.approx(0.05)
    assert split.hook_own + split.added_pages + split.rest == pytest.approx(split.extra)


def test_the_pages_the_hook_adds_count_mkdocs_time_only_beyond_the_baseline():
    spans = {"quiz.md": 2.0, "print.md": 3.0, "risks.md": 9.0}
    hook = {"quiz.md": 0.5, "print.md": 1.0, "risks.md": 4.0}
    baseline = {"quiz.md": 0.1, "print.md": 0.2}
    assert added_pages_time(spans, hook, baseline, ["quiz.md", "print.md"]) == pytest.approx(3.2)


def test_the_cost_per_question_is_per_question_in_milliseconds():
    assert per_question_ms(1.5, sections=100) == pytest.approx(3.0)  # 1.5 s over 500 questions
