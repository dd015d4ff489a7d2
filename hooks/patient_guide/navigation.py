"""Pages a clinician added but left out of the navigation (nav: in mkdocs.yml).

MkDocs says so too, in its own words ("not included in the nav configuration"),
with no fix: this names each page as the clinician knows it and says what to add.
A page with questions is already named by the quiz's own check.
"""

from __future__ import annotations

from .generated_pages import NOT_SECTIONS


def pages_left_out(left_out: list[str], with_questions: set[str], docs_name: str) -> list[str]:
    """A message for each page the navigation does not list, unless it has questions. A page the
    guide cannot do without (the home page, the pages the build fills in) is never to be deleted."""
    return [f"{docs_name}/{name} is not in the guide's navigation, so patients could not find it from the menu, "
            f"the page before it or the page after it. How to fix: add a line such as '{nav_line(name)}' under "
            "nav: in mkdocs.yml, where it comes in reading order"
            + ("." if name in NOT_SECTIONS else "; or delete the page.")
            for name in left_out if name not in with_questions]


def nav_line(name: str) -> str:
    """The line that puts a page in the navigation, with a menu label to start from:
    going-home.md gives '  - Going home: going-home.md'."""
    words = name.rsplit("/", 1)[-1].removesuffix(".md").replace("-", " ").replace("_", " ")
    return f"  - {words[:1].upper() + words[1:]}: {name}"


def render_contents(pages: list[tuple[str, str]]) -> str:
    """The home page's numbered list of the guide's pages, (title, page) in reading order."""
    return "\n".join(f"{number}. [{title}]({page})" for number, (title, page) in enumerate(pages, start=1))
