#!/usr/bin/env python3
"""Check mkdocs.yml before MkDocs reads it (dev.py runs this before build and serve): each slip
is named with its line and fix, and the command stops with no traceback."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from patient_guide.config_check import config_problems, docs_pages  # noqa: E402


def main() -> None:
    config, docs = ROOT / "mkdocs.yml", ROOT / "docs"
    if problems := config_problems(config.read_text("utf-8"), docs_pages(docs)):
        raise SystemExit("mkdocs.yml cannot be used as it is:\n  - " + "\n  - ".join(problems))


if __name__ == "__main__":
    main()
