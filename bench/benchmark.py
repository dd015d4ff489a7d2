#!/usr/bin/env python3
"""Benchmark: build times, what the guide's hook costs against a fair baseline and how that grows, how fast
a saved page shows under `serve`, and what a patient's first visit downloads. Prints one table: medians of
several runs, with min and max, in wall time and CPU time.

The fair baseline is the same pages with their quiz blocks removed, built without the hook. Scale guides
are made from the guide's own sections (bench/scale_pages.py). The hooked builds load the hook through
bench/timed_hooks.py, which times each of its events from outside; bench/page_spans.py times MkDocs' work
on each page, in both builds.

Run it with `python3 dev.py bench`. Settings (environment variables):
  BENCH_RUNS          runs of this site's builds, and saves under serve (default 5)
  BENCH_SIZES         the scale points, in sections of 5 questions (default "100,300,1000"); the 3-part
                      split, the hook's share and the per-event times are shown at the largest
  BENCH_SCALE_RUNS    paired runs at each smaller scale point (default 3)
  BENCH_LARGEST_RUNS  paired runs at the largest (default 2: a 1,000-section build takes ~45 s of CPU on
                      its own, nearly all of it MkDocs and the theme)
  BENCH_QUICK=1       a quick check that it all runs: 1 run each, sizes "10,30" (unless set)
"""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tests"))

# The sign-off of generated guides: the record as written, as the tests make it.
from scale_pages import (  # noqa: E402
    QUESTIONS_PER_SECTION,
    CostSplit,
    added_pages_time,
    per_question_ms,
    scale_sections,
    split_quiz_blocks,
    strip_quiz_blocks,
    with_dates,
)

from patient_guide.review import LEDGER, words_entry, words_path  # noqa: E402
from patient_guide.signing import write_ledger  # noqa: E402
from site_config import load_config  # noqa: E402
from site_nav import GENERATED_PAGES, NOT_SECTIONS, nav_pages  # noqa: E402
from site_weight import KINDS, directory_size, first_visit_bytes  # noqa: E402
from support import record_as_written  # noqa: E402

QUICK = os.environ.get("BENCH_QUICK") == "1"
RUNS = int(os.environ.get("BENCH_RUNS", "1" if QUICK else "5"))
SCALE_RUNS = int(os.environ.get("BENCH_SCALE_RUNS", "1" if QUICK else "3"))
LARGEST_RUNS = int(os.environ.get("BENCH_LARGEST_RUNS", "1" if QUICK else "2"))  # 1,000 sections: ~1 min a build
SCALE_SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "10,30" if QUICK else "100,300,1000").split(",")]
HOOK_SHARE_BUDGET = 0.10  # issue 21: the hook's own work is at most 10% of the build at 1,000 sections
BUDGET_SIZE = 1000
FLAT_BUDGET = 1.10  # issue 21: the hook's cost per question stays flat (within 10%) from 100 to 1,000 sections
LANGUAGES_BUDGET = 3.5  # issue 20: building every language costs at most 3.5 times English alone
SERVE_BUDGET = 1.0  # seconds from saving a page under `serve` to the rebuilt page, at this site's size
BUILT_IN = re.compile(r"Documentation built in ([0-9.]+) seconds")
ZIP = "download/soft-tissue-hip-reconstruction-guide.zip"
EVENT_ORDER = ["import", "on_startup", "on_config", "on_files", "on_nav", "on_page_markdown", "on_page_content",
               "on_env", "on_page_context", "on_post_page", "on_post_template", "on_post_build"]


class Build:
    """One timed build: wall and CPU time of its process; the hook's times; MkDocs' time per page."""

    def __init__(self, wall: float, cpu: float, timings: dict | None, spans: dict, site_bytes: int = 0):
        self.wall, self.cpu, self.site_bytes = wall, cpu, site_bytes
        self.events = (timings or {}).get("events", {})
        self.functions = (timings or {}).get("functions", {})
        # By pass ("read": Markdown to HTML; "write": the theme's template), then by page: [wall, cpu].
        self.spans_by_pass = spans
        self.in_page_by_pass = (timings or {}).get("in_page", {})

    def spans(self, pass_: str | None = None) -> dict[str, list[float]]:
        """MkDocs' time on each page, from its first event to its last, in one pass or both."""
        return _by_page(self.spans_by_pass, pass_)

    def in_page(self, pass_: str | None = None) -> dict[str, list[float]]:
        """The hook's time in its events on each page, in one pass or both."""
        return _by_page(self.in_page_by_pass, pass_)

    def hook_own(self, part: int = 0) -> float:
        """The hook's own time (part 0: wall, 1: CPU): its import and all its events."""
        return sum(total[part] for total in self.events.values())

    def zip_time(self, part: int = 0) -> float:
        """The part of on_post_build spent packing the finished site into the offline zip: its cost
        follows the site's bytes (every page lists every section), not the number of questions."""
        return self.functions.get("write_site_zip", [0.0, 0.0, 0])[part]


def _by_page(by_pass: dict, pass_: str | None) -> dict[str, list[float]]:
    totals: dict[str, list[float]] = {}
    for name, pages in by_pass.items():
        if pass_ in (None, name):
            for page, (wall, cpu) in pages.items():
                total = totals.setdefault(page, [0.0, 0.0])
                total[0] += wall
                total[1] += cpu
    return totals


def write_config(folder: Path, docs_dir: Path, nav: list, with_hook: bool) -> Path:
    """The real configuration, pointed at `docs_dir`, with the guide's hook (timed from outside) or without
    it: the fair baseline, whose pages the hook fills in (quiz, print, ...) build as they stand: a title, and
    the marker line the hook would fill. Both builds time MkDocs' work on each page."""
    config = load_config()
    config.update(docs_dir=str(docs_dir), nav=nav)
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["watch"] = [str(ROOT / "overrides"), str(ROOT / "hooks")]
    config["extra"]["guide"]["translations"] = []  # the English guide: its translations are measured in row 9
    spans = str(BENCH / "page_spans.py")
    if with_hook:
        config["hooks"] = [str(BENCH / "timed_hooks.py"), spans]
    else:
        config["hooks"] = [spans]
        # The templates show words the hook normally hands them; the plain build reads the same file.
        language = config["theme"].get("language") or "en"
        words = ROOT / "hooks" / "patient_guide" / "words" / f"{language}.yml"
        config["extra"]["words"] = yaml.safe_load(words.read_text("utf-8"))
        config["extra"]["statement_urls"] = {"accessibility": "accessibility.html", "privacy": "privacy.html"}
    path = folder / f"mkdocs-{'hook' if with_hook else 'plain'}.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    return path


def english_only_config(folder: Path) -> Path:
    """The real guide, with its real hook, in English alone: what a build of every language is compared with."""
    config = load_config()
    config.update(docs_dir=str(ROOT / "docs"))
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["watch"] = [str(ROOT / "overrides"), str(ROOT / "hooks")]
    config["hooks"] = [str(ROOT / "hooks" / "guide_hooks.py")]
    config["extra"]["guide"]["translations"] = []
    path = folder / "mkdocs-english.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    return path


def serve_config(folder: Path, docs_dir: Path, nav: list) -> Path:
    """The real configuration with the real hook (as `dev.py serve` runs it), pointed at `docs_dir`."""
    config = load_config()
    config.update(docs_dir=str(docs_dir), nav=nav)
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["watch"] = [str(ROOT / "overrides"), str(ROOT / "hooks")]
    config["hooks"] = [str(ROOT / "hooks" / "guide_hooks.py")]
    path = folder / "mkdocs.yml"  # beside the copies of the translations' mkdocs.<code>.yml
    path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    return path


def _environment() -> dict[str, str]:
    """Python's bytecode cache is left on, as on any normal machine: some shells set PYTHONDONTWRITEBYTECODE,
    which would make every build recompile the hook's modules (but not the installed packages) and skew it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed_build(config: Path, site_dir: Path) -> Build:
    """One cold build, in a new process: its wall time and CPU time (user + system; 0 where the system does
    not tell it), and what the bench hooks measured inside it."""
    timings, spans = config.parent / "timings.json", config.parent / "spans.json"
    for path in (timings, spans):
        path.unlink(missing_ok=True)
    env = {**_environment(), "BENCH_TIMINGS": str(timings), "BENCH_SPANS": str(spans)}
    used = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", str(config),
                             "-d", str(site_dir)], capture_output=True, text=True, env=env, cwd=config.parent)
    elapsed = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"build failed for {config}:\n{result.stderr}")
    read = (lambda path: json.loads(path.read_text("utf-8")) if path.exists() else None)
    return Build(elapsed, _children_cpu() - used, read(timings), read(spans) or {}, directory_size(site_dir))


def _children_cpu() -> float:
    """CPU time used so far by finished child processes: less shaken than wall time by whatever
    else the machine is doing, so the hook's cost shows through a busy machine's noise."""
    try:
        import resource  # not on Windows
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def paired_runs(with_hook: Path, baseline: Path, site_dir: Path, runs: int) -> list[tuple[Build, Build]]:
    """Alternate the two builds so drift on the machine hits both alike."""
    return [(timed_build(with_hook, site_dir), timed_build(baseline, site_dir)) for _ in range(runs)]


def baseline_docs(docs: Path, target: Path) -> Path:
    """A copy of `docs` with every quiz block removed: the fair baseline's pages."""
    shutil.copytree(docs, target)
    for page in target.rglob("*.md"):
        page.write_text(strip_quiz_blocks(page.read_text("utf-8")), "utf-8")
    return target


def sign_off_as_written(docs: Path, dates: tuple[datetime.date, datetime.date]) -> None:
    """A generated guide signed off as it stands (on the dates its pages carry), so the review gate passes
    (and is measured) on any day."""
    pages = {path.name: path.read_text("utf-8") for path in docs.iterdir() if path.suffix in {".md", ".yml"}}
    pages.pop(LEDGER, None)
    language = load_config()["theme"].get("language") or "en"
    pages[words_entry(language)] = words_path(words_entry(language)).read_text("utf-8")  # signed off like the pages
    write_ledger(docs / LEDGER, record_as_written(pages, dates))


def real_sections() -> tuple[list[tuple[str, str, str]], list[dict]]:
    """The guide's sections as (file, title, text), in reading order; and the rest of its navigation."""
    sections, others = [], []
    for entry in load_config()["nav"]:
        (title, name), = entry.items()
        if name in NOT_SECTIONS:
            others.append(entry)
        else:
            sections.append((name, title, (ROOT / "docs" / name).read_text("utf-8")))
    return sections, others


def generate_project(folder: Path, sections: int) -> tuple[Path, list]:
    """A guide of `sections` sections of 5 questions each, made from the guide's own (never committed)."""
    docs = folder / "docs"
    docs.mkdir(parents=True)
    today = datetime.date.today()
    dates = (today, today + datetime.timedelta(days=365))
    front = f"last_reviewed: {dates[0]}\nnext_review: {dates[1]}\n"
    own, others = real_sections()
    pages = scale_sections(own, sections)
    for page in pages:
        (docs / page.name).write_text(with_dates(page.text, front), "utf-8")
    # The home page (it links the real sections, which keep their names) and the pages the hook fills in.
    for name in ["index.md", *GENERATED_PAGES]:
        (docs / name).write_text(with_dates((ROOT / "docs" / name).read_text("utf-8"), front), "utf-8")
    shutil.copy(ROOT / "docs" / "glossary.yml", docs / "glossary.yml")
    sign_off_as_written(docs, dates)
    home = [entry for entry in others if "index.md" in entry.values()]
    nav = home + [{page.title: page.name} for page in pages] + [entry for entry in others if entry not in home]
    return docs, nav


def question_count(docs: Path) -> int:
    return sum(len(split_quiz_blocks(page.read_text("utf-8"))[1]) for page in docs.glob("*.md"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def serve_latency(config: Path, page: Path, runs: int, start_timeout: float = 600) -> list[tuple[float, ...]]:
    """Seconds from saving `page` under a real `mkdocs serve --livereload` (what `dev.py serve` runs) to
    the served page showing the change, once per run; beside each, the rebuild's own time as the server
    logs it, the CPU time the server used meanwhile (NaN where /proc does not tell), and how long it took
    the server to notice the save. The server holds
    a request while it rebuilds, so the change shows once the rebuild is done, as a live reload sees it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/{page.name.removesuffix('.md')}.html"
    original = page.read_text("utf-8")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-f", str(config),
                               "-a", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, env=_environment(), cwd=config.parent, start_new_session=True)
    log: list[str] = []  # read as it comes, so the pipe never fills
    heard: list[float] = []  # when the server said it had noticed a change
    threading.Thread(target=_read_log, args=(server.stderr, log, heard), daemon=True).start()
    try:
        deadline = time.monotonic() + start_timeout
        while _get(url) is None:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("mkdocs serve did not start:\n" + "".join(log)[-3000:])
            time.sleep(0.2)
        results = []
        for run in range(runs):
            time.sleep(1.0)  # the server idle, as when a clinician saves
            builds, cpu = len(_build_times(log)), _process_cpu(server.pid)
            token = f"Benchmark edit {run} {time.time_ns()}"
            page.write_text(original.replace("\n## ", f"\n{token}.\n\n## ", 1), "utf-8")
            saved = time.perf_counter()
            while token not in (_get(url) or ""):
                if time.perf_counter() - saved > start_timeout:
                    raise SystemExit(f"the edit to {page.name} never showed under mkdocs serve:\n" + "".join(log))
                time.sleep(0.02)
            latency = time.perf_counter() - saved
            while len(_build_times(log)) <= builds and time.perf_counter() - saved < latency + 5:
                time.sleep(0.05)  # the log line may trail the page by a moment
            noticed = next((t - saved for t in heard if t > saved), float("nan"))
            results.append((latency, (_build_times(log) or [float("nan")])[-1], _process_cpu(server.pid) - cpu,
                            noticed))
        return results
    finally:
        page.write_text(original, "utf-8")
        server.terminate()  # the server alone: it leads a process group of its own
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def _process_cpu(pid: int) -> float:
    """CPU time (user + system) a running process has used so far, from Linux's /proc; NaN elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime: fields 14, 15


def _read_log(stream, log: list[str], heard: list[float]) -> None:
    for line in stream:
        if "Detected file changes" in line:
            heard.append(time.perf_counter())
        log.append(line)


def _build_times(log: list[str]) -> list[float]:
    """The builds' times, as MkDocs logs them: "Documentation built in 0.52 seconds"."""
    return [float(match.group(1)) for line in list(log) if (match := BUILT_IN.search(line))]


def stats(values: list[float], unit: str = "s", scale: float = 1.0) -> str:
    med, low, high = statistics.median(values) * scale, min(values) * scale, max(values) * scale
    digits = 3 if unit in {"x", "s"} else 2 if unit == "ms" else 1
    return f"{med:.{digits}f}{unit}  (min {low:.{digits}f}, max {high:.{digits}f})"


def median(values) -> float:
    values = list(values)
    return statistics.median(values) if values else 0.0


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def build_rows(rows: list, label: str, pairs: list[tuple[Build, Build]], questions: int) -> None:
    """Wall and CPU time, with hook and against the fair baseline, their ratios and the cost per question."""
    hooked, plain = [h for h, _ in pairs], [p for _, p in pairs]
    rows.append((f"{label}, with hook", stats([b.wall for b in hooked]) + f"   CPU {stats([b.cpu for b in hooked])}"))
    rows.append(("   fair baseline (no quiz blocks, no hook)",
                 stats([b.wall for b in plain]) + f"   CPU {stats([b.cpu for b in plain])}"))
    ratio = stats([h.wall / p.wall for h, p in pairs], "x")
    cpu_ratio = stats([h.cpu / p.cpu for h, p in pairs if p.cpu], "x") if all(p.cpu for p in plain) else "n/a"
    rows.append(("   ratio (paired)", f"{ratio}   CPU {cpu_ratio}"))
    # Per question: the build's extra time over the baseline, and the hook's own time.
    extra = [1000 * (h.wall - p.wall) / questions for h, p in pairs]
    extra_cpu = [1000 * (h.cpu - p.cpu) / questions for h, p in pairs]
    own = [1000 * h.hook_own() / questions for h in hooked]
    own_cpu = [1000 * h.hook_own(1) / questions for h in hooked]
    rows.append((f"   per question ({questions}): extra build time",
                 stats(extra, "ms") + f"   CPU {stats(extra_cpu, 'ms')}"))
    rows.append(("   per question: the hook's own time", stats(own, "ms") + f"   CPU {stats(own_cpu, 'ms')}"))


def event_rows(rows: list, label: str, builds: list[Build]) -> None:
    """The hook's own time per build, by event, in the order MkDocs runs them (medians over the runs)."""
    names = [name for name in EVENT_ORDER if any(name in b.events for b in builds)]
    names += sorted({name for b in builds for name in b.events} - set(names))
    rows.append((label, "wall ms      CPU ms    calls"))
    for name in names:
        wall = median(1000 * b.events.get(name, [0, 0, 0])[0] for b in builds)
        cpu = median(1000 * b.events.get(name, [0, 0, 0])[1] for b in builds)
        calls = int(median(b.events.get(name, [0, 0, 0])[2] for b in builds))
        rows.append((f"   {name}", f"{wall:8.1f}  {cpu:9.1f}  {calls:7d}"))
    total = median(1000 * b.hook_own() for b in builds)
    total_cpu = median(1000 * b.hook_own(1) for b in builds)
    rows.append(("   total (import and every event)", f"{total:8.1f}  {total_cpu:9.1f}"))


def function_rows(rows: list, builds: list[Build], top: int = 10) -> None:
    """Where the events' time goes: the package functions the hook calls, the most CPU first."""
    names = {name for b in builds for name in b.functions}
    totals = sorted(((median(1000 * b.functions.get(n, [0, 0, 0])[1] for b in builds), n) for n in names),
                    reverse=True)
    rows.append(("   where it goes (the functions the hook calls)", "wall ms      CPU ms    calls"))
    for cpu, name in totals[:top]:
        wall = median(1000 * b.functions.get(name, [0, 0, 0])[0] for b in builds)
        calls = int(median(b.functions.get(name, [0, 0, 0])[2] for b in builds))
        rows.append((f"     {name}", f"{wall:8.1f}  {cpu:9.1f}  {calls:7d}"))


def _mkdocs_time(hooked: Build, baseline: Build, pages, part: int, pass_: str | None = None) -> float:
    """MkDocs' own time on `pages` beyond the baseline's (part 0: wall, 1: CPU), in one pass or both."""
    return added_pages_time({k: v[part] for k, v in hooked.spans(pass_).items()},
                            {k: v[part] for k, v in hooked.in_page(pass_).items()},
                            {k: v[part] for k, v in baseline.spans(pass_).items()}, pages)


def _splits(pairs: list[tuple[Build, Build]]) -> tuple[dict[str, list[CostSplit]], dict[str, list[float]]]:
    """Each run's cost over the fair baseline in three parts, in wall and CPU time; and, part of the rest,
    MkDocs' extra time on the sections themselves (their glossary links and tooltips, their questions' HTML)."""
    splits, in_sections = {}, {}
    for part, unit in ((0, "wall"), (1, "CPU")):
        splits[unit] = [CostSplit(h.cpu if part else h.wall, p.cpu if part else p.wall, h.hook_own(part),
                                  _mkdocs_time(h, p, GENERATED_PAGES, part)) for h, p in pairs]
        in_sections[unit] = [_mkdocs_time(h, p, _sections(h), part) for h, p in pairs]
    return splits, in_sections


def _sections(build: Build) -> list[str]:
    return [page for page in build.spans() if page not in GENERATED_PAGES]


def split_row(rows: list, pairs: list[tuple[Build, Build]]) -> None:
    """The three parts on one line, in CPU time (medians)."""
    splits, in_sections = _splits(pairs)
    cpu = {field: median(getattr(s, field) for s in splits["CPU"])
           for field in ("extra", "hook_own", "added_pages", "rest")}
    rows.append(("   extra CPU s: a. hook + b. added pages + c. rest",
                 f"{cpu['extra']:.3f} = {cpu['hook_own']:.3f} + {cpu['added_pages']:.3f} + {cpu['rest']:.3f}"
                 f"  (c. holds {median(in_sections['CPU']):.3f} of MkDocs on the sections)"))


def growth_rows(rows: list, hooked: dict[int, list[Build]], top: int = 8) -> None:
    """What is not flat: the CPU time per question of the functions the hook calls most, at each size."""
    sizes = sorted(hooked)
    largest = hooked[sizes[-1]]
    names = sorted({n for b in largest for n in b.functions},
                   key=lambda n: -median(b.functions[n][1] for b in largest if n in b.functions))[:top]
    rows.append(("   the same functions, CPU µs per question", "  ".join(f"{size:>8}" for size in sizes)))
    for name in names:
        per = [median(1e6 * b.functions.get(name, [0, 0, 0])[1] / (size * QUESTIONS_PER_SECTION)
                      for b in hooked[size]) for size in sizes]
        rows.append((f"     {name}", "  ".join(f"{value:8.1f}" for value in per)))


def split_rows(rows: list, sections: int, pairs: list[tuple[Build, Build]]) -> None:
    """The cost over the fair baseline in three parts, and the hook's share of the build against its budget."""
    splits, in_sections = _splits(pairs)
    rows.append((f"4. cost at {sections} sections over the fair baseline", "wall s (share of build)   CPU s"))
    for label, field in (("   all of it", "extra"), ("   a. the hook's own work (import and events)", "hook_own"),
                         ("   b. MkDocs making the pages the hook fills", "added_pages"),
                         ("   c. the rest", "rest")):
        wall = median(getattr(s, field) for s in splits["wall"])
        share = median(getattr(s, field) / s.build for s in splits["wall"])
        cpu = median(getattr(s, field) for s in splits["CPU"])
        rows.append((label, f"{wall:7.3f}  ({share:6.1%})          {cpu:7.3f}"))
    wall, cpu = median(in_sections["wall"]), median(in_sections["CPU"])
    share = median(t / s.build for t, s in zip(in_sections["wall"], splits["wall"]))
    rows.append(("      of which MkDocs on the sections' longer pages",
                 f"{wall:7.3f}  ({share:6.1%})          {cpu:7.3f}"))
    for pass_, label in (("read", "Markdown to HTML (glossary links...)"), ("write", "the template (+ questions)")):
        walls = [_mkdocs_time(h, p, _sections(h), 0, pass_) for h, p in pairs]
        cpus = [_mkdocs_time(h, p, _sections(h), 1, pass_) for h, p in pairs]
        share = median(t / s.build for t, s in zip(walls, splits["wall"]))
        rows.append((f"        {label}", f"{median(walls):7.3f}  ({share:6.1%})          {median(cpus):7.3f}"))
    share = median(s.hook_share for s in splits["wall"])
    cpu_share = median(s.hook_share for s in splits["CPU"])
    where = "" if sections == BUDGET_SIZE else f" (the budget is set at {BUDGET_SIZE:,} sections)"
    rows.append((f"   hook's own work, share of the build: budget {HOOK_SHARE_BUDGET:.0%}",
                 f"wall {share:.1%} {verdict(share <= HOOK_SHARE_BUDGET)}, "
                 f"CPU {cpu_share:.1%} {verdict(cpu_share <= HOOK_SHARE_BUDGET)}{where}"))


def main() -> None:
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        site = temp / "site"
        real_nav = load_config()["nav"]

        timed_build(ROOT / "mkdocs.yml", site)  # warm-up: fills the bytecode cache, like any earlier build
        cold = [timed_build(ROOT / "mkdocs.yml", site) for _ in range(RUNS)]
        rows.append((f"1. cold build of this site ({RUNS} runs)",
                     stats([b.wall for b in cold]) + f"   CPU {stats([b.cpu for b in cold])}"))

        here = temp / "this-site"
        here.mkdir()
        pairs = paired_runs(write_config(here, ROOT / "docs", real_nav, True),
                            write_config(here, baseline_docs(ROOT / "docs", here / "baseline"), real_nav, False),
                            site, RUNS)
        build_rows(rows, f"2. this site ({RUNS} paired runs)", pairs, question_count(ROOT / "docs"))
        event_rows(rows, "   the hook's own time per build, by event", [h for h, _ in pairs])

        per_question: list[tuple[int, float, float, float, float, float, float]] = []
        hooked_by_size: dict[int, list[Build]] = {}
        largest = max(SCALE_SIZES)
        for sections in SCALE_SIZES:
            project = temp / f"scale-{sections}"
            docs, nav = generate_project(project, sections)
            questions = question_count(docs)
            runs = LARGEST_RUNS if sections == largest else SCALE_RUNS
            pairs = paired_runs(write_config(project, docs, nav, True),
                                write_config(project, baseline_docs(docs, project / "baseline"), nav, False),
                                project / "site", runs)
            build_rows(rows, f"3. {sections} sections, {questions} questions ({runs} paired runs)", pairs, questions)
            per_question.append((sections, median(per_question_ms(h.wall - p.wall, sections) for h, p in pairs),
                                 median(per_question_ms(h.cpu - p.cpu, sections) for h, p in pairs),
                                 median(per_question_ms(h.hook_own(), sections) for h, _ in pairs),
                                 median(per_question_ms(h.hook_own(1), sections) for h, _ in pairs),
                                 median(per_question_ms(h.hook_own(1) - h.zip_time(1), sections) for h, _ in pairs),
                                 median(1000 * h.zip_time(1) / (h.site_bytes / 1e6) for h, _ in pairs if h.site_bytes)))
            hooked_by_size[sections] = [h for h, _ in pairs]
            if sections != largest:
                split_row(rows, pairs)
            else:
                split_rows(rows, sections, pairs)
                event_rows(rows, f"   the hook's own time per build at {sections} sections, by event",
                           [h for h, _ in pairs])
                function_rows(rows, [h for h, _ in pairs])
                growth_rows(rows, hooked_by_size)
                shutil.rmtree(project / "site", ignore_errors=True)
        rows.append(("5. cost per question, by size (ms)",
                     "sections  extra wall  extra CPU  hook's own wall  hook's own CPU  less the zip CPU"
                     "  zip CPU ms per MB of site"))
        for sections, wall, cpu, own, own_cpu, own_less_zip, zip_per_mb in per_question:
            rows.append(("", f"{sections:8d}  {wall:10.2f}  {cpu:9.2f}  {own:15.2f}  {own_cpu:14.2f}  "
                             f"{own_less_zip:16.2f}  {zip_per_mb:25.1f}"))
        if len(per_question) > 1 and min(q[4] for q in per_question) > 0:
            first, last = per_question[0], per_question[-1]
            rows.append((f"   hook's own per question, {last[0]} / {first[0]} sections",
                         f"wall {last[3] / first[3]:.2f}x, CPU {last[4] / first[4]:.2f}x"))
            # Packing the zip follows the site's bytes, which grow as sections x menu entries (MkDocs writes
            # the whole menu on every page); the rest of the hook's work follows the questions.
            flat = last[5] / first[5]
            rows.append((f"   the same, less packing the zip, {last[0]} / {first[0]} sections",
                         f"CPU {flat:.2f}x  budget {FLAT_BUDGET:.2f}x: {verdict(flat <= FLAT_BUDGET)}"))

        # A copy of the real guide, served as `dev.py serve` serves it, a section saved again and again.
        served = temp / "served"
        shutil.copytree(ROOT / "docs", served / "docs")
        for code in load_config()["extra"]["guide"].get("translations") or []:  # serve rebuilds every language
            shutil.copytree(ROOT / f"docs-{code}", served / f"docs-{code}")
            shutil.copy(ROOT / f"mkdocs.{code}.yml", served / f"mkdocs.{code}.yml")
        section = next(name for name in served.joinpath("docs").glob("*.md") if name.name not in NOT_SECTIONS)
        saves = serve_latency(serve_config(served, served / "docs", real_nav), section, RUNS)
        latencies = [latency for latency, *_ in saves]
        rows.append((f"6. serve: saving a page to the rebuilt page ({RUNS} saves)",
                     stats(latencies) + f"  budget {SERVE_BUDGET:.1f}s: "
                     + verdict(statistics.median(latencies) <= SERVE_BUDGET)))
        rows.append(("   until the server notices the save (MkDocs polls every 0.5 s)",
                     stats([noticed for *_, noticed in saves])))
        rows.append(("   the rebuild, as the server logs it", stats([built for _, built, *_ in saves])))
        rows.append(("   the server's CPU time per save", stats([cpu for _, _, cpu, _ in saves])))

        timed_build(ROOT / "mkdocs.yml", site)
        pages = nav_pages(site)  # every page a reader can reach, as the built navigation lists them
        header = "   " + " ".join(f"{kind:>12}" for kind in (*KINDS, "total"))
        rows.append(("7. first visit, gzip bytes by kind", header.strip()))
        largest = 0
        for page in pages:
            sizes = first_visit_bytes(site, page)
            largest = max(largest, sizes["total"])
            rows.append((f"   {page}", " ".join(f"{sizes[kind]:>12,}" for kind in (*KINDS, "total"))))
        rows.append(("   largest first visit", f"{largest:,} bytes  budget {100 * 1024:,} (100 KB)"))
        for label, folder, budget in (("quiz's own JS + CSS", "quiz", "  budget 14,336 (14 KB)"),
                                      ("list's JS + CSS (every page)", "list", "")):
            size = sum((site / "assets" / folder / f"{folder}.{kind}").stat().st_size for kind in ("js", "css"))
            rows.append((f"   {label}, before compression", f"{size:,} bytes{budget}"))
        rows.append(("8. site on disk", f"{directory_size(site):,} bytes"))
        rows.append(("   offline zip", f"{(site / ZIP).stat().st_size:,} bytes"))

        # Every language against English alone, built alternately so drift on the machine hits both alike.
        english = english_only_config(here)
        languages = [(timed_build(ROOT / "mkdocs.yml", site), timed_build(english, temp / "english"))
                     for _ in range(RUNS)]
        every, alone = [b.cpu for b, _ in languages], [b.cpu for _, b in languages]
        ratio = median(every) / median(alone) if median(alone) else 0.0
        rows.append((f"9. every language against English alone ({RUNS} paired runs)",
                     f"all: CPU {stats(every)}, wall {stats([b.wall for b, _ in languages])}"))
        rows.append(("   English alone", f"CPU {stats(alone)}, wall {stats([b.wall for _, b in languages])}"))
        rows.append(("   every language / English alone",
                     f"CPU {ratio:.2f}x  budget {LANGUAGES_BUDGET:.1f}x: {verdict(ratio <= LANGUAGES_BUDGET)}"))
        for code in load_config()["extra"]["guide"].get("translations") or []:
            largest = max(first_visit_bytes(site, f"{code}/{page}")["total"] for page in pages)
            rows.append((f"   largest first visit in {code}/", f"{largest:,} bytes  budget {100 * 1024:,} (100 KB)"))

    width = max(len(label) for label, _ in rows)
    print(f"{'measure':<{width}}  result")
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
