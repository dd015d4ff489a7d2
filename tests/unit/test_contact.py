"""extra.guide.contact: whom a worried patient contacts, checked with the line of each slip in
mkdocs.yml, and shown the same way on every page, the printed guide and the question sheet."""

import pytest
from bs4 import BeautifulSoup

from patient_guide.contact import Contact, other_formats_markdown, read_contact, render_contact, setting_lines
from patient_guide.settings import SettingsError, read_settings
from patient_guide.words import load_words
from site_config import load_config
from support import ROOT

REAL = load_config()["extra"]["guide"]
CONFIG = """site_name: Guide
extra:
  generator: false
  guide:
    publisher: P
    contact:
      who: Example Ward
      phone: call us
      colour: blue
"""


def test_the_real_contact_is_read_and_is_clearly_an_example():
    settings = read_settings({"guide": REAL})
    assert settings.contact.phone == "01632 960000", "a number Ofcom keeps for drama, never a real line"
    assert "Example" in settings.contact.who


def test_a_phone_number_becomes_a_link_a_phone_can_dial():
    assert Contact("W", "01632 960000", "always").tel == "tel:01632960000"
    assert Contact("W", "+44 (0)1632 960000", "always").tel == "tel:+4401632960000"


def test_the_block_says_who_the_number_and_when_in_the_words_file_wording():
    words = load_words("en")
    html = render_contact(Contact("Example Ward", "01632 960000", "Monday to Friday, 8am to 6pm"), words)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h2.get_text() == words["contact_heading"] == "If you are worried"
    assert soup.select("p")[0].get_text() == (
        "If you are worried about your hip or your recovery, contact Example Ward on "
        "01632 960000. You can call them Monday to Friday, 8am to 6pm.")
    assert soup.a["href"] == "tel:01632960000"
    assert BeautifulSoup(render_contact(Contact("A & B", "01632 960000", "<now>"), words, "p"),
                         "html.parser").select_one("p.guide-contact__title")
    assert "A &amp; B" in render_contact(Contact("A & B", "01632 960000", "now"), words)


def test_the_block_then_says_how_to_ask_for_another_format_on_the_same_number():
    """The NHS Accessible Information Standard: every page, printed guide and question sheet says it."""
    words = load_words("en")
    for heading in ("h2", "p"):
        soup = BeautifulSoup(render_contact(Contact("W", "01632 960000", "now"), words, heading), "html.parser")
        formats = soup.select_one("p.guide-contact__formats")
        assert formats is soup.select("p")[-1]
        assert formats.get_text() == ("If you need this information in large print, audio, Easy Read, braille or "
                                      "another language, call 01632 960000.")
        assert formats.a["href"] == "tel:01632960000"
    assert other_formats_markdown(Contact("W", "01632 960000", "now"), words).endswith(
        "call [01632 960000](tel:01632960000){: .guide-phone }.")


def test_the_line_of_each_contact_setting_is_found_whatever_tags_mkdocs_yml_uses():
    lines = setting_lines("site_url: !ENV [SITE_URL, '']\n" + CONFIG)
    assert lines["contact"] == 7 and lines["contact.phone"] == 9 and lines["contact.colour"] == 10
    assert setting_lines("extra: [unclosed\n") == {}
    assert "contact" in setting_lines((ROOT / "mkdocs.yml").read_text("utf-8"))


def test_every_slip_in_the_contact_is_named_at_once_with_its_line_and_fix():
    guide = {**REAL, "contact": {"who": "Example Ward", "phone": "call us", "colour": "blue"}}
    with pytest.raises(SettingsError) as error:
        read_settings({"guide": guide}, setting_lines(CONFIG))
    message = str(error.value)
    assert message.startswith("mkdocs.yml, extra.guide:\n  - ")
    assert ("line 8, 'contact.phone' is 'call us', which is not a phone number a phone can dial. How to fix: write "
            "only the number, with digits, spaces and a leading + if needed, as in phone: 01632 960000.") in message
    assert "line 6, 'contact.when' is missing. How to fix: add when they can be called" in message
    assert "line 9, 'contact' has 'colour', which the guide does not use. How to fix: use only who, phone, when." \
        in message


@pytest.mark.parametrize("contact, said", [
    (None, "'contact' is missing: patients see it on every page under \"If you are worried\". How to fix: add "
           "under extra.guide"),
    ("ring the ward", "'contact' is 'ring the ward', not a list of who, phone and when"),
    ({"who": "W", "phone": 1632960000, "when": "now"},
     "'contact.phone' is 1632960000, which YAML did not read as words. How to fix: put it in quotes, as in "
     'phone: "1632960000".'),
    ({"who": "W", "phone": "123", "when": "now"}, "'contact.phone' is '123', which is not a phone number"),
    ({"who": "<b>W</b>", "phone": "01632 960000", "when": "now"}, "'contact.who' has a sign < or >"),
    ({"who": "W", "phone": "01632 960000", "when": "  "}, "'contact.when' is missing."),
])
def test_a_contact_the_build_cannot_use_is_refused_with_a_fix(contact, said):
    found, problems = read_contact(contact)
    assert found is None and len(problems) == 1 and said in problems[0], problems
