"""Checks of a page's front matter (the block between the --- lines) that templates rely on.

The theme writes the title, description and key points into the page as they
are, so they must be plain text of the right shape. Review dates are checked
elsewhere (they have their own rules). Every problem names the file and line.
"""

from __future__ import annotations

import re

import yaml

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
HTML_SIGNS = re.compile(r"[<>]")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it: same result, faster
QUOTE_IT = "put the whole text in double quotes, as in key: \"text: more text\""


def front_matter_problems(source: str, file: str) -> list[str]:
    """Every problem in one page's front matter, each with its line and how to fix it."""
    match = FRONT_MATTER.match(source)
    if not match:
        return []
    try:
        node = yaml.compose(match.group(1) or "", Loader=LOADER)  # for the line of each field
        data = yaml.load(match.group(1) or "", Loader=LOADER)
    except (yaml.YAMLError, ValueError) as error:  # ValueError: a date like 2027-02-30
        mark = getattr(error, "problem_mark", None)
        return [f"{file}, line {mark.line + 2 if mark else 2}: the front matter (between the --- lines) cannot be "
                f"read: {yaml_problem(error)}. How to fix: write one 'name: value' per line; if a value contains "
                f"a colon, {QUOTE_IT}."]
    if node is None:
        return []
    if not isinstance(node, yaml.MappingNode):
        return [f"{file}, line 2: the front matter is not a list of 'name: value' lines. "
                "How to fix: write it as 'title: ...', 'description: ...' and so on, one per line."]
    problems, seen = [], set()
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2  # +1 for counting from 1, +1 for the opening ---
        if key_node.value in seen:
            problems.append(f"{file}, line {line}: '{key_node.value}' is given twice; only the last would count. "
                            f"How to fix: keep one '{key_node.value}:' line.")
        seen.add(key_node.value)
        problems += _field_problems(key_node.value, data.get(key_node.value), value_node, line, file)
    return problems


def yaml_problem(error: Exception) -> str:
    """YAML's complaint in words a clinician knows."""
    if not isinstance(error, yaml.YAMLError):
        return f"a value written like a date (YYYY-MM-DD) is not a real date ({error})"
    problem = getattr(error, "problem", None) or ""
    if "mapping values" in problem:
        return "a colon followed by a space inside a value makes it look like a new 'name: value'"
    if "found character '\\t'" in problem or "tab" in problem:
        return "a tab is used to indent, which this file does not allow"
    return f"the text is not in the 'name: value' form ({problem or error})"


def _field_problems(key: str, value, node, line: int, file: str) -> list[str]:
    where = f"{file}, line {line}"
    if key in ("title", "description"):
        if not isinstance(value, str) or not value.strip():
            return [f"{where}: '{key}' must be a line of text. How to fix: write '{key}: ' and then the words."]
        if HTML_SIGNS.search(value) or (key == "description" and '"' in value):
            sign = "< or >" if HTML_SIGNS.search(value) else 'double quotes (")'
            return [f"{where}: the {key} contains {sign}, which the page would treat as code. "
                    f"How to fix: write the {key} as plain words, without {sign}."]
        if key == "title" and re.search(r"[{}]", value):
            # The build puts the title into headings, where {...} would set the heading's attributes.
            sign = "curly brackets ({ or })"
            return [f"{where}: the {key} contains {sign}, which the page would treat as code. "
                    f"How to fix: write the {key} as plain words, without {sign}."]
    if key == "key_points":
        if not isinstance(value, list):
            return [f"{where}: 'key_points' must be a list, one point per line. How to fix: write each point "
                    "on its own line under 'key_points:', starting with two spaces, a dash and a space ('  - ')."]
        problems = []
        for point, item in zip(value, node.value):
            if not isinstance(point, str) or not point.strip():
                shown = "is empty" if point in (None, "") else "was not read as plain text (a colon followed by a space " \
                                                                 "makes it a 'name: value' pair)"
                problems.append(f"{file}, line {item.start_mark.line + 2}: this key point {shown}. "
                                f"How to fix: write the point as a sentence; if it contains a colon, {QUOTE_IT}.")
        return problems
    return []
