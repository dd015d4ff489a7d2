import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from patient_guide.quiz.grounding import ground_questions, normalise
from patient_guide.quiz.model import Question

HTML = ('<h1 id="t">Title</h1>\n<p>The most <em>common</em> complication is blood clots.</p>\n'
        '<ul>\n<li>Go home straight away.</li>\n</ul>\n<p id="kept">Already has an id.</p>\n'
        '<ul>\n<li><p>You will need crutches for about six weeks.</p></li>\n</ul>\n'
        '<p>Rest well. You will need crutches for about six weeks.</p>\n'
        '<p>Walking\u00a0uses the patient\u2019s hip \u2013 a lot, says the \u201cteam\u201d.</p>')


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
    html, anchors, _ = ground_questions(HTML, [q("a", "The most common complication is blood"),
                                               q("b", "most common complication is blood clots"),
                                               q("c", "already has an id"), q("d", "go home straight away")])
    assert anchors == {"a": "source-a", "b": "source-a", "c": "kept", "d": "source-d"}
    assert html.count('id="source-a"') == 1 and '<li id="source-d">' in html


def test_a_passage_missing_from_the_page_is_a_fault_asking_for_review():
    html, anchors, faults = ground_questions(HTML, [q("gone", "pain may persist")])
    assert html == HTML and anchors == {}
    assert str(faults[0]).startswith('docs/p.md, line 4, question "gone": The source passage "pain may persist" '
                                     "is not in the text of this page")
    assert "Review the question against the page" in str(faults[0])


def faults_for(source: str, key_points=()) -> list[str]:
    return [str(fault) for fault in ground_questions(HTML, [q("x", source)], key_points)[2]]


def test_a_short_passage_is_refused_unless_it_is_a_whole_paragraph():
    [message] = faults_for("blood clots")
    assert message == ('docs/p.md, line 4, question "x": The source passage "blood clots" has 2 words: too short to '
                       "show that the page gives the answer. How to fix: Quote at least 6 words in a row, or a whole "
                       "sentence, from the paragraph that gives the answer.")
    assert faults_for("in") and faults_for("Go home straight") and not faults_for("Go home straight away.")


def test_a_passage_must_match_on_word_boundaries():
    assert "is not in the text of this page" in faults_for("ost common complication is blood clot")[0]


def test_a_passage_in_two_places_names_both():
    [message] = faults_for("you will need crutches for about six weeks")
    assert ('is in 2 places on this page (the paragraph "You will need crutches for about six weeks."; '
            'the paragraph "Rest well. You will need crutches for about ...")') in message
    assert "How to fix: Quote a longer passage that appears only once." in message


def test_copying_quotes_dashes_spaces_and_markdown_syntax_still_matches():
    assert faults_for("Walking uses the patient's hip - a lot, says the \"team\".") == []
    assert faults_for("The **most** *common* [complication](risks.md#x) is blood clots.") == []


def test_a_passage_from_the_key_points_is_refused_as_not_the_source():
    [message] = faults_for("Blood clots are the most common problem after this operation.",
                           ["Blood clots are the most common problem after this operation."])
    assert "is from the key points box, which only sums up the page: it is not the source text." in message
    assert "How to fix: Quote the sentence in the page's own text that the key point comes from." in message


def test_a_passage_that_looks_the_same_matches_however_its_characters_are_stored():
    """Accents stored as one character or two (NFC), soft hyphens and zero-width characters, on either side."""
    html = "<p>The surgeon\u00ad will re\u0301view the inci\u200bsion after six weeks.</p>"
    assert ground_questions(html, [q("x", "The surgeon will r\u00e9view the incision after six weeks.")])[2] == []
    assert ground_questions("<p>The surgeon will r\u00e9view the incision after six weeks.</p>",
                            [q("x", "The sur\u00adgeon will re\u0301view the in\u2060cision after six "
                                    "weeks.")])[2] == []


def test_a_passage_quoted_from_a_heading_says_headings_cannot_be_quoted():
    html = "<h2 id='h'>Walking with crutches after your operation</h2>\n<p>Move around as much as you can.</p>"
    [message] = [str(f) for f in ground_questions(html, [q("x", "Walking with crutches after your operation")])[2]]
    assert message == ('docs/p.md, line 4, question "x": The source passage "Walking with crutches after your '
                       'operation" is from a heading, and headings can\'t be quoted: a heading names a part of the '
                       "page, it does not give the answer. How to fix: Quote the text under the heading that gives "
                       "the answer.")


def test_too_short_comes_before_the_key_points_rule():
    [message] = faults_for("in", ["Fewer than 3 in 100 people."])
    assert message == ('docs/p.md, line 4, question "x": The source passage "in" has 1 word: too short to show that '
                       "the page gives the answer. How to fix: Quote at least 6 words in a row, or a whole sentence, "
                       "from the paragraph that gives the answer.")


def test_a_passage_copied_with_a_slip_names_its_source_line_the_nearest_paragraph_and_the_slip():
    """Copying slips (2 weeks for two weeks, a word left out) are hard to see: the message shows them."""
    question = Question(file="docs/p.md", line=4, id="crutches", source="You will need crutches for about 6 weeks.",
                        source_line=11)
    [fault] = ground_questions(HTML, [question])[2]
    assert str(fault).startswith('docs/p.md, line 11, question "crutches": The source passage "You will need '
                                 'crutches for about 6 weeks." is not in the text of this page, so the answer cannot '
                                 'be checked against what patients read. Nearest is the list item "You will need '
                                 'crutches for about six weeks.": the passage has "6" where the page has "six".')
    left_out = Question(file="docs/p.md", line=4, id="clots", source="The most common complication is clots.")
    assert ('Nearest is the paragraph "The most common complication is blood clots.": the page has "blood" there, '
            "which the passage leaves out.") in str(ground_questions(HTML, [left_out])[2][0])
    assert "Nearest" not in str(ground_questions(HTML, [q("gone", "pain may persist")])[2][0]), \
        "no paragraph is near a passage that shares a word or two"


def test_the_hint_names_at_most_two_slips_and_only_the_page_words_that_stand_for_them():
    html = ("<p>In most cases, after the surgery, you should rest for two weeks and not drive a car again "
            "until your team says so.</p><p>Then walk a little further every day.</p>")

    def hint(source: str) -> str:
        return str(ground_questions(html, [Question(file="docs/p.md", line=1, id="x", source=source)])[2][0])

    assert ('the passage has "patients" where the page has "you"' in
            hint("Patients should rest for two weeks and not drive a car again"))
    assert ('the passage has "ride" where the page has "drive"; the passage has "bike" where the page has "car"'
            in hint("you should rest for two weeks and not ride a bike again until your team says so"))
    assert ('the passage goes on past the end of it, with "then walk a little": quote one paragraph only' in
            hint("and not drive a car again until your team says so. Then walk a little"))


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(" \t\n_-[]()!*é\u00ad\u200b\ufb01")),
               max_size=40))
def test_normalise_gives_what_its_rule_says_for_any_text(text):
    """The quick paths (ASCII, no link) give what the whole rule gives, spelled out here step by step."""
    spelled_out = unicodedata.normalize("NFC", text)
    spelled_out = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", spelled_out)
    spelled_out = re.sub(r"!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])", r"\1", spelled_out).casefold()
    assert normalise(text) == " ".join(re.sub(r"[\W_]+", " ", spelled_out).split())
