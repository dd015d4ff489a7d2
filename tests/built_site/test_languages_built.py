"""Every language is a whole guide (issue 20): the same pages, the same questions and right answers,
its own lang, dir, search index, links to the same page in the others, and one offline copy for all."""

import json
import re
import zipfile

import pytest
from bs4 import BeautifulSoup

from site_config import load_config

TRANSLATIONS = tuple(load_config()["extra"]["guide"].get("translations") or ())
FOLDERS = ("", *TRANSLATIONS)
RTL = {"ur"}
ZIP = "download/soft-tissue-hip-reconstruction-guide.zip"


def pages_in(site_dir, folder):
    root = site_dir / folder if folder else site_dir
    return sorted(path.name for path in root.glob("*.html") if path.name != "404.html")


def soup_of(site_dir, folder, name):
    path = (site_dir / folder / name) if folder else site_dir / name
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def answers(soup):
    """Each question's id, type and right answer as the quiz checks it: the right options' values, or an
    order question's steps as shown (each select's data-step, its place in the right order)."""
    found = {}
    for fieldset in soup.select("fieldset"):
        hint = fieldset.get("aria-describedby", "")
        if not hint.startswith("hint-"):
            continue
        inputs, steps = fieldset.select("input[name]"), fieldset.select("select[data-step]")
        if steps:
            found[hint[5:]] = ("order", tuple(select["data-step"] for select in steps))
        elif inputs:
            found[hint[5:]] = (inputs[0]["type"], tuple(i["value"] for i in inputs if i.has_attr("data-correct")))
    return found


def test_the_guide_is_translated_into_polish_and_urdu():
    assert set(TRANSLATIONS) >= {"pl", "ur"}


@pytest.mark.parametrize("folder", TRANSLATIONS)
def test_every_language_has_every_page(site_dir, folder):
    assert pages_in(site_dir, folder) == pages_in(site_dir, "")


@pytest.mark.parametrize("folder", TRANSLATIONS)
def test_every_language_asks_the_same_questions_with_the_same_right_answers(site_dir, folder):
    english, translated = answers(soup_of(site_dir, "", "quiz.html")), answers(soup_of(site_dir, folder, "quiz.html"))
    assert len(english) >= 14 and translated == english


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_page_has_its_language_and_direction_and_links_to_the_others(site_dir, folder):
    code = folder or "en"
    for name in pages_in(site_dir, folder):
        soup = soup_of(site_dir, folder, name)
        html = soup.html
        direction = "rtl" if code in RTL else "ltr"
        assert (html["lang"], html["dir"], soup.body["dir"]) == (code, direction, direction), name
        links = {a["hreflang"]: a["href"] for a in soup.select("nav.guide-languages a")}
        others = [other for other in FOLDERS if other != folder]
        expected = {other or "en": ("../" if folder else "") + (f"{other}/" if other else "") + name
                    for other in others}
        assert links == expected, name
        for a in soup.select("nav.guide-languages a"):
            assert a["lang"] == a["hreflang"] and a.get_text(strip=True), name
        assert not soup.select('link[rel="alternate"]'), "Material would fetch sitemap.xml for it, failing offline"
        assert soup.select_one("nav.guide-languages")["aria-label"], name


@pytest.mark.parametrize("folder", TRANSLATIONS)
def test_each_language_link_is_named_in_its_own_language(site_dir, folder):
    names = {a["hreflang"]: a.get_text(strip=True) for a in soup_of(site_dir, folder, "index.html")
             .select("nav.guide-languages a")}
    assert names["en"] == "English"
    assert {"pl": "Polski", "ur": "اردو"}.items() >= {k: v for k, v in names.items() if k != "en"}.items()


def search_index(site_dir, folder):
    path = (site_dir / folder if folder else site_dir) / "search" / "search_index.json"
    return json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_language_has_its_own_search_index_of_its_own_pages_with_no_question_in_it(site_dir, folder):
    index = search_index(site_dir, folder)
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert locations and all("/" not in location and not location.startswith("..") for location in locations)
    text = " ".join(doc["text"] + " " + doc["title"] for doc in index["docs"])
    quiz = soup_of(site_dir, folder, "quiz.html")
    for legend in quiz.select(".quiz-text"):
        assert legend.get_text(" ", strip=True) not in text
    assert (site_dir / (folder or ".") / "search" / "search_index.js").is_file()  # offline search (file://)
    for other in FOLDERS:
        if other != folder:  # the titles of another language's pages are not in this one's index
            own_titles = {doc["title"] for doc in search_index(site_dir, other)["docs"]
                          if "#" not in doc["location"]}
            assert not own_titles & {doc["title"] for doc in index["docs"] if "#" not in doc["location"]} - {""}


def test_one_offline_copy_holds_every_language_each_with_its_own_offline_note(site_dir):
    with zipfile.ZipFile(site_dir / ZIP) as archive:
        names = archive.namelist()
        for folder in FOLDERS:
            prefix = f"soft-tissue-hip-reconstruction-guide/{folder + '/' if folder else ''}"
            assert {prefix + name for name in pages_in(site_dir, folder)} <= set(names)
            index = archive.read(prefix + "index.html").decode("utf-8")
            own = soup_of(site_dir, folder, "index.html")
            assert not re.search(r'class="guide-download"><a', index)
            assert own.select_one("li.guide-download a")["href"] == ("../" if folder else "") + ZIP
        cover = archive.read("soft-tissue-hip-reconstruction-guide/README.txt").decode("utf-8")
    for folder in TRANSLATIONS:
        assert f"{folder}/index.html" in cover


@pytest.mark.parametrize("folder", TRANSLATIONS)
def test_about_this_page_says_which_english_version_a_translation_follows(site_dir, folder):
    for name in pages_in(site_dir, folder):
        note = soup_of(site_dir, folder, name).select_one(".guide-translated-from")
        assert note is not None and re.search(r"\b1\.\d+\b", note.get_text()), name
