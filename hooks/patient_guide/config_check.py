"""mkdocs.yml read before MkDocs reads it, so a slip in it is named in plain words with its line
and fix (MkDocs would print YAML's own words, or a traceback under serve)."""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from .yaml_text import yaml_line, yaml_problem

INDENT_FIX = ("check the indentation around that line: each level is indented by two more spaces than the "
              "line it belongs to, and lines at the same level start in the same column (copy a line next to it)")


class _ConfigLoader(yaml.SafeLoader):
    """MkDocs' own tags read as plain values: !ENV [NAME, default] and !relative."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)
_ConfigLoader.add_constructor("!relative", lambda loader, node: None)


def docs_pages(docs_dir: Path) -> list[str]:
    """The Markdown pages in docs/, as nav: names them (inside docs/, with forward slashes)."""
    return [path.relative_to(docs_dir).as_posix() for path in sorted(docs_dir.rglob("*.md"))]


def config_problems(text: str, docs_files: list[str], file: str = "mkdocs.yml") -> list[str]:
    """Every slip in mkdocs.yml that MkDocs would stop on, each with its line and fix: YAML it
    cannot read, and nav: entries naming a page that is not in docs/ (`docs_files`, inside docs/)."""
    try:
        root = yaml.compose(text, Loader=_ConfigLoader)
    except yaml.YAMLError as error:
        line = yaml_line(error)
        what, fix = yaml_problem(error)
        if fix is None:  # YAML's own words: in mkdocs.yml, nearly always a slip in the indentation
            what = "this line is indented differently from the lines around it, or a value holds a colon " \
                   "followed by a space, so the settings cannot be read"
            fix = f"{INDENT_FIX}; if a value contains a colon followed by a space, put it in double quotes"
        return [f"{file}, line {line + 1 if line is not None else 1}: {what}. How to fix: {fix.rstrip('.')}."]
    if not isinstance(root, yaml.MappingNode):
        return [f"{file}, line 1: the settings are not a list of 'name: value' lines. How to fix: restore it "
                "from git (git checkout -- mkdocs.yml) and make your change again."]
    nav = next((value for key, value in root.value if getattr(key, "value", None) == "nav"), None)
    return [_missing_page(node, docs_files, file) for node in _nav_files(nav) if node.value not in docs_files]


def _nav_files(node):
    """The scalar nodes of nav: that name a page (not a web address)."""
    if isinstance(node, yaml.ScalarNode):
        if node.value.endswith(".md") and "://" not in node.value:
            yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _nav_files(item)
    elif isinstance(node, yaml.MappingNode):
        for _, value in node.value:
            yield from _nav_files(value)


def _missing_page(node, docs_files: list[str], file: str) -> str:
    near = difflib.get_close_matches(node.value, docs_files, n=1, cutoff=0.6)
    hint = f"did you mean {near[0]}? Correct the name after the colon" if near else (
        "check the name against the .md files in docs/, or remove the line")
    return (f"{file}, line {node.start_mark.line + 1}: nav: names {node.value}, which is not in docs/, so the "
            f"menu would have a page that does not exist. How to fix: {hint}.")
