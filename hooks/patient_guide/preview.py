"""What `serve` shows in the browser while the guide cannot be built: every problem, as the
terminal lists them, on a page that reloads by itself once they are fixed (never a request
that hangs while the preview waits for a good build)."""

from __future__ import annotations

from html import escape

# The page asks for itself every second and a half; once the build works, the real page answers.
RELOAD = ("<script>setInterval(function () { fetch(location.href, {method: 'HEAD', cache: 'no-store'})"
          ".then(function (r) { if (r.ok) location.reload(); }); }, 1500);</script>")


def problems_page(message: str) -> bytes:
    """An HTML page listing each problem of the failed build (one per "  - " line, as the terminal
    shows them), for every address of the preview until the next build works."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    items = "".join(f"<li>{escape(line.removeprefix('- '))}</li>" for line in lines)
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>The guide cannot be built</title>"
            "<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}"
            "li{margin:.5rem 0}</style></head><body><main><h1>The guide cannot be built</h1>"
            "<p>The preview shows the pages again as soon as these problems are fixed: fix them and save. "
            "This page reloads by itself.</p>"
            f"<ul>{items}</ul></main>{RELOAD}</body></html>").encode()
