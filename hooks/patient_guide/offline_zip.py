"""A reproducible zip of the built site, for reading with no network."""

from __future__ import annotations

import os
import queue
import re
import threading
import time
from html import escape
from pathlib import Path

from .words import english_or_empty
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
        if skipped is not None and (prefix == skipped + "/" or prefix.startswith(skipped + "/")):
            subfolders.clear()
            continue
        found += [prefix + name for name in names if name not in LEFT_OUT]
    found = [name for name in found if (site_dir / name) != zip_path.resolve()]
    return sorted(found)


DOWNLOAD_OFFER = re.compile(r'<(p|li) class="guide-download">.*?</\1>', re.S)
OFFER_MARK = ' class="guide-download">'  # found first with str.find: every page is read, and most of it is menu
OFFLINE_NOTE = english_or_empty().get("offline_note", "")


def for_offline_copy(html: str, note: str = OFFLINE_NOTE) -> str:
    """The zip can't hold itself: in its pages, the offer to download it becomes a note."""
    found = html.find(OFFER_MARK)
    if found == -1:
        return html
    start = html.rfind("<", 0, found)
    return html[:start] + DOWNLOAD_OFFER.sub(
        lambda m: f'<{m.group(1)} class="guide-download">{escape(note)}</{m.group(1)}>', html[start:])


def write_site_zip(site_dir: Path, zip_path: Path, note: str = OFFLINE_NOTE,
                   environ: dict[str, str] = os.environ, cover: str = "") -> None:
    """Write the zip with fixed times, modes and order; `cover`, if given, as its README.txt,
    which names the guide and its version before anything is opened."""
    SiteZip(site_dir, zip_path, note, environ, cover).finish()


class SiteZip:
    """The zip of a site that is being written: each page is compressed beside the build as soon as
    it is finished (zlib lets go of Python while it works), and the theme's files, already copied
    by then, with the first; little is left to do at the end. What goes in is always the site as
    it is on disk at the end: a file changed after it was compressed is compressed again."""

    def __init__(self, site_dir: Path, zip_path: Path, note: str = OFFLINE_NOTE,
                 environ: dict[str, str] = os.environ, cover: str = ""):
        self.site_dir, self.zip_path, self.note, self.environ, self.cover = site_dir, zip_path, note, environ, cover
        self._early: dict[str, tuple[bytes, Entry]] = {}  # path in the site -> (its bytes, its entry)
        self._pages: queue.SimpleQueue = queue.SimpleQueue()
        self._worker: threading.Thread | None = None

    def page_finished(self, path: str, html: str) -> None:
        """A page as it will be written (`path` inside the site, with / between folders)."""
        if self._worker is None:
            self._worker = threading.Thread(target=self._compress_early, daemon=True)  # never holds up an exit
            self._worker.start()
        self._pages.put((path, html))

    def stop(self) -> None:
        """The build has failed: let the compressing thread end."""
        if self._worker is not None:
            self._pages.put(None)
            self._worker.join()
            self._worker = None

    def finish(self) -> None:
        """Write the zip of every file now in the site."""
        self.stop()
        self.zip_path.parent.mkdir(parents=True, exist_ok=True)
        entries = entries_side_by_side(files_to_zip(self.site_dir, self.zip_path), self._entry)
        if self.cover:  # Notepad-friendly line ends
            entries = [stored(f"{FOLDER}/{COVER}", self.cover.replace("\n", "\r\n").encode("utf-8")), *entries]
        write_zip(self.zip_path, entries, zip_timestamp(self.environ))

    def _compress_early(self) -> None:
        """Each page handed over, and between them, the files the site holds already (but its pages)."""
        waiting = [path for path in files_to_zip(self.site_dir, self.zip_path) if not path.endswith(".html")]
        while True:
            while waiting and self._pages.empty():
                path = waiting.pop()
                try:
                    data = (self.site_dir / path).read_bytes()
                except OSError:  # gone or being replaced: the end reads it again, as it is then
                    continue
                self._early[path] = (data, compressed(f"{FOLDER}/{path}", data, ZIP_LEVEL))
            if (page := self._pages.get()) is None:
                return
            path, html = page
            # As MkDocs writes a page (xmlcharrefreplace), to compare with the file at the end.
            written = html.encode("utf-8", errors="xmlcharrefreplace")
            self._early[path] = (written, self._compressed(path, for_offline_copy(html, self.note)))

    def _entry(self, path: str) -> Entry:
        data = (self.site_dir / path).read_bytes()
        early = self._early.get(path)
        if early and early[0] == data:
            return early[1]
        if path.endswith(".html"):
            return self._compressed(path, for_offline_copy(data.decode("utf-8"), self.note))
        return compressed(f"{FOLDER}/{path}", data, ZIP_LEVEL)

    def _compressed(self, path: str, html: str) -> Entry:
        return compressed(f"{FOLDER}/{path}", html.encode("utf-8", errors="xmlcharrefreplace"), ZIP_LEVEL)
