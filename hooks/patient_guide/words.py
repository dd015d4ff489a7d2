"""Every reader-facing word, from one file per language (words/<language>.yml).

Patients read these words on every page, and the file is signed off like a page,
so it is checked like one: every word the build needs, each a line of plain text
holding exactly the {placeholders} the build fills in, or the build stops naming
the file, the line and the fix.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import GuideError
from .plain_text import text_problem
from .plurals import choose, plural_problems
from .source_text import SourceError, decode_source
from .unsafe_html import unsafe_html_problems
from .yaml_text import QUOTE_IT, yaml_data, yaml_line, yaml_nodes, yaml_problem

WORDS_DIR = Path(__file__).parent / "words"
SHOWN_DIR = "hooks/patient_guide/words"  # how messages name the folder

# Every word the build, the templates and the scripts use, with the {placeholders} the build
# fills into it (tests/unit/test_words.py holds this to en.yml).
WORD_PLACEHOLDERS: dict[str, str] = {
    "date_format": "day month year", "months": "", "disclaimer_label": "", "disclaimer": "", "key_points": "",
    "about_this_page": "", "last_reviewed": "", "next_review": "", "published_by": "publisher",
    "reference_and_version": "reference version", "source_of_information": "source", "give_feedback": "",
    "download_offer": "", "download_help": "", "zip_cover": "title reference_and_version publisher",
    "offline_note": "", "search_dialog": "", "menu_button": "", "search_button": "", "dark_mode_button": "",
    "light_mode_button": "", "contact_heading": "", "contact_text": "who phone when", "guide_last_reviewed": "",
    "listen_play": "", "listen_pause": "", "listen_resume": "", "listen_back": "", "listen_forward": "",
    "listen_stop": "", "listen_questions": "", "listen_slow": "",
    "other_formats": "phone", "large_print_link": "",
    "print_hint": "", "print_glossary_heading": "", "print_quiz_heading": "",
    "print_quiz_intro": "", "print_button": "", "print_answers_heading": "", "print_page_number": "page pages",
    "quiz_intro": "", "section_prompt_heading": "", "section_prompt_one": "", "section_prompt_many": "count",
    "not_consent": "", "questions_about": "title", "question_number": "number total", "hint_single": "",
    "hint_multiple": "", "hint_order": "", "right_order": "", "order_moved": "step position total",
    "order_error": "number", "order_problem_link": "number question", "check_answer": "", "check_all": "",
    "to_question": "number total", "which_question": "number total", "show_answer": "",
    "right_answer_one": "", "right_answers_many": "", "read_about": "title", "your_results": "",
    "try_again": "", "correct": "", "not_quite": "", "error_prefix": "",
    "choose_an_answer": "number", "there_is_a_problem": "", "problem_link": "number question",
    "score": "right total", "read_again": "", "missed_question": "number question", "all_right": "",
    "whole_guide_results": "", "read_again_sections": "", "add_to_list": "",
    "list_heading": "", "list_help": "", "list_privacy": "", "list_count_none": "", "list_count_one": "",
    "list_count_many": "count", "remove": "", "print_list": "", "clear_list": "", "list_blocked": "",
    "sheet_title": "", "sheet_name": "", "sheet_appointment": "", "sheet_notes": "", "team_answer": "",
    "printed_on": "date", "date_locale": "", "review_pending_notice": "date", "review_due_notice": "date",
    "review_pending_part_notice": "date", "review_pending_guide_notice": "pages date", "version_history": "",
    "version_first": "version date", "version_changed": "version date pages", "version_every_page": "",
    "version_no_change": "version date",
    "accessibility_title": "", "privacy_title": "", "tool_version": "tool version", "tool_axe": "",
    "tool_playwright": "", "tool_nu_checker": "", "tool_pytest": "",
    "accessibility_body": "publisher built_on tools feedback_url other_formats large_print_url",
    "privacy_body": "publisher feedback_url",
    "other_languages": "", "translated_from_note": "version", "full_stop": "",
}
# The two statements are whole pages, written in Markdown; the zip's cover is plain text on many lines.
MARKDOWN_WORDS = {"accessibility_body", "privacy_body"}
LINES_WORDS = MARKDOWN_WORDS | {"zip_cover"}
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# A text that holds a count may be written as one text per CLDR plural form of its language
# (one: ..., few: ..., many: ..., other: ...); the first of these placeholders chooses the form.
COUNTED_BY = ("count", "total", "number")
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?")  # BCP 47, as en-GB


class WordsError(GuideError):
    """No words for the site's language, or a words file that lacks some or words one wrongly."""


class Words(dict):
    """The words of one language; a missing key is a bug, so it says which."""

    file = "the words file"  # as messages name it: hooks/patient_guide/words/en.yml
    language = "en"  # whose plural rules choose among a counted text's forms
    text = ""  # the file's text, read once, which the review of its sign-off reads too

    def __missing__(self, key: str) -> str:
        raise WordsError(f"words: no text for '{key}'. Add '{key}: ...' to the language's words file.")

    def fill(self, key: str, **values) -> str:
        """A text with its {placeholders} filled in (in the form its count takes, if it has forms)."""
        text = self[key]
        if isinstance(text, dict):
            text = choose(text, self.language, int(values[counted_by(key)]))
        return text.format(**values)

    def date(self, day) -> str:
        """A date as patients read it, in this language (as partials/guide-date.html writes it)."""
        return self.fill("date_format", day=day.day, month=self["months"].split(", ")[day.month - 1], year=day.year)


def theme_language_problem(language, theme_dirs: list[str]) -> str | None:
    """Material writes every page's own words from partials/languages/<language>.html: a language it
    has no file for would end the build in a template traceback, so name it here instead."""
    known = sorted({path.stem for folder in theme_dirs for path in Path(folder).glob("partials/languages/*.html")})
    if language in known:
        return None
    if language is not None and not isinstance(language, str):
        said, language = f"is {language!r}, not one language code", ""
    elif not (language or "").strip():  # written 'language:' with nothing after it, YAML reads None
        said = "is empty"
    else:
        said = f"is '{language}', which Material has no words for"
    near = [code for code in known if language and language.strip() and code.split("-")[0] == language.split("-")[0]]
    return (f"mkdocs.yml: theme.language {said}. How to fix: write one of Material's language codes after "
            f"'language: ', such as {' or '.join(near) if near else 'en for English'}. "
            f"The codes it knows: {', '.join(known)}.")


@lru_cache(maxsize=8)
def load_words(language: str = "en", words_dir: Path = WORDS_DIR) -> Words:
    """The words for `language` (Material's theme.language), every one checked."""
    path = words_dir / f"{language}.yml"
    shown = f"{SHOWN_DIR}/{path.name}"
    if not path.is_file():
        raise WordsError(f"theme.language is '{language}', but there is no {path.name} in {SHOWN_DIR}. "
                         "Copy en.yml to that name and translate its texts.")
    words, problems = read_words(path.read_bytes(), shown, language)
    if problems:
        raise WordsError(f"{shown} has problems:\n  - " + "\n  - ".join(problems))
    words.file = shown
    return words


def counted_by(key: str) -> str | None:
    """The placeholder whose number chooses the plural form of a word, if it holds a count."""
    return next((name for name in COUNTED_BY if name in WORD_PLACEHOLDERS.get(key, "").split()), None)


def read_words(data: bytes, shown: str, language: str = "en") -> tuple[Words, list[str]]:
    """A words file's texts and every problem in it, each with its line and fix."""
    try:
        text = decode_source(data, shown)
    except SourceError as error:
        return Words(), [str(error)]
    nodes, problems = _nodes(text, shown)
    if problems:
        return Words(), problems
    words, meant = Words(), set()
    words.text, words.language = text, language
    for key, (line, value, block) in nodes.items():
        where = f"{shown}, line {line}"
        if key not in WORD_PLACEHOLDERS:
            near = _nearest(key)
            meant.add(near)  # the typo's message names it: no "missing" message as well
            problems.append(f"{where}: '{key}' is not a word the guide uses. How to fix: "
                            + (f"did you mean '{near}'? Correct the name before the colon." if near else
                               "remove it, or restore the name it had (git shows it)."))
            continue
        if isinstance(value, dict) and counted_by(key):
            if found := plural_problems(key, value, language, where):
                problems += found
                continue
            for form, form_text in value.items():
                if placeholders := _placeholder_problems(key, form_text, f"{where} ({form})"):
                    problems += placeholders
                elif found := text_problem(PLACEHOLDER.sub("x", form_text), f"text of '{key}' ({form})",
                                           "Words are shown as plain text, exactly as typed."):
                    problems.append(f"{where}: {found[0]} How to fix: {found[1]}")
            words[key] = value
            continue
        if not isinstance(value, str) or not value.strip():
            read = "nothing" if value in (None, "") else f"{value!r}, not words"
            problems.append(f"{where}: YAML read '{key}' as {read}. How to fix: write its text after '{key}: '; "
                            f"if it is yes, no, a number or starts with a sign, {QUOTE_IT}.")
            continue
        if placeholders := _placeholder_problems(key, value, where):
            problems += placeholders
        elif key in MARKDOWN_WORDS:
            first = line + 1 if block else line  # a block's text starts on the line after its key
            problems += [re.sub(r"^x, line (\d+):", lambda m, first=first, key=key: f"{shown}, line "
                                f"{first + int(m.group(1)) - 1} ('{key}'):", problem)
                         for problem in unsafe_html_problems(value, "x")]
            if "```" in value or "~~~" in value:
                problems.append(f"{where}: '{key}' has a code block (``` or ~~~), which the page would show "
                                "as code. How to fix: write it as text.")
        elif found := text_problem(PLACEHOLDER.sub("x", value.replace("\n", " ") if key in LINES_WORDS else value),
                                   f"text of '{key}'", "Words are shown as plain text, exactly as typed."):
            problems.append(f"{where}: {found[0]} How to fix: {found[1]}")
        words[key] = value
    if missing := [key for key in WORD_PLACEHOLDERS if key not in nodes and key not in meant]:
        problems.append(f"{shown}: {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing. How to fix: "
                        "copy each from en.yml (git shows it) and, for a translation, translate it.")
    problems += _date_problems(words, nodes, shown)
    return words, problems


def _nodes(text: str, shown: str) -> tuple[dict[str, tuple[int, object, bool]], list[str]]:
    """Each key's line, value and whether it is a block of lines (|); a key given twice, or a file
    YAML cannot read, named with its line."""
    try:
        root = yaml_nodes(text)
        data = yaml_data(text)
    except (yaml.YAMLError, ValueError, TypeError) as error:
        line = yaml_line(error)
        what, fix = yaml_problem(error)
        fix = fix or f"if a text contains a colon followed by a space, {QUOTE_IT}; indent with spaces, not tabs."
        return {}, [f"{shown}, line {line + 1 if line is not None else 1}: the words file cannot be read: {what}. "
                    f"How to fix: {fix}"]
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        return {}, [f"{shown}, line 1: the words file is not a list of 'key: text' lines. How to fix: restore it "
                    "from git and change only the texts after each 'key: '."]
    nodes, problems = {}, []
    for key_node, value_node in root.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if key in nodes:
            problems.append(f"{shown}, line {line}: '{key}' is given twice (first on line {nodes[key][0]}); only "
                            f"the last would count. How to fix: keep one '{key}:' line.")
        nodes[key] = (line, data.get(key_node.value), getattr(value_node, "style", None) in ("|", ">"))
    return nodes, problems


def _placeholder_problems(key: str, value: str, where: str) -> list[str]:
    """Exactly the {placeholders} the build fills in: one lost or misspelt would show as typed."""
    wanted = set(WORD_PLACEHOLDERS[key].split())
    given = PLACEHOLDER.findall(value)
    if stray := [name for name in given if name not in wanted]:
        fills = f"it fills in only {', '.join('{' + name + '}' for name in sorted(wanted))}" if wanted else \
            "it fills in nothing here"
        return [f"{where}: '{key}' has {{{stray[0]}}}, which the build does not fill in ({fills}). How to fix: "
                "correct its spelling, or remove it."]
    if value.count("{") != len(given) or value.count("}") != len(given):
        return [f"{where}: '{key}' has a curly bracket on its own. How to fix: remove it; curly brackets only "
                "mark what the build fills in, as in {publisher}."]
    if lost := sorted(wanted - set(given)):
        return [f"{where}: '{key}' has lost {', '.join('{' + name + '}' for name in lost)}, which the build fills "
                "in. How to fix: put it back where it belongs in the sentence."]
    return []


def _date_problems(words: Words, nodes: dict, shown: str) -> list[str]:
    """Dates are written from 'date_format' and 'months', the printed sheet's from 'date_locale':
    a slip there would garble every page's dates, or stop the sheet printing."""
    def where(key: str) -> str:
        return f"{shown}, line {nodes[key][0]}"
    problems = []
    if "months" in words and len(words["months"].split(", ")) != 12:
        problems.append(f"{where('months')}: 'months' must name the 12 months in order, separated by a comma "
                        "and a space.")
    if "date_locale" in words and not LANGUAGE_TAG.fullmatch(words["date_locale"]):
        problems.append(f"{where('date_locale')}: 'date_locale' is '{words['date_locale']}', which is not a language "
                        "tag a browser knows. How to fix: write it as a language and a country, as in en-GB or cy-GB.")
    return problems


def _nearest(key: str) -> str | None:
    """The word a mistyped key most likely meant."""
    import difflib  # only for a mistyped key: every build would pay to import it at the top

    near = difflib.get_close_matches(key, list(WORD_PLACEHOLDERS), n=1, cutoff=0.6)
    return near[0] if near else None
