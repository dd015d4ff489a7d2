import zipfile

from patient_guide.offline_zip import FOLDER, for_offline_copy, write_site_zip, zip_timestamp

OFFLINE_NOTE = "You are reading the offline copy."


def make_site(root):
    (root / "search").mkdir(parents=True)
    (root / "index.html").write_text("<h1>Home</h1>")
    (root / "search" / "search_index.js").write_text("var __index = {}")
    (root / "sitemap.xml").write_text("<urlset/>")
    (root / "download").mkdir()
    (root / "download" / "old.zip").write_bytes(b"stale")
    return root


def test_zip_holds_the_site_in_one_folder_but_not_itself_or_the_sitemap(tmp_path):
    site = make_site(tmp_path / "site")
    target = site / "download" / "guide.zip"
    write_site_zip(site, target, OFFLINE_NOTE, environ={})
    names = zipfile.ZipFile(target).namelist()
    assert names == [f"{FOLDER}/index.html", f"{FOLDER}/search/search_index.js"]


def test_a_cover_names_the_guide_and_its_version_first(tmp_path):
    site = make_site(tmp_path / "site")
    target = site / "download" / "guide.zip"
    write_site_zip(site, target, OFFLINE_NOTE, environ={}, cover="Guide\nversion 2.0\n")
    archive = zipfile.ZipFile(target)
    assert archive.namelist()[0] == f"{FOLDER}/README.txt"
    assert archive.read(f"{FOLDER}/README.txt") == b"Guide\r\nversion 2.0\r\n"


def test_same_files_give_the_same_bytes_whatever_the_file_times(tmp_path):
    site = make_site(tmp_path / "site")
    first, second = tmp_path / "one.zip", tmp_path / "two.zip"
    write_site_zip(site, first, OFFLINE_NOTE, environ={"SOURCE_DATE_EPOCH": "1700000000"})
    (site / "index.html").touch()
    write_site_zip(site, second, OFFLINE_NOTE, environ={"SOURCE_DATE_EPOCH": "1700000000"})
    assert first.read_bytes() == second.read_bytes()
    assert zipfile.ZipFile(first).infolist()[0].date_time == (2023, 11, 14, 22, 13, 20)


def test_source_date_epoch_is_honoured_and_defaults_to_a_fixed_date():
    assert zip_timestamp({"SOURCE_DATE_EPOCH": "1700000000"}) == (2023, 11, 14, 22, 13, 20)
    assert zip_timestamp({}) == (1980, 1, 1, 0, 0, 0)


def test_pages_in_the_zip_swap_the_download_offer_for_a_note():
    html = ('<ul><li>Kept</li><li class="guide-download"><a href="download/g.zip" download>Download</a> (zip)</li></ul>'
            '<p class="guide-download">You can <a href="download/g.zip">download</a>.\nUnzip it.</p>')
    assert for_offline_copy(html, OFFLINE_NOTE) == (f'<ul><li>Kept</li><li class="guide-download">{OFFLINE_NOTE}'
                                                    '</li></ul>'
                                      f'<p class="guide-download">{OFFLINE_NOTE}</p>')


def test_an_empty_source_date_epoch_counts_as_unset():
    assert zip_timestamp({"SOURCE_DATE_EPOCH": ""}) == (1980, 1, 1, 0, 0, 0)


def test_the_zip_writer_gives_a_zip_any_reader_opens(tmp_path):
    """Entries compressed side by side, written in order: names (any script), modes, dates, contents."""
    from patient_guide.zip_writer import compressed, entries_side_by_side, stored, write_zip

    texts = {f"guide/page-{n}.html": f"<p>Page {n} {'words ' * n}</p>".encode() for n in range(40)}
    entries = [stored("guide/README.txt", b"Read me\r\n"), *entries_side_by_side(
        texts.items(), lambda item: compressed(item[0], item[1], 1)),
        compressed("guide/café.html", b"<p>Caf\xc3\xa9</p>", 1)]
    target = tmp_path / "guide.zip"
    write_zip(target, entries, (2026, 11, 25, 10, 30, 42))
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["guide/README.txt", *texts, "guide/café.html"]
        assert archive.read("guide/README.txt") == b"Read me\r\n"
        assert archive.read("guide/café.html") == b"<p>Caf\xc3\xa9</p>"
        assert all(archive.read(name) == data for name, data in texts.items())
        info = archive.getinfo("guide/page-3.html")
        assert info.compress_type == zipfile.ZIP_DEFLATED and info.date_time == (2026, 11, 25, 10, 30, 42)
        assert info.create_system == 3 and info.external_attr >> 16 == 0o100644, "a regular file, made on Unix"
        assert archive.getinfo("guide/README.txt").compress_type == zipfile.ZIP_STORED


def test_a_file_that_cannot_be_read_stops_the_zip_in_the_callers_thread():
    from patient_guide.zip_writer import compressed, entries_side_by_side

    def make(name):
        if name == "bad":
            raise OSError("cannot read bad")
        return compressed(name, b"data", 1)

    try:
        entries_side_by_side(["a", "bad", "c"], make)
    except OSError as error:
        assert str(error) == "cannot read bad"
    else:
        raise AssertionError("the failure was lost")
    assert [entry.name for entry in entries_side_by_side(["a", "b", "c"], make)] == ["a", "b", "c"]



def test_a_broken_link_in_the_site_is_left_out(tmp_path):
    site = make_site(tmp_path / "site")
    (site / "gone.html").symlink_to(tmp_path / "nowhere.html")
    target = site / "download" / "guide.zip"
    write_site_zip(site, target, OFFLINE_NOTE, environ={})
    assert f"{FOLDER}/gone.html" not in zipfile.ZipFile(target).namelist()


def test_each_language_s_pages_get_the_offline_note_in_their_own_language(tmp_path):
    site, target = tmp_path / "site", tmp_path / "site" / "download" / "guide.zip"
    offer = '<p class="guide-download"><a href="download/guide.zip">Download</a></p>'
    for page in ("index.html", "pl/index.html", "ur/risks.html"):
        (site / page).parent.mkdir(parents=True, exist_ok=True)
        (site / page).write_text(offer, "utf-8")
    write_site_zip(site, target, {"": "Offline.", "pl": "Kopia offline.", "ur": "آف لائن"}, environ={})
    with zipfile.ZipFile(target) as archive:
        read = {name.split("/", 1)[1]: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert read == {"index.html": '<p class="guide-download">Offline.</p>',
                    "pl/index.html": '<p class="guide-download">Kopia offline.</p>',
                    "ur/risks.html": '<p class="guide-download">آف لائن</p>'}
