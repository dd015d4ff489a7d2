"""MkDocs entry point for the patient guide.

Each event only hands over to the pure functions in hooks/guide/, which know
nothing of MkDocs. Quiz faults are gathered across the whole build and raised
together, so a clinician sees every problem in one go.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from guide.html_fixes import drop_checkbox_autocomplete
from guide.offline_zip import write_site_zip
from guide.quiz_grounding import ground_questions
from guide.quiz_model import Question, QuizError
from guide.quiz_parse import parse_quiz_questions, split_quiz_blocks
from guide.quiz_render import Section, render_quiz, render_section_prompt
from guide.quiz_validate import find_duplicate_ids, validate_question
from guide.theme_files import is_unused_theme_file

QUIZ_PAGE = "quiz.md"

_questions: dict[str, list[Question]] = {}
_anchors: dict[str, dict[str, str]] = {}
_faults: list = []
_section_order: list = []


def on_files(files, config):
    """Drop unused theme files, read and check every question, add the quiz page."""
    languages = config["plugins"]["material/search"].config.lang or ["en"]
    for file in [f for f in files if is_unused_theme_file(f.src_uri, languages)]:
        files.remove(file)
    _questions.clear(), _anchors.clear(), _faults.clear(), _section_order.clear()
    docs_name = Path(config["docs_dir"]).name
    for file in files.documentation_pages():
        questions, faults = parse_quiz_questions(file.content_string, f"{docs_name}/{file.src_uri}")
        _faults.extend(faults)
        for question in questions:
            _faults.extend(validate_question(question))
        if questions:
            _questions[file.src_uri] = questions
    _faults.extend(find_duplicate_ids([q for qs in _questions.values() for q in qs]))
    files.append(File.generated(config, QUIZ_PAGE, content=_quiz_page_source(config)))
    return files


def on_nav(nav, config, files):
    """Remember the reading order, which is the quiz's order too."""
    _section_order.extend(page for page in nav.pages if page.file.src_uri in _questions)


def on_page_markdown(markdown, page, config, files):
    """Hide question blocks from readers; point each section to its questions."""
    if page.file.src_uri == QUIZ_PAGE:
        _raise_faults()
        return markdown + "\n" + render_quiz(_sections_for(page))
    markdown, _ = split_quiz_blocks(markdown)
    questions = _questions.get(page.file.src_uri)
    if questions:
        quiz_link = posixpath.relpath(QUIZ_PAGE, posixpath.dirname(page.file.src_uri) or ".")
        markdown += render_section_prompt(quiz_link, _slug(page.file.src_uri), len(questions))
    return markdown


def on_page_content(html, page, config, files):
    """Check each answer against the rendered text and anchor its passage."""
    questions = [q for q in _questions.get(page.file.src_uri, []) if q.source and q.id]
    if not questions:
        return html
    html, anchors, faults = ground_questions(html, questions)
    _anchors[page.file.src_uri] = anchors
    _faults.extend(faults)
    return html


def on_env(env, config, files):
    """Raise what no page raised, in case the quiz page is ever left out."""
    _raise_faults()
    return env


def on_post_page(output, page, config):
    return drop_checkbox_autocomplete(output)


def on_post_template(output_content, template_name, config):
    return drop_checkbox_autocomplete(output_content)


@event_priority(-200)  # after the offline plugin writes search_index.js (-100)
def on_post_build(config):
    """Pack the finished site into its own download."""
    site_dir = Path(config["site_dir"])
    write_site_zip(site_dir, site_dir / config["extra"]["guide"]["download"])


def _quiz_page_source(config) -> str:
    guide = config["extra"]["guide"]
    return (
        "---\ntitle: Check your understanding\n"
        "description: A self-check quiz on soft tissue hip reconstruction, with the answers explained.\n"
        f"last_reviewed: {guide['last_reviewed']}\nnext_review: {guide['next_review']}\n"
        "quiz: true\nhide:\n  - toc\n---\n\n# Check your understanding\n"
    )


def _sections_for(quiz_page) -> list[Section]:
    """The sections in reading order, with links relative to the quiz page."""
    quiz_dir = posixpath.dirname(quiz_page.url) or "."
    sections = []
    for page in _section_order:
        src = page.file.src_uri
        if src not in _anchors:
            raise PluginError(f"Quiz: '{src}' was not read before the quiz page was written; "
                              "the quiz page must be built last.")
        sections.append(Section(page.meta.get("title") or page.title, posixpath.relpath(page.url, quiz_dir), _slug(src),
                                _questions[src], _anchors[src]))
    return sections


def _raise_faults() -> None:
    if _faults:
        raise PluginError(str(QuizError(list(_faults))))


def _slug(src_uri: str) -> str:
    return src_uri.removesuffix(".md").replace("/", "-")
