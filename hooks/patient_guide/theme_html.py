"""The one place the guide edits the theme's finished HTML.

Material's templates write some markup no template block reaches. Each edit here
finds elements with one quote-aware tag scanner whose attributes are read as data
(so attribute order and spacing don't matter), reads each page once, and says what
it expects to find: if a
new Material version changes its markup, the build stops and names the edit,
instead of quietly shipping a page without it.

Last of all, every page gets its Content-Security-Policy, computed from the page as
written: scripts only from the site itself, plus the SHA-256 hash of each inline
script the theme writes.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from html import escape, unescape
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from .errors import GuideError

# The theme's two hidden checkboxes that open the menu and the search.
TOGGLE_IDS = ("__drawer", "__search")
# Script types a browser runs; anything else (Material's JSON config) is data, which CSP ignores.
RUNNABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
# Pages are files on a disk or on a static host: nothing is fetched, framed or posted
# anywhere but the site itself. 'self' matches file:// URLs in Chromium, so the same
# policy serves the offline copy. data: images are the icons inside Material's CSS; the
# only font is the site's own (urdu.css, on Urdu pages).
POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
}
REFERRER = "no-referrer"
EXTERNAL_REL = ("noopener", "noreferrer")


class ThemeHTMLError(GuideError):
    """Material's HTML is not what the edits here expect: most likely, Material was upgraded."""

    def __init__(self, problem: str, file: str = ""):
        super().__init__(f"the theme's HTML is not what hooks/patient_guide/theme_html.py expects: {problem}. "
                         "Has Material been upgraded? Update theme_html.py to match.", file=file)


class Element(NamedTuple):
    """One start tag as written: where it sits in the page, and, for a script, its text."""

    tag: str
    attrs: dict[str, str | None]
    start: int
    end: int
    text: str | None = None


# What the scan skips (comments) or reads whole (scripts, whose text may hold "<a ...>"), and
# the start tags the edits read, their attributes matched quote-aware so a ">" inside a value
# can't end them. Regular expressions, not html.parser: pages grow with the guide (every page
# lists every section), and html.parser took most of the build time at 300 sections. A tag
# name matches in any capitals, but only the name: ignoring case throughout was twice as slow,
# and the look-ahead lets the search step over most tags (<li>, <span>, <div>) at once.
SCANNED_TAGS = ("input", "meta", "link", "script", "style", "html", "head", "body")
ATTRIBUTES = r"""(?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>"""
# (The look-ahead's first three letters, those of "<!--" and of the tags, let a menu's commonest tags go at once:
# <span> at the second letter, <li> at the third.)
TOKEN = re.compile(r"<(?=[!iImMlLsShHbB][-nNeEiIcCtToO][-pPtTnNrRyYmMaAdD])(?:!--.*?-->|(?P<tag>(?i:"
                   + "|".join(SCANNED_TAGS) + r"))(?=[\s/>])" + ATTRIBUTES + ")", re.S)
# Links are found from the addresses that matter ("//" before another site, "mailto:"), of
# which a page has a handful, rather than from its <a> tags, of which it has one per section.
# Two searches, for "//" and for ":": an alternation of them would be many times slower.
SLASHES = re.compile("//")  # a pattern finds "//" faster than str.find; mailto: is found by its colon (_colons)
LINK = re.compile(r"<(?P<tag>[aA])(?=[\s/>])" + ATTRIBUTES)
SCRIPT_END = re.compile(r"</script\s*>", re.I)
ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


def _attributes(text: str) -> dict[str, str | None]:
    """A start tag's attributes as html.parser gives them: names lower-cased, values unescaped."""
    return dict(_parsed_attributes(text))


@lru_cache(maxsize=4096)
def _parsed_attributes(text: str) -> tuple[tuple[str, str | None], ...]:
    """Read once per distinct tag: every page repeats the theme's head and toggles word for word."""
    attrs: dict[str, str | None] = {}
    for match in ATTRIBUTE.finditer(text):
        name, *values = match.groups()
        value = next((v for v in values if v is not None), None)
        attrs.setdefault(name.lower(), None if value is None else unescape(value))
    return tuple(attrs.items())


def scan(html: str) -> list[Element]:
    """The start tags the edits read (SCANNED_TAGS, and links that may lead to another site or
    to an email address), in page order; a script with its text. Nothing inside a comment."""
    elements, skipped, position = [], [], 0
    # A search from after each script, not one pass: a "<!--" in a script's text must not hide what follows.
    while match := TOKEN.search(html, position):
        position = match.end()
        if not match.group("tag"):
            skipped.append(match.span())  # a comment
            continue
        tag, attributes = match.group("tag").lower(), match.group("attrs")
        if tag == "input" and "autocomplete" not in attributes.lower() and "__" not in attributes:
            continue  # the edits read only the theme's own toggles (id="__..."), and autocomplete
        element = Element(tag, _attributes(attributes), match.start(), match.end())
        if tag == "script":
            end = SCRIPT_END.search(html, match.end())
            close = end.start() if end else len(html)
            element = Element(tag, element.attrs, element.start, element.end, html[match.end():close])
            position = end.end() if end else len(html)
            skipped.append((element.end, position))  # a script's text holds no tags
        elements.append(element)
    return sorted(elements + _links_to_addresses(html, skipped), key=lambda element: element.start)


def _links_to_addresses(html: str, skipped: list[tuple[int, int]]) -> list[Element]:
    """Each <a> start tag holding "//" or "mailto:", outside comments and scripts' text."""
    links: dict[int, Element] = {}
    marks = [m.start() for m in SLASHES.finditer(html)] + [
        at for at in _colons(html) if html[at - 6:at].lower() == "mailto"]
    for at in marks:
        if any(begin <= at < end for begin, end in skipped):
            continue
        link, start = None, at
        for _ in range(4):  # a "<" inside an attribute's value (title="a<b") may stand between
            start = html.rfind("<", 0, start)
            link = LINK.match(html, start) if start != -1 else None
            if start == -1 or (link and link.end() > at):
                break
        if link and link.end() > at and start not in links:
            links[start] = Element("a", _attributes(link.group("attrs")), link.start(), link.end())
    return list(links.values())


def _colons(html: str):
    """Where each ":" stands: str.find, a plain byte search, is several times faster here than a pattern."""
    at = html.find(":")
    while at != -1:
        yield at
        at = html.find(":", at + 1)


def apply_edits(html: str, edits: list[tuple[int, int, str]]) -> str:
    """Replace spans of the page in one pass (the spans never overlap)."""
    parts, done = [], 0
    for start, end, text in sorted(edits):
        parts += [html[done:start], text]
        done = end
    return "".join(parts) + html[done:]


def attribute(value: str) -> str:
    """An attribute value, escaped for double quotes (single quotes, as CSP uses, stay readable)."""
    return escape(value, quote=False).replace('"', "&quot;")


def start_tag(tag: str, attrs: dict[str, str | None]) -> str:
    """A start tag written afresh from its attributes."""
    parts = [tag] + [name if value is None else f'{name}="{attribute(value)}"' for name, value in attrs.items()]
    return "<" + " ".join(parts) + ">"


Edit = tuple[int, int, str]


def checkbox_edits(elements: list[Element]) -> list[Edit]:
    """Material puts autocomplete on its toggle checkboxes; HTML allows it only on text-like inputs.
    (Our toggles.js closes the menu and search on a return visit instead, as autocomplete="off" did.)"""
    checkboxes = [e for e in elements if e.tag == "input" and (e.attrs.get("type") or "").lower() == "checkbox"]
    found = {e.attrs.get("id") for e in checkboxes}
    missing = [name for name in TOGGLE_IDS if name not in found]
    if missing:
        raise ThemeHTMLError(f"Material's toggle checkboxes ({', '.join(missing)}) are missing")
    return [(e.start, e.end, start_tag(e.tag, {k: v for k, v in e.attrs.items() if k != "autocomplete"}))
            for e in checkboxes if "autocomplete" in e.attrs]


def defer_edits(elements: list[Element]) -> list[Edit]:
    """Every script file waits for the page to be read, so none holds up the first paint.
    Deferred scripts run in page order, so the offline shim still runs before Material's bundle."""
    files = [e for e in elements if e.tag == "script" and e.attrs.get("src")]
    if not any("javascripts/bundle." in (e.attrs["src"] or "") for e in files):
        raise ThemeHTMLError("Material's script bundle (assets/javascripts/bundle.*.js) is missing")
    return [(e.start, e.end, start_tag("script", {"defer": None, **e.attrs})) for e in files
            if not {"defer", "async"} & e.attrs.keys() and e.attrs.get("type") != "module"]


def is_other_site(href: str, own_host: str = "") -> bool:
    """A web address on another host; mailto: and tel: links open an app, not a site."""
    if not href.lstrip()[:8].lower().startswith(("http:", "https:", "//")):
        return False  # most links: pages and anchors of the guide itself
    parts = urlsplit(href.strip())
    if href.strip().startswith("//"):
        return parts.hostname != own_host or not own_host
    return parts.scheme.lower() in {"http", "https"} and (not own_host or parts.hostname != own_host)


def external_link_edits(elements: list[Element], own_host: str = "") -> list[Edit]:
    """Another site opened from the guide can neither see which page sent the patient there,
    nor reach back into it."""
    edits = []
    for e in elements:
        if e.tag == "a" and e.attrs.get("href") and is_other_site(e.attrs["href"], own_host):
            rel = (e.attrs.get("rel") or "").split()
            rel += [token for token in EXTERNAL_REL if token not in rel]
            edits.append((e.start, e.end, start_tag("a", {**e.attrs, "rel": " ".join(rel)})))
    return edits


def mailto_edits(elements: list[Element]) -> list[Edit]:
    """On paper an email link prints its address (guide.css), not "mailto:" and a subject line."""
    edits = []
    for e in elements:
        href = (e.attrs.get("href") or "").strip()
        address = unquote(urlsplit(href).path) if href[:7].lower() == "mailto:" else ""
        if e.tag == "a" and address and "data-print-address" not in e.attrs:
            edits.append((e.start, e.end, start_tag("a", {**e.attrs, "data-print-address": address})))
    return edits


@lru_cache(maxsize=256)
def script_hash(text: str) -> str:
    """The CSP hash source of an inline script, as the browser computes it (line ends normalised);
    the theme writes the same few scripts on every page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def authored_span(html: str) -> tuple[int, int]:
    """Where the page's own content stands (Material's one <article>): the rest is the theme's.
    Searched from the end, past the footer only, rather than from the top, past the whole menu."""
    end = html.rfind("</article>")
    start = html.rfind("<article", 0, end) if end != -1 else -1
    return (start, end) if -1 < start < end else (0, 0)


def inline_scripts(html: str | list[Element], authored: tuple[int, int] = (0, 0)) -> list[str]:
    """The text of every inline script a browser would run (in a page, or its scanned elements),
    leaving out any inside the `authored` span."""
    elements = scan(html) if isinstance(html, str) else html
    return [e.text or "" for e in elements if e.tag == "script" and "src" not in e.attrs
            and (e.attrs.get("type") or "").strip().lower() in RUNNABLE_TYPES
            and not authored[0] <= e.start < authored[1]]


def content_security_policy(html: str | list[Element], authored: tuple[int, int] | None = None) -> str:
    """The policy for this page: the fixed directives, plus a hash for each inline script the
    theme writes. A script in the page's own content gets none, so it can never run: the build
    refuses one in a page's Markdown (unsafe_html.py), and this holds even if one got through."""
    if authored is None:
        authored = authored_span(html) if isinstance(html, str) else (0, 0)
    hashes = list(dict.fromkeys(script_hash(text) for text in inline_scripts(html, authored)))
    policy = {**POLICY, "script-src": POLICY["script-src"] + hashes}
    return "; ".join(" ".join([name, *sources]) for name, sources in policy.items())


def security_meta_edits(elements: list[Element], authored: tuple[int, int] = (0, 0)) -> list[Edit]:
    """The policy and the referrer rule go straight after <meta charset>, before anything they govern.
    The other edits change start tags only, never an inline script, so the hashes hold."""
    charsets = [e for e in elements if e.tag == "meta" and "charset" in e.attrs]
    if len(charsets) != 1:
        raise ThemeHTMLError(f"expected one <meta charset> to put the security policy after, found {len(charsets)}")
    first_loaded = next((e for e in elements if e.tag in {"script", "link", "style"}), None)
    if first_loaded and first_loaded.start < charsets[0].start:
        raise ThemeHTMLError(f"a <{first_loaded.tag}> comes before <meta charset>, so the policy would miss it")
    policy = content_security_policy(elements, authored)
    meta = (f'<meta http-equiv="Content-Security-Policy" content="{attribute(policy)}">'
            f'<meta name="referrer" content="{REFERRER}">')
    return [(charsets[0].end, charsets[0].end, meta)]


def finish_page(html: str, own_host: str = "", file: str = "") -> str:
    """All the edits from one reading of the page (pages grow with the guide: read each once)."""
    elements = scan(html)
    try:
        return apply_edits(html, checkbox_edits(elements) + defer_edits(elements)
                           + external_link_edits(elements, own_host) + mailto_edits(elements)
                           + security_meta_edits(elements, authored_span(html)))
    except ThemeHTMLError as error:
        error.file = file  # which page: known only here
        raise


def with_direction(html: str, direction: str) -> str:
    """The page's direction on <html> itself, beside its lang (Material puts it only on <body>), so the
    whole document, its title and the browser's own controls read right to left in Urdu."""
    start = html.find("<html ")
    if start == -1 or html.find(" dir=", start, html.find(">", start)) != -1:
        return html
    return f'{html[:start]}<html dir="{direction}" {html[start + 6:]}'
