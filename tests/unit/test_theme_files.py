import pytest

from patient_guide.theme_files import is_unused_theme_file


@pytest.mark.parametrize("src, languages, unused", [
    ("assets/javascripts/bundle.a5f9d56c.min.js.map", ["en"], True),
    ("assets/javascripts/bundle.a5f9d56c.min.js", ["en"], False),
    ("assets/javascripts/lunr/min/lunr.de.min.js", ["en"], True),
    ("assets/javascripts/lunr/tinyseg.js", ["en"], True),
    ("assets/javascripts/lunr/min/lunr.de.min.js", ["en", "de"], False),
    ("assets/javascripts/lunr/min/lunr.stemmer.support.min.js", ["en", "de"], False),
    ("assets/javascripts/lunr/min/lunr.fr.min.js", ["en", "de"], True),
    ("assets/javascripts/workers/search.a7633da7.min.js", ["en"], False),
])
def test_only_what_the_site_cannot_load_is_dropped(src, languages, unused):
    assert is_unused_theme_file(src, languages) is unused
