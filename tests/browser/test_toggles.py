"""The menu, search and colour toggles (toggles.js): always reachable and named, search
hands focus back when it closes, the colour switch is one button, and a return visit
shows the menu closed."""

import pytest

from browser.conftest import accessible_controls

pytestmark = pytest.mark.browser

# Both sides of Material's breakpoints: search shrinks to a button below 60em
# (960px), the menu to a button below 76.25em (1220px).
WIDTHS = [320, 959, 960, 1219, 1220, 1280]


def focused_name(page):
    return page.evaluate("document.activeElement.getAttribute('aria-label')")


@pytest.mark.parametrize("width", WIDTHS)
def test_search_and_menu_are_never_hidden_or_nameless(open_page, width):
    page, watch = open_page("what-is-it.html", width=width)
    search_button = page.get_by_role("button", name="Search", exact=True)
    box = page.locator(".md-search__input")
    if not box.is_visible():
        assert search_button.is_visible(), "search is hidden: neither its box nor a Search button shows"
        search_button.click()
    assert box.is_visible()
    box.focus()
    page.keyboard.type("sciatic")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.keyboard.press("Escape")
    navigation = page.locator(".md-sidebar--primary")
    if width < 1220:
        assert page.get_by_role("button", name="Menu", exact=True).is_visible()
    else:
        assert navigation.is_visible()
    names = page.locator("[data-guide-toggle]").evaluate_all(
        "buttons => buttons.map(b => [b.tagName, b.getAttribute('aria-label')])")
    assert names == [["BUTTON", "Menu"], ["BUTTON", "Search"]]
    assert watch.problems() == {}


def test_escape_closes_search_and_returns_focus_to_the_search_button(open_page):
    page, watch = open_page("risks.html", width=375)
    button = page.get_by_role("button", name="Search", exact=True)
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    assert button.get_attribute("aria-expanded") == "true"
    page.keyboard.type("crutch")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.keyboard.press("Escape")
    page.wait_for_function("!document.getElementById('__search').checked")
    assert focused_name(page) == "Search"
    assert button.get_attribute("aria-expanded") == "false"
    assert watch.problems() == {}


def test_the_back_button_shows_the_page_with_its_menu_closed(open_page):
    page, watch = open_page("what-is-it.html", width=375)
    menu = page.get_by_role("button", name="Menu", exact=True)
    page.wait_for_load_state("networkidle")  # so leaving doesn't cut off the favicon's request
    menu.click()
    assert page.locator("#__drawer").is_checked()
    page.locator(".md-sidebar--primary a[href='risks.html']").first.click()
    page.wait_for_url("**/risks.html")
    page.wait_for_load_state("networkidle")
    page.go_back(wait_until="load")
    page.wait_for_url("**/what-is-it.html")
    page.wait_for_function("document.querySelector('[data-guide-toggle=__drawer]')")
    assert not page.locator("#__drawer").is_checked()
    assert menu.get_attribute("aria-expanded") == "false"
    assert not page.locator(".md-sidebar--primary").is_visible() or page.locator(
        ".md-sidebar--primary").bounding_box()["x"] < 0
    assert watch.problems() == {}


def test_the_menu_and_search_still_slide_shut_before_they_leave_the_tab_order(browser, origin):
    """With motion allowed, hiding waits for Material's slide-out to finish (the other tests ask
    for reduced motion, where Material drops its transitions and they hide at once)."""
    context = browser.new_context(viewport={"width": 375, "height": 900}, reduced_motion="no-preference")
    try:
        page = context.new_page()
        page.goto(origin + "what-is-it.html", wait_until="load")
        for toggle, panel in [("__drawer", ".md-sidebar--primary"), ("__search", ".md-search__inner")]:
            visibility = f"getComputedStyle(document.querySelector({panel!r})).visibility"
            assert page.evaluate(visibility) == "hidden"
            page.evaluate(f"document.getElementById({toggle!r}).click()")
            assert page.evaluate(visibility) == "visible", "shown at once when opened"
            closed_at = page.evaluate(f"document.getElementById({toggle!r}).click(), performance.now()")
            assert page.evaluate(visibility) == "visible", "still shown while it slides away"
            page.wait_for_function(f"() => {visibility} === 'hidden'")
            assert page.evaluate("performance.now()") - closed_at >= 200
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_colour_switch_is_one_button_named_for_what_it_does_and_enter_and_space_work(open_page, scheme):
    page, watch = open_page("risks.html", width=375, scheme=scheme)
    now, other = ("slate", "default") if scheme == "dark" else ("default", "slate")
    names = {"default": "Switch to dark mode", "slate": "Switch to light mode"}
    shown_scheme = "document.body.dataset.mdColorScheme"
    assert page.evaluate(shown_scheme) == now
    # One control in the header a screen reader meets for it: a button, no radio buttons.
    controls = accessible_controls(page, ".md-header__option")
    assert controls == [f'button "{names[now]}"']
    switch = page.get_by_role("button", name=names[now], exact=True)
    # What it shows is Material's icon for the scheme it will switch to.
    icon = page.locator(f".md-option[data-md-color-scheme={now}] + label svg")
    assert switch.locator("svg").inner_html() == icon.inner_html()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert focused_name(page) == names[now], "the switch is the next Tab stop after Menu"
    page.keyboard.press("Space")
    assert page.evaluate(shown_scheme) == other
    assert focused_name(page) == names[other] and switch.count() == 0
    page.keyboard.press("Enter")
    assert page.evaluate(shown_scheme) == now, "Enter switches once, not there and back"
    assert focused_name(page) == names[now]
    assert page.locator("header input[type=radio]").evaluate_all(
        "inputs => inputs.filter(i => i.getClientRects().length).length") == 0
    assert watch.problems() == {}
