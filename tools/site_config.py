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


def site_markdown(config: dict | None = None):
    """Markdown as MkDocs sets it up for this site: its built-in extensions, then mkdocs.yml's."""
    import markdown

    extensions, configs = ["toc", "tables", "fenced_code"], {}
    for entry in (config or load_config()).get("markdown_extensions", []):
        name, options = (next(iter(entry.items())) if isinstance(entry, dict) else (entry, {}))
        extensions.append(name)
        configs[name] = options or {}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)
