"""timeline.py: the recovery timeline block read as typed data, each fault with its line and fix."""

from patient_guide.markdown_blocks import read_blocks
from patient_guide.timeline import ground_timeline, read_timelines, render_timeline

GOOD = """# Recovery

```timeline
title: Your recovery at a glance
step: Most people go home.
when: After the surgery
source: After the surgery, most patients will go home straight away.

step: One crutch
when: After six weeks
source: After six weeks, you should be able to use one crutch.
```

After the surgery, most patients will go home straight away.

After six weeks, you should be able to use one crutch.
"""
HTML = ("<h1>Recovery</h1><p>After the surgery, most patients will go home straight away.</p>"
        "<p>After six weeks, you should be able to use one crutch.</p>")


def read(text: str):
    lines = text.split("\n")
    return read_timelines(lines, read_blocks(lines), "docs/recovery.md")


def messages(text: str) -> list[str]:
    return [str(fault) for fault in read(text)[1]]


def test_a_good_block_is_read_with_its_lines():
    (timeline,), faults = read(GOOD)
    assert faults == []
    assert (timeline.first_line, timeline.last_line, timeline.title) == (3, 12, "Your recovery at a glance")
    assert [(s.line, s.step, s.when, s.source_line) for s in timeline.steps] == [
        (5, "Most people go home.", "After the surgery", 7), (9, "One crutch", "After six weeks", 11)]
    assert ground_timeline(HTML, timeline) == []


def test_every_slip_is_named_at_once_with_its_line_and_fix():
    broken = (GOOD.replace("title: Your", "titel: Your").replace("when: After the surgery\n", "")
              .replace("step: One crutch", "Step One crutch\nsource: stray\nstep: One crutch"))
    assert messages(broken) == [
        'docs/recovery.md, line 4: "titel:" is not part of a timeline. How to fix: Use only title:, step:, when:, '
        "source:; check the spelling before the colon.",
        'docs/recovery.md, line 8: The line "Step One crutch" is not a "name: words" line, so the build cannot tell '
        "what it is. How to fix: Start it with one of title:, step:, when:, source: followed by its words.",
        'docs/recovery.md, line 9: The step "Most people go home." has a second source: line. How to fix: Keep one '
        "source: line for each step.",
        'docs/recovery.md, line 5: The step "Most people go home." has no when line. How to fix: Under each step: '
        "line, write a when: line (such as when: After six weeks) and a source: line copied word for word from this "
        "page.",
        "docs/recovery.md, line 3: This timeline has no title: line, which names the picture for everyone. How to "
        "fix: Add a line such as title: Your recovery at a glance, just under the opening ```timeline line.",
    ]


def test_a_field_before_any_step_a_long_when_and_too_few_steps():
    text = "```timeline\ntitle: T\nwhen: First\nstep: A\nwhen: " + "x" * 31 + "\nsource: s\n```\n"
    assert messages(text) == [
        "docs/recovery.md, line 3: This when: line comes before any step: line, so it belongs to no step. How to "
        "fix: Put a step: line first, then its when: and source: lines under it.",
        f'docs/recovery.md, line 5: "{"x" * 31}" has 31 characters: too long to show under its mark in the picture. '
        "How to fix: Say when in 30 characters or fewer, such as 'After six weeks'."]
    assert messages("```timeline\ntitle: T\nstep: A\nwhen: B\nsource: C\n```\n") == [
        "docs/recovery.md, line 1: This timeline has 1 step; a picture of a sequence needs at least 2. How to fix: "
        "Write each step as in:\n```timeline\ntitle: Your recovery at a glance\nstep: Most people go home\nwhen: "
        "After the surgery\nsource: a sentence copied word for word from this page\n```"]


def test_a_second_block_and_an_indented_one_are_refused():
    assert messages(GOOD + "\n" + GOOD[GOOD.index("```timeline"):]) == [
        "docs/recovery.md, line 18: This page has a second timeline block; a page shows one picture of its steps. "
        "How to fix: Put all the steps in one ```timeline block, and delete the other."]
    indented = "- A list\n\n    ```timeline\n    title: T\n    ```\n"
    assert messages(indented)[0].startswith("docs/recovery.md, line 3: This timeline block is indented or inside")


def test_a_step_whose_passage_is_not_in_the_section_stops_it():
    (timeline,), _ = read(GOOD.replace("you should be able to use one crutch.", "you can run.", 1))
    (fault,) = ground_timeline(HTML, timeline)
    assert (fault.file, fault.line) == ("docs/recovery.md", 11)
    assert fault.problem.startswith('The source passage "After six weeks, you can run." is not in the text of this '
                                    "page")


def test_the_figure_is_escaped_numbered_and_the_picture_is_for_the_eye_only():
    (timeline,), _ = read(GOOD.replace("Most people go home.", "Home <b>&</b>"))
    html = render_timeline(timeline)
    assert "Home &lt;b&gt;&amp;&lt;/b&gt;" in html and "<b>" not in html
    assert '<div class="guide-timeline__picture" aria-hidden="true" data-search-exclude>' in html
    assert html.count('class="guide-timeline__mark"') == 2 and "style=" not in html and "<script" not in html
    assert '<text class="guide-timeline__label" x="40" y="23">After the surgery</text>' in html


def test_a_block_never_closed_is_named_not_published_as_text():
    assert messages(GOOD.replace("\n```\n\nAfter the surgery", "\n\nAfter the surgery")) == [
        "docs/recovery.md, line 3: This timeline block is never closed, so the page would show its lines as text. "
        "How to fix: Add a line of ``` after its last line."]
