"""The plain-text rule: what a patient reads outside the page's own text is shown as typed.

Quiz questions, options, feedback and explanations, a page's title, description
and key points, and glossary terms and definitions are shown exactly as typed
(escaped), or in places the page would read them as code. Markdown or HTML there
would reach patients as stray symbols (`**`, `[...](...)`, `<b>`, `&copy`), and
characters nobody can see would change what they read, so the build refuses
them and says what to remove.
"""

from __future__ import annotations

import re
from html.entities import html5

from .source_text import unseen_problem

# Named character references a browser reads even without the closing ";" (&copy, &amp, &lt).
LEGACY_ENTITIES = tuple(sorted((name for name in html5 if not name.endswith(";")), key=len, reverse=True))
CHARACTER_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")

# What Markdown or HTML looks like, with the words a clinician knows it by.
MARKUP = [
    (re.compile(r"</?[A-Za-z][^>]*>|<!--"), "an HTML tag", "remove the <...> tag"),
    (re.compile(r"!?\[[^\]]*\]\([^)]*\)|\[[^\]]+\]\[[^\]]*\]|<https?:[^>]*>"), "a link",
     "keep the words and remove the link's [ ] and ( ), and the address"),
    (re.compile(r"`"), "a backtick (`), Markdown's code marks", "remove the ` marks"),
    (re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)[^*]*(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)[^_]*(?<=\S)_(?![\w_])"),
     "Markdown's bold or italic marks (* or _)", "remove the * or _ marks: they would be shown as typed"),
    (re.compile(r"~~"), "Markdown's crossing-out marks (~~)", "remove the ~~ marks, and any words that should go"),
    (re.compile(r"[{}]"), "curly brackets ({ or }), which Markdown uses to set hidden settings",
     "remove the curly brackets and what is between them"),
    (re.compile(r"\A\s*#+(\s|\Z)"), "a # at the start, Markdown's heading mark", "remove the # at the start"),
    (re.compile(r"\\[!-/:-@\[-`{-~]"), "a backslash (\\) before a sign, Markdown's way of keeping a sign as typed",
     "remove the backslash: the sign is shown as typed without it"),
]

# A sign without which none of MARKUP, and no character reference, can be there.
MARKUP_SIGN = re.compile(r"[<\[`*_~{}#\\&]")


def character_reference(text: str) -> str | None:
    """An HTML character reference a browser would turn into a symbol (&copy, &#39;), or None;
    an & that is just an & ("Hips & knees", "R&D") passes."""
    for match in CHARACTER_REFERENCE.finditer(text):
        body = match.group(1)
        if body.startswith("#") or (body.endswith(";") and body in html5) or body.startswith(LEGACY_ENTITIES):
            return match.group(0)
    return None


def markup_in(text: str) -> tuple[str, str] | None:
    """The first Markdown or HTML in a piece of text, as (what it is, how to fix), or None."""
    if not MARKUP_SIGN.search(text):  # one search, not one per kind: most texts have none of the signs
        return None
    for pattern, what, fix in MARKUP:
        if pattern.search(text):
            return what, fix
    if reference := character_reference(text):
        return (f"an HTML character code ({reference}), which some pages would show as a symbol and others as typed",
                "write the character itself (such as ©) or the words instead")
    return None


def text_problem(text: str, name: str, rule: str) -> tuple[str, str] | None:
    """Why some text cannot be shown as typed, as (problem, fix) sentences, or None. `name` says
    which text ("option "Yes"", "title"); `rule` is the sentence that says where plain text is the rule."""
    if found := unseen_problem(text):
        what, fix = found
        return f"The {name} has {what}.", f"{fix[:1].upper()}{fix[1:]}."
    if found := markup_in(text):
        what, fix = found
        return f"The {name} has {what}. {rule}", f"Write it as plain text: {fix}."
    return None


def lower_first(sentence: str) -> str:
    """A sentence to follow "file, line N: " in the messages that continue in lower case."""
    return sentence[:1].lower() + sentence[1:]
