"""Reading a clinician's file: it must be UTF-8, and saying so beats a traceback.

Whatever editor saved it, the text is read as MkDocs reads it: a byte order mark
(Notepad's "UTF-8 with BOM") is ignored, and Windows (CRLF) or old Mac (CR) line
endings count as plain line breaks. Characters nobody can see are named here too.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .errors import GuideError

BOM = "\ufeff"
LINE_BREAK = re.compile(r"\r\n?|\n")
# Characters a patient cannot see but that change what they read.
ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
BIDI_CONTROLS = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
CONTROL_NAMES = {0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
                 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE"}
SOFT_HYPHEN = "\u00ad"  # invisible but harmless: a place a long word may break
# Every control, format (Cf) and line or paragraph separator character: a fast first look,
# which unseen_kind then judges (tabs, line breaks and soft hyphens pass).
MAYBE_UNSEEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


class SourceError(GuideError):
    """A file the build cannot read as text, worded for the person who saved it."""


class Layout(NamedTuple):
    """How a file was saved, so a tool that rewrites it can keep its line endings and BOM."""

    newline: str = "\n"
    bom: bool = False


def normal_text(text: str) -> str:
    """Text as MkDocs reads it: no byte order mark at the start, every line break a plain \\n."""
    text = text.removeprefix(BOM)
    return LINE_BREAK.sub("\n", text) if "\r" in text else text  # most files: nothing to change


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


def unseen_kind(char: str) -> str | None:
    """Whether a character is one a reader cannot see: "control", "direction" or "invisible"; else None."""
    code = ord(char)
    if char in "\t\n":
        return None
    if code in BIDI_CONTROLS:
        return "direction"
    if code in ZERO_WIDTH:
        return "invisible"
    category = unicodedata.category(char)
    if category == "Cc" or category in ("Zl", "Zp"):
        return "control"
    if category == "Cf" and char != SOFT_HYPHEN:
        return "invisible"
    return None


def char_name(char: str) -> str:
    """A character as a message names it: ZERO WIDTH SPACE (U+200B)."""
    name = unicodedata.name(char, "") or CONTROL_NAMES.get(ord(char), "CONTROL CHARACTER")
    return f"{name} (U+{ord(char):04X})"


def visible(text: str) -> str:
    """Text to quote in a message: each character nobody could see is named in its place."""
    return MAYBE_UNSEEN.sub(lambda m: f"[{char_name(m.group(0))}]" if unseen_kind(m.group(0)) else m.group(0), text)


UNSEEN_WORDS = {
    "invisible": ("an invisible character, {name}", "it often comes with copied text"),
    "direction": ("a character that changes the direction of the text, {name}",
                  "it can make the words show in a different order from the one typed"),
    "control": ("a control character, {name}", "it cannot be seen or printed"),
}
RETYPE = "if your editor does not show it, retype the words around it"


def unseen_problem(text: str) -> tuple[str, str] | None:
    """The first unseen character in some text, as (what it is and where, how to fix), or None."""
    for found in MAYBE_UNSEEN.finditer(text):
        if kind := unseen_kind(char := found.group(0)):
            what, why = UNSEEN_WORDS[kind]
            before = " ".join(text[:found.start()].split("\n")[-1].split()[-3:])
            where = f', just after "{visible(before)}"' if before else ""
            return what.format(name=char_name(char)) + where, f"delete it: {why}; {RETYPE}"
    return None


def unseen_characters(text: str, file: str) -> list[str]:
    """Each line of a file holding a character nobody can see, with its name and the fix."""
    problems = []
    if not MAYBE_UNSEEN.search(text):
        return problems  # nearly every file: one fast look
    for number, line in enumerate(text.split("\n"), start=1):
        if found := unseen_problem(line):
            what, fix = found
            problems.append(f"{file}, line {number}: there is {what}. How to fix: {fix}.")
    return problems
