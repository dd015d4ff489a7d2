"""Checks shared by the built-site and zip tests."""

from urllib.parse import unquote, urlsplit


def ids_of(soup) -> set[str]:
    """Every fragment a link can land on: ids, and old-style named anchors."""
    named = {a["name"] for a in soup.find_all("a", attrs={"name": True})}
    return {element["id"] for element in soup.find_all(id=True)} | named


def check_internal_links(root, soups_by_name) -> list[tuple[str, str]]:
    """Each relative href must name a file in the tree, and its #anchor an id in that file."""
    broken = []
    for name, soup in soups_by_name.items():
        for element in soup.find_all(["a", "link"], href=True):
            href = element["href"]
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                continue
            target = (root / name).parent / unquote(parts.path) if parts.path else root / name
            target = target.resolve()
            if parts.path.endswith("/") or target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append((name, href))
                continue
            if parts.fragment and target.suffix == ".html":
                key = target.relative_to(root.resolve()).as_posix()
                if parts.fragment not in ids_of(soups_by_name[key]):
                    broken.append((name, href))
    return broken
