"""The recovery timeline: a picture the build draws from a small block in a section.

A clinician writes the steps in words, never the picture:

    ```timeline
    title: Your recovery at a glance
    step: Most people go home
    when: After the surgery
    source: After the surgery, most patients will go home straight away.
    ```

Each step names the passage of the section it shows (`source:`), which must be in the
section's text, as a quiz answer's must: the picture adds nothing the text does not say.
The build draws an inline SVG (numbered marks on a line, each with its `when:`), hidden
from screen readers and search, beside an ordered list of the same steps, which is the
text everyone can read. Colours come from the page (currentColor), so dark mode and
print follow; nothing is told by colour alone.
"""

from __future__ import annotations

import re
from html import escape
from typing import NamedTuple

from .errors import GuideError
from .markdown_blocks import FENCE_LINE, TEXT, Blocks
from .quiz.grounding import collect_text_blocks, normalise, passage_problem
from .quiz.model import Fault

TIMELINE_INFO = re.compile(r"^[ \t]*\{?[ \t]*\.?timeline[ \t]*\}?[ \t]*$", re.IGNORECASE)
FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*)$")
KEYS = ("title", "step", "when", "source")
MIN_STEPS, MAX_STEPS = 2, 8
MAX_WHEN = 30  # characters: the picture's label under each mark, on at most two short lines
LABEL_LINE = 18  # characters on one line of a label in the picture
SLOT = "guide-timeline"  # the place its figure goes: the block's lines give way to slot_marker(SLOT)
EXAMPLE = ("```timeline\ntitle: Your recovery at a glance\nstep: Most people go home\nwhen: After the surgery\n"
           "source: a sentence copied word for word from this page\n```")


class TimelineStep(NamedTuple):
    line: int  # the line of its step:
    step: str
    when: str
    source: str
    source_line: int


class TimelineError(GuideError):
    """Every fault of the build's timelines at once, each with its file, line and fix."""

    def __init__(self, faults: list[Fault]):
        count = len(faults)
        lines = [f"The recovery timeline has {count} problem{'s' if count != 1 else ''}; nothing was built."]
        super().__init__("\n".join(lines + [f"  - {fault}" for fault in sorted(faults)]))


class Timeline(NamedTuple):
    file: str
    first_line: int  # its opening ``` line
    last_line: int  # its closing ``` line
    title: str
    steps: list[TimelineStep]


def timeline_fences(blocks: Blocks) -> list:
    """The fenced blocks of a page that hold a timeline (```timeline)."""
    return [fence for fence in blocks.fences if TIMELINE_INFO.match(fence.info)]


def read_timelines(lines: list[str], blocks: Blocks, file: str) -> tuple[list[Timeline], list[Fault]]:
    """Every timeline block of a page, as typed data, and every fault in them with its line and fix."""
    timelines, faults = [], []
    fences = timeline_fences(blocks)
    for index, line in enumerate(lines):  # an opening never closed is no fence: Markdown shows its lines as text
        if "timeline" in line.lower() and blocks.kinds[index] == TEXT and (opening := FENCE_LINE.match(line)) \
                and TIMELINE_INFO.match(opening.group("info")):
            faults.append(Fault(file, index + 1, "", "This timeline block is never closed, so the page would show "
                                "its lines as text.", f"Add a line of {opening.group('fence')} after its last line."))
    for number, fence in enumerate(fences):
        where = fence.start + 1
        if number:
            faults.append(Fault(file, where, "", "This page has a second timeline block; a page shows one picture "
                                "of its steps.", "Put all the steps in one ```timeline block, and delete the other."))
            continue
        if fence.prefix:
            faults.append(Fault(file, where, "", "This timeline block is indented or inside a box, list or quote, "
                                "so the page would show its lines as code.",
                                "Move the whole block to the very left of the line, outside any box or list."))
            continue
        timeline, found = _read_block(lines, fence, file)
        faults += found
        if timeline:
            timelines.append(timeline)
    return timelines, faults


def _read_block(lines: list[str], fence, file: str) -> tuple[Timeline | None, list[Fault]]:
    title, steps, faults = "", [], []
    current: dict | None = None

    def fault(line: int, problem: str, fix: str) -> None:
        faults.append(Fault(file, line, "", problem, fix))

    def finish(step: dict | None) -> None:
        if step is None:
            return
        missing = [key for key in ("when", "source") if not step.get(key)]
        if missing:
            fault(step["line"], f'The step "{step["step"]}" has no {" and no ".join(missing)} line.',
                  "Under each step: line, write a when: line (such as when: After six weeks) and a source: line "
                  "copied word for word from this page.")
            return
        steps.append(TimelineStep(step["line"], step["step"], step["when"], step["source"], step["source_line"]))

    for index in range(fence.start + 1, fence.end):
        line, number = lines[index].strip(), index + 1
        if not line:
            continue
        match = FIELD.match(line)
        if not match:
            fault(number, f'The line "{line}" is not a "name: words" line, so the build cannot tell what it is.',
                  f"Start it with one of {', '.join(name + ':' for name in KEYS)} followed by its words.")
            continue
        key, value = match.group("key").lower(), match.group("value").strip()
        if key not in KEYS:
            fault(number, f'"{match.group("key")}:" is not part of a timeline.',
                  f"Use only {', '.join(name + ':' for name in KEYS)}; check the spelling before the colon.")
            continue
        if not value:
            fault(number, f'The {key}: line has no words after it.', f"Write its words after '{key}: '.")
            continue
        if key == "title":
            title = value
        elif key == "step":
            finish(current)
            current = {"line": number, "step": value}
        elif current is None:
            fault(number, f"This {key}: line comes before any step: line, so it belongs to no step.",
                  "Put a step: line first, then its when: and source: lines under it.")
        elif key in current:
            fault(number, f'The step "{current["step"]}" has a second {key}: line.',
                  f"Keep one {key}: line for each step.")
        else:
            current[key] = value
            if key == "source":
                current["source_line"] = number
            if key == "when" and len(value) > MAX_WHEN:
                fault(number, f'"{value}" has {len(value)} characters: too long to show under its mark in the picture.',
                      f"Say when in {MAX_WHEN} characters or fewer, such as 'After six weeks'.")
    finish(current)
    where = fence.start + 1
    if not title:
        fault(where, "This timeline has no title: line, which names the picture for everyone.",
              "Add a line such as title: Your recovery at a glance, just under the opening ```timeline line.")
    if len(steps) < MIN_STEPS and not faults:
        fault(where, f"This timeline has {len(steps)} step{'s' if len(steps) != 1 else ''}; a picture of a sequence "
              f"needs at least {MIN_STEPS}.", f"Write each step as in:\n{EXAMPLE}")
    if len(steps) > MAX_STEPS:
        fault(where, f"This timeline has {len(steps)} steps; more than {MAX_STEPS} would not fit on a phone's screen.",
              f"Keep it to {MAX_STEPS} steps or fewer.")
    if faults:
        return None, faults
    return Timeline(file, fence.start + 1, fence.end + 1, title, steps), []


def ground_timeline(html: str, timeline: Timeline) -> list[Fault]:
    """Each step's passage must be in the section's text, under the quiz answers' rules."""
    collected = collect_text_blocks(html)
    blocks = collected.blocks
    block_texts = [f" {normalise(block.text)} " for block in blocks]
    headings = [f" {normalise(heading)} " for heading in collected.headings]
    faults = []
    for step in timeline.steps:
        passage = normalise(step.source)
        found = [i for i, text in enumerate(block_texts) if passage and f" {passage} " in text]
        found = [i for i in found if not any(i in blocks[j].parents for j in found)][:1]  # (no link: one will do)
        if problem := passage_problem(step.source, passage, found, blocks, block_texts, [], headings,
                                      shows="shows the step", checked="the step", thing="the step"):
            faults.append(Fault(timeline.file, step.source_line, "", *problem))
    return faults


def render_timeline(timeline: Timeline) -> str:
    """The figure: its title, the picture (for the eye only) and the ordered list of its steps."""
    items = "".join(f'<li><strong class="guide-timeline__when">{escape(step.when)}:</strong> {escape(step.step)}</li>'
                    for step in timeline.steps)
    return (f'<figure class="guide-timeline"><figcaption>{escape(timeline.title)}</figcaption>'
            f'<div class="guide-timeline__picture" aria-hidden="true" data-search-exclude>{_picture(timeline)}</div>'
            f'<ol class="guide-timeline__steps">{items}</ol></figure>')


STEP_HEIGHT, WIDTH, MARK = 38, 200, 13  # user units (px at 100%): one step's row, the picture's width, a mark's radius


def _picture(timeline: Timeline) -> str:
    """Numbered marks down a line, each with its `when:` beside it: a shape and a number, never colour alone."""
    count = len(timeline.steps)
    height = STEP_HEIGHT * count + 4
    parts = [f'<svg class="guide-timeline__svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
             'focusable="false">',
             f'<line class="guide-timeline__track" x1="{MARK + 4}" y1="{MARK + 4}" x2="{MARK + 4}" '
             f'y2="{height - 6}"/>',  # time runs down the line, to its arrowhead
             f'<path class="guide-timeline__arrow" d="M{MARK - 3} {height - 9}l7 9 7-9z"/>']
    for number, step in enumerate(timeline.steps, start=1):
        y = STEP_HEIGHT * (number - 1) + MARK + 4
        parts.append(f'<circle class="guide-timeline__mark" cx="{MARK + 4}" cy="{y}" r="{MARK}"/>'
                     f'<text class="guide-timeline__number" x="{MARK + 4}" y="{y + 6}" text-anchor="middle">'
                     f"{number}</text>")
        lines = _label_lines(step.when)
        first = y + 6 - 9 * (len(lines) - 1)
        parts += [f'<text class="guide-timeline__label" x="{2 * MARK + 14}" y="{first + 18 * index}">'
                  f"{escape(line)}</text>" for index, line in enumerate(lines)]
    parts.append("</svg>")
    return "".join(parts)


def _label_lines(text: str) -> list[str]:
    """A label on at most two lines of about LABEL_LINE characters, broken between words."""
    words, lines = text.split(), [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + 1 + len(word) > LABEL_LINE and len(lines) < 2:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def timeline_off_sections(timelines: dict[str, Timeline], sections: set[str]) -> list[Fault]:
    """A timeline shows a section's steps, grounded in that section: on any other page it has no text to stand on."""
    return [Fault(timeline.file, timeline.first_line, "", "A timeline can only be on a section page (a page in "
                  "nav: with the guide's text), where its steps' passages are.",
                  "Move the block to the section whose text it shows.")
            for name, timeline in timelines.items() if name not in sections]
