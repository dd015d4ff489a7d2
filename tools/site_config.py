"""mkdocs.yml as the tests and the benchmark read it, without MkDocs."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


class _ConfigLoader(yaml.SafeLoader):
    """Safe YAML, where `!ENV [NAME, default]` reads as its default (the local build's value)."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def load_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    return yaml.load(path.read_text("utf-8"), Loader=_ConfigLoader)
