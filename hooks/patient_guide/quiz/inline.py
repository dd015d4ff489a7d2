"""The rule for formatting inside a question: plain text only.

The quiz shows a question, its options, feedback and explanation exactly as
typed, escaped. Markdown or HTML there would reach patients as stray symbols
(`**`, `[...](...)`, `<b>`), so the build refuses it and says what to remove.
"""

from __future__ import annotations

import re

# What Markdown or HTML looks like, with the words a clinician knows it by.
MARKUP = [
    (re.compile(r"</?[A-Za-z][^>]*>|<!--"), "an HTML tag", "remove the <...> tag"),
    (re.compile(r"!?\[[^\]]*\]\([^)]*\)|\[[^\]]+\]\[[^\]]*\]|<https?:[^>]*>"), "a link",
     "write the words without the link: the quiz's \"Read about this\" link already leads to the page"),
    (re.compile(r"`"), "a backtick (`), Markdown's code marks", "remove the ` marks"),
    (re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)[^*]*(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)[^_]*(?<=\S)_(?![\w_])"),
     "Markdown's bold or italic marks (* or _)", "remove the * or _ marks: the quiz shows them as typed"),
]


def markup_in(text: str) -> tuple[str, str] | None:
    """The first Markdown or HTML in a piece of quiz text, as (what it is, how to fix), or None."""
    for pattern, what, fix in MARKUP:
        if pattern.search(text):
            return what, fix
    return None
