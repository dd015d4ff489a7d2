"""Reading a clinician's file: it must be UTF-8, and saying so beats a traceback.

Whatever editor saved it, the text is read as MkDocs reads it: a byte order mark
(Notepad's "UTF-8 with BOM") is ignored, and Windows (CRLF) or old Mac (CR) line
endings count as plain line breaks.
"""

from __future__ import annotations

import re
from typing import NamedTuple

BOM = "\ufeff"
LINE_BREAK = re.compile(r"\r\n?|\n")
class SourceError(Exception):
    """A file the build cannot read as text, worded for the person who saved it."""


class Layout(NamedTuple):
    """How a file was saved, so a tool that rewrites it can keep its line endings and BOM."""

    newline: str = "\n"
    bom: bool = False


def normal_text(text: str) -> str:
    """Text as MkDocs reads it: no byte order mark at the start, every line break a plain \\n."""
    return LINE_BREAK.sub("\n", text.removeprefix(BOM))


def decode_source(data: bytes, file: str) -> str:
    """The file's text; a file saved in another encoding (Notepad's "ANSI") is named with its line."""
    try:
        return normal_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        line = len(LINE_BREAK.findall(data[:error.start].decode("utf-8", "replace"))) + 1
        raise SourceError(
            f"{file}, line {line}: this file is not saved as UTF-8, so some characters (such as curly quotes, "
            "dashes or accented letters) cannot be read. How to fix: open the file in your editor and save it "
            "again with the encoding set to UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).") from None


def layout_of(data: bytes) -> Layout:
    """The file's own line ending (its first one) and whether it starts with a byte order mark."""
    found = re.search(rb"\r\n?|\n", data)
    return Layout(found.group(0).decode("ascii") if found else "\n", data.startswith(BOM.encode("utf-8")))


def encode_like(text: str, layout: Layout) -> bytes:
    """Text with \\n line breaks, saved back the way the file was saved."""
    return ((BOM if layout.bom else "") + text.replace("\n", layout.newline)).encode("utf-8")
