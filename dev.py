#!/usr/bin/env python3
"""The guide's two everyday commands, on any machine with Python 3.11+.

    python3 dev.py serve   # preview the site at http://127.0.0.1:8000 with live reload
    python3 dev.py test    # lint, build the site and run every test

Both create .venv with the pinned requirements first (again whenever a pin changes):
serve and build install only what building needs (requirements.txt); test, bench and
readability and lighthouse add the test tools (requirements-test.txt). Other commands: build, bench,
readability, lighthouse, and `sign-off docs/<page>` (or `sign-off --all`) after a
clinical review.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import venv
from pathlib import Path

MINIMUM_PYTHON = (3, 11)
INSTALL_PYTHON = """How to install it:
  Windows: get Python 3.12 from https://www.python.org/downloads/ (tick "Add python.exe to PATH"),
           or run: winget install Python.Python.3.12. Then run: py dev.py {command}
  macOS:   get Python 3.12 from https://www.python.org/downloads/, or run: brew install python@3.12
  Debian or Ubuntu: sudo apt install python3 python3-venv"""  # python3-venv holds ensurepip


def python_problem(version: tuple[int, ...], has_venv: bool) -> str | None:
    """Say plainly what to install when this Python can't set up .venv; None when it can."""
    if tuple(version[:2]) < MINIMUM_PYTHON:
        return (f"This is Python {version[0]}.{version[1]}; the guide needs Python 3.11 or newer.\n"
                + INSTALL_PYTHON)
    if not has_venv:
        return ("This Python lacks 'ensurepip', which dev.py needs to create .venv.\n" + INSTALL_PYTHON)
    return None


def has_venv_module() -> bool:
    """Debian splits ensurepip (python3-venv) from Python itself; without it venv can't make .venv."""
    return importlib.util.find_spec("ensurepip") is not None


ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / "requirements.sha256"
BUILD_PINS = ROOT / "requirements.txt"
TEST_PINS = ROOT / "requirements-test.txt"  # includes requirements.txt
# Commands that need the test tools (pytest, Playwright, BeautifulSoup, textstat) as well.
NEEDS_TEST_TOOLS = {"test", "bench", "readability", "lighthouse"}


def pins_digest(*files: Path) -> str:
    return hashlib.sha256(b"".join(path.read_bytes() for path in files)).hexdigest()


def venv_plan(has_python: bool, stamp: str | None, build_digest: str, test_digest: str, with_tests: bool) -> str:
    """What .venv needs, from its stamp ("build <digest>" or "test <digest>"): "ok", "install"
    (pip brings the existing .venv to the pins, quickly, without pulling it from under a
    running server or test) or "fresh" (no usable .venv yet)."""
    if not has_python:
        return "fresh"
    if stamp == f"test {test_digest}" or (stamp == f"build {build_digest}" and not with_tests):
        return "ok"  # the test set includes the build set
    return "install"


def ensure_venv(with_tests: bool) -> None:
    """Create or refresh .venv so it has the pinned versions; test tools only when asked."""
    build_digest, test_digest = pins_digest(BUILD_PINS), pins_digest(BUILD_PINS, TEST_PINS)
    stamp = STAMP.read_text().strip() if STAMP.exists() else None
    plan = venv_plan(PYTHON.exists(), stamp, build_digest, test_digest, with_tests)
    if plan == "ok":
        return
    if plan == "fresh":
        print("Setting up .venv with the pinned requirements ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    else:
        print("Bringing .venv up to the pinned requirements ...", flush=True)
    # The test set also installs when .venv already had it, so a pin change never drops the test tools.
    with_tests = with_tests or (stamp or "").startswith("test ")
    pins = TEST_PINS if with_tests else BUILD_PINS
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", pins)
    STAMP.write_text(f"test {test_digest}" if with_tests else f"build {build_digest}")


def ensure_node_tools() -> None:
    """The HTML validator comes from npm; it is optional locally, required in CI."""
    npm = shutil.which("npm")  # on Windows this finds npm.cmd, which needs its full path
    if npm is None:
        print("npm not found: the HTML validity tests will skip (they fail under CI=true).")
        return
    lock = ROOT / "package-lock.json"
    marker = ROOT / "node_modules" / ".package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        run(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--silent")


def lint() -> None:
    """ruff, with the settings in pyproject.toml: a slip it finds fails the test command, as in CI."""
    result = subprocess.run([str(PYTHON), "-m", "ruff", "check", "--quiet", "."], cwd=ROOT)
    if result.returncode:
        print("ruff found the problems above. Fix them (ruff check --fix . fixes some by itself), then test again.")
        sys.exit(result.returncode)


def site_dir_of(arguments: list[str]) -> tuple[Path, list[str]]:
    """The folder a build writes (--site-dir or -d, else site/), and the other arguments."""
    rest, site, index = [], ROOT / "site", 0
    while index < len(arguments):
        argument = arguments[index]
        if argument in ("-d", "--site-dir") and index + 1 < len(arguments):
            site, index = Path(arguments[index + 1]).resolve(), index + 2
            continue
        if argument.startswith("--site-dir="):
            site = Path(argument.split("=", 1)[1]).resolve()
        else:
            rest.append(argument)
        index += 1
    return site, rest


def build(arguments: list[str]) -> None:
    """Build into a folder beside the site, and put it in place only if the build succeeds: a
    failed build leaves the last good site as it was."""
    site, rest = site_dir_of(arguments)
    building = site.with_name(f".{site.name}.building")
    shutil.rmtree(building, ignore_errors=True)
    result = subprocess.run([str(PYTHON), "-m", "mkdocs", "build", "--strict", "--site-dir", str(building), *rest],
                            cwd=ROOT)
    if result.returncode:
        shutil.rmtree(building, ignore_errors=True)
        print(f"The build stopped, so {site} was left as it was.", file=sys.stderr)
        sys.exit(result.returncode)
    shutil.rmtree(site, ignore_errors=True)
    building.rename(site)


SERVE_ADDRESS = "127.0.0.1:8000"  # MkDocs' own default
SERVE_RECORD = ROOT / ".venv" / "serve.pid"  # the running preview's process and address


def serve(arguments: list[str]) -> None:
    """mkdocs serve, stopped with it: Ctrl+C, or a TERM signal to this process, ends MkDocs too, so
    its port is free for the next preview. A second preview on a busy port says where the first is."""
    address = next((arguments[i + 1] for i, a in enumerate(arguments[:-1]) if a in ("-a", "--dev-addr")),
                   SERVE_ADDRESS)
    if problem := port_in_use(address):
        sys.exit(problem)
    child = subprocess.Popen([str(PYTHON), "-m", "mkdocs", "serve", "--livereload", *arguments], cwd=ROOT)
    SERVE_RECORD.write_text(f"{os.getpid()} {address}")

    def stop(signum, frame):
        child.terminate()
    signal.signal(signal.SIGTERM, stop)
    try:
        returncode = child.wait()
    except KeyboardInterrupt:  # Ctrl+C reaches MkDocs too: let it finish stopping
        returncode = child.wait()
    finally:
        SERVE_RECORD.unlink(missing_ok=True)
    sys.exit(0 if returncode in (0, -signal.SIGTERM) else returncode)


def port_in_use(address: str) -> str | None:
    """Why a preview cannot start at this address, or None."""
    host, _, port = address.rpartition(":")
    with socket.socket() as probe:
        probe.settimeout(1)
        if probe.connect_ex((host or "127.0.0.1", int(port))) != 0:
            return None
    first = SERVE_RECORD.read_text().split() if SERVE_RECORD.is_file() else []
    who = (f"Another preview (python3 dev.py serve, process {first[0]}) is already running at http://{first[1]}/"
           if len(first) == 2 and first[1] == address else f"Something is already using http://{address}/")
    return (f"{who}. Open that address in your browser, or stop it first: press Ctrl+C in the window where it "
            f"runs. To run a second preview, give it another port: python3 dev.py serve -a {host}:{int(port) + 1}")


def run(*command, cwd: Path = ROOT) -> None:
    result = subprocess.run([str(part) for part in command], cwd=cwd)
    if result.returncode:
        sys.exit(result.returncode)


def main(argv: list[str]) -> None:
    command = argv[1] if len(argv) > 1 else "help"
    problem = python_problem(sys.version_info, has_venv_module())
    if problem:
        sys.exit(problem.replace("{command}", command if command != "help" else "test"))
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    if command not in {"serve", "build", "test", "bench", "readability", "lighthouse", "sign-off"}:
        print(__doc__)
        sys.exit(0 if command == "help" else 2)
    ensure_venv(with_tests=command in NEEDS_TEST_TOOLS)
    if command in ("serve", "build"):
        run(PYTHON, ROOT / "tools" / "check_config.py")  # a slip in mkdocs.yml, named with its line
    if command == "serve":
        serve(argv[2:])
    elif command == "build":
        build(argv[2:])
    elif command == "test":
        ensure_node_tools()
        lint()
        run(PYTHON, "-m", "pytest", *argv[2:])
    elif command == "bench":
        run(PYTHON, ROOT / "bench" / "benchmark.py", *argv[2:])
    elif command == "readability":
        run(PYTHON, ROOT / "tools" / "readability.py", *argv[2:])
    elif command == "lighthouse":
        run(PYTHON, ROOT / "bench" / "lighthouse.py", *argv[2:])
    elif command == "sign-off":
        # In the caller's folder: `sign-off risks.md`, typed from inside docs/, means docs/risks.md.
        run(PYTHON, ROOT / "tools" / "sign_off.py", *argv[2:], cwd=Path.cwd())


if __name__ == "__main__":
    main(sys.argv)
