"""The downloaded zip, unzipped and opened from file:// with no network: search and quiz work."""

import zipfile

import pytest

from browser.conftest import Watch

pytestmark = pytest.mark.browser

ZIP = "download/soft-tissue-hip-reconstruction-guide.zip"


def test_the_unzipped_copy_searches_and_checks_answers_offline(browser, site_dir, tmp_path):
    with zipfile.ZipFile(site_dir / ZIP) as archive:
        archive.extractall(tmp_path)
    index = next(tmp_path.glob("*/index.html"))
    context = browser.new_context(viewport={"width": 375, "height": 900})
    watch = Watch()

    def offline_only(route):
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            watch.foreign_requests.append(route.request.url)
            route.abort()

    context.route("**/*", offline_only)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and watch.console_errors.append(message.text))
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    try:
        page.goto(index.as_uri())
        assert "offline copy" in page.locator(".guide-download").first.inner_text()
        page.get_by_role("button", name="Search").click()
        page.keyboard.type("sciatic")
        page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
        page.goto((index.parent / "quiz.html").as_uri())
        first = page.locator("[data-quiz-question]").first
        first.locator("input[data-correct]").first.check()
        first.locator("[data-quiz-check]").click()
        assert "Correct." in first.locator(".quiz-feedback").inner_text()
        assert watch.problems() == {}
    finally:
        context.close()
