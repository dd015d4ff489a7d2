"""HTML that could run code is refused at its line; code examples and ordinary HTML are not."""

import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from patient_guide.unsafe_html import unsafe_html_problems
from site_config import site_markdown

FIX = "How to fix: remove it; a page of the guide holds text, links, pictures and boxes only."


@pytest.mark.parametrize("line, problem", [
    ("<script>alert(1)</script>", "the page has a <script> element, which the guide's pages never run or show."),
    ("Text <SCRIPT src=x.js></SCRIPT>", "the page has a <script> element, which the guide's pages never run or show."),
    ('<iframe src="https://example.org"></iframe>', "the page has a <iframe> element"),
    ('<p onclick="go()">Press</p>', "the page has an onclick= attribute, which would run code."),
    ('<img src="x.png" onerror=alert(1)>', "the page has an onerror= attribute, which would run code."),
    ('A paragraph. {: onclick="go()" }', "the page has an onclick= attribute, which would run code."),
    ('<span style="color:red">Red</span>', "the page has a style attribute, which the guide's security policy blocks."),
    ("[Press here](javascript:alert(1))", "the page has a link or picture address starting javascript:"),
    ("[Press here]( JavaScript:alert(1))", "the page has a link or picture address starting javascript:"),
    ('<a href="javascript:go()">x</a>', "the page has a link or picture address starting javascript:"),
    ("[x]: javascript:alert(1)", "the page has a link or picture address starting javascript:"),
    ("<javascript:alert(1)>", "the page has a link or picture address starting javascript:"),
    ("[x](data:text/html,<b>hi</b>)", "the page has a link or picture address starting data:"),
])
def test_html_that_could_run_code_is_refused_at_its_line(line, problem):
    problems = unsafe_html_problems(f"---\ntitle: T\n---\n\n# T\n\n{line}\n", "docs/p.md")
    assert len(problems) == 1 and problems[0].startswith(f"docs/p.md, line 7: {problem}") and problems[0].endswith(FIX)


@pytest.mark.parametrize("text", [
    "Use `<script>` tags with care.",  # inline code
    "```html\n<script>alert(1)</script>\n```",  # a code example
    "````markdown\n```quiz\n<p onclick=x>\n```\n````",  # an example inside a longer fence
    "<abbr title=\"Magnetic resonance imaging\">MRI</abbr> and <strong>bold</strong>",
    "[NHS](https://www.nhs.uk/) and ![A hip](hip.png) and ![dot](data:image/png;base64,iVBOR)",
    "The onset = early; a style of life; data: what we know; javascript is a language.",
])
def test_ordinary_text_html_and_code_examples_pass(text):
    assert unsafe_html_problems(text, "docs/p.md") == []


@pytest.mark.parametrize("text, line, problem", [
    ('<div\n  onclick="go()">Press</div>', 8, "the page has an onclick= attribute"),  # the line it stands on
    ('<img\nsrc="x.png"\nstyle="color:red">', 9, "the page has a style attribute"),
    ("[x](&#106;avascript:alert(1))", 7, "starting javascript:"),
    ('<a href="java&#x09;script:go()">x</a>', 7, "starting javascript:"),
    ('<a href=" JAVASCRIPT:go()">x</a>', 7, "starting javascript:"),
    ('<img src="x.png"/onerror=go()>', 7, "the page has an onerror= attribute"),  # a slash parts attributes
    ('<img/onerror=go()/src=x.png>', 7, "the page has an onerror= attribute"),
])
def test_what_a_browser_would_run_is_found_however_it_is_written(text, line, problem):
    """Tags spread over lines, and addresses written with character codes, spaces or capitals."""
    problems = unsafe_html_problems(f"---\ntitle: T\n---\n\n# T\n\n{text}\n", "docs/p.md")
    assert len(problems) == 1 and problems[0].startswith(f"docs/p.md, line {line}: ") and problem in problems[0]


def test_words_inside_an_attributes_value_are_not_attributes():
    assert unsafe_html_problems('<abbr title="Seen online = yes; style = plain">MRI</abbr>', "docs/p.md") == []
    # A browser reads an unquoted value up to a space: this picture's address is "x/onerror=go()".
    assert unsafe_html_problems("<img/src=x/onerror=go()>", "docs/p.md") == []


def test_backticks_in_raw_html_are_no_code_example():
    # Inside raw HTML, Markdown shows backticks as they are: the tag between them would be live.
    text = "<div>\n`<img src=x onerror=alert(1)>`\n</div>\n"
    assert unsafe_html_problems(text, "docs/a.md") == [
        "docs/a.md, line 2: the page has an onerror= attribute, which would run code. How to fix: remove it; a page "
        "of the guide holds text, links, pictures and boxes only."]


def test_a_fence_closed_only_by_its_own_marks_hides_nothing_after_it():
    # ```` is no closing line for ``` to Markdown: the fence is never closed, so the text is live.
    assert unsafe_html_problems("```\nsafe\n````\n<script>x</script>\n", "docs/a.md")
    assert not unsafe_html_problems("````\n```\n<script>x</script>\n````\n", "docs/a.md")


# Attribute lists read as attr_list reads them: generated lines, rendered by Markdown itself.
ATTRIBUTE_PIECES = st.sampled_from([
    "{", "}", "{:", "{: ", " ", '"', "'", "=", "onclick=go()", 'onclick="go()"', "onclick='go()'", "ONMOUSEOVER=x",
    "onclick", 'title="}"', "title='}'", 'title="{x}"', "style=color:red", 'style="color: red"', ".note", "#top",
    "\\{", "\\}", "a}b", 'href="javascript:go()"', "x=y", "*em*", "`code`", "}{", "{:.x}", "lang=en",
])


MD = site_markdown()


def rendered_attribute_names(markdown_text: str) -> set[str]:
    MD.reset()
    soup = BeautifulSoup(MD.convert(markdown_text), "html.parser")
    return {name.lower() for element in soup.find_all(True) for name in element.attrs}


ATTRIBUTE_LISTS = st.one_of(
    st.lists(ATTRIBUTE_PIECES, min_size=1, max_size=8).map("".join),
    st.tuples(st.sampled_from(["{", "{:", "{: ", "{:  "]), st.lists(ATTRIBUTE_PIECES, min_size=1, max_size=5),
              st.sampled_from(["}", " }", "} after", "}}", " } {: .x}"])).map(lambda p: p[0] + " ".join(p[1]) + p[2]))


@settings(max_examples=600, deadline=None, derandomize=True)
@given(ATTRIBUTE_LISTS,
       st.sampled_from(["Some words\n{}", "# A heading {}", "Some *words*{} here", "Some words {}", "- item\n  {}"]))
def test_no_event_handler_or_style_that_markdown_would_write_gets_past_the_check(attributes, shape):
    page = shape.replace("{}", attributes, 1)
    risky = {name for name in rendered_attribute_names(page) if name.startswith("on") or name == "style"}
    if risky:
        assert unsafe_html_problems(page, "docs/p.md"), (page, risky)


@given(ATTRIBUTE_LISTS)
@settings(max_examples=300, deadline=None, derandomize=True)
def test_an_attribute_list_is_read_word_by_word_as_attr_list_reads_it(attributes):
    from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder

    from patient_guide.unsafe_html import ATTRIBUTE_LIST, ATTRIBUTE_LIST_WORD
    theirs = re.compile(AttrListTreeprocessor.BASE_RE).match(attributes)
    ours = ATTRIBUTE_LIST.match(attributes)
    assert bool(theirs) == bool(ours)
    if ours:
        assert ours.group(1) == theirs.group(1)
        words, at = [], 0
        while at < len(ours.group(1)) and (word := ATTRIBUTE_LIST_WORD.match(ours.group(1), at)):
            if word.group(1):
                words.append((word.group(1), next((v for v in word.groups()[1:4] if v is not None), "")))
            elif word.group(5):
                words.append(_their_word(word.group(5)))
            at = word.end()
        assert words == [(name, value or "") for name, value in get_attrs_and_remainder(ours.group(1))[0]]


def _their_word(word: str) -> tuple[str, str]:
    """A lone word as attr_list names it: .x is a class, #x an id, anything else an attribute with no value."""
    return (".", word[1:]) if word.startswith(".") else ("id", word[1:]) if word.startswith("#") else (word, "")


def test_a_brace_inside_a_quoted_value_does_not_hide_the_handler_after_it():
    problems = unsafe_html_problems('A paragraph.\n{: title="}" onclick="go()" }\n', "docs/p.md")
    assert problems == ["docs/p.md, line 2: the page has an onclick= attribute, which would run code. How to fix: "
                        "remove it; a page of the guide holds text, links, pictures and boxes only."]
