"""Our own scripts and styles, shipped without comments or indentation.

The sources stay readable and commented; patients on slow phones download only
what runs. Deliberately simple, so it can't change meaning: it removes comments
that begin a line and leading spaces, which our files are written to allow (no
template literals, no comment markers inside strings).
"""

from __future__ import annotations

import re
from pathlib import Path

# The guide's own front-end files, relative to the site.
OWN_ASSETS = ("assets/quiz/quiz.js", "assets/quiz/quiz.css", "assets/list/list.js", "assets/list/list.css",
              "assets/javascripts/toggles.js", "assets/javascripts/lazy-search.js",
              "assets/javascripts/print-button.js",
              "assets/stylesheets/guide.css", "assets/javascripts/definitions.js", "assets/stylesheets/definitions.css",
              "assets/listen/listen.js", "assets/listen/listen.css",

              "assets/stylesheets/large-print.css", "assets/stylesheets/urdu.css")
LINE_COMMENT_BLOCK = re.compile(r"^[ \t]*/\*(?:[^*]|\*(?!/))*\*/[ \t]*\n", re.M)  # to the first */ only


def compact(text: str) -> str:
    """The text less comments that begin a line, indentation and blank lines."""
    text = LINE_COMMENT_BLOCK.sub("", text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def compact_site_assets(site_dir: Path) -> None:
    """Rewrite the built copies of our assets in place (the sources are untouched)."""
    for name in OWN_ASSETS:
        path = site_dir / name
        if path.is_file():
            path.write_text(compact(path.read_text("utf-8")), "utf-8")
