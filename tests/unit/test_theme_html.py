"""The theme's HTML edits and the security policy, on small pages written here."""

import pytest
from bs4 import BeautifulSoup

from patient_guide.theme_html import (
    SCANNED_TAGS,
    ThemeHTMLError,
    apply_edits,
    authored_span,
    checkbox_edits,
    content_security_policy,
    defer_edits,
    external_link_edits,
    finish_page,
    scan,
    script_hash,
    security_meta_edits,
)


def drop_checkbox_autocomplete(html: str) -> str:
    """One kind of the theme's edits made alone (finish_page makes them all, from one scan)."""
    return apply_edits(html, checkbox_edits(scan(html)))


def defer_scripts(html: str) -> str:
    return apply_edits(html, defer_edits(scan(html)))


def protect_external_links(html: str, own_host: str = "") -> str:
    return apply_edits(html, external_link_edits(scan(html), own_host))


def add_security_meta(html: str) -> str:
    return apply_edits(html, security_meta_edits(scan(html), authored_span(html)))

TOGGLES = ('<input autocomplete="off" class="md-toggle" type="checkbox" id="__drawer">'
           '<input class="md-toggle" type="checkbox" id="__search" autocomplete="off">')
PAGE = ('<!doctype html><html><head><meta charset="utf-8"><title>t</title>'
        '<script src="assets/vendor/shim.js"></script><script>var a = 1;</script></head><body>' + TOGGLES +
        '<input type="text" name="query" autocomplete="off">'
        '<script id="__config" type="application/json">{"base": "."}</script>'
        '<script src="assets/javascripts/bundle.123.min.js"></script>'
        '<a href="https://www.nhs.uk/">NHS</a></body></html>')
# The hash Chromium 156 reports for the inline script `console.log("hi")`.
CHROMIUM_HASH = "'sha256-TMFma7PHrBUjZEUKY/MwBLuX3/HrQe2+A1FmjMS7ppA='"


def inputs(html):
    return [e.attrs for e in scan(html) if e.tag == "input"]


def test_autocomplete_goes_from_checkboxes_whatever_the_attribute_order():
    result = inputs(drop_checkbox_autocomplete(TOGGLES + '<input type="text" name="q" autocomplete="off">'))
    assert result == [{"class": "md-toggle", "type": "checkbox", "id": "__drawer"},
                      {"class": "md-toggle", "type": "checkbox", "id": "__search"},
                      {"type": "text", "name": "q", "autocomplete": "off"}]


def test_a_theme_without_its_toggles_stops_the_build():
    with pytest.raises(ThemeHTMLError, match="toggle checkboxes \\(__search\\) are missing"):
        drop_checkbox_autocomplete('<input type="checkbox" id="__drawer">')


def test_every_script_file_is_deferred_in_place_and_inline_ones_are_left():
    html = defer_scripts(PAGE)
    scripts = [e for e in scan(html) if e.tag == "script"]
    assert [("defer" in e.attrs, e.attrs.get("src")) for e in scripts] == [
        (True, "assets/vendor/shim.js"), (False, None), (False, None), (True, "assets/javascripts/bundle.123.min.js")]
    assert defer_scripts(html) == html  # already deferred: untouched


def test_a_theme_without_its_bundle_stops_the_build():
    with pytest.raises(ThemeHTMLError, match="script bundle"):
        defer_scripts('<script src="other.js"></script>')


@pytest.mark.parametrize("link, rel", [
    ('<a href="https://www.nhs.uk/">x</a>', "noopener noreferrer"),
    ('<a rel="external" href="HTTP://example.org">x</a>', "external noopener noreferrer"),
    ('<a href="//example.org/page">x</a>', "noopener noreferrer"),
    ('<a href="https://guide.example.org/risks.html">x</a>', None),  # the site's own host
    ('<a href="mailto:info@example.org">x</a>', None),
    ('<a href="risks.html#blood-clots">x</a>', None),
])
def test_links_to_other_sites_give_nothing_away(link, rel):
    anchor = BeautifulSoup(protect_external_links(link, "guide.example.org"), "html.parser").a
    assert (" ".join(anchor["rel"]) if anchor.has_attr("rel") else None) == rel


def test_the_policy_hashes_each_inline_script_as_the_browser_does():
    policy = content_security_policy('<script>console.log("hi")</script><script type="application/json">{}</script>'
                                     '<script src="a.js"></script><script>console.log("hi")</script>')
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    assert directives["script-src"] == "'self' " + CHROMIUM_HASH
    assert directives["object-src"] == directives["base-uri"] == directives["form-action"] == "'none'"
    assert "unsafe" not in policy and "http" not in policy


def test_the_policy_comes_straight_after_the_charset_and_before_any_script():
    html = add_security_meta(PAGE)
    tags = [(e.tag, e.attrs.get("http-equiv") or e.attrs.get("name")) for e in scan(html)][:5]
    assert tags == [("html", None), ("head", None), ("meta", None), ("meta", "Content-Security-Policy"),
                    ("meta", "referrer")]
    assert '<meta name="referrer" content="no-referrer">' in html


def test_a_page_without_one_charset_stops_the_build():
    with pytest.raises(ThemeHTMLError, match="one <meta charset>"):
        add_security_meta("<html><head><title>t</title></head></html>")


def test_finished_page_policy_matches_its_final_scripts():
    html = finish_page(PAGE)
    policy = next(e.attrs["content"] for e in scan(html) if e.attrs.get("http-equiv") == "Content-Security-Policy")
    assert policy == content_security_policy(html)
    assert "'sha256-" in policy and 'rel="noopener noreferrer"' in html


def test_tags_written_in_capitals_are_edited_and_hashed_as_lower_case_ones_are():
    """Raw HTML in a page may be written in any capitals; the scanner's speed-up must not miss it."""
    html = ('<HTML><HEAD><META CHARSET="utf-8"><SCRIPT>console.log("hi")</SCRIPT></HEAD><BODY>'
            '<A HREF="https://www.nhs.uk/">NHS</A><!-- <a href="https://example.org/">not a link</a> --></BODY></HTML>')
    anchors = BeautifulSoup(protect_external_links(html), "html.parser").find_all("a")
    assert [" ".join(a.get("rel", [])) for a in anchors] == ["noopener noreferrer"]  # not the one in the comment
    assert CHROMIUM_HASH in content_security_policy(html)


def test_every_tag_the_edits_read_is_found_in_any_capitals_and_nothing_else_is():
    """The scanner's look-ahead skips most tags by their first letters: it must never skip one of these."""
    for tag in SCANNED_TAGS:
        for written in (tag, tag.upper(), tag.title(), tag[:2] + tag[2:].upper()):
            assert [e.tag for e in scan(f'<p><{written} data-x="__1"></p>')] == [tag], written
    assert scan("<li><span><label><legend><section><strong><lid><metal></metal></lid>") == []
    assert scan("<!-- <script>no</script> --><b>") == []


def test_an_email_link_carries_its_bare_address_for_print():
    html = finish_page(PAGE.replace("</body>", '<a href="mailto:info%40example.org?subject=Hip%20guide">Tell us</a>'
                                               '<a href="MAILTO:team@example.org">Team</a></body>'))
    anchors = BeautifulSoup(html, "html.parser").select("a[href^=mailto], a[href^=MAILTO]")
    assert [a["data-print-address"] for a in anchors] == ["info@example.org", "team@example.org"]
    assert anchors[0]["href"] == "mailto:info%40example.org?subject=Hip%20guide"


def test_a_script_inside_the_pages_own_content_gets_no_hash_so_it_never_runs():
    """The build refuses scripts in a page's Markdown; if one got through, the policy still blocks it."""
    html = PAGE.replace('<a href="https://www.nhs.uk/">NHS</a>',
                        '<article class="md-content__inner"><script>console.log("hi")</script></article>')
    policy = content_security_policy(html)
    assert CHROMIUM_HASH not in policy
    assert script_hash("var a = 1;") in policy, "the theme's own inline script keeps its hash"
    outside = html.replace("</article>", "</article><script>console.log(\"hi\")</script>")
    assert CHROMIUM_HASH in content_security_policy(outside)


def test_a_link_with_a_less_than_sign_in_an_earlier_attribute_is_still_protected():
    anchor = BeautifulSoup(protect_external_links('<a title="3 < 4" href="https://www.nhs.uk/">NHS</a>'),
                           "html.parser").a
    assert " ".join(anchor["rel"]) == "noopener noreferrer"


def test_what_comments_and_scripts_hold_is_never_edited_and_a_comment_in_a_script_hides_nothing():
    """Editing a tag inside a script's text would change the script after it was hashed."""
    script = '<script>var x = \'<a href="https://example.org/">x</a>\'; if (a <!--b) {}</script>'
    comment = '<!-- <a href="https://example.org/">old link</a> -->'
    html = PAGE.replace("<title>t</title>", "<title>t</title>" + script).replace("</body>", comment + "</body>")
    finished = finish_page(html)
    assert script in finished and comment in finished, "the script and the comment are left as written"
    assert script_hash(script[8:-9]) in finished, "the script's hash is of its text as written"
    assert len([e for e in scan(html) if e.tag == "script"]) == 5, "every script after it is still found"



def test_a_link_to_another_site_in_the_menu_itself_is_protected():
    menu = ('<nav class="md-nav md-nav--primary"><ul><li><a href="risks.html">Risks</a></li>'
            '<li><a href="https://www.nhs.uk/hip">NHS hip</a></li></ul></nav>')
    finished = BeautifulSoup(finish_page(PAGE.replace('<a href="https://www.nhs.uk/">NHS</a>', menu)), "html.parser")
    assert " ".join(finished.select_one('nav a[href^="https"]')["rel"]) == "noopener noreferrer"


def test_the_page_s_direction_goes_on_html_beside_its_language():
    from patient_guide.theme_html import with_direction

    assert with_direction('<!doctype html><html lang="ur" class="no-js"><body dir="rtl">', "rtl") == (
        '<!doctype html><html dir="rtl" lang="ur" class="no-js"><body dir="rtl">')
    assert with_direction('<html dir="ltr" lang="en">', "rtl") == '<html dir="ltr" lang="en">'
