from patient_guide.page_ids import repeated_id_problem, repeated_ids


def test_ids_given_twice_are_found_with_their_elements_whatever_the_quotes():
    html = '<h2 id="a">A</h2><div class="x" id=\'a\'></div><p id="b"></p><input type="checkbox" id="a">'
    assert repeated_ids(html) == [("a", ["h2", "div", "input"])]


def test_a_page_with_unique_ids_has_no_problem_and_one_with_repeats_names_them_all():
    assert repeated_id_problem('<p id="a"></p><p id="b"></p><p data-id="a"></p>', "docs/p.md") is None
    problem = repeated_id_problem('<h2 id="a"></h2><dt id="a"></dt><dt id="b"></dt><dt id="b"></dt>', "docs/p.md")
    assert problem.startswith('docs/p.md: the page gives the same id to more than one element: "a" (<h2>, <dt>); '
                              '"b" (<dt>, <dt>). How to fix: change one of them.')


def test_an_id_of_the_theme_s_given_in_the_content_is_named_and_one_only_the_content_gives_is_not():
    """{#__drawer} on a heading would take over the menu's checkbox: its label would open the heading."""
    page = ('<input id="__drawer"><article class="md-content__inner md-typeset">'
            '<h2 id="__drawer">A</h2><h2 id="__tabbed_1">B</h2></article><input id="__search">')
    problem = repeated_id_problem(page, "docs/p.md")
    assert problem is not None and problem.startswith(
        'docs/p.md: the page gives the same id to more than one element: "__drawer" (<h2>, the theme\'s). ')
    assert problem.endswith("an id the theme gives (starting with __) is the theme's: choose another."), problem
    assert "__tabbed_1" not in problem
