"""tools/site_weight.py counts what a first visit really fetches: a font a page's stylesheet names
(the Urdu pages' own) is counted, as sent (WOFF2 is compressed already), under its own kind."""

from site_weight import first_visit_bytes, first_visit_files
from support import ROOT

FONT = ROOT / "overrides" / "assets" / "fonts" / "noto-naskh-arabic-urdu.woff2"


def test_a_font_a_stylesheet_names_is_counted_as_a_font(tmp_path):
    (tmp_path / "assets" / "fonts").mkdir(parents=True)
    (tmp_path / "assets" / "stylesheets").mkdir()
    (tmp_path / "assets" / "fonts" / "urdu.woff2").write_bytes(FONT.read_bytes())
    (tmp_path / "assets" / "stylesheets" / "urdu.css").write_text(
        '@font-face { font-family: "U"; src: local("U"), url("../fonts/urdu.woff2") format("woff2"); }\n', "utf-8")
    (tmp_path / "page.html").write_text(
        '<html><head><link rel="stylesheet" href="assets/stylesheets/urdu.css"></head><body></body></html>', "utf-8")
    files = first_visit_files(tmp_path, "page.html")
    assert files[(tmp_path / "assets" / "fonts" / "urdu.woff2").resolve()] == "font"
    sizes = first_visit_bytes(tmp_path, "page.html")
    assert sizes["font"] == FONT.stat().st_size
    assert sizes["total"] == sizes["html"] + sizes["css"] + sizes["font"]


def test_a_page_without_such_a_stylesheet_fetches_no_font(tmp_path):
    (tmp_path / "page.html").write_text("<html><head></head><body></body></html>", "utf-8")
    assert first_visit_bytes(tmp_path, "page.html")["font"] == 0


def test_the_urdu_font_is_small(tmp_path):
    """Urdu pages carry it on a first visit, within the 100 KB budget the English pages nearly fill."""
    assert FONT.stat().st_size <= 16 * 1024
