"""Which pages offer Listen to this page: the sections, never the home page or a page the build fills in."""

from patient_guide.generated_pages import GENERATED_PAGES, HOME_PAGE
from patient_guide.listen import reads_aloud


def test_the_sections_are_read_aloud():
    assert reads_aloud("risks.md") and reads_aloud("recovery.md") and reads_aloud("part/one.md")


def test_the_home_page_and_the_pages_the_build_fills_in_are_not():
    for name in [HOME_PAGE, *GENERATED_PAGES]:
        assert not reads_aloud(name), name
