"""What one build learns about the guide, made afresh at the start of every build.

`mkdocs serve` rebuilds in the same process: keeping everything in one object
created by on_config means no stale question or fault survives into the next build.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .glossary import Term
from .quiz.model import Fault, Question
from .settings import GuideSettings
from .words import Words


@dataclass
class BuildState:
    settings: GuideSettings
    words: Words
    language: str  # theme.language: which words file the pages show
    glossary: list[Term] = field(default_factory=list)
    questions: dict[str, list[Question]] = field(default_factory=dict)  # by section src_uri
    anchors: dict[str, dict[str, str]] = field(default_factory=dict)  # src_uri -> question id -> passage id
    section_html: dict[str, str] = field(default_factory=dict)  # src_uri -> finished content
    question_slots: dict[str, dict[str, str]] = field(default_factory=dict)  # src_uri -> its questions' HTML
    sections: list = field(default_factory=list)  # MkDocs pages after the home page, in reading order
    faults: list[Fault] = field(default_factory=list)
    review_stops: list[str] = field(default_factory=list)  # raised with the faults, so one build shows all
    page_stops: list[str] = field(default_factory=list)  # pages left out of the navigation, likewise
    glossary_dates: tuple | None = None  # (reviewed_on, next_review) from its clinical sign-off

    def questions_in_order(self) -> list[Question]:
        return [q for page in self.sections for q in self.questions.get(page.file.src_uri, [])]
