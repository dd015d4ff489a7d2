"""What one build learns about the guide, made afresh at the start of every build.

`mkdocs serve` rebuilds in the same process: keeping everything in one object
created by on_config means no stale question or fault survives into the next build.
"""

from __future__ import annotations

from .glossary import Term
from .quiz.model import Fault, Question
from .settings import GuideSettings
from .words import Words


class BuildState:
    """Everything one build has learnt so far. (A plain class: a dataclass would cost every build
    its making, a few tenths of a millisecond, on top of the hook's import.)"""

    def __init__(self, settings: GuideSettings, words: Words, language: str):
        self.settings, self.words = settings, words
        self.language = language  # theme.language: which words file the pages show
        self.glossary: list[Term] = []
        self.sources: dict = {}  # src_uri -> its PageSource: each page read once, in on_files
        self.questions: dict[str, list[Question]] = {}  # by section src_uri
        self.anchors: dict[str, dict[str, str]] = {}  # src_uri -> question id -> passage id
        self.section_html: dict[str, str] = {}  # src_uri -> finished content
        self.question_slots: dict[str, dict[str, str]] = {}  # src_uri -> its questions' HTML
        self.print_slots: dict[str, str] | None = None  # the printed guide's content, made once for both its pages
        self.sections: list = []  # MkDocs pages after the home page, in reading order
        self.contents: list[tuple[str, str]] = []  # (title, src_uri) of every page in nav: but the home page
        self.faults: list[Fault] = []
        self.timelines: dict = {}  # src_uri -> its Timeline (timeline.py), read with the page
        self.timeline_faults: list[Fault] = []
        self.review_stops: list[str] = []  # raised with the faults, so one build shows all
        self.page_stops: list[str] = []  # pages left out of the navigation, likewise
        self.pending: dict = {}  # src_uri -> the date its urgent fix is reviewed by: a notice wherever it shows
        self.history: list[str] = []  # the version history's lines, newest first (version_history.py)
        self.ledger: dict = {}  # docs/sign-off.yml: every sign-off, and the guide's version history
        self.glossary_dates: tuple | None = None  # (reviewed_on, next_review) from its clinical sign-off
        self.english = None  # a translation's: the English guide it is checked against (translations.EnglishGuide)
        self.languages: tuple = ()  # the guide's own language, then its translations (languages.py)
        self.here = None  # a translation built by the English build: its Language ...
        self.cover = ""  # ... and its part of the offline copy's README.txt

    def questions_in_order(self) -> list[Question]:
        return [q for page in self.sections for q in self.questions.get(page.file.src_uri, [])]
