"""HTML in a page that could run code or load something: refused, with its line.

The pages' security policy would block it anyway, but silently: a patient would
see a page that does not work as its author meant, and the build would publish it.
Markdown passes raw HTML through, so a clinician can paste it in without knowing.
"""

from __future__ import annotations

import re

FENCE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(`+).*?\1")
# Elements that run code, frame or embed another page, post a form, or restyle the page.
ACTIVE_TAG = re.compile(r"<\s*(script|iframe|frame|object|embed|applet|form|base|meta|link|style|svg|math)\b", re.I)
# onclick=, onerror=, ... in a tag, or in an attribute list ({: onclick=...}); and style=, which the policy blocks.
HANDLER = re.compile(r"(?:<[a-z][^>]*|\{[^}]*)\s(on[a-z]+|style)\s*=", re.I)
# A link or source whose address runs code: javascript:, vbscript:, or a data: address other than an image.
CODE_ADDRESS = re.compile(
    r"(?:\]\(\s*<?|\]:\s*<?|<|(?:href|src|action|formaction|srcdoc)\s*=\s*[\"']?)\s*"
    r"(javascript|vbscript|data(?!:image/(?:png|gif|jpe?g|webp)[;,])):", re.I)
HOW_TO_FIX = "How to fix: remove it; a page of the guide holds text, links, pictures and boxes only."


def unsafe_html_problems(source: str, file: str) -> list[str]:
    """Every line of a page's Markdown with HTML that could run code, outside code examples."""
    lowered = source.lower()
    if "<" not in source and "{" not in source and "script:" not in lowered and "data:" not in lowered:
        return []  # no tag, no attribute list, no address that could run code: nothing to read line by line
    problems, fence = [], ""
    for number, line in enumerate(source.split("\n"), start=1):
        opened = FENCE.match(line)
        if opened and (not fence or opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence)):
            fence = "" if fence else opened.group(1)
            continue
        if fence:
            continue  # a code example shows its text, it never runs
        problem = _line_problem(INLINE_CODE.sub("", line))
        if problem:
            problems.append(f"{file}, line {number}: {problem} {HOW_TO_FIX}")
    return problems


def _line_problem(line: str) -> str | None:
    if tag := ACTIVE_TAG.search(line):
        return f"the page has a <{tag.group(1).lower()}> element, which the guide's pages never run or show."
    if handler := HANDLER.search(line):
        name = handler.group(1).lower()
        what = "a style attribute, which the guide's security policy blocks" if name == "style" else \
            f"an {name}= attribute, which would run code"
        return f"the page has {what}."
    if address := CODE_ADDRESS.search(line):
        return f"the page has a link or picture address starting {address.group(1).lower()}:, which would run code."
    return None
