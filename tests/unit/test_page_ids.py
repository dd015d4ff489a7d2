from patient_guide.page_ids import repeated_id_problem


def test_ids_given_twice_are_found_with_their_elements_whatever_the_quotes():
    html = '<h2 id="a">A</h2><div class="x" id=\'a\'></div><p id="b"></p><input type="checkbox" id="a">'
    assert repeated_id_problem(html, "docs/p.md").startswith(
        'docs/p.md: the page gives the same id to more than one element: "a" (<h2>, <div>, <input>). How to fix:')


def test_a_page_with_unique_ids_has_no_problem_and_one_with_repeats_names_them_all():
    assert repeated_id_problem('<p id="a"></p><p id="b"></p><p data-id="a"></p>', "docs/p.md") is None
    problem = repeated_id_problem('<h2 id="a"></h2><dt id="a"></dt><dt id="b"></dt><dt id="b"></dt>', "docs/p.md")
    assert problem.startswith('docs/p.md: the page gives the same id to more than one element: "a" (<h2>, <dt>); '
                              '"b" (<dt>, <dt>). How to fix: change one of them.')


def test_an_id_of_the_theme_s_given_in_the_content_is_named_once_and_one_only_the_content_gives_is_not():
    """{#__drawer} on a heading would take over the menu's checkbox: its button would open the heading."""
    page = ('<input id="__drawer"><article class="md-content__inner md-typeset">'
            '<h2 id="__drawer">A</h2><h3 id="__drawer">A</h3><h2 id="__tabbed_1">B</h2></article><input id="__search">')
    assert repeated_id_problem(page, "docs/p.md") == (
        'docs/p.md: the page gives the same id to more than one element: "__drawer" (<h2>, <h3>). How to fix: '
        "change one of them. A heading's id comes from its words, a question's from its 'id:' line, a glossary "
        "entry's from its term; a page listed twice under nav: in mkdocs.yml repeats its questions. "
        'docs/p.md: the page gives its <h2> the id "__drawer", which the theme uses for a part of every page '
        '(such as its menu or search). How to fix: remove {#__drawer} (or id="__drawer") from the page, or choose '
        "an id that does not start with __.")
    assert repeated_id_problem(page.replace('<h3 id="__drawer">A</h3>', ""), "docs/p.md").startswith(
        'docs/p.md: the page gives its <h2> the id "__drawer"')
    own = page.replace('<h2 id="__drawer">A</h2><h3 id="__drawer">', '<h2 id="__tabbed_2">A</h2><h3 id="__tabbed_2">')
    problem = repeated_id_problem(own, "docs/p.md")
    assert problem.startswith('docs/p.md: the page gives the same id to more than one element: "__tabbed_2" '
                              "(<h2>, <h3>).") and "theme" not in problem, \
        "an id only the content gives, even starting with __, is the content's"


def test_a_data_attribute_sharing_a_real_id_s_name_is_not_a_repeat():
    """The quick check counts data-id= too; when it finds a name twice, the exact reading decides."""
    assert repeated_id_problem('<p id="a"></p><p data-id="a"></p><p data-id="__drawer"></p>', "docs/p.md") is None
    assert repeated_id_problem('<p id="a"></p><p data-id="a"></p><p  id="a"></p>', "docs/p.md").startswith(
        'docs/p.md: the page gives the same id to more than one element: "a" (<p>, <p>).')
