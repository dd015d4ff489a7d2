"""Real Chromium (Debian's package) driven by Playwright, against the built site
opened two ways: from file:// as a download is, and over http://127.0.0.1 as
GitHub Pages serves it. Every request to another host is blocked and counted."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from support import IN_CI, ROOT

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Flags that keep Chromium from calling home on this machine's closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-quic"]
# Every Content-Security-Policy violation in any of the page's documents, as the browser reports it.
RECORD_CSP_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (event) =>
  window.__guideCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}
  at ${event.sourceFile || location.href}:${event.lineNumber} ${event.sample}`), true);"""
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


def find_chromium() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)


@pytest.fixture(scope="session")
def browser():
    path = find_chromium()
    if not path:
        message = "No Chromium found: install Debian's 'chromium' package or set CHROMIUM_PATH."
        pytest.fail(message) if IN_CI else pytest.skip(message)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def http_root(site_dir):
    """The site over HTTP on loopback, like GitHub Pages (served from a subpath)."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session", params=["file", "http"])
def origin(request, site_dir, http_root) -> str:
    return site_dir.as_uri() + "/" if request.param == "file" else http_root


@dataclass
class Watch:
    """What a page did that a patient would suffer from."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)

    def problems(self) -> dict[str, list[str]]:
        return {name: value for name, value in vars(self).items() if value}


def watched_page(context, is_allowed):
    """A new page in `context`: requests `is_allowed` refuses are blocked and counted, and
    console errors, page errors and failed requests are recorded."""
    watch = Watch()

    def guard(route):
        if is_allowed(route.request.url):
            route.continue_()
        else:
            watch.foreign_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.expose_function("__guideCspViolation", lambda text: watch.csp_violations.append(text))
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    page.on("console", lambda message: message.type == "error" and watch.console_errors.append(message.text))
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.on("requestfailed", lambda request: is_allowed(request.url) and watch.failed_requests.append(
        f"{request.url}: {request.failure}"))
    return page, watch


@pytest.fixture
def open_page(browser, origin):
    """Open a page of the site in a fresh context; returns (page, watch)."""
    yield from _page_opener(browser, origin)


@pytest.fixture
def open_http_page(browser, http_root):
    """As open_page, over http only: for axe, whose CSS rules can't read stylesheets from file://."""
    yield from _page_opener(browser, http_root)


def _page_opener(browser, origin):
    contexts = []
    own = urlsplit(origin)

    def is_own(url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in {"data", "blob"} or (parts.scheme == own.scheme and parts.netloc == own.netloc)

    def open_(path: str, *, width: int = 1280, height: int = 900, scheme: str = "light", javascript: bool = True,
              prepare=None):
        """`prepare(context, page)`: what a test sets up before the page loads (a stand-in, a font size)."""
        context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme,
                                      java_script_enabled=javascript, reduced_motion="reduce")
        contexts.append(context)
        page, watch = watched_page(context, is_own)
        if prepare:
            prepare(context, page)
        page.goto(origin + path, wait_until="load")
        return page, watch

    yield open_
    for context in contexts:
        context.close()


def screenshot(page, name: str) -> Path:
    """Saved for a person to look at; test-artifacts/ is git-ignored."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# Why a patient can't see the focused element, or null if they can: it needs a box inside the
# viewport, not see-through, that nothing covers at its middle (any of its boxes, so a link
# broken over two lines counts; for a form control, its label may cover it). A box taller than the
# screen (the quiz page's error summary, listing every question) is judged by the part on screen.
FOCUS_PROBLEM = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const name = `${el.tagName} "${(el.getAttribute("aria-label") || el.textContent || el.id).trim().slice(0, 40)}"`;
  if (getComputedStyle(el).visibility !== "visible") return `${name} is hidden`;
  let opacity = 1;
  for (let node = el; node instanceof Element;
    node = node.parentElement) opacity *= parseFloat(getComputedStyle(node).opacity);
  if (opacity < 0.5) return `${name} is see-through (opacity ${opacity})`;
  const boxes = [...el.getClientRects()].filter(box => box.width >= 1 && box.height >= 1);
  if (!boxes.length) return `${name} has no box`;
  let covered = null;
  for (const box of boxes) {
    const x = box.left + box.width / 2;
    const y = box.height > innerHeight ? (Math.max(box.top, 0) + Math.min(box.bottom, innerHeight)) / 2
                                       : box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const top = document.elementFromPoint(x, y);
    if (top && (el.contains(top) || [...(el.labels || [])].some(label => label.contains(top)))) return null;
    covered = top;
  }
  if (!covered) return `${name} is off screen at ${Math.round(boxes[0].left)},${Math.round(boxes[0].top)}`;
  return `${name} is covered by ${covered.tagName}.${covered.className}`;
}"""
# Every change of the menu's and search's checkboxes to open, from here on.
RECORD_OPENINGS = """() => { window.__guideOpened = [];
  document.addEventListener("change", event => {
    if (event.target.matches("[data-md-toggle]") && event.target.checked) window.__guideOpened.push(event.target.id);
  }, true); }"""


def focus_problem(page, timeout: float = 2_000) -> str | None:
    """None once the focused element can be seen (waiting for any scroll to settle), else why not."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    try:
        page.wait_for_function(f"() => !({FOCUS_PROBLEM})()", timeout=timeout)
    except PlaywrightTimeout:
        return page.evaluate(f"({FOCUS_PROBLEM})()") or "focus could not be seen for a while"
    return None


def focused(page) -> str:
    return page.evaluate("""(() => { const el = document.activeElement;
        const label = (el.getAttribute("aria-label") || el.textContent).trim().slice(0, 40);
        return el === document.body ? "" : `${el.tagName} "${label}"`; })()""")


def tab_through(page, limit: int = 400) -> tuple[list[str], list[str]]:
    """Press Tab from the top of the page to the end of it (until the focus leaves the page or comes
    back round); returns the stops, and a line for each one a patient could not see."""
    stops, problems = [], []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = focused(page)
        if not stop or (stops and stop == stops[0]):
            break
        stops.append(stop)
        problem = focus_problem(page)
        if problem:
            problems.append(f"stop {len(stops)}: {problem}")
    else:
        raise AssertionError(f"Tab never reached the end of the page in {limit} presses")
    return stops, problems


def accessible_controls(page, selector: str) -> list[str]:
    """The links, buttons, text boxes and radio buttons inside `selector` that Chromium's own
    accessibility tree gives a screen reader (read through the DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    try:
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]
        node = cdp.send("DOM.querySelector", {"nodeId": root["nodeId"], "selector": selector})["nodeId"]
        assert node, f"no {selector} on the page"
        found = []
        for role in ("link", "button", "textbox", "searchbox", "radio", "checkbox"):
            for item in cdp.send("Accessibility.queryAXTree", {"nodeId": node, "role": role})["nodes"]:
                if not item.get("ignored"):
                    found.append(f'{role} "{item.get("name", {}).get("value", "")}"')
        return found
    finally:
        cdp.detach()


def double_the_text_size(page) -> None:
    """200% text, as a reader's text-size setting gives: the root font size doubled (Material sizes
    everything in rem). Set through the CSSOM, which the pages' security policy allows."""
    before = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.evaluate(f"document.documentElement.style.fontSize = '{2 * before}px'")
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == 2 * before


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two computed colours ("rgb(64, 81, 181)")."""
    def luminance(colour: str) -> float:
        parts = colour[colour.index("(") + 1:-1].replace(",", " ").replace("/", " ").split()
        assert len(parts) == 3 or float(parts[3]) == 1, f"{colour} is see-through: compare what shows through"
        channels = [float(part) / 255 for part in parts[:3]]
        r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    lighter, darker = sorted([luminance(first), luminance(second)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def answer(question, right: bool) -> None:
    """Answer one question (a Playwright locator) right or wrong, whatever its type: tick its
    right or wrong option, or give an order question's steps their numbers."""
    if question.get_attribute("data-quiz-order") is None:
        for control in question.locator("fieldset input[data-correct]" if right else
                                        "fieldset input:not([data-correct])").all():
            control.check()
        return
    total = question.locator("select").count()
    if right:  # each step to its place, first to last (the script moves the others)
        for position in range(1, total + 1):
            question.locator(f'select[data-step="{position}"]').select_option(str(position))
    else:  # the first step last: never the right order
        question.locator('select[data-step="1"]').select_option(str(total))
