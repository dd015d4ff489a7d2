"""Remake overrides/assets/fonts/noto-naskh-arabic-urdu.woff2: Noto Naskh Arabic (SIL OFL 1.1), cut down
to the characters Urdu text uses, so Urdu pages show letters, not boxes, where the device has no Urdu
font, without a font from another host. The shaping tables (GSUB, GPOS, GDEF) stay, so letters join.

It needs fonttools and brotli, which the guide itself does not: use a scratch virtual environment.

    mkdir /tmp/font && cd /tmp/font && npm pack @fontsource/noto-naskh-arabic@5.3.0
    tar xzf fontsource-noto-naskh-arabic-5.3.0.tgz
    python3 -m venv venv && venv/bin/pip install fonttools brotli
    venv/bin/python <guide>/tools/subset_urdu_font.py package/files/noto-naskh-arabic-arabic-400-normal.woff2

It prints the new file's size and the unicode-range for overrides/assets/fonts/urdu.css.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "overrides" / "assets" / "fonts" / "noto-naskh-arabic-urdu.woff2"

# What Urdu text uses: the Arabic letters, Urdu's own letters, the vowel marks, Urdu's punctuation
# (comma, semicolon, question mark, full stop), the Urdu digits; Latin digits and the space.
URDU = [*range(0x0621, 0x064B), 0x0679, 0x067E, 0x0686, 0x0688, 0x0691, 0x0698, 0x06A9, 0x06AF, 0x06BA,
        0x06BE, *range(0x06C1, 0x06C4), 0x06CC, 0x06D2, 0x06D3, *range(0x064B, 0x0653), 0x0670,
        0x060C, 0x061B, 0x061F, 0x06D4, *range(0x06F0, 0x06FA), *range(0x30, 0x3A), 0x20]


def subset(source: Path, out: Path = OUT) -> list[int]:
    """Write the subset of `source` to `out`; returns the characters it holds."""
    from fontTools import subset as fonttools_subset  # a tool's dependency, not the guide's
    from fontTools.ttLib import TTFont

    options = fonttools_subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # every shaping feature: joining forms, ligatures, mark placement
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # the copyright and licence stay in the font
    options.hinting = False  # small screens render Naskh well unhinted; a third of the bytes
    options.desubroutinize = True  # compresses better under WOFF2
    font = TTFont(source, recalcTimestamp=False)  # the same file every time it is remade
    subsetter = fonttools_subset.Subsetter(options)
    subsetter.populate(unicodes=URDU)
    subsetter.subset(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.flavor = "woff2"
    font.save(out)
    return sorted(font.getBestCmap())


def unicode_range(characters: list[int]) -> str:
    """CSS's unicode-range for `characters`, runs written as ranges."""
    runs: list[list[int]] = []
    for code in characters:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return ", ".join(f"U+{a:04X}" if a == b else f"U+{a:04X}-{b:04X}" for a, b in runs)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("Give the Noto Naskh Arabic WOFF2 to cut down (see this file's first lines for where to get it).")
        return 2
    characters = subset(Path(argv[0]))
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size} bytes, {len(characters)} characters")
    print(f"unicode-range: {unicode_range([c for c in characters if c > 0x7F])};")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
