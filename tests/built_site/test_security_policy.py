"""Every built page is locked down: a Content-Security-Policy that lets only the
site's own files and its hashed inline scripts run, no referrer, and links to
other sites that learn nothing about the page a patient came from."""

import base64
import hashlib
from urllib.parse import urlsplit

import pytest

# Script types a browser runs; JSON data blocks are not scripts, and CSP ignores them.
RUNNABLE = {"", "text/javascript", "application/javascript", "module"}
REQUIRED = {"default-src": "'none'", "object-src": "'none'", "base-uri": "'none'", "form-action": "'none'"}
# The only sources other than 'self', 'none' and script hashes: icons inside Material's CSS.
ALLOWED_SCHEMES = {"img-src": {"data:"}}


def policy_of(soup) -> dict[str, list[str]]:
    metas = soup.find_all("meta", attrs={"http-equiv": lambda value: value and value.lower() ==
                                         "content-security-policy"})
    assert len(metas) == 1, "expected exactly one Content-Security-Policy <meta>"
    return {name: sources for name, *sources in (part.split() for part in metas[0]["content"].split(";"))}


def browser_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def test_every_page_has_the_policy_before_anything_it_governs(soups):
    for name, soup in soups.items():
        head = soup.head.find_all(True)
        first_loaded = next(i for i, tag in enumerate(head) if tag.name in {"script", "link", "style"})
        policy_at = next(i for i, tag in enumerate(head) if tag.get("http-equiv") == "Content-Security-Policy")
        assert policy_at < first_loaded, name
        assert head[0].name == "meta" and head[0].get("charset"), name


def test_every_page_loads_only_its_own_files_and_hashed_scripts(soups):
    for name, soup in soups.items():
        policy = policy_of(soup)
        for directive, value in REQUIRED.items():
            assert policy.get(directive) == [value], (name, directive)
        for directive, sources in policy.items():
            for source in sources:
                own = source in {"'self'", "'none'"} or (directive == "script-src" and source.startswith("'sha256-"))
                assert own or source in ALLOWED_SCHEMES.get(directive, set()), (name, directive, source)
        assert policy["script-src"][0] == "'self'", name


def test_every_inline_script_has_its_hash_in_the_policy(soups):
    """Fails if the theme (or we) add an inline script the build did not hash: the browser would block it."""
    missing, hashed = [], 0
    for name, soup in soups.items():
        allowed = set(policy_of(soup)["script-src"])
        for script in soup.find_all("script", src=False):
            if (script.get("type") or "").strip().lower() in RUNNABLE:
                hashed += 1
                if browser_hash(script.string or "") not in allowed:
                    missing.append((name, (script.string or "")[:60]))
    assert missing == []
    assert hashed >= 3 * len(soups)  # Material writes three inline scripts on every page


def test_nothing_runs_that_a_policy_without_unsafe_inline_would_block(soups):
    """Inline handlers, javascript: links and inline styles would each be a CSP violation."""
    offenders = []
    for name, soup in soups.items():
        for element in soup.find_all(True):
            offenders += [(name, element.name, attr) for attr in element.attrs if attr.lower().startswith("on")]
            if element.has_attr("style"):
                offenders.append((name, element.name, "style"))
            for attr in ("href", "src", "action", "formaction"):
                if element.get(attr, "").strip().lower().startswith("javascript:"):
                    offenders.append((name, element.name, attr))
        offenders += [(name, "style", "element") for _ in soup.find_all("style")]
    assert offenders == []


def test_every_page_sends_no_referrer(soups):
    for name, soup in soups.items():
        metas = soup.find_all("meta", attrs={"name": "referrer"})
        assert [meta["content"] for meta in metas] == ["no-referrer"], name


def test_links_to_other_sites_say_noopener_noreferrer(soups):
    offenders = []
    for name, soup in soups.items():
        for link in soup.find_all("a", href=True):
            href = link["href"].strip()
            if urlsplit(href).scheme.lower() in {"http", "https"} or href.startswith("//"):
                if not {"noopener", "noreferrer"} <= set(link.get("rel") or []):
                    offenders.append((name, href))
    assert offenders == []


@pytest.mark.parametrize("tag, attribute", [("input", "autocomplete"), ("script", "defer")])
def test_the_theme_edits_were_made(soups, tag, attribute):
    """theme_html.py's edits: no autocomplete on a checkbox; every script file deferred."""
    for name, soup in soups.items():
        if tag == "input":
            checkboxes = soup.find_all("input", type="checkbox")
            assert {"__drawer", "__search"} <= {box.get("id") for box in checkboxes}, name
            assert not [box for box in checkboxes if box.has_attr(attribute)], name
        else:
            files = soup.find_all("script", src=True)
            assert files and all(script.has_attr("defer") for script in files), name
