"""Reading the guide's YAML texts (front matter, the glossary, the words file), with each fault
worded for a clinician: which line, what YAML made of it, and how to fix it."""

from __future__ import annotations

from functools import lru_cache

import yaml

from .source_text import visible

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it: same result, faster
QUOTE_IT = "put the whole text in double quotes, as in key: \"text: more text\""


def unreadable_value_problems(root, file: str, offset: int) -> list[str]:
    """Each value YAML parsed but could not turn into data (a date like 2027-02-30, !!int x), at its
    own line: YAML itself says which, not where. `offset` turns YAML's line into the file's."""
    problems = []
    for key, node in _scalars(root):
        if _constructs(node):
            continue
        where, name = f"{file}, line {node.start_mark.line + offset}", f"'{visible(key)}' is " if key else ""
        if node.tag.endswith(":timestamp"):
            problems.append(f"{where}: {name}{node.value}, which is not a real date. How to fix: check the day "
                            "and the month, written as YYYY-MM-DD, e.g. 2026-11-25.")
        else:
            problems.append(f"{where}: {name}{visible(node.value)}, which cannot be read as the "
                            f"'{node.tag.rsplit(':', 1)[-1]}' its YAML tag asks for. How to fix: remove the tag "
                            "(the word starting with !! before it), or put the whole value in double quotes.")
    return problems or [f"{file}, line {offset}: a value cannot be read. How to fix: check each date is real "
                        "(YYYY-MM-DD) and remove any word starting with !!."]


def _scalars(node, key: str | None = None):
    """Every plain value inside a node, with the name of the field it is under: (name, node)."""
    if isinstance(node, yaml.ScalarNode):
        yield key, node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item, key)
    elif isinstance(node, yaml.MappingNode):
        for name, value in node.value:
            yield from _scalars(name, key)
            yield from _scalars(value, str(name.value) if isinstance(name, yaml.ScalarNode) else key)


@lru_cache(maxsize=4096)
def yaml_nodes(text: str) -> yaml.Node | None:
    """A YAML text's node tree, which knows the line of each value. Read once per text: the checks,
    the review and sign-off's fingerprints all read the same pages, glossary and words file.
    Shared between them: never change it."""
    return yaml.compose(text, Loader=LOADER)


@lru_cache(maxsize=4096)
def yaml_data(text: str):
    """A YAML text's data, made from its one reading (as yaml.load would make it). Shared: never change it.
    A text with a merge key (<<) is read afresh: making its data rewrites the node tree in place, and
    the checks must see the tree as written."""
    node = yaml.compose(text, Loader=LOADER) if "<<" in text or "merge" in text else yaml_nodes(text)
    return None if node is None else LOADER("").construct_document(node)


def _constructs(node) -> bool:
    """Whether YAML can make data of this one value."""
    try:
        yaml.SafeLoader("").construct_object(node, deep=True)
    except (ValueError, TypeError, OverflowError, yaml.YAMLError):
        return False
    return True


QUOTE_WHOLE = 'remove the sign at its start, or put the whole value in double quotes ("...")'


def yaml_line(error: Exception) -> int | None:
    """The line (from 0) YAML's complaint is about: where an unclosed quote or list starts, not
    where YAML gave up looking for its end."""
    context = getattr(error, "context", None) or ""
    mark = getattr(error, "context_mark", None) if ("quoted scalar" in context or "flow" in context) else None
    mark = mark or getattr(error, "problem_mark", None)
    return mark.line if mark else None


def yaml_problem(error: Exception) -> tuple[str, str | None]:
    """YAML's complaint in words a clinician knows, with its own fix when the usual one (quote a
    value holding a colon) would not help."""
    problem = getattr(error, "problem", None) or ""
    context = getattr(error, "context", None) or ""
    if "mapping values" in problem:
        return "a colon followed by a space inside a value makes it look like a new 'name: value'", None
    if "found character '\\t'" in problem or "tab" in problem:
        return "a tab is used to indent, which this file does not allow", "indent with spaces, not tabs."
    if "alias" in context or "anchor" in context or "alias" in problem:
        return "a value starts with * or &, which YAML reads as a label, not as words", QUOTE_WHOLE + "."
    if "constructor for the tag" in problem:
        return "a value starts with !, which YAML reads as a type, not as words", QUOTE_WHOLE + "."
    if "cannot start any token" in problem:
        return "a value starts with a sign YAML does not allow there (such as @, ` or %)", QUOTE_WHOLE + "."
    if "quoted scalar" in context:
        return "a value starts with a quotation mark that is never closed", \
            "end the value with the same quotation mark it starts with, on the same line."
    if "flow sequence" in context or "flow mapping" in context:
        return "a list in square brackets [...] (or curly brackets) is not closed, or a value starts with a bracket", \
            "close the list with ]; if a value starts with a bracket, put the whole value in double quotes."
    return f"the text is not in the 'name: value' form ({problem or error})", None


def label_problems(text: str, file: str, offset: int) -> list[str]:
    """Values starting with & or *: YAML takes the word after it as a hidden label and drops it
    (title: &copy Risks shows "Risks"), or copies another value in its place."""
    if "&" not in text and "*" not in text:
        return []  # nearly every file: no parse needed
    return [f"{file}, line {event.start_mark.line + offset}: a value starts with "
            f"{'*' if isinstance(event, yaml.AliasEvent) else '&'}, which YAML reads as a label, not as words, so "
            f"the words would be changed or lost. How to fix: {QUOTE_WHOLE}."
            for event in yaml.parse(text, Loader=LOADER)
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None)]


def read_as(node) -> str | None:
    """What YAML turned an unquoted value into, when it is not words: true or false, a number, a date."""
    if not isinstance(node, yaml.ScalarNode) or node.style:  # quoted: always words
        return None
    return {"bool": "true or false (YAML reads yes, no, on, off, true and false that way)", "int": "a number",
            "float": "a number", "timestamp": "a date"}.get(node.tag.rsplit(":", 1)[-1])


