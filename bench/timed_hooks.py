"""A bench-only MkDocs hook file: the guide's own hook, timed from outside.

Listed in `hooks:` in place of hooks/guide_hooks.py, it loads that file and offers MkDocs the same event
functions, at the same priorities, each wrapped to add up its wall and CPU time per event (and per page, for
the page events). The package functions the hook hands work to are timed too, through the names the hook
calls them by, to show where an event's time goes. The hook's own code is unchanged.

When the build ends, the times go as JSON to the file named by BENCH_TIMINGS.
"""

from __future__ import annotations

import atexit
import functools
import importlib.util
import inspect
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

HOOK = Path(__file__).resolve().parents[1] / "hooks" / "guide_hooks.py"
events: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])  # name -> [wall, cpu, calls]
functions: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
# pass ("read": Markdown to HTML, or "write": the template) -> page -> the hook's [wall, cpu] in its events on it
in_page: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
READ_EVENTS = {"on_pre_page", "on_page_read_source", "on_page_markdown", "on_page_content"}


def _load_hook():
    """guide_hooks.py, loaded as MkDocs loads a hook file (its folder on sys.path while it runs)."""
    spec = importlib.util.spec_from_file_location("guide_hooks", HOOK)
    module = importlib.util.module_from_spec(spec)
    sys.modules["guide_hooks"] = module
    sys.path.insert(0, str(HOOK.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(HOOK.parent))
    return module


def _timed(store: dict, name: str, function, by_page: bool = False):
    @functools.wraps(function)  # keeps MkDocs' event priority, which event_priority sets as an attribute
    def timed(*args, **kwargs):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            total = store[name]
            total[0] += wall
            total[1] += cpu
            total[2] += 1
            page = kwargs.get("page") if by_page else None
            if page is not None:
                spent = in_page["read" if name in READ_EVENTS else "write"][page.file.src_uri]
                spent[0] += wall
                spent[1] += cpu

    return timed


_wall, _cpu = time.perf_counter(), time.process_time()
guide = _load_hook()
events["import"] = [time.perf_counter() - _wall, time.process_time() - _cpu, 1]

for _name, _value in list(vars(guide).items()):
    if _name.startswith("on_") and callable(_value):
        globals()[_name] = _timed(events, _name, _value, by_page="page" in inspect.signature(_value).parameters)
    elif inspect.isfunction(_value) and _value.__module__.startswith("patient_guide"):
        setattr(guide, _name, _timed(functions, _name, _value))  # the hook calls it through this name


@atexit.register
def _write() -> None:
    if target := os.environ.get("BENCH_TIMINGS"):
        Path(target).write_text(json.dumps({"events": events, "functions": functions, "in_page": in_page}), "utf-8")
