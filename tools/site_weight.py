"""What a page costs a patient on a weak connection: the bytes a first visit
downloads, gzip-compressed as GitHub Pages serves them, by kind.

Read from the built files: the page, the stylesheets, scripts and icon it links,
the fonts its stylesheets name (the Urdu pages' own font), and the search index
that Material fetches as the page opens (its search worker waits for the search
box to be used: lazy-search.js).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

KINDS = ("html", "css", "js", "search index", "font", "other")
COMPRESSED_SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}
FONT_URL = re.compile(r"""url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)""")


def gzip_size(path: Path) -> int:
    """Bytes on the wire: text is gzipped (level 6, as web servers do), images are sent as they are."""
    data = path.read_bytes()
    return len(gzip.compress(data, compresslevel=6, mtime=0)) if path.suffix in COMPRESSED_SUFFIXES else len(data)


def first_visit_files(site_dir: Path, page: str) -> dict[Path, str]:
    """Each file a first visit to `page` fetches, with its kind."""
    page_path = site_dir / page
    soup = BeautifulSoup(page_path.read_text("utf-8"), "html.parser")
    files = {page_path: "html"}

    def add(url: str, kind: str) -> None:
        add_from(page_path, url, kind)

    def add_from(file: Path, url: str, kind: str) -> None:
        """A font a stylesheet names is counted as fetched: on a page in its script the browser does
        (an installed copy, local(), may spare it, but a first visit cannot count on one)."""
        parts = urlsplit(url)
        if not parts.scheme and parts.path:
            files[(file.parent / parts.path).resolve()] = kind

    for link in soup.select("link[rel~=stylesheet][href]"):
        add(link["href"], "css")
    for stylesheet in [path for path, kind in files.items() if kind == "css" and path.is_file()]:
        for url in FONT_URL.findall(stylesheet.read_text("utf-8")):
            add_from(stylesheet, url, "font")
    for link in soup.select("link[rel~=icon][href]"):
        add(link["href"], "other")
    for script in soup.select("script[src]"):
        add(script["src"], "js")
    config = soup.find("script", id="__config")
    if config:
        settings = json.loads(config.string)
        base = settings.get("base", ".")
        if settings.get("search"):
            # The index is fetched as the page opens; the search worker only once the patient uses search
            # (lazy-search.js, loaded as a polyfill; tests/browser/test_search.py watches for it).
            if not soup.select('script[src$="javascripts/lazy-search.js"]'):
                add(settings["search"], "js")
            add(f"{base}/search/search_index.json", "search index")
    return files


def first_visit_bytes(site_dir: Path, page: str) -> dict[str, int]:
    """Compressed bytes by kind, plus the total."""
    totals = dict.fromkeys(KINDS, 0)
    for path, kind in first_visit_files(site_dir, page).items():
        totals[kind] += gzip_size(path)
    totals["total"] = sum(totals[kind] for kind in KINDS)
    return totals


def directory_size(path: Path) -> int:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file())
