#!/usr/bin/env python3
"""The guide's two everyday commands, on any machine with Python 3.11+.

    python3 dev.py serve   # preview the site at http://127.0.0.1:8000 with live reload
    python3 dev.py test    # build the site and run every test

Both create .venv with the pinned requirements first (again whenever
requirements.txt changes). Other commands: build, bench, readability, lighthouse,
and `sign-off docs/<page>` (or `sign-off --all`) after a clinical review.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
STAMP = VENV / "requirements.sha256"


def ensure_venv() -> None:
    """Create or refresh .venv so it matches requirements.txt exactly."""
    wanted = hashlib.sha256((ROOT / "requirements.txt").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    print("Setting up .venv with the pinned requirements ...", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", "requirements.txt")
    STAMP.write_text(wanted)


def ensure_node_tools() -> None:
    """The HTML validator comes from npm; it is optional locally, required in CI."""
    if shutil.which("npm") is None:
        print("npm not found: the HTML validity tests will skip (they fail under CI=true).")
        return
    lock = ROOT / "package-lock.json"
    marker = ROOT / "node_modules" / ".package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        run("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--silent")


def run(*command) -> None:
    result = subprocess.run([str(part) for part in command], cwd=ROOT)
    if result.returncode:
        sys.exit(result.returncode)


def main(argv: list[str]) -> None:
    command = argv[1] if len(argv) > 1 else "help"
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    if command not in {"serve", "build", "test", "bench", "readability", "lighthouse", "sign-off"}:
        print(__doc__)
        sys.exit(0 if command == "help" else 2)
    ensure_venv()
    if command == "serve":
        run(PYTHON, "-m", "mkdocs", "serve", "--livereload", *argv[2:])
    elif command == "build":
        run(PYTHON, "-m", "mkdocs", "build", "--strict", *argv[2:])
    elif command == "test":
        ensure_node_tools()
        run(PYTHON, "-m", "pytest", *argv[2:])
    elif command == "bench":
        run(PYTHON, "bench/benchmark.py", *argv[2:])
    elif command == "readability":
        run(PYTHON, "tools/readability.py", *argv[2:])
    elif command == "lighthouse":
        run(PYTHON, "bench/lighthouse.py", *argv[2:])
    elif command == "sign-off":
        run(PYTHON, "tools/sign_off.py", *argv[2:])


if __name__ == "__main__":
    main(sys.argv)
