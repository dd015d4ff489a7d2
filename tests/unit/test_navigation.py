from patient_guide.navigation import pages_left_out


def test_a_page_left_out_of_the_navigation_is_named_with_the_line_to_add():
    assert pages_left_out(["going-home.md", "extra/after_care.md", "risks-2.md"], {"risks-2.md"}, "docs") == [
        "docs/going-home.md is not in the guide's navigation, so patients could not find it from the menu, the page "
        "before it or the page after it. How to fix: add a line such as '  - Going home: going-home.md' under nav: "
        "in mkdocs.yml, where it comes in reading order; or delete the page.",
        "docs/extra/after_care.md is not in the guide's navigation, so patients could not find it from the menu, the "
        "page before it or the page after it. How to fix: add a line such as '  - After care: extra/after_care.md' "
        "under nav: in mkdocs.yml, where it comes in reading order; or delete the page."]
    assert pages_left_out([], set(), "docs") == []


def test_a_page_the_guide_needs_is_never_offered_for_deletion():
    [message] = pages_left_out(["glossary.md"], set(), "docs")
    assert message.endswith("under nav: in mkdocs.yml, where it comes in reading order.")
