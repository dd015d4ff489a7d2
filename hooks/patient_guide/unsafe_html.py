"""HTML in a page that could run code or load something: refused, with its line.

The pages' security policy would block it anyway, but silently: a patient would
see a page that does not work as its author meant, and the build would publish it.
Markdown passes raw HTML through, so a clinician can paste it in without knowing.
Tags are read whole, quote-aware and across lines, as a browser reads them;
addresses as a browser does, character codes decoded and spaces dropped.
"""

from __future__ import annotations

import re
from html import unescape

from .markdown_blocks import CODE, TEXT, Blocks, read_blocks
from .theme_html import ATTRIBUTE

INLINE_CODE = re.compile(r"(`+)[^\n]*?\1")
# A start tag, its attributes matched quote-aware so a ">" inside a value can't end it.
TAG = re.compile(r"""<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
# Markdown's attribute lists ({: onclick=... } after a paragraph, a heading or a word in *stars*), read
# as attr_list reads them: from a { to the last } on its line, then word by word with its own scanner,
# which stops at the first text it cannot read. Every { is tried, as where each applies depends on the page.
ATTRIBUTE_LIST = re.compile(r"\{:?[ ]*([^}\n ][^\n]*)\}")
MARKDOWN_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()>#+\-.!]")  # Python-Markdown's escapes
ATTRIBUTE_LIST_WORD = re.compile(r"""([^ =}]+)=(?:"(.*?)"|'(.*?)'|([^ =}]+))|([^ =}]+)| """)
# Where Markdown writes an address: [text](address), [label]: address, <address>.
MARKDOWN_ADDRESS = re.compile(r"\]\(\s*<?([^)\s>]+)|^[ \t]*\[[^\]\n]+\]:[ \t]*<?(\S+)|<([a-zA-Z][\w+.-]*:[^>\s]*)>",
                              re.M)
# Elements that run code, frame or embed another page, post a form, or restyle the page.
ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "applet", "form", "base", "meta", "link", "style",
               "svg", "math"}
ADDRESS_ATTRIBUTES = {"href", "src", "action", "formaction", "srcdoc", "data", "xlink:href"}
PICTURE = re.compile(r"data:image/(?:png|gif|jpe?g|webp)[;,]")
HOW_TO_FIX = "How to fix: remove it; a page of the guide holds text, links, pictures and boxes only."


def unsafe_html_problems(source: str, file: str, blocks: Blocks | None = None) -> list[str]:
    """Every place in a page's Markdown with HTML that could run code, outside code examples.
    `blocks`: how Markdown reads the page, if it has been read already."""
    lowered = source.lower()
    if not any(mark in source for mark in "<{&") and "script:" not in lowered and "data:" not in lowered:
        return []  # no tag, attribute list, character code or code address: nothing to read closely
    text = without_code(source, blocks.kinds if blocks else None)
    found = sorted(_problems(text))
    return [f"{file}, line {text.count(chr(10), 0, at) + 1}: {problem} {HOW_TO_FIX}"
            for at, problem in dict((at, problem) for at, problem in found).items()]


def _problems(text: str):
    """(offset, problem) for each tag, attribute or address that could run code."""
    for tag in TAG.finditer(text):
        if tag.group(1).lower() in ACTIVE_TAGS:
            yield tag.start(), (f"the page has a <{tag.group(1).lower()}> element, which the guide's pages never "
                                "run or show.")
        yield from _attribute_problems(tag.group(2), tag.start(2))
    # A character after a backslash is Markdown's to keep as it is: to attr_list it is no } or quote.
    unescaped = MARKDOWN_ESCAPE.sub("__", text) if "\\" in text else text
    brace = unescaped.find("{")
    while brace != -1:
        if attributes := ATTRIBUTE_LIST.match(unescaped, brace):
            yield from _attribute_list_problems(attributes.group(1), attributes.start(1))
        brace = unescaped.find("{", brace + 1)
    for address in MARKDOWN_ADDRESS.finditer(text):
        index = next(i for i in (1, 2, 3) if address.group(i) is not None)
        if scheme := _code_scheme(address.group(index)):
            yield address.start(index), _address_problem(scheme)


def _attribute_problems(attributes: str, offset: int):
    """A tag's attributes, read as a browser reads them."""
    for attribute in ATTRIBUTE.finditer(attributes):
        value = next((v for v in attribute.groups()[1:] if v is not None), "")
        yield from _attribute_problem(attribute.group(1), value, offset + attribute.start())


def _attribute_list_problems(attributes: str, offset: int):
    """An attribute list's attributes, read as attr_list reads them (up to the first text it cannot)."""
    at = 0
    while at < len(attributes) and (word := ATTRIBUTE_LIST_WORD.match(attributes, at)):
        if word.group(1):
            value = next((v for v in word.groups()[1:4] if v is not None), "")
            yield from _attribute_problem(word.group(1), value, offset + at)
        elif word.group(5):  # a word alone: .class, #id, or an attribute with no value
            yield from _attribute_problem(word.group(5), "", offset + at)
        at = word.end()


def _attribute_problem(name: str, value: str, at: int):
    name = name.lower()
    if name.startswith("on") and len(name) > 2:
        yield at, f"the page has an {name}= attribute, which would run code."
    elif name == "style":
        yield at, "the page has a style attribute, which the guide's security policy blocks."
    elif name in ADDRESS_ATTRIBUTES and (scheme := _code_scheme(value)):
        yield at, _address_problem(scheme)


def _code_scheme(address: str) -> str | None:
    """javascript:, vbscript: or a data: address other than a picture, read as a browser reads
    it: character codes decoded, spaces and control characters dropped, in any capitals."""
    address = re.sub(r"[\x00-\x20]", "", unescape(address)).lower()
    for scheme in ("javascript", "vbscript", "data"):
        if address.startswith(scheme + ":") and not (scheme == "data" and PICTURE.match(address)):
            return scheme
    return None


def _address_problem(scheme: str) -> str:
    return f"the page has a link or picture address starting {scheme}:, which would run code."


def without_code(source: str, kinds: tuple[str, ...] | list[str] | None = None) -> str:
    """The page with its code examples (code blocks, and `inline code` in Markdown text) blanked out
    with spaces, so every line and every character keeps its place: a code example shows its text, it
    never runs. Backticks in raw HTML are no code: what stands between them is checked too."""
    lines = source.split("\n")
    kinds = kinds or read_blocks(lines).kinds  # how Markdown reads each line, if not read already
    for number, line in enumerate(lines):
        if kinds[number] == CODE:
            lines[number] = " " * len(line)
        elif kinds[number] == TEXT and "`" in line:
            lines[number] = INLINE_CODE.sub(lambda code: " " * len(code.group(0)), line)
    return "\n".join(lines)
