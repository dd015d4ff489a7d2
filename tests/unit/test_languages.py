"""The guide's languages as CLDR names them, and a page's links to its own translations."""

from patient_guide.languages import alternate_links, guide_languages, language

GUIDE = guide_languages("en", ("pl", "ur"))


def test_english_keeps_the_root_and_the_others_have_their_own_folders():
    assert [(lang.code, lang.folder) for lang in GUIDE] == [("en", ""), ("pl", "pl"), ("ur", "ur")]


def test_each_language_is_named_in_itself_with_its_direction():
    assert [(lang.name, lang.direction) for lang in GUIDE] == [("English", "ltr"), ("Polski", "ltr"),
                                                               ("اردو", "rtl")]
    assert language("cy").name == "Cymraeg" and language("ar").direction == "rtl"


def test_each_page_links_to_the_same_page_in_the_other_languages():
    assert [(lang.code, link) for lang, link in alternate_links("risks.html", "en", GUIDE)] == [
        ("pl", "pl/risks.html"), ("ur", "ur/risks.html")]
    assert [(lang.code, link) for lang, link in alternate_links("risks.html", "ur", GUIDE)] == [
        ("en", "../risks.html"), ("pl", "../pl/risks.html")]
    assert [link for _, link in alternate_links("index.html", "pl", GUIDE)] == ["../index.html", "../ur/index.html"]
