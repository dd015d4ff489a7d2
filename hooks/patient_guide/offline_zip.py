"""A reproducible zip of the built site, for reading with no network."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping
from html import escape
from pathlib import Path

from .zip_writer import Entry, compressed, entries_side_by_side, stored, write_zip

# The zip's files sit in one folder, so unzipping never scatters them.
FOLDER = "soft-tissue-hip-reconstruction-guide"
# Sitemaps carry the build date, and a web server's 404 page has root-relative
# links: none of them means anything in a folder on a patient's computer.
LEFT_OUT = {"sitemap.xml", "sitemap.xml.gz", "404.html"}
# Fast compression: level 1 builds the zip in half the time of level 6 for about 15% more bytes.
ZIP_LEVEL = 1
COVER = "README.txt"
DEFAULT_EPOCH = 315532800  # 1980-01-01, the earliest time a zip can hold


def zip_timestamp(environ: dict[str, str] = os.environ) -> tuple[int, int, int, int, int, int]:
    """SOURCE_DATE_EPOCH if set, else a fixed date, so the same sources give the same bytes."""
    given = environ.get("SOURCE_DATE_EPOCH", "").strip()  # empty counts as unset, as statements.py reads it
    epoch = max(int(given) if given.isdigit() else DEFAULT_EPOCH, DEFAULT_EPOCH)
    return time.gmtime(epoch)[:6]


def files_to_zip(site_dir: Path, zip_path: Path) -> list[str]:
    """Every built file but the zip and its download folder, as paths inside the site, in a fixed order."""
    site_dir, zip_dir = site_dir.resolve(), zip_path.parent.resolve()
    skipped = zip_dir.relative_to(site_dir).as_posix() if site_dir in zip_dir.parents else None
    found = []
    for folder, subfolders, names in os.walk(site_dir):  # os.walk, not Path.rglob: several times faster
        inside = Path(folder).relative_to(site_dir).as_posix()
        prefix = "" if inside == "." else inside + "/"
        if skipped is not None and prefix.startswith(skipped + "/"):
            subfolders.clear()
            continue
        found += [prefix + name for name in names
                  if name not in LEFT_OUT and (Path(folder) / name).is_file()]  # not a broken link
    zip_path = zip_path.resolve()
    return sorted(name for name in found if site_dir / name != zip_path)


DOWNLOAD_OFFER = re.compile(r'<(p|li) class="guide-download">.*?</\1>', re.S)
OFFER_MARK = ' class="guide-download">'  # found first with str.find: every page is read, and most of it is menu


def for_offline_copy(html: str, note: str) -> str:
    """The zip can't hold itself: in its pages, the offer to download it becomes a note."""
    found = html.find(OFFER_MARK)
    if found == -1:
        return html
    start = html.rfind("<", 0, found)
    return html[:start] + DOWNLOAD_OFFER.sub(
        lambda m: f'<{m.group(1)} class="guide-download">{escape(note)}</{m.group(1)}>', html[start:])


def note_for(path: str, notes: Mapping[str, str]) -> str:
    """The offline note in the page's own language: a translation's pages are in its folder (pl/...)."""
    folder = path.partition("/")[0] if "/" in path else ""
    return notes.get(folder, notes[""])


def write_site_zip(site_dir: Path, zip_path: Path, notes: str | Mapping[str, str],
                   environ: dict[str, str] = os.environ, cover: str = "") -> None:
    """Write the zip with fixed times, modes and order; `cover`, if given, as its README.txt,
    which names the guide and its version before anything is opened. `notes`: the offline note, or
    one per language by its folder ("" for the guide's own language). (Compressing pages in a
    thread while MkDocs writes the others was tried: fighting MkDocs for Python's lock made the
    build slower, 2 s in 35 at 1,000 sections.)"""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    notes = {"": notes} if isinstance(notes, str) else notes

    def entry(path: str) -> Entry:
        data = (site_dir / path).read_bytes()
        if Path(path).suffix == ".html":
            data = for_offline_copy(data.decode("utf-8"), note_for(path, notes)).encode("utf-8")
        return compressed(f"{FOLDER}/{path}", data, ZIP_LEVEL)

    entries = entries_side_by_side(files_to_zip(site_dir, zip_path), entry)
    if cover:  # Notepad-friendly line ends
        entries = [stored(f"{FOLDER}/{COVER}", cover.replace("\n", "\r\n").encode("utf-8")), *entries]
    write_zip(zip_path, entries, zip_timestamp(environ))
