"""On a phone, as a patient with low vision or only a keyboard meets the pages: every Tab stop
can be seen and the closed menu and search stay closed."""

import pytest

from browser.conftest import RECORD_OPENINGS, accessible_controls, tab_through

pytestmark = pytest.mark.browser

PHONES = [375, 320]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", PHONES)
def test_tabbing_through_a_page_on_a_phone_shows_every_stop_and_opens_nothing(open_page, width, scheme):
    page, watch = open_page("what-is-it.html", width=width, scheme=scheme)
    page.evaluate(RECORD_OPENINGS)
    # Closed, the menu and search give a screen reader nothing either.
    assert accessible_controls(page, ".md-sidebar--primary") == []
    assert accessible_controls(page, ".md-search") == []
    stops, unseen = tab_through(page)
    assert unseen == []
    assert page.evaluate("window.__guideOpened") == [], "tabbing opened the menu or search"
    assert stops[1:4] == ['BUTTON "Menu"', f'BUTTON "Switch to {"light" if scheme == "dark" else "dark"} mode"',
                          'BUTTON "Search"']
    assert stops[4].startswith("A "), f"after the header comes the page, not {stops[4]}"
    assert 'A "Privacy notice"' in stops, "the walk reached the footer"
    assert watch.problems() == {}
