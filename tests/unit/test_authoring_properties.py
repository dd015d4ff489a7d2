"""Property-based: whatever a clinician types, the only outcomes are a built question (or
glossary, or page) or structured faults naming file, line and fix; never another exception."""

import re
from pathlib import Path

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patient_guide.front_matter import page_problems
from patient_guide.glossary import GlossaryError, Term, load_glossary
from patient_guide.quiz.grounding import ground_questions
from patient_guide.quiz.model import Fault, Question
from patient_guide.quiz.parse import split_quiz_blocks
from patient_guide.quiz.validate import check_question_bank
from support import ROOT

GOOD_BLOCK = """```quiz
id: most-common-complication
type: single
question: What is the most common complication after this operation?
- [x] Blood clots
    feedback: Yes.
- [ ] An infection of the wound
explanation: The most common complication after surgery is blood clots.
source: The most common complication that is experienced post-surgery is blood clots.
```""".split("\n")

# Pieces a clinician might type, mistype or paste.
PIECES = st.sampled_from([
    "```", "~~~", "````", "```quiz", "```Quiz", "~~~quiz", "``` quiz {.x}", "```{.quiz}", "    ```quiz", "> ```quiz",
    "!!! note", '=== "Tab"', "- [x] ", "- [ ] ", "* [X]", "[x]", "\tfeedback: ", "feedback:", "    feedback: x",
    "id:", "id: a", "type: multiple", "type: single", "question:", "explanation:", "source:", "**", "_", "`",
    "[link](javascript:alert(1))", "<b>", "&amp;", ":", " ", "\t", "\u00a0", "\u2019", "\u2013", "\r", "\ufeff",
    "---", "title: x", "key_points:", "  - ", "- term: ", "  forms: ", "  definition: ", "{", "[", "!!python/none",
    "&a", "*a", "%YAML 1.1", "é", "\x00", "term: !!python/none x", "definition: !!binary abc", "? [a]", ": b",
    "title: *a", "forms: [[a]]", "forms: [a, a]", "term: 2026-01-01", "title: &a x",
    "\u200b", "\u202e", "\x07", "\u00ad", "\r\n", "...", "----", "<!--", "-->", "<details>", "</details>", "```quiz`",
    '"quoted"', "'q'", "&copy", "~~", "\\*", "{: .x}", "# ", "key_point:", "Title:", "hide:", "definition: twice",
])
# Values a field might be given instead of what it expects.
VALUES = st.sampled_from(["", "!!python/none x", "!!binary abc", "*a", "&a x", "[[a]]", "[a, a]", "2026-01-01",
                          "yes", "12", '"unclosed', "a: b", "{x: y}", "[x]", "x\ty", "<img src=x onerror=alert(1)>",
                          "2027-02-30", "~", "|", ">", "- a"])
FREE_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@st.composite
def mutated_lines(draw, lines: list[str]) -> list[str]:
    """The lines with a few edits: delete, repeat, swap, insert, indent, cut, splice text or swap a value."""
    lines = list(lines)
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            lines.append("")
        at = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["delete", "repeat", "swap", "insert", "indent", "splice", "cut", "value"]))
        piece = draw(st.one_of(PIECES, FREE_TEXT))
        if edit == "delete":
            del lines[at]
        elif edit == "repeat":
            lines.insert(at, lines[at])
        elif edit == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif edit == "insert":
            lines.insert(at, piece)
        elif edit == "indent":
            lines[at] = draw(st.sampled_from([" ", "  ", "    ", "\t", "> "])) + lines[at]
        elif edit == "splice":
            cut = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:cut] + piece + lines[at][cut:]
        elif edit == "value" and ": " in lines[at]:
            lines[at] = lines[at].split(": ", 1)[0] + ": " + draw(st.one_of(VALUES, FREE_TEXT))
        else:
            lines[at] = lines[at][:draw(st.integers(0, len(lines[at])))]
    return lines


def line_count(lines: list[str]) -> int:
    """Lines of the page the parts make: a mutated part may itself hold line breaks."""
    return "\n".join(lines).count("\n") + 1


def assert_structured(faults: list[Fault], file: str, line_count: int) -> None:
    for fault in faults:
        assert isinstance(fault, Fault) and fault.file == file
        assert 1 <= fault.line <= line_count + 1, fault
        assert fault.problem.strip() and fault.fix.strip(), fault


PAGE_LINES = ["# Risks", "", "The most common complication that is experienced post-surgery is blood clots.", ""]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_lines(PAGE_LINES + GOOD_BLOCK + [""] + GOOD_BLOCK))
def test_any_mutated_page_gives_questions_or_structured_faults(lines):
    page = "\n".join(lines)
    bank, faults = check_question_bank({"p.md": page}, "docs")
    assert_structured(faults, "docs/p.md", line_count(lines))
    kept, _ = split_quiz_blocks(page)
    assert split_quiz_blocks(kept)[1] == [], "no quiz block is left in the page patients read"
    html = markdown.markdown(kept, extensions=["admonition", "attr_list", "pymdownx.superfences"])
    # A code block may show an answer line as an example (a quiz block inside a longer outer
    # fence is that fence's text); outside code blocks, none may stand.
    text = re.sub(r"<pre\b.*?</pre>", "", html, flags=re.S | re.I)
    assert faults or ("language-quiz" not in html.lower() and "[x]" not in text.lower()), \
        "a page that builds shows no quiz block, and no answer line outside an example"
    for questions in bank.values():
        for question in questions:
            if question.id and question.source:
                html = "<p>The most common complication that is experienced post-surgery is blood clots.</p>"
                _, _, grounding = ground_questions(html, [question], ["Blood clots are common."])
                assert_structured(grounding, "docs/p.md", line_count(lines))


@settings(max_examples=100, deadline=None)
@given(FREE_TEXT, st.lists(FREE_TEXT, max_size=3))
def test_any_source_passage_is_grounded_or_a_fault(source, key_points):
    question = Question(file="docs/p.md", line=3, id="q", source=source)
    html = '<ul><li><p>The most <em>common</em> complication is clots.</p></li></ul><p id="x">Rest well.</p>'
    _, anchors, faults = ground_questions(html, [question], key_points)
    assert bool(anchors) != bool(faults)
    assert_structured(faults, "docs/p.md", 3)


GLOSSARY_LINES = (ROOT / "docs" / "glossary.yml").read_text("utf-8").split("\n")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_lines(GLOSSARY_LINES[:30]))
def test_any_mutated_glossary_gives_terms_or_a_message_with_a_line(lines):
    try:
        terms = load_glossary("\n".join(lines), "docs/glossary.yml")
    except GlossaryError as error:
        for problem in str(error).removeprefix("The glossary has problems:").strip().split("\n  - "):
            assert problem.lstrip("- ").startswith("docs/glossary.yml, line "), str(error)
            assert "How to fix:" in problem, str(error)
    else:
        assert all(isinstance(term, Term) and term.forms and all(term.forms) for term in terms)


FRONT = Path(ROOT / "docs" / "risks.md").read_text("utf-8").split("\n")[:13]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_lines(FRONT))
def test_any_mutated_front_matter_gives_messages_with_file_line_and_fix(lines):
    import datetime

    from patient_guide.review import fingerprint, review_page
    from patient_guide.source_text import decode_source
    page = decode_source("\n".join(lines).encode("utf-8"), "docs/r.md")  # as the build reads it: \r is a line break
    for problem in page_problems(page, "docs/r.md"):
        assert problem.startswith("docs/r.md, line ") and "How to fix:" in problem, problem
        assert 1 <= int(problem.split("line ", 1)[1].split(":", 1)[0]) <= page.count("\n") + 1, problem
    # The review checks read the same page: findings, never another exception.
    fingerprint("r.md", page)
    review_page("docs/r.md", "r.md", page, {}, datetime.date(2026, 11, 25))
