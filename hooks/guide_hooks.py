"""MkDocs entry point for the patient guide.

Each event only hands over to the pure functions in hooks/patient_guide/, which know
nothing of MkDocs. Quiz faults are gathered across the whole build and raised
together, so a clinician sees every problem in one go. The pages this hook
generates (quiz, glossary, print) are added last, so MkDocs reads them after
the sections they draw on.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from patient_guide.glossary import GlossaryError, add_tooltips, link_first_uses, read_glossary, render_glossary
from patient_guide.html_fixes import drop_checkbox_autocomplete
from patient_guide.offline_zip import write_site_zip
from patient_guide.print_page import PrintSection, render_print_markdown, render_print_slots
from patient_guide.quiz.grounding import ground_questions
from patient_guide.quiz.model import Question, QuizError
from patient_guide.quiz.parse import split_quiz_blocks
from patient_guide.quiz.render import Section, render_quiz_markdown, render_quiz_slots, render_section_prompt
from patient_guide.quiz.validate import check_question_bank
from patient_guide.slots import MissingSlotError, fill_slots
from patient_guide.theme_files import is_unused_theme_file

QUIZ_PAGE, GLOSSARY_PAGE, PRINT_PAGE = "quiz.md", "glossary.md", "print.md"
GLOSSARY_FILE = "glossary.yml"
GENERATED_PAGES = {
    # The quiz and print pages repeat the sections' words: searching them would only double the results.
    QUIZ_PAGE: ("Check your understanding", "A self-check quiz on soft tissue hip reconstruction, "
                "with the answers explained.", ["quiz: true", "search:\n  exclude: true", "hide:\n  - toc"]),
    GLOSSARY_PAGE: ("Glossary", "Plain-English meanings of the medical words used in this guide to "
                    "soft tissue hip reconstruction.", []),
    PRINT_PAGE: ("Print the whole guide", "The whole guide to soft tissue hip reconstruction on one page, "
                 "for printing, with the glossary and the quiz.", ["search:\n  exclude: true", "hide:\n  - toc"]),
}

_questions: dict[str, list[Question]] = {}
_anchors: dict[str, dict[str, str]] = {}
_faults: list = []
_sections: list = []  # the written pages after the home page, in reading order
_section_html: dict[str, str] = {}
_glossary: list = []


def on_files(files, config):
    """Drop unused theme files; read the glossary and every question; add the generated pages."""
    for store in (_questions, _anchors, _faults, _sections, _section_html, _glossary):
        store.clear()
    languages = config["plugins"]["material/search"].config.lang or ["en"]
    for file in [f for f in files if is_unused_theme_file(f.src_uri, languages)]:
        files.remove(file)
    docs_dir = Path(config["docs_dir"])
    _refuse_generated_page_names(files, docs_dir.name)
    try:
        _glossary.extend(read_glossary(docs_dir / GLOSSARY_FILE, f"{docs_dir.name}/{GLOSSARY_FILE}"))
    except GlossaryError as error:
        raise PluginError(str(error)) from None
    bank, faults = check_question_bank({f.src_uri: f.content_string for f in files.documentation_pages()},
                                       docs_dir.name)
    _questions.update(bank)
    _faults.extend(faults)
    for name, (title, description, meta) in GENERATED_PAGES.items():
        files.append(File.generated(config, name, content=_generated_page_source(config, title, description, meta)))
    return files


def on_nav(nav, config, files):
    """Remember the reading order, which the quiz and the print page follow."""
    _sections.extend(page for page in nav.pages if page.file.src_uri not in {*GENERATED_PAGES, "index.md"})


def on_page_markdown(markdown, page, config, files):
    """Hide question blocks; explain terms; point each section to its questions."""
    src = page.file.src_uri
    if src == QUIZ_PAGE:
        _raise_faults()
        return markdown + "\n" + render_quiz_markdown(_quiz_sections(page, with_anchors=False))
    if src == GLOSSARY_PAGE:
        return markdown + "\n" + render_glossary(_glossary)
    if src == PRINT_PAGE:
        _raise_faults()
        return markdown + "\n" + render_print_markdown(_print_sections(with_html=False))
    markdown, _ = split_quiz_blocks(markdown)
    markdown = link_first_uses(markdown, _glossary, _link(GLOSSARY_PAGE, src))
    if questions := _questions.get(src):
        markdown += render_section_prompt(_link(QUIZ_PAGE, src), _slug(src), len(questions))
    return markdown


def on_page_content(html, page, config, files):
    """Ground each section's answers in its text; fill the generated pages' slots."""
    src = page.file.src_uri
    if src == QUIZ_PAGE:
        return _filled(html, render_quiz_slots(_quiz_sections(page)))
    if src == PRINT_PAGE:
        return _filled(html, render_print_slots(_print_sections(), render_glossary(_glossary), _questions_in_order()))
    questions = [q for q in _questions.get(src, []) if q.source and q.id]
    if questions:
        html, anchors, faults = ground_questions(html, questions)
        _anchors[src] = anchors
        _faults.extend(faults)
    html = add_tooltips(html, _glossary) if src != GLOSSARY_PAGE else html
    _section_html[src] = html
    return html


def on_env(env, config, files):
    """Raise what no page raised, in case a generated page is ever left out of the nav."""
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


def _refuse_generated_page_names(files, docs_name: str) -> None:
    """A clinician's file named like a generated page would be silently replaced."""
    for file in files.documentation_pages():
        if file.src_uri in GENERATED_PAGES:
            raise PluginError(f"{docs_name}/{file.src_uri}: the build makes this page itself. "
                              "Rename your file, or remove it.")


def _generated_page_source(config, title: str, description: str, meta: list[str]) -> str:
    guide = config["extra"]["guide"]
    lines = [f"title: {title}", f"description: {description}",
             f"last_reviewed: {guide['last_reviewed']}", f"next_review: {guide['next_review']}", *meta]
    return "---\n" + "\n".join(lines) + f"\n---\n\n# {title}\n"


def _quiz_sections(quiz_page, with_anchors: bool = True) -> list[Section]:
    """The sections with questions, in reading order, linked from the quiz page."""
    return [Section(_title(page), _link(page.url, quiz_page.file.src_uri),
                    _slug(page.file.src_uri), _questions[page.file.src_uri],
                    _read(_anchors, page) if with_anchors else {})
            for page in _sections if page.file.src_uri in _questions]


def _print_sections(with_html: bool = True) -> list[PrintSection]:
    return [PrintSection(_title(page), _slug(page.file.src_uri), page.meta.get("key_points") or [],
                         _read(_section_html, page) if with_html else "") for page in _sections]


def _filled(html: str, contents: dict[str, str]) -> str:
    try:
        return fill_slots(html, contents)
    except MissingSlotError as error:
        raise PluginError(f"Generated page: {error}.") from None


def _questions_in_order() -> list[Question]:
    return [q for page in _sections for q in _questions.get(page.file.src_uri, [])]


def _read(store: dict, page):
    """A section's result, which exists only once MkDocs has read that section."""
    if page.file.src_uri not in store:
        raise PluginError(f"'{page.file.src_uri}' was not read before the page built from it; "
                          "generated pages must come last.")
    return store[page.file.src_uri]


def _raise_faults() -> None:
    if _faults:
        raise PluginError(str(QuizError(list(_faults))))


def _title(page) -> str:
    return page.meta.get("title") or page.title


def _link(target: str, from_src: str) -> str:
    """A relative link from a docs page to another page's source (.md) or built URL."""
    return posixpath.relpath(target, posixpath.dirname(from_src) or ".")


def _slug(src_uri: str) -> str:
    return src_uri.removesuffix(".md").replace("/", "-")
