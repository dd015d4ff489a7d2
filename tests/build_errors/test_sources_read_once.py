"""Each source is read once per build (issue 21): the pages' text, front matter, block structure and
quiz blocks, the glossary and the words file, counted by profiling a real build of the guide. MkDocs
gets each page from the hook, so it reads neither the file nor its front matter again."""

import os
import pstats
import subprocess
import sys

from support import ROOT, translations


def test_every_source_is_read_once_per_build(tmp_path):
    profile = tmp_path / "build.prof"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "mkdocs", "build",
                             "--strict", "-q", "-d", str(tmp_path / "site")], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    calls: dict[str, int] = {}
    for (file, _, function), (_, count, *_rest) in pstats.Stats(str(profile)).stats.items():
        if "patient_guide" in file or "mkdocs" in file or file.endswith("yaml/__init__.py"):
            package = file.rsplit("/", 2)[-2] if file.endswith("__init__.py") else ""  # yaml/__init__.py: yaml
            key = f"{package}{file.rsplit('/', 1)[-1]}:{function}"
            calls[key] = calls.get(key, 0) + count
    # Every language is one build of its own (README: Other languages): each reads its own sources once.
    codes = translations()
    languages = 1 + len(codes)
    pages = sum(len(list((ROOT / folder).rglob("*.md"))) for folder in ["docs", *[f"docs-{code}" for code in codes]])
    assert calls["page_source.py:read_page"] == pages
    assert calls["front_matter.py:find_front_matter"] == pages, "front matter found once a page"
    assert calls["parse.py:scan_quiz_blocks"] == pages, "quiz blocks scanned once a page"
    assert calls["source_text.py:decode_source"] == pages + 3 * languages, (
        "each page, and in each language the glossary, the words and the record")
    assert calls["words.py:read_words"] == languages, "each language's words file read once, never at import"
    # Each page's blocks once, and each Markdown text of each words file (the statements) once.
    assert calls["markdown_blocks.py:read_blocks"] <= pages + 2 * languages
    assert calls.get("files.py:content_string", 0) == 0, "MkDocs reads no page file itself"
    # Each YAML text parsed once: the pages' front matter, and each language's glossary and words file.
    # mkdocs.yml is composed again (for the line of a guide setting) only when a setting is wrong.
    assert calls["yaml__init__.py:compose"] == pages + 2 * languages
    # yaml.load: mkdocs.yml and the theme's own settings (MkDocs), and the sign-off record; for each
    # translation, its mkdocs.<code>.yml as well (MkDocs loads mkdocs.yml again for its INHERIT). Never a
    # page's front matter again.
    assert calls["yaml__init__.py:load"] == 3 + 4 * len(codes)
