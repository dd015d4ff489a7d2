"""mkdocs.yml as the tests and the benchmark read it, without MkDocs."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


class _ConfigLoader(yaml.SafeLoader):
    """Safe YAML, where `!ENV [NAME, default]` reads as its default (the local build's value)."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def load_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    """The configuration as MkDocs reads it, a translation's (INHERIT: mkdocs.yml) merged over the English one."""
    config = yaml.load(path.read_text("utf-8"), Loader=_ConfigLoader)
    if isinstance(config, dict) and (parent := config.pop("INHERIT", None)):
        return _merged(load_config(path.parent / parent), config)
    return config


def _merged(base: dict, changes: dict) -> dict:
    """As MkDocs merges INHERIT: mappings key by key, anything else (a list such as nav:) replaced."""
    merged = dict(base)
    for key, value in changes.items():
        both = isinstance(value, dict) and isinstance(base.get(key), dict)
        merged[key] = _merged(base[key], value) if both else value
    return merged


def translation_of(argument: str) -> str | None:
    """The language a file given to a tool belongs to: docs-pl/risks.md and words/pl.yml are Polish."""
    path = Path(argument).resolve()
    for part in path.parts:
        if part.startswith("docs-") and (ROOT / f"mkdocs.{part[5:]}.yml").is_file():
            return part[5:]
    if path.parent.name == "words" and path.suffix == ".yml" and (ROOT / f"mkdocs.{path.stem}.yml").is_file():
        return path.stem
    return None


def site_markdown(config: dict | None = None):
    """Markdown as MkDocs sets it up for this site: its built-in extensions, then mkdocs.yml's."""
    import markdown

    extensions, configs = ["toc", "tables", "fenced_code"], {}
    for entry in (config or load_config()).get("markdown_extensions", []):
        name, options = (next(iter(entry.items())) if isinstance(entry, dict) else (entry, {}))
        extensions.append(name)
        configs[name] = options or {}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)
