"""Nothing reaches for the network, and every internal link lands somewhere real."""

import re
from urllib.parse import urlsplit

import pytest
from site_checks import check_internal_links

RESOURCE_ATTRIBUTES = [("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"),
                       ("source", "src"), ("source", "srcset"), ("video", "src"), ("audio", "src"),
                       ("embed", "src"), ("object", "data")]
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def is_external(url: str) -> bool:
    return bool(urlsplit(url).scheme in {"http", "https"} or url.startswith("//"))


def is_address_only(element) -> bool:
    """The deployed build (SITE_URL set) names each page's public address in <link rel=canonical>:
    browsers never fetch it."""
    return element.name == "link" and element.get("rel") == ["canonical"]


def test_no_page_loads_anything_from_another_host(soups):
    offenders = []
    for name, soup in soups.items():
        for tag, attribute in RESOURCE_ATTRIBUTES:
            for element in soup.find_all(tag, attrs={attribute: True}):
                if is_external(element[attribute]) and not is_address_only(element):
                    offenders.append((name, tag, element[attribute]))
        for style in soup.find_all("style") + soup.find_all(style=True):
            text = style.get("style", "") if style.name != "style" else style.get_text()
            offenders += [(name, "css", url) for url in CSS_URL.findall(text) if is_external(url)]
    assert offenders == []


def test_no_stylesheet_and_none_of_our_scripts_fetch_another_host(site_dir):
    """Material's bundle keeps CDN fallbacks (mermaid, a ResizeObserver polyfill) that only
    fire for diagrams or very old browsers; the browser tests prove no request leaves."""
    offenders = []
    for css in site_dir.rglob("*.css"):
        offenders += [(css.name, url) for url in CSS_URL.findall(css.read_text("utf-8")) if is_external(url)]
    for js in [*site_dir.glob("assets/quiz/*.js"), *site_dir.glob("assets/vendor/**/*.js")]:
        offenders += [(js.name, url) for url in re.findall(r"https?://[^\s\"'`)]+", js.read_text("utf-8"))]
    assert offenders == []


def test_every_internal_link_and_anchor_resolves(site_dir, soups, content_pages):
    """The 404 page is served by the web host at any path, so its links are root-based."""
    assert check_internal_links(site_dir, content_pages) == []
    assert all(link["href"].startswith("/") for link in soups["404.html"].select("link[href]"))


@pytest.fixture
def a_broken_link_checker_catches_breakage(tmp_path):
    from bs4 import BeautifulSoup
    (tmp_path / "a.html").write_text('<a href="b.html#nowhere">x</a><a href="missing.html">y</a>')
    (tmp_path / "b.html").write_text('<h2 id="here">b</h2>')
    return check_internal_links(tmp_path, {n: BeautifulSoup((tmp_path / n).read_text(), "html.parser")
                                           for n in ("a.html", "b.html")})


def test_the_link_checker_itself_reports_broken_links(a_broken_link_checker_catches_breakage):
    assert a_broken_link_checker_catches_breakage == [("a.html", "b.html#nowhere"), ("a.html", "missing.html")]
