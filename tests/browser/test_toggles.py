"""The menu, search and colour toggles (toggles.js): always reachable and named, search
hands focus back when it closes, the open menu holds the focus until Escape or Tab
takes it out, the colour switch is one button, and a return visit shows the menu closed."""

import pytest
from browser.conftest import accessible_controls, focus_problem

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


@pytest.mark.parametrize("shortcut", ["Tab", "/"])
def test_escape_closing_search_on_a_wide_screen_returns_focus_to_where_the_patient_was(open_page, shortcut):
    """Wide screens show the search box itself, no button: Escape gives the focus back to the control
    the patient was on before the box (reached by Tab, or by Material's "/" shortcut), not the page body."""
    page, watch = open_page("risks.html", width=1280)
    if shortcut == "Tab":
        page.get_by_role("button", name="Switch to dark mode", exact=True).focus()
        page.keyboard.press("Tab")
        was = "Switch to dark mode"
    else:
        page.locator(".quiz-answer summary").first.focus()
        page.keyboard.press("/")
        was = page.locator(".quiz-answer summary").first.inner_text().strip()
    page.wait_for_function("document.getElementById('__search').checked")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("crutch")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.keyboard.press("Escape")
    page.wait_for_function("!document.getElementById('__search').checked")
    name = page.evaluate("(el => (el.getAttribute('aria-label') || el.innerText).trim())(document.activeElement)")
    assert name == was
    assert watch.problems() == {}


def test_tab_out_of_the_search_box_on_a_wide_screen_goes_on_to_the_menu(open_page):
    page, watch = open_page("risks.html", width=1280)
    page.get_by_role("button", name="Switch to dark mode", exact=True).focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null")
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


def drawer_links(page) -> int:
    return page.locator(".md-sidebar--primary").evaluate(
        "d => [...d.querySelectorAll('a[href]')].filter(a => a.checkVisibility({visibilityProperty: true})).length")


@pytest.mark.parametrize("width", [375, 320, 1000])
def test_the_open_menu_takes_the_focus_and_escape_or_leaving_it_closes_it(open_page, width):
    page, watch = open_page("what-is-it.html", width=width)
    menu = page.get_by_role("button", name="Menu", exact=True)
    drawer = page.locator("#__drawer")
    in_drawer = "document.activeElement.closest('.md-sidebar--primary') !== null"
    menu.focus()
    page.keyboard.press("Enter")
    assert drawer.is_checked() and menu.get_attribute("aria-expanded") == "true"
    assert page.evaluate(in_drawer), "the focus stayed on the Menu button, under the menu"
    assert focus_problem(page) is None
    links = drawer_links(page)
    assert len(accessible_controls(page, ".md-sidebar--primary")) == links > 5

    # Tab goes through the menu's links, each one seen, and past the last one the menu closes.
    stops = 1
    while True:
        page.keyboard.press("Tab")
        if not page.evaluate(in_drawer):
            break
        stops += 1
        assert focus_problem(page) is None
        assert stops <= links, "Tab never left the menu"
    assert stops == links
    assert not drawer.is_checked() and menu.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.closest('.md-main') !== null")
    assert focus_problem(page) is None, "the focus went behind the menu's shade"

    # Escape closes it and gives the focus back to the Menu button.
    menu.focus()
    page.keyboard.press("Enter")
    assert page.evaluate(in_drawer)
    page.keyboard.press("Escape")
    assert not drawer.is_checked() and menu.get_attribute("aria-expanded") == "false"
    assert focused_name(page) == "Menu" and focus_problem(page) is None

    # Shift+Tab out of its first link closes it too, and the focus is in the header.
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    assert not drawer.is_checked()
    assert page.evaluate("document.activeElement.closest('.md-header') !== null")
    assert focus_problem(page) is None
    assert watch.problems() == {}


def test_a_link_in_the_menu_to_a_heading_on_the_page_takes_the_focus_there(open_page):
    page, watch = open_page("what-is-it.html", width=375)
    page.get_by_role("button", name="Menu", exact=True).focus()
    page.keyboard.press("Enter")
    # The page's headings are a pane of the menu, opened from the page's own entry.
    page.locator(".md-sidebar--primary .md-nav__link--active[for]").click()
    link = page.locator(".md-sidebar--primary a[href^='#']").nth(1)
    heading = link.get_attribute("href")
    link.focus()
    assert focus_problem(page) is None
    page.keyboard.press("Enter")
    # Material closes the menu itself a moment after the page moves to the heading.
    page.wait_for_function("() => !document.getElementById('__drawer').checked")
    assert page.evaluate(f"document.activeElement === document.querySelector({heading!r})")
    assert focus_problem(page) is None
    page.keyboard.press("Tab")
    assert page.evaluate(f"document.querySelector({heading!r}).compareDocumentPosition(document.activeElement) & 4")
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
