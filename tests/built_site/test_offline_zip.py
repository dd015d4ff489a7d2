"""The offline download: the whole site, nothing else, byte-identical every build."""

import zipfile

from bs4 import BeautifulSoup
from site_checks import check_internal_links

from site_config import load_config

ZIP = "download/soft-tissue-hip-reconstruction-guide.zip"
FOLDER = "soft-tissue-hip-reconstruction-guide/"


def test_zip_holds_the_site_opening_at_index_html_with_search(site_dir, tmp_path):
    with zipfile.ZipFile(site_dir / ZIP) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path)
    assert FOLDER + "index.html" in names
    assert {FOLDER + "search/search_index.json", FOLDER + "search/search_index.js"} <= set(names)
    assert not any(name.endswith(".zip") for name in names), "the zip must not hold itself"
    built = {p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file()}
    expected = {name for name in built - {ZIP, "404.html"} if name.rpartition("/")[2] not in ("sitemap.xml",
                                                                                         "sitemap.xml.gz")}
    assert {name.removeprefix(FOLDER) for name in names} == expected | {"README.txt"}


def test_the_zip_opens_with_a_cover_naming_the_guide_its_reference_and_version(site_dir):
    guide = load_config()["extra"]["guide"]
    with zipfile.ZipFile(site_dir / ZIP) as archive:
        assert archive.namelist()[0] == FOLDER + "README.txt"
        cover = archive.read(FOLDER + "README.txt").decode("utf-8")
    assert cover.startswith(load_config()["site_name"] + "\r\n")
    assert f"Guide reference: {guide['reference']}, version {guide['version']}" in cover
    assert "open the file index.html" in cover


def test_every_link_inside_the_zip_resolves_inside_it(site_dir, tmp_path):
    with zipfile.ZipFile(site_dir / ZIP) as archive:
        archive.extractall(tmp_path)
    root = tmp_path / FOLDER
    soups = {p.relative_to(root).as_posix(): BeautifulSoup(p.read_text("utf-8"), "html.parser")
             for p in root.rglob("*.html")}
    assert check_internal_links(root, soups) == []
    for name, soup in soups.items():
        assert not soup.find("a", href=lambda href: href and href.endswith(".zip")), name
    assert "offline copy" in soups["index.html"].select_one(".guide-download").get_text()


def test_two_builds_give_byte_identical_zips(site_dir, second_site_dir):
    assert (site_dir / ZIP).read_bytes() == (second_site_dir / ZIP).read_bytes()
