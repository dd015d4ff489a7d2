"""Checks of a page's front matter (the block between the --- lines) that templates rely on.

Every page starts with front matter MkDocs can read: otherwise it would publish
the block as text. The theme writes the title, description and key points into
the page as they are, so they must be plain text of the right shape, and a field
with a misspelt name would silently do nothing, so unknown names are refused.
Review dates are checked elsewhere (they have their own rules). Every problem
names the file and line.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import yaml

from .generated_pages import NOT_SECTIONS
from .plain_text import lower_first, text_problem
from .source_text import unseen_characters, visible
from .yaml_text import (
    QUOTE_IT,
    label_problems,
    read_as,
    unreadable_value_problems,
    yaml_data,
    yaml_line,
    yaml_nodes,
    yaml_problem,
)

HTML_SIGNS = re.compile(r"[<>]")
FRONT_MATTER_IS = "the front matter (the block between the --- lines at the top)"

# The fields a page may set, and who reads them: a name outside these would do nothing.
GUIDE_FIELDS = ("title", "description", "key_points", "last_reviewed", "next_review", "review_pending_until",
                "translated_from")  # a translation's: the signed-off English version it follows (translations.py)
MATERIAL_FIELDS = ("hide", "search")  # Material's own: hide the contents list or navigation; leave out of search
# What Material (9.8) reads under them: a name it does not know would be ignored, silently, and a
# bare word (hide: toc) only works by chance. Check this list again when Material is upgraded.
HIDE_VALUES = ("navigation", "toc", "footer", "path", "tags", "feedback")
KNOWN_FIELDS = GUIDE_FIELDS + MATERIAL_FIELDS  # the build sets quiz and print_button itself, never a page
REQUIRED_FIELDS = {"title": "the page title", "description": "one sentence for search engines and link previews"}
KEY_POINTS = (3, 5)  # how many a section page shows under its title

DASH_LINE = re.compile(r"-[ \t-]*-[ \t-]*-[ \t-]*\Z")  # three or more dashes, perhaps spaced: meant as ---
OPENING_OR_CLOSING = re.compile(r"---[ \t]*\Z")  # as MkDocs reads them
DOTS = re.compile(r"\.\.\.[ \t]*\Z")  # MkDocs also ends front matter at a line of three dots
HEADING = re.compile(r"#{1,6}[ \t]+\S")  # a Markdown heading: the page's text, not front matter


class FrontMatter(NamedTuple):
    """A page's front matter as MkDocs reads it: the text between the lines, and the page after."""

    raw: str
    body: str
    body_line: int = 0  # the index of the body's first line in the page


class Misplaced(NamedTuple):
    """Why MkDocs would not read a page's front matter (and would show it as text)."""

    line: int
    problem: str
    fix: str


def find_front_matter(text: str) -> FrontMatter | Misplaced:
    """The front matter at the top of a page (its text read as MkDocs reads it), or why it is not there."""
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None or not DASH_LINE.match(lines[first].strip()):
        return Misplaced(1, f"the page does not start with {FRONT_MATTER_IS}, which every page needs for its "
                            "title, description and review dates.",
                         "start the page with a line of just ---, then 'title: ...', 'description: ...' and the "
                         "other lines, then a line of just --- (copy the top of another page).")
    if first > 0:
        return Misplaced(first + 1, f"{FRONT_MATTER_IS} starts after a blank line, so the page would show it as text.",
                         "delete the blank line above the first ---, so that the page starts with it.")
    if not OPENING_OR_CLOSING.match(lines[0]):
        return Misplaced(1, f"the first line is '{lines[0].strip()}', but {FRONT_MATTER_IS} must start with a line "
                            "of exactly three dashes at the very left, or the page shows it as text.",
                         "write the first line as ---")
    return _closing(lines)


def _closing(lines: list[str]) -> FrontMatter | Misplaced:
    """The front matter up to its closing ---, or why that line is missing or wrong."""
    for index in range(1, len(lines)):
        line = lines[index]
        if DOTS.match(line):
            return Misplaced(index + 1, "a line of three dots (...) ends the front matter here, so the page would "
                                        "show the lines after it as text.",
                             "close the front matter with a line of just --- (three dashes), and do not put a "
                             "line of just ... inside it.")
        if OPENING_OR_CLOSING.match(line):
            if index == len(lines) - 1:
                return Misplaced(index + 1, "the page ends on the line that closes the front matter, so the page "
                                            "would show the front matter as text.",
                                 "add the page's text after the --- line (at least its # heading).")
            return FrontMatter("\n".join(lines[1:index]) + "\n" if index > 1 else "", "\n".join(lines[index + 1:]),
                               index + 1)
        if DASH_LINE.match(line):
            return Misplaced(index + 1, f"the line that closes the front matter is written '{line.strip()}', so "
                                        "the page would show the front matter as text.",
                             "write that line as exactly three dashes: ---")
    return _never_closed()


def _never_closed(heading_line: int | None = None) -> Misplaced:
    where = f" (the page's text from line {heading_line} is read as part of it)" if heading_line else ""
    return Misplaced(1, f"{FRONT_MATTER_IS} is never closed{where}, so the page would show it as text.",
                     "add a line of just --- after the front matter's last line, before the page's text.")


def page_problems(source: str, file: str, section: bool | None = None,
                  found: FrontMatter | Misplaced | None = None) -> list[str]:
    """Every problem that stops one page: characters nobody can see, then its front matter
    (`found`: where it is, if the page has been read already)."""
    return unseen_characters(source, file) or front_matter_problems(source, file, section, found)


def front_matter_problems(source: str, file: str, section: bool | None = None,
                          found: FrontMatter | Misplaced | None = None) -> list[str]:
    """Every problem in one page's front matter, each with its line and how to fix it. `section`:
    whether the page is a section, which shows 3 to 5 key points; by default every page but the
    home page and the pages the build fills in (`file` being docs/<name>)."""
    if section is None:
        section = file.split("/", 1)[-1] not in NOT_SECTIONS
    found = found or find_front_matter(source)
    if isinstance(found, Misplaced):
        return [f"{file}, line {found.line}: {found.problem} How to fix: {found.fix}"]
    node = None
    try:
        node = yaml_nodes(found.raw)  # for the line of each field
        data = yaml_data(found.raw)
    except (ValueError, TypeError, OverflowError):  # a date that does not exist, like 2027-02-30
        return unreadable_value_problems(node, file, 2)
    except yaml.YAMLError as error:
        line = yaml_line(error)
        heading = next((n for n, text in enumerate(found.raw.split("\n"), start=2) if HEADING.match(text)), None)
        if heading and (line is None or line + 2 >= heading):
            unclosed = _never_closed(heading)
            return [f"{file}, line {unclosed.line}: {unclosed.problem} How to fix: {unclosed.fix}"]
        where = f"{file}, line {line + 2 if line is not None else 2}"
        if markdown := _markdown_at_start(found.raw.split("\n")[line] if line is not None else ""):
            return [f"{where}: {markdown}"]  # what the writer meant, not what YAML made of it
        what, fix = yaml_problem(error)
        fix = fix or f"write one 'name: value' per line; if a value contains a colon, {QUOTE_IT}."
        return [f"{where}: the front matter (between the --- lines) cannot be read: {what}. How to fix: {fix}"]
    if node is not None and not isinstance(node, yaml.MappingNode):
        return [f"{file}, line 2: the front matter is not a list of 'name: value' lines. "
                "How to fix: write it as 'title: ...', 'description: ...' and so on, one per line."]
    if labels := label_problems(found.raw, file, 2):
        return labels
    problems, seen, meant = [], {}, set()
    last = {}  # the value that counts, for a field given twice, is the last one (as YAML reads it)
    for key_node, value_node in node.value if node else []:
        line = key_node.start_mark.line + 2  # +1 for counting from 1, +1 for the opening ---
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in KNOWN_FIELDS:
            problems.append(_unknown_field(key, line, file))
            meant.add(nearest_field(key))  # the typo's message names it: no "missing" message as well
            continue
        if key in seen:
            problems.append(f"{file}, line {line}: '{key}' is given twice; only the last would count. "
                            f"How to fix: keep one '{key}:' line.")
        seen.setdefault(key, line)
        last[key] = (value_node, line)
    for key, (value_node, line) in last.items():
        problems += _field_problems(key, data.get(key), value_node, line, file)
    return problems + _missing_fields(seen.keys() | meant, section, file)


# A value that starts with Markdown's marks (**bold**, _italic_, `code`): YAML cannot read * or ` there.
MARKDOWN_START = re.compile(r"^\s*(?:-\s+|(?P<key>[A-Za-z_]+)\s*:\s+)(?P<signs>\*+|_+|`+)")
MARKS = {"*": "bold or italic", "_": "italic", "`": "code"}


def _markdown_at_start(line: str) -> str | None:
    """A value starting with Markdown's marks, worded as what it is: plain text has none, so the fix
    is to remove them (quoting the value would only lead to the plain-text check's refusal)."""
    if not (found := MARKDOWN_START.match(line)):
        return None
    name, signs = found.group("key") or "key point", found.group("signs")
    return (f"the {name} starts with {signs}, Markdown's mark for {MARKS[signs[0]]} text, but it is shown as plain "
            f"text, exactly as typed. How to fix: remove the {signs} at its start, and any {signs} that closes it, "
            "so that only the words are left.")


def _unknown_field(key: str | None, line: int, file: str) -> str:
    """A name the page cannot use: a typo would silently lose what it holds (the key points box)."""
    if key is None:
        return (f"{file}, line {line}: this line does not start with a name and a colon. How to fix: write it as "
                "'name: value', with one of the names " + ", ".join(GUIDE_FIELDS + MATERIAL_FIELDS) + ".")
    near = nearest_field(key)
    hint = f"did you mean '{near}'? Use" if near else "use"
    return (f"{file}, line {line}: '{visible(key)}' is not a name the front matter can have, so what it holds would "
            f"be ignored. How to fix: {hint} only " + ", ".join(GUIDE_FIELDS + MATERIAL_FIELDS) + ".")


def nearest_field(key: str | None) -> str | None:
    """The known name a mistyped one was most likely meant to be (key_point, Title, titel), or None."""
    if key is None:
        return None
    folded = {name.casefold(): name for name in KNOWN_FIELDS}
    import difflib  # only for a mistyped name: every build would pay to import it at the top

    near = difflib.get_close_matches(key.casefold().replace("-", "_").replace(" ", "_"), list(folded), n=1,
                                     cutoff=0.6)
    return folded[near[0]] if near else None


def _missing_fields(seen: set[str], section: bool, file: str) -> list[str]:
    """The fields every page needs, and the key points a section page shows under its title."""
    problems = [f"{file}, line 1: the front matter has no '{key}' ({what}). How to fix: add a line "
                f"'{key}: ...' between the --- lines." for key, what in REQUIRED_FIELDS.items() if key not in seen]
    if "key_points" not in seen and section:
        low, high = KEY_POINTS
        problems.append(f"{file}, line 1: the front matter has no 'key_points': a section page shows {low} to {high} "
                        "in a box under its title. How to fix: add a line 'key_points:' and under it "
                        f"{low} to {high} short points, each on its own line starting with two spaces, a dash and "
                        "a space ('  - ').")
    return problems


def _field_problems(key: str, value, node, line: int, file: str) -> list[str]:
    where = f"{file}, line {line}"
    if key in ("title", "description"):
        if read := read_as(node):
            return [f"{where}: YAML read the {key}, {node.value}, as {read}, not as words. How to fix: put it in "
                    f'double quotes: {key}: "{node.value}"']
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
        return _plain_text_problems(value, key, where)
    if key == "key_points":
        return _key_point_problems(value, node, line, file)
    if key in MATERIAL_FIELDS:
        return _material_field_problems(key, value, where)
    return []


def _material_field_problems(key: str, value, where: str) -> list[str]:
    """hide: and search: as Material reads them; a slip would be ignored without a word."""
    if key == "hide":
        fix = (f"How to fix: write it as a list of what to hide, from {', '.join(HIDE_VALUES)}: as in "
               "hide: [toc], or a line '  - toc' under hide:.")
        if not isinstance(value, list):
            return [f"{where}: 'hide' must be a list. {fix}"]
        if unknown := [item for item in value if item not in HIDE_VALUES]:
            return [f"{where}: 'hide' holds '{unknown[0]}', which Material does not hide. {fix}"]
        return []
    if not isinstance(value, dict) or not all(_is_search_setting(k, v) for k, v in value.items()):
        return [f"{where}: 'search' holds {_shown_setting(value)}, which Material does not read. How to fix: write "
                "search: on its own line, and under it '  exclude: true' (to leave the page out of search) or "
                "'  boost: 2' (to rank it higher), or both."]
    return []


def _shown_setting(value) -> str:
    """What YAML read under search:, close to how a clinician wrote it (true, not Python's True)."""
    def shown(item):
        return str(item).lower() if isinstance(item, bool) else item
    if not isinstance(value, dict):
        return f"'{shown(value)}'"
    wrong = [f"{k}: {shown(v)}" for k, v in value.items() if not _is_search_setting(k, v)]
    return f"'{wrong[0]}'"


def _is_search_setting(key, value) -> bool:
    """exclude: true/false, or boost: a number (YAML reads true as a number too, so it is refused there)."""
    if key == "exclude":
        return isinstance(value, bool)
    return key == "boost" and isinstance(value, (int, float)) and not isinstance(value, bool)


def _plain_text_problems(text: str, name: str, where: str) -> list[str]:
    """The shared plain-text rule, worded for the front matter."""
    if found := text_problem(text, name, f"The {name.replace('key point', 'key points box')} is shown as plain "
                                         "text, exactly as typed."):
        problem, fix = found
        return [f"{where}: {lower_first(problem)} How to fix: {lower_first(fix)}"]
    return []


def _key_point_problems(value, node, line: int, file: str) -> list[str]:
    """Each point a line of plain words, and as many points as a section shows."""
    if not isinstance(value, list):
        return [f"{file}, line {line}: 'key_points' must be a list, one point per line. How to fix: write each point "
                "on its own line under 'key_points:', starting with two spaces, a dash and a space ('  - ')."]
    problems = []
    for point, item in zip(value, node.value):
        where = f"{file}, line {item.start_mark.line + 2}"
        if read := read_as(item):
            problems.append(f'{where}: YAML read this key point, {item.value}, as {read}, not as words. How to fix: '
                            f'put it in double quotes: - "{item.value}"')
        elif not isinstance(point, str) or not point.strip():
            shown = "is empty" if point in (None, "") else "was not read as plain text (a colon followed by a space " \
                                                             "makes it a 'name: value' pair)"
            problems.append(f"{where}: this key point {shown}. "
                            f"How to fix: write the point as a sentence; if it contains a colon, {QUOTE_IT}.")
        else:
            problems += _plain_text_problems(point, "key point", where)
    low, high = KEY_POINTS
    if not low <= len(value) <= high:
        fix = (f"add points until there are {low}, each a short point the section makes" if len(value) < low else
               f"keep the {high} that matter most")
        problems.append(f"{file}, line {line}: there {'is' if len(value) == 1 else 'are'} {len(value)} key "
                        f"point{'s' if len(value) != 1 else ''}; the box under the title holds {low} to {high}. "
                        f"How to fix: {fix}.")
    return problems
