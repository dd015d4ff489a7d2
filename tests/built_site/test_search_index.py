"""Search covers every page, online (JSON) and from file:// (the inlined script)."""

import json

from support import translations


def test_search_index_covers_every_page(site_dir, content_pages):
    """All but the quiz and the two print pages (standard and large print): they repeat the sections'
    words (the quiz with its answers), so searching them would only double every result."""
    for folder in ("", *translations()):  # each language its own index, of its own pages
        index = json.loads((site_dir / folder / "search" / "search_index.json").read_text("utf-8"))
        indexed = {folder + "/" * bool(folder) + (doc["location"].split("#")[0] or "index.html")
                   for doc in index["docs"]}
        own = {name for name in content_pages if name.rpartition("/")[0] == folder}
        assert indexed == own - {folder + "/" * bool(folder) + name
                                 for name in ("print.html", "large-print.html", "quiz.html")}, folder


def test_offline_search_script_holds_the_same_index(site_dir):
    script = (site_dir / "search" / "search_index.js").read_text("utf-8")
    assert script.startswith("var __index = ")
    assert json.loads(script.removeprefix("var __index = ")) == json.loads(
        (site_dir / "search" / "search_index.json").read_text("utf-8"))


def test_search_finds_words_from_every_section(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text("utf-8"))
    text = {doc["location"].split("#")[0]: "" for doc in index["docs"]}
    for doc in index["docs"]:
        text[doc["location"].split("#")[0]] += " " + doc["text"].lower()
    assert "crutch" in text["recovery.html"] and "sciatic" in text["the-operation.html"]
    assert "blood clots" in text["risks.html"]
