"""The downloaded zip, unzipped and opened from file:// with no network: search and quiz work."""

import zipfile

import pytest
from browser.conftest import watched_page

pytestmark = pytest.mark.browser

ZIP = "download/soft-tissue-hip-reconstruction-guide.zip"


def test_the_unzipped_copy_searches_and_checks_answers_offline(browser, site_dir, tmp_path):
    with zipfile.ZipFile(site_dir / ZIP) as archive:
        archive.extractall(tmp_path)
    index = next(tmp_path.glob("*/index.html"))
    context = browser.new_context(viewport={"width": 375, "height": 900})
    page, watch = watched_page(context, lambda url: url.startswith(("file:", "data:", "blob:")))
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
        # A section's own questions, the error summary, the score and the list, offline too.
        page.goto((index.parent / "risks.html").as_uri())
        page.locator("[data-quiz-check-all]").click()
        assert page.locator("[data-quiz-errors]").is_visible()
        for question in page.locator("[data-quiz-question]").all():
            question.locator("fieldset input:not([data-correct])").first.check()
        page.locator("[data-quiz-check-all]").click()
        assert "You got 0 of" in page.locator("[data-quiz-score]").inner_text()
        assert page.locator("[data-quiz-list] ol li").count() == page.locator("[data-quiz-question]").count()
        assert watch.problems() == {}
    finally:
        context.close()
