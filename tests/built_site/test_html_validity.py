"""Every built page is valid HTML, by the Nu HTML Checker (npm's vnu-jar, run with Java)."""

import json
import shutil
import subprocess

import pytest

from support import IN_CI, ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_is_valid_html(site_dir, html_files):
    java = shutil.which("java")
    if not (java and VNU_JAR.is_file()):
        message = "The HTML checker needs Java and node_modules/vnu-jar: run 'python3 dev.py test' with npm installed."
        pytest.fail(message) if IN_CI else pytest.skip(message)
    result = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
                             *map(str, html_files)], capture_output=True, text=True)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert errors == []
    assert len(html_files) >= 8
