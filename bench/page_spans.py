"""A bench-only MkDocs hook file: how long MkDocs spends on each page, in the hooked build and the baseline alike.

A page's time runs from the first event on it to the last, in both of the passes MkDocs makes over it:
reading (on_pre_page first ... on_page_content last: Markdown to HTML) and writing (on_page_context first
... on_post_page last: the theme's template). The extreme priorities put these marks outside every other
plugin's and the guide's events. When the build ends, the times go as JSON, by pass and page, to the file
named by BENCH_SPANS.
"""

from __future__ import annotations

import atexit
import json
import os
import time
from collections import defaultdict
from pathlib import Path

from mkdocs.plugins import event_priority

# pass ("read" or "write") -> page -> [wall, cpu] seconds
spans: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
_started: dict[str, tuple[float, float]] = {}


def _start(page) -> None:
    _started[page.file.src_uri] = time.perf_counter(), time.process_time()


def _stop(page, pass_: str) -> None:
    wall, cpu = _started.pop(page.file.src_uri)
    span = spans[pass_][page.file.src_uri]
    span[0] += time.perf_counter() - wall
    span[1] += time.process_time() - cpu


@event_priority(10_000)
def on_pre_page(page, config, files):
    _start(page)
    return page


@event_priority(-10_000)
def on_page_content(html, page, config, files):
    _stop(page, "read")
    return html


@event_priority(10_000)
def on_page_context(context, page, config, nav):
    _start(page)
    return context


@event_priority(-10_000)
def on_post_page(output, page, config):
    _stop(page, "write")
    return output


@atexit.register
def _write() -> None:
    if target := os.environ.get("BENCH_SPANS"):
        Path(target).write_text(json.dumps(spans), "utf-8")
