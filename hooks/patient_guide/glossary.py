"""One glossary file feeds the Glossary page, the tooltips and the first-use links."""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import NamedTuple

import yaml

FIELDS = {"term", "forms", "definition"}


class Term(NamedTuple):
    term: str
    forms: tuple[str, ...]
    definition: str

    @property
    def anchor(self) -> str:
        return "glossary-" + re.sub(r"[^a-z0-9]+", "-", self.term.lower()).strip("-")


class GlossaryError(Exception):
    """A glossary entry the build cannot use, worded for the person editing it."""


def read_glossary(path: Path, display_name: str) -> list[Term]:
    """The glossary file, which the build cannot do without."""
    if not path.is_file():
        raise GlossaryError(f"{display_name} is missing: the glossary, its tooltips and links are built from it. "
                            "Restore it, or create it with at least one term.")
    return load_glossary(path.read_text("utf-8"), display_name)


def load_glossary(text: str, file: str) -> list[Term]:
    """Read glossary.yml, refusing entries that would silently go missing."""
    entries = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    problems, terms = [], []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("term") or not entry.get("definition"):
            problems.append(f"{file}, entry {number}: needs both 'term:' and 'definition:'.")
            continue
        if unknown := set(entry) - FIELDS:
            problems.append(f"{file}, entry {number} ({entry['term']}): unknown field(s) {', '.join(sorted(unknown))}; "
                            "use only term, forms and definition.")
        forms = tuple(entry.get("forms") or [entry["term"]])
        terms.append(Term(str(entry["term"]), tuple(map(str, forms)), " ".join(str(entry["definition"]).split())))
    if problems:
        raise GlossaryError("The glossary has problems:\n  - " + "\n  - ".join(problems))
    return sorted(terms, key=lambda term: term.term.lower())


# Text that gets no tooltip: inside these elements, or inside a tag itself.
NO_TOOLTIP_INSIDE = ("abbr", "code", "pre", "script", "style", "title", "textarea")
TAG_OR_TEXT = re.compile(r"(<[^>]+>)")


def add_tooltips(html: str, terms: list[Term]) -> str:
    """Wrap every use of a term in <abbr title="definition">, which Material shows as a tooltip.

    One pass over the page's text: Markdown's own abbr extension does the same
    work far more slowly, and would need the definitions copied into every page.
    """
    if not terms:
        return html
    definitions, pattern = _tooltip_lookup(tuple(terms))
    parts = TAG_OR_TEXT.split(html)
    skipping: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            name = re.match(r"</?([a-zA-Z0-9]+)", part)
            if name and name.group(1).lower() in NO_TOOLTIP_INSIDE:
                if part.startswith("</"):
                    skipping and skipping.pop()
                elif not part.endswith("/>"):
                    skipping.append(name.group(1).lower())
        elif part and not skipping:
            parts[index] = pattern.sub(
                lambda m: f'<abbr title="{escape(definitions[m.group(0).lower()])}">{m.group(0)}</abbr>', part)
    return "".join(parts)


@lru_cache(maxsize=4)
def _tooltip_lookup(terms: tuple[Term, ...]) -> tuple[dict[str, str], re.Pattern]:
    """Built once per glossary, not once per page."""
    definitions = {form.lower(): term.definition for term in terms for form in term.forms}
    alternatives = "|".join(re.escape(form) for form in sorted(definitions, key=len, reverse=True))
    return definitions, re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)


# Lines that are not running text: headings, HTML, tables, abbreviations, admonitions.
NOT_PROSE = re.compile(r"^\s*(#|<|\||\*\[|!!!|\?\?\?|```|~~~|$)")
# Spans a new link must not land inside: existing links, inline code, raw HTML tags.
PROTECTED = re.compile(r"\[[^\]]*\]\([^)]*\)|`[^`]*`|<[^>]+>")


def link_first_uses(markdown: str, terms: list[Term], glossary_url: str) -> str:
    """Link each term's first use in running text to its glossary entry.

    Tooltips need a mouse; a link works by keyboard and touch too.
    """
    # Longer terms first, so "gluteal tendons" is linked before "tendon" can claim part of it.
    ordered = sorted(terms, key=lambda term: -max(map(len, term.forms)))
    linked: set[str] = set()
    lines = markdown.split("\n")
    in_fence = False
    for index, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence or NOT_PROSE.match(line):
            continue
        for term in ordered:
            if term.term in linked:
                continue
            matches = [m for m in (_first_unprotected(line, form) for form in term.forms) if m]
            if matches:
                match = min(matches, key=lambda m: (m.start(), -len(m.group(0))))
                line = f"{line[:match.start()]}[{match.group(0)}]({glossary_url}#{term.anchor}){line[match.end():]}"
                linked.add(term.term)
        lines[index] = line
    return "\n".join(lines)


@lru_cache(maxsize=None)
def _whole_word(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", re.IGNORECASE)


def _first_unprotected(line: str, form: str):
    protected = [span.span() for span in PROTECTED.finditer(line)]
    for match in _whole_word(form).finditer(line):
        if not any(start < match.end() and match.start() < end for start, end in protected):
            return match
    return None


def render_glossary(terms: list[Term]) -> str:
    """The glossary as a definition list, each term with an id to link to."""
    items = "\n".join(f'<dt id="{term.anchor}">{escape(term.term[:1].upper() + term.term[1:])}</dt>\n'
                      f"<dd>{escape(term.definition)}</dd>" for term in terms)
    return f'<dl class="guide-glossary">\n{items}\n</dl>'
