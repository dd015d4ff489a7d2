"""The Urdu font the guide ships (overrides/assets/fonts/), and urdu.css, which names it: the licence
beside it, the font small, and the stylesheet's unicode-range the characters tools/subset_urdu_font.py
keeps (Urdu's, beyond ASCII), so the browser fetches it exactly for Urdu's letters."""

import re

from subset_urdu_font import OUT, URDU, unicode_range

from support import ROOT

FONTS = ROOT / "overrides" / "assets" / "fonts"
CSS = ROOT / "overrides" / "assets" / "stylesheets" / "urdu.css"


def test_the_font_ships_with_its_licence_and_is_small():
    assert OUT.parent == FONTS and OUT.is_file()
    assert OUT.read_bytes()[:4] == b"wOF2"
    assert OUT.stat().st_size <= 16 * 1024
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "OFL.txt").read_text("utf-8")


def test_the_stylesheet_names_the_font_from_this_site_after_any_installed_copy():
    css = CSS.read_text("utf-8")
    source = re.search(r"src:([^;]*);", css).group(1)
    assert re.findall(r'local\("([^"]+)"\)', source) == ["Noto Naskh Arabic", "Noto Nastaliq Urdu"]
    assert re.findall(r'url\("([^"]+)"\)', source) == [f"../fonts/{OUT.name}"]
    assert "http" not in css


def test_the_stylesheets_unicode_range_is_what_the_font_holds():
    css = CSS.read_text("utf-8")
    written = " ".join(re.search(r"unicode-range:([^;]*);", css).group(1).split())
    assert written == unicode_range(sorted({code for code in URDU if code > 0x7F}))


def test_unicode_ranges_are_written_as_runs():
    assert unicode_range([0x20, 0x60C, 0x621, 0x622, 0x623, 0x6F0]) == "U+0020, U+060C, U+0621-0623, U+06F0"
