"""Record a clinical sign-off, after a clinical lead has reviewed what patients read.

  python3 dev.py sign-off docs/risks.md     one page (several may be given)
  python3 dev.py sign-off docs/glossary.yml the glossary
  python3 dev.py sign-off hooks/patient_guide/words/en.yml
                                            the words every page shows around its text
  python3 dev.py sign-off --all             every page, the glossary and the words file

A translation is signed off the same way, in its own record (docs-pl/sign-off.yml):
  python3 dev.py sign-off docs-pl/risks.md  a translated page (or words/pl.yml, docs-pl/glossary.yml)
  python3 dev.py sign-off --all --language pl
                                            every file of the Polish guide, after its review

A page may be named from any folder: from inside docs/, `sign-off risks.md`.
It sets the page's last_reviewed to today and next_review a review period later
(extra.guide.review_period_months, default 12), and records in docs/sign-off.yml a
fingerprint of everything a patient reads on it. "Today" is always the real date.
It first checks every file as the build does, and writes nothing if one has a problem.

A sign-off that changes what patients read needs a new version of the guide (a consent
form records the version): add --version 1.1 (it sets extra.guide.version in mkdocs.yml),
or raise the version there first. The record keeps each version's date and changed files.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import material

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tools"))

from patient_guide.generated_pages import missing_generated_pages  # noqa: E402
from patient_guide.glossary import GLOSSARY_FILE  # noqa: E402
from patient_guide.review import LEDGER, ReviewError, missing_ledger, read_ledger, shown_name, words_entry  # noqa: E402
from patient_guide.settings import SettingsError, read_settings  # noqa: E402
from patient_guide.signing import changed_words, plan_sign_offs, write_sign_offs  # noqa: E402
from patient_guide.versions import set_version, sign_off_version_problem  # noqa: E402
from patient_guide.words import WORDS_DIR, theme_language_problem  # noqa: E402
from site_config import load_config, site_markdown, translation_of  # noqa: E402

GLOSSARY = GLOSSARY_FILE


def signable(docs_dir: Path, language: str) -> list[str]:
    """Every file a patient reads: the pages (those the build fills in too), the glossary and the
    words every page shows around its text (the disclaimer, the questions' help, the statements)."""
    return [p.relative_to(docs_dir).as_posix() for p in sorted(docs_dir.rglob("*.md"))] + [GLOSSARY,
                                                                                          words_entry(language)]


def names_from(arguments: list[str], docs_dir: Path, language: str) -> list[str]:
    """The files as given on the command line (pages in docs/, the glossary, the words file),
    each checked, or every one of them for --all."""
    if arguments == ["--all"]:
        return signable(docs_dir, language)
    if options := [argument for argument in arguments if argument.startswith("-") and argument != "--all"]:
        raise SystemExit(f"{options[0]} is not an option of sign-off. Give the pages a clinical lead has "
                         "reviewed, e.g. python3 dev.py sign-off docs/risks.md, or --all for the whole guide.")
    if not arguments or "--all" in arguments:
        raise SystemExit("Say which page a clinical lead has reviewed, e.g. python3 dev.py sign-off docs/risks.md, "
                         "or python3 dev.py sign-off --all after a review of the whole guide.")
    names = []
    for argument in arguments:
        path = Path(argument).resolve()
        if not path.exists():
            near = [candidate for candidate in (docs_dir / argument, docs_dir / Path(argument).name)
                    if candidate.is_file()]
            raise SystemExit(f"There is no file {argument}"
                             + (f" here: did you mean {docs_dir.name}/{near[0].relative_to(docs_dir).as_posix()}? "
                                f"(From inside {docs_dir.name}/, leave out '{docs_dir.name}/'.)" if near else
                                f". How to fix: check the name; the pages are the .md files in {docs_dir.name}/, "
                                f"beside {docs_dir.name}/{GLOSSARY} and the words file "
                                f"{shown_name(docs_dir.name, words_entry(language))}."))
        if path.parent == WORDS_DIR.resolve():
            name = words_entry(path.stem)
        else:
            try:
                name = path.relative_to(docs_dir.resolve()).as_posix()
            except ValueError:
                raise SystemExit(f"{argument} is not in {docs_dir.name}/ and is not the words file "
                                 f"({shown_name(docs_dir.name, words_entry(language))}): only what patients read "
                                 "can be signed off.") from None
        if name not in signable(docs_dir, language):
            raise SystemExit(f"{argument} is not a page a patient reads (a Markdown page in {docs_dir.name}/, "
                             f"{docs_dir.name}/{GLOSSARY} or {shown_name(docs_dir.name, words_entry(language))}).")
        names.append(name)
    return list(dict.fromkeys(names))  # a page named twice is signed off once


def version_option(arguments: list[str]) -> tuple[list[str], str | None]:
    """--version X (or --version=X): the guide's new version, for a sign-off that changes its words."""
    rest, version, index = [], None, 0
    while index < len(arguments):
        argument = arguments[index]
        if argument == "--version":
            if index + 1 >= len(arguments) or arguments[index + 1].startswith("-"):
                raise SystemExit("--version needs the new version after it, e.g. --version 1.1")
            version, index = arguments[index + 1], index + 2
            continue
        if argument.startswith("--version="):
            version = argument.split("=", 1)[1]
        else:
            rest.append(argument)
        index += 1
    return rest, version


def language_option(arguments: list[str]) -> tuple[list[str], str | None]:
    """--language pl (or --language=pl): sign off a translation, e.g. --all of its files."""
    rest, code, index = [], None, 0
    while index < len(arguments):
        argument = arguments[index]
        if argument == "--language" and index + 1 < len(arguments):
            code, index = arguments[index + 1], index + 2
            continue
        if argument.startswith("--language="):
            code = argument.split("=", 1)[1]
        else:
            rest.append(argument)
        index += 1
    return rest, code


def rendered(config: dict):
    """A page's Markdown as the site renders it, so sign-off grounds each answer as the build does."""
    md = site_markdown(config)

    def render(text: str) -> str:
        md.reset()
        return md.convert(text)
    return render


def in_git(path: Path) -> bool:
    """Whether git has this file in its last commit (no git, or no repository: no)."""
    try:
        return subprocess.run(["git", "cat-file", "-e", f"HEAD:./{path.name}"], cwd=path.parent,
                              capture_output=True).returncode == 0
    except OSError:
        return False


def main(arguments: list[str]) -> None:
    if {"-h", "--help"} & set(arguments):
        print(__doc__.strip())
        return
    # A translation's files (docs-pl/..., words/pl.yml, or --language pl) are signed off in its own record.
    arguments, code = language_option(arguments)
    code = code or next((found for argument in arguments if (found := translation_of(argument))), None)
    config_file = ROOT / (f"mkdocs.{code}.yml" if code else "mkdocs.yml")
    if not config_file.is_file():
        raise SystemExit(f"There is no {config_file.name}: '{code}' is not a language of this guide. "
                         "How to fix: give a language listed under extra.guide.translations in mkdocs.yml.")
    config = load_config(config_file)
    docs_dir = ROOT / config.get("docs_dir", "docs")
    language = (config.get("theme") or {}).get("language", "en")  # as Material reads it
    if problem := theme_language_problem(language, [str(Path(material.__file__).parent / "templates")]):
        raise SystemExit(problem)
    if not (docs_dir / LEDGER).is_file() and in_git(docs_dir / LEDGER):
        # Deleted by mistake: a new record would drop every review on it, or re-sign the guide unseen (--all).
        raise SystemExit("Nothing was signed off. " + missing_ledger(f"{docs_dir.name}/{LEDGER}"))
    try:
        settings = read_settings(config.get("extra"))
        months = settings.review_period_months
        ledger = read_ledger(docs_dir / LEDGER, f"{docs_dir.name}/{LEDGER}")
    except (SettingsError, ReviewError) as error:
        raise SystemExit(str(error)) from None
    today = datetime.date.today()
    # Every file is checked before any is written: one broken page stops them all, so a sign-off
    # is never half done (some pages' dates rewritten, the record not).
    arguments, new_version = version_option(arguments)
    names = names_from(arguments, docs_dir, language)
    plans, problems = plan_sign_offs(docs_dir, names, today, months, render=rendered(config))
    if arguments == ["--all"]:  # the whole guide: a page the build fills in must not be missing from it
        problems += missing_generated_pages(set(names), docs_dir.name)
    if problems:
        raise SystemExit(f"Nothing was signed off, because {len(problems)} problem{'s' * (len(problems) != 1)} "
                         "must be fixed first (then run the command again):\n  - " + "\n  - ".join(problems))
    version = new_version or settings.version
    changed = [shown_name(docs_dir.name, name) for name in changed_words(plans, ledger)]
    if problem := sign_off_version_problem(version, ledger, changed):
        raise SystemExit(problem)
    if new_version and new_version != settings.version:
        config_text = config_file.read_text("utf-8")  # a translation's own version is in its mkdocs.<code>.yml
        if (updated := set_version(config_text, new_version)) is None:
            raise SystemExit("Nothing was signed off: the line 'version: ...' under extra: guide: in "
                             f"{config_file.name} was not found. How to fix: set it there by hand, then run the "
                             "command without --version.")
        config_file.write_text(updated, "utf-8")
        print(f"The guide's version is now {new_version} (extra.guide.version in {config_file.name}).")
    gone = write_sign_offs(docs_dir, plans, ledger, whole_guide=arguments == ["--all"], version=version)
    for name in gone:
        print(f"Removed the sign-off record of {shown_name(docs_dir.name, name)}, which no longer exists.")
    for plan in plans:
        print(f"Signed off {shown_name(docs_dir.name, plan.name)}: reviewed on {plan.entry['reviewed_on']}, "
              f"next review due {plan.entry['next_review']}.")


if __name__ == "__main__":
    main(sys.argv[1:])
