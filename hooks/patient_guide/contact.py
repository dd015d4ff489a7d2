"""Whom a worried patient contacts: set once under `extra.guide.contact` in mkdocs.yml, checked
here, and shown on every page, on the printed guide and on the question sheet."""

from __future__ import annotations

import re
from html import escape
from typing import NamedTuple

import yaml

from .words import Words

FIELDS = ("who", "phone", "when")
HELP = {
    "who": "whom to contact, e.g. who: Example Ward, orthopaedic nurses",
    "phone": "their phone number, e.g. phone: 01632 960000",
    "when": "when they can be called, e.g. when: Monday to Friday, 8am to 6pm",
}
EXAMPLE = ("contact:\n        who: Example Ward, orthopaedic nurses\n        phone: 01632 960000\n"
           "        when: Monday to Friday, 8am to 6pm")
PHONE_SIGNS = re.compile(r"\+?[0-9 ()-]+")


class Contact(NamedTuple):
    who: str
    phone: str
    when: str

    @property
    def tel(self) -> str:
        """The number as a tel: link dials it: digits only, with a leading + kept."""
        return "tel:" + ("+" if self.phone.startswith("+") else "") + re.sub(r"\D", "", self.phone)


def read_contact(given, lines: dict[str, int] | None = None) -> tuple[Contact | None, list[str]]:
    """`extra.guide.contact`, or every problem with it (each with its line in mkdocs.yml when known)."""
    lines = lines or {}

    def where(key: str) -> str:
        line = lines.get(key) or lines.get("contact")
        return f"line {line}, " if line else ""

    if not isinstance(given, dict):
        read = "missing" if given is None else f"{given!r}, not a list of who, phone and when"
        return None, [f"{where('contact')}'contact' is {read}: patients see it on every page under \"If you are "
                      f"worried\". How to fix: add under extra.guide, indented as the other settings,\n      {EXAMPLE}"]
    problems, values = [], {}
    for name in FIELDS:
        value = given.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(f"{where('contact')}'contact.{name}' is missing. How to fix: add {HELP[name]}.")
        elif not isinstance(value, str):
            problems.append(f"{where('contact.' + name)}'contact.{name}' is {value!r}, which YAML did not read as "
                            f"words. How to fix: put it in quotes, as in {name}: \"{value}\".")
        elif name == "phone" and not _is_phone_number(value):
            problems.append(f"{where('contact.phone')}'contact.phone' is '{value}', which is not a phone number a "
                            "phone can dial. How to fix: write only the number, with digits, spaces and a leading "
                            "+ if needed, as in phone: 01632 960000.")
        elif "<" in value or ">" in value or "\n" in value.strip():
            problems.append(f"{where('contact.' + name)}'contact.{name}' has a sign < or > or more than one line. "
                            "How to fix: write it as plain words on one line.")
        else:
            values[name] = " ".join(value.split())
    if unknown := sorted(str(key) for key in set(given) - set(FIELDS)):
        problems.append(f"{where('contact.' + unknown[0])}'contact' has {', '.join(map(repr, unknown))}, which the "
                        f"guide does not use. How to fix: use only {', '.join(FIELDS)}.")
    return (None, problems) if problems else (Contact(**values), [])


def _is_phone_number(text: str) -> bool:
    return bool(PHONE_SIGNS.fullmatch(text.strip())) and 6 <= len(re.sub(r"\D", "", text)) <= 15


def setting_lines(config_text: str) -> dict[str, int]:
    """The line in mkdocs.yml of each setting under extra.guide ("contact", "contact.phone", ...), so a
    message can say where to look. Composed only, never made into data, so tags such as !ENV don't matter."""
    try:
        root = yaml.compose(config_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}  # MkDocs itself names a file it cannot read
    guide = _child(_child(root, "extra"), "guide")
    lines: dict[str, int] = {}
    for key, value in guide.value if isinstance(guide, yaml.MappingNode) else []:
        lines[str(key.value)] = key.start_mark.line + 1
        for inner, _ in value.value if isinstance(value, yaml.MappingNode) else []:
            lines[f"{key.value}.{inner.value}"] = inner.start_mark.line + 1
    return lines


def _child(node, name: str):
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for key, value in node.value if getattr(key, "value", None) == name), None)


def render_contact(contact: Contact, words: Words, heading: str = "h2") -> str:
    """The "If you are worried" block: whom to call, the number as a link a phone can dial, and when;
    then how to ask for the information in another format (the NHS Accessible Information Standard).
    `heading` is the title's element: a heading on a page, a plain "p" on the printed question sheet."""
    phone = _phone_link(contact)
    text = escape(words["contact_text"]).format(who=escape(contact.who), phone=phone, when=escape(contact.when))
    return (f'<div class="guide-contact"><{heading} class="guide-contact__title">{escape(words["contact_heading"])}'
            f"</{heading}><p>{text}</p>{render_other_formats(contact, words)}</div>")


def render_other_formats(contact: Contact, words: Words) -> str:
    """One sentence: how to ask for this information in large print, audio, Easy Read, braille or
    another language, with the number to call."""
    text = escape(words["other_formats"]).format(phone=_phone_link(contact))
    return f'<p class="guide-contact__formats">{text}</p>'


def other_formats_markdown(contact: Contact, words: Words) -> str:
    """The same sentence for a page written in Markdown (the accessibility statement)."""
    return words.fill("other_formats", phone=f"[{contact.phone}]({contact.tel}){{: .guide-phone }}")


def _phone_link(contact: Contact) -> str:
    return f'<a href="{escape(contact.tel)}" class="guide-phone">{escape(contact.phone)}</a>'
