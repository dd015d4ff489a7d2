"""extra.guide in mkdocs.yml: read through one typed schema, every slip named with its fix."""

import pytest

from patient_guide.settings import SettingsError, read_settings
from site_config import load_config

REAL = load_config()["extra"]["guide"]


def problems(guide) -> str:
    with pytest.raises(SettingsError) as error:
        read_settings({"guide": guide} if guide is not None else {})
    return str(error.value)


def test_the_real_settings_read_as_typed_values():
    settings = read_settings({"guide": REAL})
    assert isinstance(settings.review_period_months, int) and isinstance(settings.version, str)


def test_no_guide_section_names_every_setting_it_needs():
    message = problems(None)
    assert message.startswith("mkdocs.yml: 'extra:' has no 'guide:' settings.")
    assert all(name in message for name in ("publisher", "reference", "version", "feedback_url", "download"))


def test_every_missing_blank_mistyped_or_unknown_setting_is_named_at_once():
    guide = {**REAL, "version": 1.0, "review_period_months": "a year", "publisher": "  ", "colour": "blue"}
    del guide["reference"]
    message = problems(guide)
    assert message.startswith("mkdocs.yml, extra.guide:\n  - ")
    assert "'reference' is missing: add the guide's document reference, e.g. 'EHT-ORTHO-0042'." in message
    assert "'publisher' is missing: add the organisation that publishes the guide" in message
    assert ("'version' is 1.0, which is not the guide's version, e.g. '1.0'. Put it in quotes, as in "
            'version: "1.0".') in message
    assert "'review_period_months' is 'a year', which is not a whole number of months from 1 to 36" in message
    assert "'colour' is not a setting the guide knows." in message


@pytest.mark.parametrize("months", [0, 37, True, 1.5])
def test_a_review_period_out_of_range_or_not_whole_is_refused(months):
    assert "'review_period_months' is" in problems({**REAL, "review_period_months": months})
