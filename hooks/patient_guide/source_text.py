"""Reading a clinician's file: it must be UTF-8, and saying so beats a traceback."""

from __future__ import annotations


class SourceError(Exception):
    """A file the build cannot read as text, worded for the person who saved it."""


def decode_source(data: bytes, file: str) -> str:
    """The file's text; a file saved in another encoding (Notepad's "ANSI") is named with its line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise SourceError(
            f"{file}, line {line}: this file is not saved as UTF-8, so some characters (such as curly quotes, "
            "dashes or accented letters) cannot be read. How to fix: open the file in your editor and save it "
            "again with the encoding set to UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).") from None
