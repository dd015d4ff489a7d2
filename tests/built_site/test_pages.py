"""Every page a patient can reach carries the basics of a trustworthy patient page."""

import datetime as dt

from site_config import load_config
from support import ROOT, html_name, nav_pages, page_language, page_words, section_pages, translated_pages, translations


def test_every_section_page_is_built(soups):
    for page in ["index.md", *section_pages(), "quiz.md"]:
        assert html_name(page) in soups


def test_each_page_has_one_h1_a_title_a_language_and_a_description(content_pages):
    for name, soup in content_pages.items():
        assert len(soup.find_all("h1")) == 1, name
        assert soup.title and soup.title.get_text(strip=True), name
        assert soup.html.get("lang") == page_language(name), name
        description = soup.find("meta", attrs={"name": "description"})
        assert description and len(description["content"]) > 40, name


def test_each_page_shows_the_disclaimer_and_its_review_dates(content_pages):
    today = dt.date.today()  # the real date: a page past its review date must fail
    for name, soup in content_pages.items():
        words = page_words(name)
        assert " ".join(soup.select_one(".guide-disclaimer").get_text(" ").split()) == (
            f"{words['disclaimer_label']} {words['disclaimer']}"), name
        info = soup.select_one(".guide-page-info").get_text(" ", strip=True)
        assert words["last_reviewed"] in info and words["next_review"] in info, name
        reviewed, next_review = (dt.date.fromisoformat(t["datetime"]) for t in soup.select(".guide-page-info time"))
        assert reviewed <= today < next_review, name


def test_review_date_comes_from_the_page_front_matter(soups):
    front = (ROOT / "docs" / "risks.md").read_text("utf-8")
    date = front.split("last_reviewed:")[1].split()[0]
    assert soups["risks.html"].select(".guide-page-info time")[0]["datetime"] == date


def test_sections_are_in_the_navigation_in_reading_order_then_the_quiz(soups):
    nav_links = [a["href"] for a in soups["index.html"].select("nav.md-nav--primary a.md-nav__link[href]")]
    wanted = [html_name(p) for p in section_pages()] + ["quiz.html"]
    assert [link for link in nav_links if link in wanted] == wanted


def test_each_section_has_previous_and_next_links(soups):
    for page in section_pages():
        footer = soups[html_name(page)].select_one("nav.md-footer__inner")
        assert footer.select_one(".md-footer__link--prev") and footer.select_one(".md-footer__link--next"), page


def test_each_section_opens_with_key_points_under_its_title(soups, section):
    soup = soups[html_name(section)]
    box = soup.select_one(".guide-key-points")
    assert box is not None and len(box.select("li")) >= 3
    assert box.find_previous("h1") is soup.h1
    assert box.find_next("p", class_=False) is not None


def test_home_page_lists_every_page_of_the_navigation_in_reading_order_under_its_own_title(soups, site_dir):
    """The list is made from nav:, so a new section can never be left out of it."""
    listed = soups["index.html"].find(id="sections-of-this-guide").find_next("ol").select("li > a[href]")
    footer = {"accessibility.html", "privacy.html", "large-print.html"}  # from footers or About; not in nav:
    assert [a["href"] for a in listed] == [page for page in nav_pages() if page != "index.html" and page not in footer]
    for a in listed:
        assert a.get_text(" ", strip=True) == soups[a["href"]].h1.get_text(" ", strip=True)
    assert {html_name(p) for p in section_pages()} <= {a["href"] for a in listed}


def test_every_page_offers_the_offline_download(content_pages, site_dir):
    for name, soup in content_pages.items():
        link = soup.select_one(".guide-page-info a[download]")
        assert link and link.get_text() == page_words(name)["download_offer"], name
        assert (site_dir / name).parent.joinpath(link["href"]).is_file(), name


def test_colour_scheme_toggle_starts_from_the_system_preference(soups):
    schemes = soups["index.html"].select("form[data-md-component=palette] input[data-md-color-media]")
    assert {s["data-md-color-media"] for s in schemes} == {"(prefers-color-scheme: light)",
                                                           "(prefers-color-scheme: dark)"}


def test_the_page_list_the_tests_use_is_the_built_navigation(site_dir):
    """Checks run over support.nav_pages(): every page of mkdocs.yml's nav, in order, then the
    pages every footer links to; and that is every page the build writes but the 404 page."""
    def files(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            yield from files(value) if isinstance(value, list) else [value]
    in_nav = [html_name(page) for page in files(load_config()["nav"])]
    assert list(nav_pages())[:len(in_nav)] == in_nav
    built = {p.relative_to(site_dir).as_posix() for p in site_dir.glob("*.html")} - {"404.html"}
    assert set(nav_pages()) == built
    for code in translations():  # and each translation's, in its folder: the same pages
        assert {p.relative_to(site_dir).as_posix() for p in (site_dir / code).glob("*.html")} == {
            page for page in translated_pages() if page.startswith(code + "/")} == {f"{code}/{p}" for p in built}
    assert section_pages() and "index.md" not in section_pages() and "quiz.md" not in section_pages()
