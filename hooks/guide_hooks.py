"""MkDocs entry point for the patient guide.

Each event only hands over to the pure functions in the patient_guide package,
which know nothing of MkDocs. All that one build learns lives in a BuildState
made by on_config, so `mkdocs serve` starts every rebuild clean. The questions'
faults, review problems and pages left out of the navigation are gathered across
the build and raised together (on_env), so a clinician sees every problem in one
go. The pages the build fills in (quiz, glossary, print, the two statements:
pages in docs/ with a marker line) are read last, after the sections they draw on.
"""

from __future__ import annotations

import datetime
import functools
import logging
import os
import shutil
import sys
import traceback
from pathlib import Path
from urllib.parse import urlsplit

# Under `mkdocs serve`, on_serve has this file run again before every rebuild (MkDocs itself
# loads a hook file once per process). Python would keep the package it imported the first
# time: forget it, so edits to the package's modules and words show too.
for _name in [name for name in sys.modules if name.split(".")[0] == "patient_guide"]:
    del sys.modules[_name]

from mkdocs.exceptions import Abort, PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402
from mkdocs.utils import get_relative_url  # noqa: E402

from patient_guide.build_state import BuildState  # noqa: E402
from patient_guide.compact_assets import compact_site_assets  # noqa: E402
from patient_guide.config_check import config_problems, docs_pages  # noqa: E402
from patient_guide.contact import render_contact, setting_lines  # noqa: E402
from patient_guide.errors import GuideError  # noqa: E402
from patient_guide.front_matter import page_problems  # noqa: E402
from patient_guide.generated_pages import (  # noqa: E402
    ACCESSIBILITY_PAGE,
    GENERATED_PAGES,
    GLOSSARY_PAGE,
    HOME_PAGE,
    LARGE_PRINT_PAGE,
    NOT_SECTIONS,
    PRINT_PAGE,
    PRINTED_GUIDES,
    PRIVACY_PAGE,
    QUIZ_PAGE,
    GeneratedPageError,
    fill_generated_page,
    missing_generated_pages,
)
from patient_guide.glossary import (  # noqa: E402
    GLOSSARY_FILE,
    link_first_uses,
    mark_defined_terms,
    read_glossary,
    render_glossary,
    unused_forms,
)
from patient_guide.languages import alternate_links, guide_languages, translation_config  # noqa: E402
from patient_guide.listen import reads_aloud  # noqa: E402
from patient_guide.navigation import pages_left_out, render_contents  # noqa: E402
from patient_guide.offline_zip import write_site_zip  # noqa: E402
from patient_guide.page_ids import repeated_id_problem  # noqa: E402
from patient_guide.page_source import PageSource, read_page  # noqa: E402
from patient_guide.preview import problems_page  # noqa: E402
from patient_guide.print_page import (  # noqa: E402
    PRINT_LABELS_CSS,
    PrintSection,
    TitleBlock,
    guide_review_dates,
    large_print_offer,
    render_print_labels_css,
    render_print_markdown,
    render_print_slots,
    render_title_block,
    slots_for,
)
from patient_guide.quiz.grounding import ground_questions  # noqa: E402
from patient_guide.quiz.model import QuizError  # noqa: E402
from patient_guide.quiz.render import (  # noqa: E402
    LIST_WORDS,
    QUESTION_TEXTS,
    QuestionSet,
    list_key,
    question_texts_script,
    render_list_panel,
    render_quiz_markdown,
    render_quiz_slots,
    render_section_markdown,
    render_section_slots,
    script_words,
)
from patient_guide.quiz.validate import check_question_bank, questions_off_sections  # noqa: E402
from patient_guide.review import LEDGER, read_ledger, read_today, review_guide, stop_message, words_entry  # noqa: E402
from patient_guide.settings import SettingsError, read_settings  # noqa: E402
from patient_guide.slots import fill_slots, slot_marker  # noqa: E402
from patient_guide.source_text import SourceError, decode_source  # noqa: E402
from patient_guide.statements import build_date, long_date, pinned_versions, render_accessibility, render_privacy  # noqa: E402
from patient_guide.theme_files import is_unused_theme_file  # noqa: E402
from patient_guide.theme_html import finish_page, with_direction  # noqa: E402
from patient_guide.timeline import SLOT as TIMELINE_SLOT  # noqa: E402
from patient_guide.timeline import (  # noqa: E402
    TimelineError,
    ground_timeline,
    read_timelines,
    render_timeline,
    timeline_off_sections,
)
from patient_guide.translations import (  # noqa: E402
    EnglishGuide,
    translated_pages,
    translation_faults,
    translation_problems,
)
from patient_guide.unsafe_html import unsafe_html_problems  # noqa: E402
from patient_guide.urgent_fix import pending_on_page, pending_sections  # noqa: E402
from patient_guide.version_history import (  # noqa: E402
    page_titles,
    render_printed_history,
    render_version_history,
    version_lines,
)
from patient_guide.versions import VERSION_LINE, history, published_version_problem  # noqa: E402
from patient_guide.words import WordsError, load_words, theme_language_problem  # noqa: E402

REPOSITORY = Path(__file__).resolve().parents[1]  # where requirements*.txt and package.json pin the test tools
PROBLEMS_SHOWN = "The preview shows these problems in the browser until they are fixed."
COMMAND_VARIABLE = "GUIDE_MKDOCS_COMMAND"  # set by on_startup; an environment variable outlives serve's reloads
ENGLISH_GUIDE = "english_guide"  # extra: what the English build hands each translation it builds (translations.py)
state: BuildState  # set by on_config at the start of every build
log = logging.getLogger("mkdocs.hooks.guide")
# Review warnings that must not stop a strict build ("due soon", urgent fixes): MkDocs counts
# only its own loggers' warnings, so these go to a logger of their own, printed the same way.
notice = logging.getLogger("patient_guide.review")
if not notice.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    notice.addHandler(_handler)
    notice.propagate = False


def _guide_errors_stop_the_build(event):
    """The one place the guide's own faults (GuideError) become MkDocs' error: the build stops
    with the fault's message, which names the file, the line and the fix, and no traceback."""

    @functools.wraps(event)  # keeps the event's name and its priority
    def run(*args, **kwargs):
        try:
            return event(*args, **kwargs)
        except GuideError as error:
            raise PluginError(str(error)) from None

    return run


@_guide_errors_stop_the_build
def on_startup(command, dirty):
    """Review faults stop a build but only warn under `serve`, so a clinician can preview a fix."""
    os.environ[COMMAND_VARIABLE] = command
    # --dirty skips unchanged pages, but the quiz and print pages are made from all of them.
    if dirty:
        raise GuideError("This guide cannot be built with --dirty: the quiz and print pages are made from every "
                          "section, so every page must be read on every build. Run the command again without "
                          "--dirty.")


def on_serve(server, config, builder):
    """Run this file again before every rebuild, so `serve` shows edits to the hook's own code
    and words without a restart (MkDocs would keep the first copy it loaded). A rebuild that
    fails shows its problems in the browser: MkDocs would keep every request waiting for a good
    build (its site folder is emptied by then, so every address gets the problems page)."""
    pages_as_usual = server.error_handler

    def reload_then_build():
        errors = _ErrorsSaid()  # MkDocs logs a build's errors, then raises only "Aborted with a BuildError!"
        logging.getLogger("mkdocs").addHandler(errors)
        try:
            _reload_hook()
            builder()
        except Exception as error:  # any failure: the terminal and the browser both say why
            said = _config_problems(config) or errors.messages  # mkdocs.yml edited: named in plain words
            message = "\n".join(said) or str(error) or type(error).__name__
            if said is not errors.messages or not errors.messages:
                log.error(message)
            log.info(PROBLEMS_SHOWN)
            _empty_preview_folder(config["site_dir"])  # (a build empties it first; a bad mkdocs.yml stops before)
            server.error_handler = lambda code: problems_page(message)
            return  # as if built: the server answers requests again, with the problems page
        finally:
            logging.getLogger("mkdocs").removeHandler(errors)
        server.error_handler = pages_as_usual

    server.builder = reload_then_build  # what the server calls for each rebuild
    # Each translation is built with English: a change to its pages or settings rebuilds them all.
    base = Path(config.config_file_path).parent
    for code in state.settings.translations:  # as the first build (before this event) read them
        for path in (base / f"docs-{code}", base / translation_config(code)):
            if path.exists():
                server.watch(str(path))
    return server


@event_priority(100)  # first: Material's search plugin reads the theme's language in its own on_config
@_guide_errors_stop_the_build
def on_config(config):
    """Start each build with fresh state; check the host's settings; give templates the words."""
    global state
    language = config["theme"]["language"]
    if problem := theme_language_problem(language, config["theme"].dirs):
        raise WordsError(problem)
    state = BuildState(_settings(config), load_words(language), language)
    # A translation is built by the English build, which hands it the English questions and history;
    # built alone (mkdocs build -f mkdocs.pl.yml), it is checked against nothing but itself.
    state.english = config["extra"].get(ENGLISH_GUIDE)
    own = state.english.language if state.english else "en" if state.settings.translations else language
    state.languages = guide_languages(own, state.settings.translations)
    here = next((lang for lang in state.languages if lang.code == language), state.languages[0])
    # The one offline copy is in the guide's own language's folder; a translation's pages link up to it.
    config["extra"]["download_path"] = "../" * bool(here.folder) + state.settings.download
    if here.folder:  # a web server answers a missing page with the site's own 404 page, not a translation's
        config["theme"].static_templates.discard("404.html")
    config["extra"]["words"] = state.words
    config["extra"]["quiz_words"] = script_words(state.words)
    config["extra"]["list_words"] = script_words(state.words, LIST_WORDS)
    config["extra"]["list_key"] = list_key(state.settings.reference)
    config["extra"]["contact_html"] = render_contact(state.settings.contact, state.words)  # partials/content.html
    return config


@_guide_errors_stop_the_build
def on_files(files, config):
    """Drop unused theme files; read the glossary and every question; put the pages the build
    fills in last, so MkDocs reads them after the sections they draw on."""
    languages = config["plugins"]["material/search"].config.lang or ["en"]
    for file in [f for f in files if is_unused_theme_file(f.src_uri, languages)]:
        files.remove(file)
    docs_dir = Path(config["docs_dir"])
    _generated_pages_last(files, docs_dir.name)
    state.glossary, glossary_text = read_glossary(docs_dir / GLOSSARY_FILE, f"{docs_dir.name}/{GLOSSARY_FILE}")
    state.sources = _read_pages(files, docs_dir.name)
    texts = {name: source.text for name, source in state.sources.items()}
    # Shown, but not fatal under --strict: a glossary may hold terms for pages still to come.
    warnings, notes = unused_forms(state.glossary, list(texts.values()), f"{docs_dir.name}/{GLOSSARY_FILE}")
    for message in warnings + notes:
        log.info(message)
    _check_reviews(state.sources, glossary_text, docs_dir, config)  # after _read_pages: it names a page not UTF-8
    if state.english:  # the same pages as English, each following an English version not since changed
        state.review_stops += _stops_unless_serving(translation_problems(
            state.english, translated_pages(state.sources, docs_dir.name, state.english.docs_name),
            set(state.sources), docs_dir.name))
    state.questions, state.faults = check_question_bank(
        texts, docs_dir.name, {name: source.quiz for name, source in state.sources.items()})
    # The list for the surgical team shows a question's text on pages that do not hold it.
    files.append(File.generated(config, QUESTION_TEXTS, content=question_texts_script(
        [question for questions in state.questions.values() for question in questions if question.id])))
    files.append(File.generated(config, PRINT_LABELS_CSS, content=_print_labels_css(config)))
    # Every footer links the two statements: their addresses as MkDocs makes them (use_directory_urls).
    config["extra"]["statement_urls"] = {name.removesuffix(".md"): files.get_file_from_path(name).url
                                         for name in (ACCESSIBILITY_PAGE, PRIVACY_PAGE)}
    config["extra"]["large_print_url"] = files.get_file_from_path(LARGE_PRINT_PAGE).url  # "About this page" links it
    return files


@_guide_errors_stop_the_build
def on_nav(nav, config, files):
    """Remember the reading order, which the quiz and the print page follow; name a page left out of it."""
    state.sections = [page for page in nav.pages if page.file.src_uri not in NOT_SECTIONS]
    state.contents = [(state.sources[page.file.src_uri].front[0].get("title") or page.title, page.file.src_uri)
                      for page in nav.pages if page.file.src_uri != HOME_PAGE]  # titles as the pages give them
    in_nav = {page.file.src_uri for page in nav.pages}
    left_out = [file.src_uri for file in files.documentation_pages()
                if file.inclusion.is_in_nav() and file.src_uri not in in_nav]
    # A preview of a page not yet in the menu is still useful: under serve, only a warning.
    state.page_stops = _stops_unless_serving(pages_left_out(left_out, set(state.questions),
                                                            Path(config["docs_dir"]).name))
    state.faults += questions_off_sections(state.questions, {page.file.src_uri for page in state.sections})
    if state.english:  # the same questions, ids and right answers as English: a patient is checked on the same
        docs_name = Path(config["docs_dir"]).name
        for name in sorted(set(state.english.questions) | set(state.questions)):
            state.faults += translation_faults(state.english.questions.get(name, []), state.questions.get(name, []),
                                               f"{state.english.docs_name}/{name}", f"{docs_name}/{name}")
    sections = {page.file.src_uri for page in state.sections}
    state.timeline_faults += timeline_off_sections(state.timelines, sections)
    state.timelines = {name: timeline for name, timeline in state.timelines.items() if name in sections}
    # "About this page" (partials/page-info.html) on every page, and the printed guide: from the sign-off record.
    state.history = version_lines(state.ledger, _titles(nav), state.words)
    config["extra"]["version_history_html"] = render_version_history(state.history, state.words)


@_guide_errors_stop_the_build
def on_page_read_source(page, config):
    """The page as on_files read it, so MkDocs reads neither the file nor its front matter again:
    it gets the body, and on_page_markdown gives the page the front matter already read."""
    source = state.sources.get(page.file.src_uri)
    if source is None or source.body().startswith("---"):
        return None  # (a body that starts with --- would look like front matter again: MkDocs reads it all)
    return source.body()


@_guide_errors_stop_the_build
def on_page_markdown(markdown, page, config, files):
    """Fill in the pages the build makes; in a section, hide question blocks, explain terms and
    end it with a place for its questions."""
    src = page.file.src_uri
    source = state.sources[src]
    if markdown == source.body():  # on_page_read_source gave it: the front matter is ours to give
        page.meta = source.meta
    if src in GENERATED_PAGES:
        return _filled_page(markdown, page, config, files)
    page.meta["listen"] = reads_aloud(src)  # main.html loads listen.js only on the sections
    timeline = state.timelines.get(src)  # its block gives way to the place its figure goes
    markdown, kinds = source.body_without_quiz(timeline and (timeline.first_line, timeline.last_line,
                                                             slot_marker(TIMELINE_SLOT)))
    glossary_file = files.get_file_from_path(GLOSSARY_PAGE)
    markdown = link_first_uses(markdown, state.glossary, get_relative_url(glossary_file.src_uri, src), kinds)
    if src == HOME_PAGE:  # its list of the guide's pages, from nav: (a link adds no line: the kinds hold)
        markdown = fill_generated_page(markdown, src, render_contents(state.contents),
                                       f"{Path(config['docs_dir']).name}/{src}", kinds)
    if src in state.questions:
        page.meta["quiz"] = True  # main.html loads the quiz's files only where there are questions
        markdown += render_section_markdown(_slug(page), state.words)
    return markdown


@_guide_errors_stop_the_build
def on_page_content(html, page, config, files):
    """Ground each section's answers in its text and make its questions; fill the quiz and print pages."""
    src = page.file.src_uri
    if src in (QUIZ_PAGE, *PRINTED_GUIDES) and _stopping():
        return html  # never written: on_env stops the build
    if src == QUIZ_PAGE:
        return _filled(html, render_quiz_slots(_quiz_sets(page), _sheet_about(config), state.words, _sheet_contact()))
    if src in PRINTED_GUIDES:  # standard and large print: the same content, made once
        if state.print_slots is None:
            state.print_slots = render_print_slots(_print_sections(), render_glossary(state.glossary),
                                                   state.questions_in_order(), state.words)
        return _filled(html, slots_for(state.print_slots, PRINTED_GUIDES[src], _title_block(page, config)))
    questions = [q for q in state.questions.get(src, []) if q.source and q.id]
    if questions:
        html, state.anchors[src], faults = ground_questions(html, questions, page.meta.get("key_points") or [])
        state.faults.extend(faults)
    html = mark_defined_terms(html, state.glossary)
    if timeline := state.timelines.get(src):  # grounded in the text around it, then drawn in its place
        state.timeline_faults += ground_timeline(html, timeline)
        html = _filled(html, {TIMELINE_SLOT: render_timeline(timeline)})
    state.section_html[src] = html  # before its questions go in: the print page shows them its own way
    anchors = state.anchors.get(src, {})
    if src in state.questions and all(question.id in anchors for question in state.questions[src]):
        # The questions go in once search has read the page (on_page_context): search never reads
        # them, so no answer can be found by searching, and indexing stays as cheap as the text alone.
        own_set = QuestionSet(_title(page), "", _slug(page), state.questions[src], anchors)
        state.question_slots[src] = render_section_slots(own_set, _sheet_about(config), state.words, _sheet_contact())
    # Otherwise a fault is recorded, and the build stops before anything is published.
    return html


@_guide_errors_stop_the_build
def on_env(env, config, files):
    """Every page has been read, and none written yet: stop here with every fault and review problem
    the build found, so one message lists them all (and names no page the clinician never touched)."""
    _raise_faults()
    return env


@event_priority(-100)  # after Material's search plugin (0) has read the page's content
@_guide_errors_stop_the_build
def on_page_context(context, page, config, nav):
    """Put a section's questions in its content, just before the theme writes the page. Every
    other page ends with the patient's list (the quiz page has it under its questions)."""
    if slots := state.question_slots.pop(page.file.src_uri, None):
        page.content = _filled(page.content, slots)
    elif page.file.src_uri != QUIZ_PAGE:
        page.content += render_list_panel(_sheet_about(config), state.words, _sheet_contact())
    _no_hidden_contents(page)
    # The same page in each other language (partials/languages.html), by relative links that work from file://.
    context["guide_languages"] = alternate_links(page.url, state.language, state.languages)
    return context


def _no_hidden_contents(page) -> None:
    """A page that hides its contents list has none in the menu either (Material would list its
    headings there): the print page's headings, named as the pages they print, would make two links
    of one name going to two places. The title stays, for the skip link."""
    if "toc" in (page.meta.get("hide") or []) and page.toc and page.toc.items[0].level == 1:
        page.toc.items[0].children = []


@event_priority(-100)  # after any plugin's edits, so the security policy hashes the page as served
@_guide_errors_stop_the_build
def on_post_page(output, page, config):
    """Make the theme's edits and lock the page down; check its ids."""
    if problem := repeated_id_problem(output, f"{Path(config['docs_dir']).name}/{page.file.src_uri}"):
        raise GuideError(problem)
    return _finished(output, page.file.dest_uri, config)


@event_priority(-100)  # as on_post_page: last, for the 404 page
@_guide_errors_stop_the_build
def on_post_template(output_content, template_name, config):
    return _finished(output_content, template_name, config) if template_name.endswith(".html") else output_content


def _finished(html: str, name: str, config) -> str:
    html = finish_page(html, urlsplit(config["site_url"] or "").hostname or "", name)
    direction = next((lang.direction for lang in state.languages if lang.code == state.language), "ltr")
    return with_direction(html, direction)


@event_priority(-200)  # after the offline plugin writes search_index.js (-100)
@_guide_errors_stop_the_build
def on_post_build(config):
    """Ship our own scripts and styles compacted; pack the finished site into its own download."""
    site_dir = Path(config["site_dir"])
    compact_site_assets(site_dir)
    if state.english is not None or state.language != state.languages[0].code:
        return  # a translation: the English build packs it into the one offline copy
    english = state
    translations = _build_translations(config)
    notes = {built.here.folder: built.words["offline_note"] for built in translations}
    write_site_zip(site_dir, site_dir / english.settings.download, {"": english.words["offline_note"], **notes},
                   cover="\n\n".join([_zip_cover(config), *[built.cover for built in translations]]))


def _build_translations(config) -> list:
    """Build each translation after English, into its folder of this site, from mkdocs.<code>.yml, handing
    it the English questions and version history to be checked against. Its own BuildState replaces this
    one while it builds (MkDocs runs this same module for it), so English's is put back after each."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    global state
    english, built, failed = state, [], []
    base = Path(config.config_file_path).parent
    for language in english.languages[1:]:
        file = base / translation_config(language.code)
        if not file.is_file():
            raise GuideError(f"mkdocs.yml, extra.guide.translations: '{language.code}' has no "
                             f"{file.name} beside mkdocs.yml. How to fix: add it (README: Other languages), "
                             f"or take '{language.code}' out of translations.")
        translation = load_config(str(file), site_dir=str(Path(config["site_dir"]) / language.folder),
                                  strict=config["strict"])
        translation["extra"][ENGLISH_GUIDE] = EnglishGuide(english.language, Path(config["docs_dir"]).name,
                                                           frozenset(english.sources), english.questions,
                                                           history(english.ledger))
        try:
            build(translation)
            state.here, state.cover = language, _zip_cover(translation)
            built.append(state)
        except Abort:  # its problems are logged: build the others too, so one run names every problem
            failed.append(f"{language.name} ({file.name})")
        finally:
            state = english
    if failed:
        raise GuideError(f"The guide cannot be published until its translation{'s' * (len(failed) > 1)} "
                         f"{' and '.join(failed)} can: the problems are listed above, each with its fix.")
    return built


def _settings(config):
    """extra.guide as read. mkdocs.yml is composed again for its line numbers only when a setting is
    wrong: with a long nav: (1,000 sections) that would cost every build a tenth of a second."""
    try:
        return read_settings(config["extra"])
    except SettingsError:
        if not config.config_file_path:
            raise
        return read_settings(config["extra"], setting_lines(Path(config.config_file_path).read_text("utf-8")))


def _empty_preview_folder(site_dir: str) -> None:
    """Empty serve's own temporary folder (MkDocs names it mkdocs_...), so that every address of the
    preview gets the problems page, never a page built before the fault."""
    folder = Path(site_dir)
    if folder.name.startswith("mkdocs_") and folder.is_dir():
        for item in folder.iterdir():
            shutil.rmtree(item) if item.is_dir() else item.unlink()


def _config_problems(config) -> list[str]:
    """Any slip in mkdocs.yml as it is now on disk (checked as dev.py checks it before a build)."""
    if not config.config_file_path:
        return []
    return config_problems(Path(config.config_file_path).read_text("utf-8"), docs_pages(Path(config["docs_dir"])))


class _ErrorsSaid(logging.Handler):
    """The errors MkDocs logs during one build under serve, word for word."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def _reload_hook() -> None:
    """Run this file again in its own module, as MkDocs first did (with its folder on sys.path);
    the next configuration MkDocs reads then takes the new event functions."""
    module = sys.modules[__name__]
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        module.__spec__.loader.exec_module(module)
    except Exception as error:  # a slip while editing the hook: say where, keep serving
        if isinstance(error, SyntaxError):
            where = f"{error.filename}, line {error.lineno}"
        else:
            frame = traceback.extract_tb(error.__traceback__)[-1]
            where = f"{frame.filename}, line {frame.lineno}"
        raise Abort(f"The hook's code could not be loaded ({where}): {type(error).__name__}: {error}. "
                    "Fix it and save again; the preview rebuilds by itself.") from None
    finally:
        sys.path.remove(str(Path(__file__).parent))


def _generated_pages_last(files, docs_name: str) -> None:
    """The pages the build fills in must all be there, and be read last: they draw on the sections."""
    present = {file.src_uri: file for file in files.documentation_pages() if file.src_uri in GENERATED_PAGES}
    if missing := missing_generated_pages(set(present), docs_name):
        raise GeneratedPageError("\n".join(missing))
    for name in GENERATED_PAGES:
        files.remove(present[name])
        files.append(present[name])


def _filled_page(markdown: str, page, config, files) -> str:
    """A page the build fills in: what it makes, in place of the page's marker line; the page's own
    settings (left out of search, no contents list, ...) whatever its front matter says."""
    src = page.file.src_uri
    page.meta.update(GENERATED_PAGES[src][2])
    if src == GLOSSARY_PAGE and state.glossary_dates:
        page.meta["last_reviewed"], page.meta["next_review"] = _glossary_page_dates(page.meta, state.glossary_dates)
    if src in PRINTED_GUIDES and (dates := _guide_dates(page, files)):
        page.meta["last_reviewed"], page.meta["next_review"] = dates  # the printed guide has one review date
    if src in (QUIZ_PAGE, *PRINTED_GUIDES) and (until := _pending_on(page)):
        page.meta["review_pending_until"] = until  # its notice: words changed before review appear here too
    if src in (QUIZ_PAGE, *PRINTED_GUIDES) and _stopping():
        return markdown  # made from questions with faults: never written, as on_env stops the build
    content = {QUIZ_PAGE: lambda: render_quiz_markdown(_quiz_sets(page, with_anchors=False), state.words),
               GLOSSARY_PAGE: lambda: render_glossary(state.glossary),
               PRINT_PAGE: lambda: render_print_markdown(_print_sections(with_html=False), state.words,
                                                         offer=large_print_offer(state.words)),
               LARGE_PRINT_PAGE: lambda: render_print_markdown(_print_sections(with_html=False), state.words,
                                                               PRINTED_GUIDES[LARGE_PRINT_PAGE]),
               ACCESSIBILITY_PAGE: _accessibility_markdown,
               PRIVACY_PAGE: lambda: render_privacy(state.settings, state.words)}[src]()
    text, kinds = state.sources[src].body_without_quiz()  # its lines as on_files read them (no quiz blocks)
    return fill_generated_page(markdown, src, content, f"{Path(config['docs_dir']).name}/{src}",
                               kinds if text == markdown else None)


def _guide_dates(print_page, files) -> tuple | None:
    """The whole guide's review dates: the oldest and soonest of the print page's own, the sections',
    the quiz and glossary pages' (all read before it) and glossary.yml's."""
    pages = [print_page, *state.sections] + [files.get_file_from_path(name).page for name in (QUIZ_PAGE, GLOSSARY_PAGE)]
    return guide_review_dates([(p.meta.get("last_reviewed"), p.meta.get("next_review")) for p in pages]
                              + ([state.glossary_dates] if state.glossary_dates else []))


def _title_block(print_page, config) -> str:
    settings = state.settings
    pending = pending_sections([(page.file.src_uri, _title(page)) for page in state.sections], state.pending)
    return render_title_block(TitleBlock(
        config["site_name"], settings.publisher,
        state.words.fill("reference_and_version", reference=settings.reference, version=settings.version),
        print_page.meta["last_reviewed"], config["extra"]["contact_html"], pending,
        render_printed_history(state.history, state.words)), state.words)


def _pending_on(page):
    return pending_on_page(page.file.src_uri, [section.file.src_uri for section in state.sections],
                           set(state.questions), state.pending, page.file.src_uri in PRINTED_GUIDES)


def _titles(nav) -> dict[str, str]:
    return page_titles({name: source.front[0].get("title") or name for name, source in state.sources.items()},
                       {page.file.src_uri: page.title for page in nav.pages})


def _read_pages(files, docs_name: str) -> dict[str, PageSource]:
    """Every page read once (its text, front matter, blocks and quiz blocks), once its encoding,
    front matter and HTML are known to be sound."""
    pages, problems = {}, []
    for file in files.documentation_pages():
        shown = f"{docs_name}/{file.src_uri}"
        try:
            page = pages[file.src_uri] = read_page(decode_source(file.content_bytes, shown))
        except SourceError as error:
            problems.append(str(error))
            continue
        problems += page_problems(page.text, shown, found=page.found)
        problems += unsafe_html_problems(page.text, shown, page.blocks)
        timelines, faults = read_timelines(page.text.split("\n"), page.blocks, shown)
        state.timelines.update({file.src_uri: timelines[0]} if timelines else {})
        state.timeline_faults += faults
    if problems:
        raise GuideError("Some pages cannot be built:\n  - " + "\n  - ".join(problems))
    return pages


def _glossary_page_dates(meta: dict, glossary_dates: tuple) -> tuple:
    """The glossary page shows its own title and the glossary: its review is the older of the two
    reviews, and it falls due with the sooner of the two."""
    own = (meta.get("last_reviewed"), meta.get("next_review"))
    if not all(isinstance(day, datetime.date) for day in own):
        return glossary_dates
    return min(own[0], glossary_dates[0]), min(own[1], glossary_dates[1])


def _check_reviews(pages: dict[str, PageSource], glossary_text: str, docs_dir: Path, config) -> None:
    """Review dates and sign-off of every page a patient reads, and the version its words are
    published under; the glossary page takes its signed-off dates."""
    state.ledger = read_ledger(docs_dir / LEDGER, f"{docs_dir.name}/{LEDGER}", required=True)
    findings, state.glossary_dates, state.pending = review_guide(
        docs_dir.name, {name: (page.text, page.front) for name, page in pages.items()}, glossary_text,
        state.ledger, read_today(os.environ), (words_entry(state.language), state.words.text))
    for finding in [f for f in findings if not f.blocking]:
        notice.warning(finding.message)
    stops = [f.message for f in findings if f.blocking]
    config_text = Path(config.config_file_path).read_text("utf-8") if config.config_file_path else ""
    line = config_text.count("\n", 0, found.start()) + 1 if (found := VERSION_LINE.search(config_text)) else None
    if problem := published_version_problem(state.settings.version, state.ledger,
                                            f"mkdocs.yml, line {line}" if line else "mkdocs.yml"):
        stops.append(problem)
    # Raised in on_env, beside any fault in the pages' content.
    state.review_stops = _stops_unless_serving(stops)


def _stops_unless_serving(messages: list[str]) -> list[str]:
    """What stops a build; under `serve` only a warning, so a clinician can preview the fix."""
    if os.environ.get(COMMAND_VARIABLE) != "serve":
        return messages
    for message in messages:
        log.warning(message)
    return []


def _accessibility_markdown() -> str:
    """The statement, naming the test tools as pinned and the day of this build."""
    return render_accessibility(state.settings, state.words, pinned_versions(REPOSITORY),
                                long_date(build_date(os.environ), state.words))


def _quiz_sets(quiz_page, with_anchors: bool = True) -> list[QuestionSet]:
    """Each section's questions, in reading order, linked from the quiz page."""
    return [QuestionSet(_title(page), get_relative_url(page.url, quiz_page.url), _slug(page),
                        state.questions[page.file.src_uri], _read(state.anchors, page) if with_anchors else {},
                        state.pending.get(page.file.src_uri))
            for page in state.sections if page.file.src_uri in state.questions]


def _zip_cover(config) -> str:
    """The zip's README.txt: which guide, which version, and how to open it."""
    settings, words = state.settings, state.words
    return words.fill("zip_cover", title=config["site_name"], publisher=settings.publisher,
                      reference_and_version=words.fill("reference_and_version", reference=settings.reference,
                                                       version=settings.version))


def _sheet_about(config) -> str:
    """What the printed question sheet says it comes from: the guide, its reference and version."""
    words, settings = state.words, state.settings
    stop = words["full_stop"]  # "." or Urdu's "۔"
    return f"{config['site_name']}{stop} " + words.fill("reference_and_version", reference=settings.reference,
                                                        version=settings.version) + stop


def _sheet_contact() -> str:
    """The printed question sheet ends with whom to contact; its title is plain bold text, as the sheet's own."""
    return render_contact(state.settings.contact, state.words, "p")


def _print_sections(with_html: bool = True) -> list[PrintSection]:
    return [PrintSection(_title(page), _slug(page), page.meta.get("key_points") or [],
                         _read(state.section_html, page) if with_html else "", state.pending.get(page.file.src_uri))
            for page in state.sections]


def _print_labels_css(config) -> str:
    """Printed pages' margin labels, from the title and version set in mkdocs.yml."""
    settings = state.settings
    return render_print_labels_css(config["site_name"], state.words.fill(
        "reference_and_version", reference=settings.reference, version=settings.version), state.words)


def _filled(html: str, contents: dict[str, str]) -> str:
    return fill_slots(html, contents)


def _read(store: dict, page):
    """A section's result, which exists only once MkDocs has read that section."""
    if page.file.src_uri not in store:
        raise GuideError(f"'{page.file.src_uri}' was not read before the page built from it; "
                          "the pages the build fills in must come last.")
    return store[page.file.src_uri]


def _stopping() -> bool:
    """The build will stop in on_env: the quiz and print pages need not be made."""
    return bool(state.faults or state.timeline_faults or state.review_stops or state.page_stops)


def _raise_faults() -> None:
    """The pages left out of the navigation, the questions' faults, then the review problems: all at once."""
    messages = list(state.page_stops)
    messages += [str(QuizError(list(state.faults)))] if state.faults else []
    messages += [str(TimelineError(state.timeline_faults))] if state.timeline_faults else []
    messages += [stop_message(state.review_stops)] if state.review_stops else []
    if messages:
        raise GuideError("\n".join(messages))


def _title(page) -> str:
    return page.meta.get("title") or page.title


def _slug(page) -> str:
    return page.file.src_uri.removesuffix(".md").replace("/", "-")
