from patient_guide.quiz.grounding import ground_questions, normalise
from patient_guide.quiz.model import Question

HTML = ('<h1 id="t">Title</h1>\n<p>The most <em>common</em> complication is blood clots.</p>\n'
        '<ul>\n<li>Go home straight away.</li>\n</ul>\n<p id="kept">Already has an id.</p>')


def q(qid: str, source: str) -> Question:
    return Question(file="docs/p.md", line=4, id=qid, source=source)


def test_normalise_ignores_case_spacing_and_punctuation():
    assert normalise("  Well-documented,\nIN research! ") == "well documented in research"


def test_passage_found_across_inline_markup_gets_an_anchor_on_its_paragraph():
    html, anchors, faults = ground_questions(HTML, [q("clots", "most common complication is BLOOD CLOTS")])
    assert faults == []
    assert anchors == {"clots": "source-clots"}
    assert '<p id="source-clots">The most <em>common</em> complication is blood clots.</p>' in html


def test_questions_quoting_one_paragraph_share_its_anchor_and_existing_ids_are_kept():
    html, anchors, _ = ground_questions(HTML, [q("a", "blood clots"), q("b", "complication is blood"),
                                               q("c", "already has an id"), q("d", "straight away")])
    assert anchors == {"a": "source-a", "b": "source-a", "c": "kept", "d": "source-d"}
    assert html.count('id="source-a"') == 1 and '<li id="source-d">' in html


def test_a_passage_missing_from_the_page_is_a_fault_asking_for_review():
    html, anchors, faults = ground_questions(HTML, [q("gone", "pain may persist")])
    assert html == HTML and anchors == {}
    assert str(faults[0]).startswith('docs/p.md, line 4, question "gone": The source passage "pain may persist" '
                                     "is not in the text of this page")
    assert "Review the question against the page" in str(faults[0])
