"""One glossary file feeds the Glossary page and the first-use links, which open each definition in the text."""

from __future__ import annotations

import re
from functools import cache
from html import escape, unescape
from pathlib import Path
from typing import NamedTuple

import yaml

from .collation import sort_key
from .errors import GuideError
from .markdown_blocks import TEXT, read_blocks
from .plain_text import lower_first, text_problem
from .source_text import SourceError, decode_source, normal_text, unseen_characters, visible
from .yaml_text import (
    label_problems,
    read_as,
    unreadable_value_problems,
    yaml_data,
    yaml_line,
    yaml_nodes,
    yaml_problem,
)

GLOSSARY_FILE = "glossary.yml"  # in docs/: the one file the glossary, its definitions and links come from

FIELDS = {"term", "forms", "definition"}


class Term(NamedTuple):
    term: str
    forms: tuple[str, ...]
    definition: str
    line: int = 0  # where the entry starts in glossary.yml, for messages

    @property
    def anchor(self) -> str:
        return "glossary-" + re.sub(r"[^a-z0-9]+", "-", self.term.lower()).strip("-")


class GlossaryError(GuideError):
    """A glossary entry the build cannot use, worded for the person editing it."""


def read_glossary(path: Path, display_name: str) -> tuple[list[Term], str]:
    """The glossary file, which the build cannot do without: its terms, and its text (read once,
    and shared with the review of its sign-off)."""
    if not path.is_file():
        raise GlossaryError(f"{display_name} is missing: the glossary, its definitions and links are built from it. "
                            "Restore it, or create it with at least one term.")
    try:
        text = decode_source(path.read_bytes(), display_name)
    except SourceError as error:
        raise GlossaryError(str(error)) from None
    return load_glossary(text, display_name), text


ENTRY_HELP = "Write each entry as '- term: ...', then '  forms: [..., ...]' and '  definition: ...'."


def load_glossary(text: str, file: str) -> list[Term]:
    """Read glossary.yml, refusing entries that would silently go missing or go wrong."""
    text = normal_text(text)
    if unseen := unseen_characters(text, file):
        raise GlossaryError("The glossary has problems:\n  - " + "\n  - ".join(unseen))
    root = None
    try:
        root = yaml_nodes(text)  # for the line of each entry
        entries = yaml_data(text)
    except (ValueError, TypeError, OverflowError):  # a date like 2027-02-30: YAML says which, not where
        raise GlossaryError("The glossary has problems:\n  - " + "\n  - ".join(
            unreadable_value_problems(root, file, 1))) from None
    except yaml.YAMLError as error:
        line = yaml_line(error)
        what, fix = yaml_problem(error)
        fix = fix or ('if a definition contains a colon, put the whole definition in double quotes, as in '
                      'definition: "..."; indent with spaces, not tabs.')
        raise GlossaryError(f"{file}, line {line + 1 if line is not None else 1}: the glossary cannot be read: "
                            f"{what}. How to fix: {fix}") from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise GlossaryError(f"{file}, line {root.start_mark.line + 1}: the glossary is not a list of entries. "
                            f"How to fix: {ENTRY_HELP}")
    problems, terms = label_problems(text, file, 1), []
    for node, entry in zip(root.value, entries):
        entry_problems, term = _read_entry(entry, node, file)
        problems += entry_problems
        if term:
            terms.append(term)
    problems += _repeats(terms, file)
    if problems:
        raise GlossaryError("The glossary has problems:\n  - " + "\n  - ".join(problems))
    return sorted(terms, key=lambda term: sort_key(term.term))  # as its language orders it (collation.py)


def _read_entry(entry, node, file: str) -> tuple[list[str], Term | None]:
    """One entry, or why it cannot be used."""
    line = node.start_mark.line + 1
    fields = _field_nodes(node)
    if problems := _repeated_fields(fields, entry, file) + _read_as_problems(fields, file):
        return problems, None
    if not isinstance(entry, dict) or not _is_text(entry.get("term")) or not _is_text(entry.get("definition")):
        return [f"{file}, line {line}: needs both 'term:' and 'definition:', each followed by words. "
                f"How to fix: {ENTRY_HELP}"], None
    name = str(entry["term"])
    if unknown := set(entry) - FIELDS:
        return [f"{file}, line {line} ({name}): unknown field(s) {', '.join(sorted(map(str, unknown)))}. "
                "How to fix: use only term, forms and definition."], None
    forms = entry.get("forms", [name])
    if isinstance(forms, str) or not isinstance(forms, list) or not all(_is_text(form) for form in forms) \
            or not forms:
        return [f"{file}, line {line} ({name}): 'forms' must be a list of words in square brackets. "
                f"How to fix: write it as forms: [{name}, ...], every form separated by a comma."], None
    if problems := _plain_text_problems(entry, fields, name, file):
        return problems, None
    return [], Term(name, tuple(str(form) for form in forms), " ".join(str(entry["definition"]).split()), line)


def _field_nodes(node) -> list[tuple[str, yaml.Node, int]]:
    """An entry's fields as written: (name, value node, line), repeats included."""
    if not isinstance(node, yaml.MappingNode):
        return []
    return [(str(key.value), value, key.start_mark.line + 1) for key, value in node.value
            if isinstance(key, yaml.ScalarNode)]


def _repeated_fields(fields, entry, file: str) -> list[str]:
    """A field given twice in one entry: YAML would keep the last without a word."""
    problems, seen = [], {}
    for name, _, line in fields:
        if name in seen:
            term = entry.get("term") if isinstance(entry, dict) else None
            label = f" ({visible(str(term))})" if _is_text(term) else ""
            problems.append(f"{file}, line {line}{label}: '{visible(name)}' is given twice in this entry (first on "
                            f"line {seen[name]}); only the last would count. How to fix: keep one '{name}:' line.")
        seen.setdefault(name, line)
    return problems


def _read_as_problems(fields, file: str) -> list[str]:
    """A term, form or definition YAML read as true or false, a number or a date, not as words."""
    problems = []
    for name, value, _line in fields:
        items = value.value if name == "forms" and isinstance(value, yaml.SequenceNode) else [value]
        for item in items:
            if name in FIELDS and (read := read_as(item)):
                problems.append(f"{file}, line {item.start_mark.line + 1}: YAML read the {name.rstrip('s')} "
                                f"{item.value} as {read}, not as words. How to fix: put it in double quotes: "
                                + (f'[..., "{item.value}"]' if name == "forms" else f'{name}: "{item.value}"'))
    return problems


def _plain_text_problems(entry: dict, fields, name: str, file: str) -> list[str]:
    """Terms and definitions are shown as typed (and opened in the text): plain text only."""
    lines = {field: line for field, _, line in fields}
    problems = []
    for field in ("term", "definition"):
        if found := text_problem(str(entry[field]), field, "The glossary shows plain text only."):
            problem, fix = found
            problems.append(f"{file}, line {lines.get(field, 1)} ({visible(name)}): {lower_first(problem)} "
                            f"How to fix: {lower_first(fix)}")
    return problems


def _is_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _repeats(terms: list[Term], file: str) -> list[str]:
    """A term or form given twice would give a word two definitions, and two terms with one
    anchor would share one link: say where both are."""
    problems, terms_seen, forms_seen, anchors_seen = [], {}, {}, {}
    for term in terms:
        key = term.term.casefold()
        if key in terms_seen:
            problems.append(f"{file}, line {term.line}: the term \"{term.term}\" is already in the glossary at "
                            f"line {terms_seen[key].line}. How to fix: keep one entry for it.")
        elif other := anchors_seen.get(term.anchor):
            problems.append(f"{file}, line {term.line}: the term \"{term.term}\" would have the same link as "
                            f"\"{other.term}\" (line {other.line}), as they differ only in spaces, dashes or signs, so "
                            "a link to one would open the other. How to fix: keep one entry for both, or spell them "
                            "so they differ in their letters or numbers.")
        terms_seen.setdefault(key, term)
        anchors_seen.setdefault(term.anchor, term)
        for form in term.forms:
            other = forms_seen.get(form.casefold())
            if other is term:
                problems.append(f"{file}, line {term.line}: the form \"{form}\" of \"{term.term}\" is listed twice. "
                                "How to fix: keep it once in 'forms'.")
            elif other:
                problems.append(f"{file}, line {term.line}: the form \"{form}\" is also a form of \"{other.term}\" "
                                f"(line {other.line}), so it would have two definitions. How to fix: keep it "
                                "under one term only.")
            forms_seen.setdefault(form.casefold(), term)
    return problems


def unused_forms(terms: list[Term], texts: list[str], file: str) -> tuple[list[str], list[str]]:
    """Forms no page uses, as (warnings, notes).

    A term none of whose forms is used is a warning (a spelling slip, or a dead
    entry); one unused form of a term that is used (a singular listed beside the
    plural the text uses) is only a note.
    """
    warnings, notes = [], []
    everything = "\n".join(texts)  # one search per form, not one per form and page
    folded = everything.casefold()  # a form that is not even a substring needs no word-by-word search
    for term in terms:
        unused = [form for form in term.forms if not _uses(everything, folded, form)]
        if len(unused) == len(term.forms):
            warnings.append(f"{file}, line {term.line}: no page uses \"{term.term}\" in any of its forms "
                            f"({', '.join(term.forms)}), so it is never explained in the text. How to fix: check the "
                            "spelling "
                            "of its forms against the text, or remove the entry.")
        elif unused := [form for form in unused if form.casefold() != term.term.casefold()]:
            # The term itself heads its entry on the Glossary page: only a spelling of it there is worth a note.
            notes.append(f"{file}, line {term.line}: no page uses the form{'s' if len(unused) > 1 else ''} "
                         f"{', '.join(unused)} of \"{term.term}\" (other forms are used, so this is fine if "
                         "intended).")
    return warnings, notes


# A first-use link as link_first_uses writes it and Markdown renders it: to an entry, around plain words.
TERM_LINK = re.compile(r'<a href="([^"#]*#(glossary-[a-z0-9-]+))">([^<]+)</a>')


def mark_defined_terms(html: str, terms: list[Term]) -> str:
    """Give each first-use link (link_first_uses) its term and definition, which definitions.js shows
    under the line when the word is pressed. Without the script, the link still leads to the glossary."""
    if not terms:
        return html
    by_anchor = {term.anchor: term for term in terms}

    def mark(match: re.Match) -> str:
        term = by_anchor.get(match.group(2))
        if term is None or unescape(match.group(3)).casefold() not in {form.casefold() for form in term.forms}:
            return match.group(0)  # a link an author wrote to the glossary, not a use of the term
        return (f'<a href="{match.group(1)}" data-guide-term="{escape(_capitalised(term.term))}" '
                f'data-guide-definition="{escape(term.definition)}">{match.group(3)}</a>')

    return TERM_LINK.sub(mark, html)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# Lines of Markdown text that are not running text: headings, HTML, tables, abbreviations, admonitions.
NOT_PROSE = re.compile(r"^\s*(#|<|\||\*\[|!!!|\?\?\?|```|~~~|$)")
# Spans a new link must not land inside: existing links, inline code, raw HTML tags, character references.
PROTECTED = re.compile(r"\[[^\]]*\]\([^)]*\)|`[^`]*`|<[^>]+>|&#?[A-Za-z0-9]+;")


def link_first_uses(markdown: str, terms: list[Term], glossary_url: str, kinds: list[str] | None = None) -> str:
    """Link each term's first use in running text to its glossary entry (definitions.js makes the link
    a button that opens the definition in place; without the script, the link still works). `kinds`:
    how Markdown reads each line (markdown_blocks), if the page has been read already."""
    # Longer terms first, so "gluteal tendons" is linked before "tendon" can claim part of it.
    ordered = sorted(terms, key=lambda term: -max(map(len, term.forms)))
    linked: set[str] = set()
    lines = markdown.split("\n")
    # Code is shown as written, and raw HTML and comments too: a Markdown link there would show as brackets.
    kinds = kinds or read_blocks(lines).kinds
    for index, line in enumerate(lines):
        if kinds[index] != TEXT or NOT_PROSE.match(line):
            continue
        folded, protected = line.casefold(), None
        for term in ordered:
            # Most lines hold no form of most terms: a substring test rules them out cheaply.
            if term.term in linked or not any(form.casefold() in folded for form in term.forms):
                continue
            if protected is None:
                protected = [span.span() for span in PROTECTED.finditer(line)]
            matches = [m for m in (_first_unprotected(line, form, protected) for form in term.forms) if m]
            if matches:
                match = min(matches, key=lambda m: (m.start(), -len(m.group(0))))
                line = f"{line[:match.start()]}[{match.group(0)}]({glossary_url}#{term.anchor}){line[match.end():]}"
                linked.add(term.term)
                folded, protected = line.casefold(), None
        lines[index] = line
    return "\n".join(lines)


def _uses(text: str, folded: str, form: str) -> bool:
    """Whether `text` (`folded` being its casefold) has `form` as a whole word, in any capitals.
    The word pattern is tried only where the form's letters stand: searched from every place in
    the guide's text, it was most of the build's glossary time."""
    wanted, word = form.casefold(), _whole_word(form)
    at = folded.find(wanted)
    if len(folded) != len(text):  # a letter casefolds to two (ß to ss): places in the two no longer match
        return at != -1 and bool(word.search(text))
    while at != -1:
        if word.match(text, at):
            return True
        at = folded.find(wanted, at + 1)
    return False


@cache
def _whole_word(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", re.IGNORECASE)


def _first_unprotected(line: str, form: str, protected: list[tuple[int, int]]):
    """The first use of a form outside a link, inline code or a tag (the line's protected spans)."""
    for match in _whole_word(form).finditer(line):
        if not any(start < match.end() and match.start() < end for start, end in protected):
            return match
    return None


def render_glossary(terms: list[Term]) -> str:
    """The glossary as a definition list, each term with an id to link to."""
    items = "\n".join(f'<dt id="{term.anchor}">{escape(term.term[:1].upper() + term.term[1:])}</dt>\n'
                      f"<dd>{escape(term.definition)}</dd>" for term in terms)
    return f'<dl class="guide-glossary">\n{items}\n</dl>'
