#!/usr/bin/env python3
"""Lighthouse (npm, bench/package.json) with Debian's Chromium, mobile preset, on
the built site served gzipped on 127.0.0.1. Prints the four category scores for
the home page, a section page and the quiz, and any audit that cost points.

    python3 dev.py lighthouse
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from gzip_server import serve

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT / "tools"))

from site_nav import QUIZ_HTML, section_pages  # noqa: E402

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update " \
               "--disable-sync --no-first-run --disable-default-apps"


def chromium() -> str:
    found = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("google-chrome")
    if not found:
        raise SystemExit("Lighthouse needs Chromium: apt-get install chromium, or set CHROMIUM_PATH.")
    return found


def ensure_lighthouse() -> Path:
    binary = BENCH / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--silent"], cwd=BENCH, check=True)
    return binary


def audit(binary: Path, url: str, out: Path) -> dict:
    subprocess.run([str(binary), url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"],
                   check=True, env={**os.environ, "CHROME_PATH": chromium()})
    return json.loads(out.read_text("utf-8"))


def main() -> None:
    binary = ensure_lighthouse()
    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / "site"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-d", str(site)], cwd=ROOT,
                       check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        server, base = serve(site)
        # The home page, the first section and the quiz, as the built navigation names them.
        pages = ["index.html", section_pages(site)[0], QUIZ_HTML]
        try:
            print(f"{'page':20}" + "".join(f"{c:>16}" for c in CATEGORIES))
            lost = []
            for page in pages:
                report = audit(binary, base + page, Path(temp) / f"{page}.json")
                scores = [round(report["categories"][c]["score"] * 100) for c in CATEGORIES]
                print(f"{page:20}" + "".join(f"{s:>16}" for s in scores))
                for category in CATEGORIES:
                    for ref in report["categories"][category]["auditRefs"]:
                        result = report["audits"][ref["id"]]
                        if ref["weight"] and result["score"] is not None and result["score"] < 1:
                            lost.append(f"{page} {category}: {ref['id']} ({result['score']}) "
                                        f"{result.get('displayValue', '')}")
            if lost:
                print("\nAudits that cost points:\n  " + "\n  ".join(lost))
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
