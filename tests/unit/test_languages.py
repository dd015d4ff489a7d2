"""Where each language is written and built, and a page's links to its own translations."""

from patient_guide.languages import ENGLISH, LANGUAGES, alternate_links, config_overrides

POLISH, URDU = LANGUAGES[1], LANGUAGES[2]


def test_english_keeps_its_place_and_the_others_have_their_own_folders():
    assert config_overrides(ENGLISH)["site_dir"] == "site" and config_overrides(ENGLISH)["docs_dir"] == "docs"
    assert config_overrides(POLISH)["site_dir"] == "site/pl" and config_overrides(POLISH)["docs_dir"] == "docs-pl"
    assert config_overrides(URDU)["theme"] == {"language": "ur"} and URDU.direction == "rtl"


def test_each_page_links_to_the_same_page_in_the_other_languages():
    assert [(lang.code, link) for lang, link in alternate_links("risks.html", ENGLISH)] == [
        ("pl", "pl/risks.html"), ("ur", "ur/risks.html")]
    assert [(lang.code, link) for lang, link in alternate_links("risks.html", URDU)] == [
        ("en", "../risks.html"), ("pl", "../pl/risks.html")]
    assert [link for _, link in alternate_links("index.html", POLISH)] == ["../index.html", "../ur/index.html"]


def test_links_are_named_in_their_own_language():
    assert [lang.name for lang, _ in alternate_links("index.html", ENGLISH)] == ["Polski", "اردو"]
