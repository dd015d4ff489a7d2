"""Listen to this page, as built: offered on the sections only (its script, styles and controls), the
script small and in its own file, the controls written hidden (listen.js shows them only where the
device has a voice of its own), and its words from the words file."""

from patient_guide.words import load_words
from site_config import load_config
from site_weight import gzip_size
from support import html_name, section_pages

KB = 1024
WORDS = load_words(load_config()["theme"].get("language", "en"))
SCRIPT, STYLES = "assets/listen/listen.js", "assets/listen/listen.css"


def test_the_script_and_styles_load_only_on_the_sections_deferred(content_pages):
    sections = {html_name(section) for section in section_pages()}
    assert sections, "the guide has sections"
    for name, soup in content_pages.items():
        scripts = soup.select(f'script[src$="{SCRIPT}"]')
        styles = soup.select(f'link[rel~=stylesheet][href$="{STYLES}"]')
        controls = soup.select("[data-listen]")
        if name.rpartition("/")[2] in sections:
            assert len(scripts) == len(styles) == len(controls) == 1, name
            assert scripts[0].has_attr("defer"), name
        else:
            assert scripts == styles == controls == [], name


def test_the_script_is_at_most_3_kb_compressed(site_dir):
    assert gzip_size(site_dir / SCRIPT) <= 3 * KB


def test_the_controls_are_written_hidden_under_the_title_with_the_words_files_words(content_pages):
    for section in section_pages():
        soup = content_pages[html_name(section)]
        box = soup.select_one("[data-listen]")
        assert box.has_attr("hidden"), section
        assert box.find_previous_sibling("h1") and box.find_next_sibling(class_="guide-key-points"), section
        play = box.select_one("[data-listen-play]")
        assert (play.get_text(strip=True), play["data-pause"], play["data-resume"]) == (
            WORDS["listen_play"], WORDS["listen_pause"], WORDS["listen_resume"])
        names = [" ".join(control.get_text(" ").split()) for control in box.select("button, label")]
        assert names == [WORDS[key] for key in ("listen_play", "listen_back", "listen_forward", "listen_stop",
                                                "listen_questions", "listen_slow")], section
        assert [b.has_attr("hidden") for b in box.select("button")] == [False, True, True, True, False], section
