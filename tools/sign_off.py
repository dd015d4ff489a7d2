"""Record a clinical sign-off: `python3 dev.py sign-off docs/risks.md` (or `--all`).

Run it only after a clinical lead has reviewed the page's patient-facing content.
It sets the page's last_reviewed to today and next_review a review period later
(extra.guide.review_period_months, default 12), and records in docs/sign-off.yml a
fingerprint of everything a patient reads on it. "Today" is always the real date.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tools"))

from patient_guide.glossary import GLOSSARY_FILE  # noqa: E402
from patient_guide.review import LEDGER, ReviewError, plan_sign_offs, read_ledger, write_sign_offs  # noqa: E402
from patient_guide.settings import SettingsError, read_settings  # noqa: E402
from site_config import load_config  # noqa: E402

GLOSSARY = GLOSSARY_FILE


def signable(docs_dir: Path) -> list[str]:
    """Every file a patient reads: the pages (those the build fills in too) and the glossary."""
    return [p.relative_to(docs_dir).as_posix() for p in sorted(docs_dir.rglob("*.md"))] + [GLOSSARY]


def names_from(arguments: list[str], docs_dir: Path) -> list[str]:
    """docs/ paths as given on the command line, each checked, or every page for --all."""
    if arguments == ["--all"]:
        return signable(docs_dir)
    if not arguments or "--all" in arguments:
        raise SystemExit("Say which page a clinical lead has reviewed, e.g. python3 dev.py sign-off docs/risks.md, "
                         "or python3 dev.py sign-off --all after a review of the whole guide.")
    names = []
    for argument in arguments:
        path = Path(argument).resolve()
        try:
            name = path.relative_to(docs_dir.resolve()).as_posix()
        except ValueError:
            raise SystemExit(f"{argument} is not in {docs_dir.name}/: only pages of the guide can be signed off.")
        if name not in signable(docs_dir):
            raise SystemExit(f"{argument} is not a page a patient reads (a Markdown page in {docs_dir.name}/ "
                             f"or {docs_dir.name}/{GLOSSARY}).")
        names.append(name)
    return names


def main(arguments: list[str]) -> None:
    config = load_config(ROOT / "mkdocs.yml")
    docs_dir = ROOT / config.get("docs_dir", "docs")
    try:
        months = read_settings(config.get("extra")).review_period_months
        ledger = read_ledger(docs_dir / LEDGER, f"{docs_dir.name}/{LEDGER}")
    except (SettingsError, ReviewError) as error:
        raise SystemExit(str(error)) from None
    today = datetime.date.today()
    # Every file is checked before any is written: one broken page stops them all, so a sign-off
    # is never half done (some pages' dates rewritten, the record not).
    plans, problems = plan_sign_offs(docs_dir, names_from(arguments, docs_dir), today, months)
    if problems:
        raise SystemExit(f"Nothing was signed off, because {len(problems)} problem{'s' * (len(problems) != 1)} "
                         "must be fixed first (then run the command again):\n  - " + "\n  - ".join(problems))
    write_sign_offs(docs_dir, plans, ledger)
    for plan in plans:
        print(f"Signed off {docs_dir.name}/{plan.name}: reviewed on {plan.entry['reviewed_on']}, "
              f"next review due {plan.entry['next_review']}.")


if __name__ == "__main__":
    main(sys.argv[1:])
