"""The GitHub workflows: what they run is what the README says they run."""

import yaml

from support import ROOT


def workflow(name: str) -> dict:
    return yaml.load((ROOT / ".github" / "workflows" / name).read_text("utf-8"), Loader=yaml.BaseLoader)


def test_the_review_dates_are_checked_every_week_with_today_s_date_and_nothing_is_deployed():
    flow = workflow("review-dates.yml")
    [schedule] = flow["on"]["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit(), "once a week"
    steps = flow["jobs"]["review-dates"]["steps"]
    builds = [step["run"] for step in steps if "run" in step]
    assert builds == ['python3 dev.py build --site-dir "$RUNNER_TEMP/site"']
    text = (ROOT / ".github" / "workflows" / "review-dates.yml").read_text("utf-8")
    assert not any(word in text for word in ("GUIDE_TODAY=", "GUIDE_TODAY:", "deploy-pages", "upload-pages"))
    assert flow["permissions"] == {"contents": "read"}
