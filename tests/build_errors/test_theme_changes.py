"""If a new Material version changes the markup theme_html.py edits, the build stops
and says so, rather than shipping pages without the edits or the security policy."""

import shutil

import yaml
from build_errors.test_build_failures import GOOD_PAGE as PAGE

from support import ROOT, build_site


def test_a_theme_without_its_script_bundle_stops_the_build(make_project, tmp_path):
    config_file = make_project({"risks.md": PAGE})
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    # As if Material had renamed or moved its script bundle.
    main = overrides / "main.html"
    main.write_text(main.read_text("utf-8").replace("{{ super() }}\n  <script defer src=\"{{ 'assets/javascripts"
                                                    "/toggles.js'", "<script defer src=\"{{ 'assets/javascripts"
                                                    "/toggles.js'"), "utf-8")
    config = yaml.safe_load(config_file.read_text("utf-8"))
    config["theme"]["custom_dir"] = str(overrides)
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    result = build_site(config_file, tmp_path / "out")
    assert result.returncode != 0
    assert ("ERROR   -  404.html: the theme's HTML is not what hooks/patient_guide/theme_html.py expects: "
            "Material's script bundle (assets/javascripts/bundle.*.js) is missing. "
            "Has Material been upgraded? Update theme_html.py to match.") in result.stderr
    assert "Traceback" not in result.stderr


def test_a_language_material_has_no_words_for_stops_the_build_before_the_theme_tries_it(make_project, tmp_path):
    """Material's search plugin would otherwise end in a template traceback (partials/languages/en-GB.html)."""
    config_file = make_project({"risks.md": PAGE})
    config = yaml.safe_load(config_file.read_text("utf-8"))
    config["theme"]["language"] = "en-GB"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    result = build_site(config_file, tmp_path / "out")
    assert result.returncode != 0
    assert ("ERROR   -  mkdocs.yml: theme.language is 'en-GB', which Material has no words for. How to fix: write "
            "one of Material's language codes after 'language: ', such as en. The codes it knows: af, ar,"
            ) in result.stderr
    assert "Traceback" not in result.stderr


def test_a_contact_block_the_build_cannot_use_stops_it_naming_each_line_and_fix(make_project, tmp_path):
    """Whom a worried patient contacts is on every page: a number no phone can dial, or a part left
    out, stops the build with the line in mkdocs.yml to look at."""
    config_file = make_project({"risks.md": PAGE})
    config = yaml.safe_load(config_file.read_text("utf-8"))
    config["extra"]["guide"]["contact"] = {"who": "Example Ward", "phone": "ring the ward"}
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    lines = config_file.read_text("utf-8").splitlines()
    contact_line = lines.index("    contact:") + 1
    result = build_site(config_file, tmp_path / "out")
    assert result.returncode != 0
    assert (f"mkdocs.yml, extra.guide:\n  - line {contact_line + 2}, 'contact.phone' is 'ring the ward', which is "
            "not a phone number a phone can dial. How to fix: write only the number") in result.stderr
    assert (f"  - line {contact_line}, 'contact.when' is missing. How to fix: add when they can be called, e.g. "
            "when: Monday to Friday, 8am to 6pm.") in result.stderr
    assert "Traceback" not in result.stderr
