"""Paths, flags, the build runner and the site's page list, shared by every test module."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))  # site_nav: the page list, read from the built navigation

import site_config  # noqa: E402
import site_nav  # noqa: E402


class SiteUnavailable(Exception):
    """The site to test could not be had; the message says why and what to do."""


IN_CI = os.environ.get("CI", "").lower() == "true"
# Test an already-built site (CI: the very directory it deploys) instead of building one.
SITE_DIR_VARIABLE = "GUIDE_SITE_DIR"
# "Today" for throwaway test projects (GUIDE_TODAY), so their review dates never fall due;
# the real site is built on the real date, so an overdue page fails CI as it should.
PROJECT_TODAY = "2026-11-25"


def build_site(config_file: Path, site_dir: Path, extra_env: dict[str, str] | None = None):
    """Run the real build; the caller decides whether failure is expected."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    if config_file.resolve() != ROOT / "mkdocs.yml":
        env.setdefault("GUIDE_TODAY", PROJECT_TODAY)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file), "-d", str(site_dir)],
        capture_output=True, text=True, env=env, cwd=config_file.parent)


def built_or_fail(config_file: Path, site_dir: Path) -> Path:
    result = build_site(config_file, site_dir)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stderr}"
    return site_dir


@functools.cache
def the_site() -> Path:
    """The site every test checks: GUIDE_SITE_DIR if set, else built once with --strict.

    Cached so collection (which needs the page list) and the fixtures share one build."""
    given = os.environ.get(SITE_DIR_VARIABLE)
    if given:
        site = Path(given).resolve()
        if not (site / "index.html").is_file():
            raise SiteUnavailable(f"{SITE_DIR_VARIABLE}={given}: no index.html there. How to fix: build the site "
                             f"into that folder first (python3 dev.py build --site-dir {given}), or unset "
                             f"{SITE_DIR_VARIABLE} to let the tests build it.")
        return site
    temp = Path(tempfile.mkdtemp(prefix="guide-site-"))
    atexit.register(shutil.rmtree, temp, ignore_errors=True)
    result = build_site(ROOT / "mkdocs.yml", temp / "site")
    if result.returncode:
        raise SiteUnavailable(f"mkdocs build --strict failed, so no test can run:\n{result.stderr}")
    return temp / "site"


@functools.cache
def nav_pages() -> tuple[str, ...]:
    """Every page in the built navigation, in reading order (e.g. "risks.html")."""
    return tuple(site_nav.nav_pages(the_site()))


def translations() -> tuple[str, ...]:
    """The guide's translations (extra.guide.translations), each built into its folder of the site."""
    return tuple(site_config.load_config()["extra"]["guide"].get("translations") or ())


@functools.cache
def translated_pages() -> tuple[str, ...]:
    """Every page of every translation, from its own built navigation (e.g. "ur/risks.html")."""
    site = the_site()
    return tuple(f"{code}/{page}" for code in translations() for page in site_nav.nav_pages(site / code))


def page_language(name: str) -> str:
    """The language of a built page, by its folder: "pl/risks.html" is Polish, the root's the guide's own."""
    folder = name.split("/", 1)[0] if "/" in name else ""
    return folder if folder in translations() else site_config.load_config()["theme"].get("language", "en")


@functools.cache
def language_config(code: str) -> dict:
    """A language's configuration as MkDocs reads it (a translation's merged over mkdocs.yml)."""
    english = site_config.load_config()
    return site_config.load_config(ROOT / f"mkdocs.{code}.yml") if code in translations() else english


@functools.cache
def language_words(code: str):
    """The words a language's pages show (hooks/patient_guide/words/<code>.yml)."""
    sys.path.insert(0, str(ROOT / "hooks"))
    from patient_guide.words import load_words
    return load_words(code)


def page_words(name: str):
    return language_words(page_language(name))


def in_folder(name: str, page: str) -> str:
    """`page` in the language folder of the built page `name`: ("pl/risks.html", "quiz.html") gives "pl/quiz.html"."""
    return name.rpartition("/")[0] + "/" + page if "/" in name else page


def every_language_pages() -> tuple[str, ...]:
    """Every page in every language: English's, then each translation's."""
    return nav_pages() + translated_pages()


def section_pages() -> list[str]:
    """The written sections as Markdown names (e.g. "risks.md"): the navigation minus the home
    page and the generated pages."""
    return [md_name(page) for page in site_nav.section_pages(the_site())]


def html_name(md: str) -> str:
    """Where a docs page lands in the built site."""
    return md.removesuffix(".md") + ".html"


def md_name(html: str) -> str:
    """The docs page a built page comes from."""
    return html.removesuffix(".html") + ".md"



def record_as_written(pages: dict[str, str], glossary_dates: tuple) -> dict:
    """A sign-off record for generated guides (tests, the benchmark): each page as signed off on the
    dates its front matter carries, the glossary on `glossary_dates`. Never for the real guide."""
    sys.path.insert(0, str(ROOT / "hooks"))
    from patient_guide.review import fingerprint, split_front_matter

    ledger = {}
    for name, text in pages.items():
        meta = split_front_matter(text)[0]
        last, next_ = glossary_dates if name.endswith(".yml") else (meta.get("last_reviewed"), meta.get("next_review"))
        if last:
            ledger[name] = {"reviewed_on": last, "next_review": next_, "fingerprint": fingerprint(name, text)}
    return ledger


def sign_off_as_written(docs_dir: Path) -> None:
    """A test project's pages and glossary, as they stand in `docs_dir`, signed off on the dates
    they carry (the glossary on 2026-11-24), so only what a test breaks fails."""
    import datetime

    sys.path.insert(0, str(ROOT / "hooks"))
    from patient_guide.review import LEDGER
    from patient_guide.signing import write_ledger
    pages = {path.relative_to(docs_dir).as_posix(): path.read_text("utf-8") for path in sorted(docs_dir.rglob("*"))
             if path.suffix == ".md" or path.name == "glossary.yml"}
    words = ROOT / "hooks" / "patient_guide" / "words" / "en.yml"  # what every page shows around its text
    pages["words/en.yml"] = words.read_text("utf-8")
    dates = (datetime.date(2026, 11, 24), datetime.date(2027, 11, 24))
    write_ledger(docs_dir / LEDGER, record_as_written(pages, dates))


class LiveServer:
    """`mkdocs serve` on a free port (what `dev.py serve` runs), its log read line by line.

    Use as a context manager; `wait_for(text)` reads the log up to a line holding `text`.
    """

    def __init__(self, config_file: Path, livereload: bool = True, extra_env: dict[str, str] | None = None):
        import queue
        import socket
        import threading

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDE_TODAY": PROJECT_TODAY, **(extra_env or {})}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload" if livereload else "--no-livereload",
             "-f", str(config_file), "-a", f"127.0.0.1:{self.port}"], stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL, text=True, cwd=config_file.parent, env=env, start_new_session=True)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(line) for line in self.process.stderr], daemon=True).start()
        self.seen: list[str] = []

    def __enter__(self) -> LiveServer:
        return self

    def __exit__(self, *_) -> None:
        import signal

        if os.name == "nt":  # no process groups there: stop the server itself
            self.process.terminate()
        else:  # the server and anything it started
            os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)

    def wait_for(self, text: str, timeout: float = 60) -> None:
        import queue

        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no {text!r} from mkdocs serve:\n" + "".join(self.seen)) from None
            self.seen.append(line)
            if text in line:
                return

    def get(self, path: str, timeout: float = 60) -> str:
        """A page as the preview serves it (an error page's text too)."""
        from urllib.error import HTTPError
        from urllib.request import urlopen

        try:
            with urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=timeout) as response:
                return response.read().decode("utf-8")
        except HTTPError as error:
            return error.read().decode("utf-8")

    @property
    def log(self) -> str:
        return "".join(self.seen)
