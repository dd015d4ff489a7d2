"""Templates in overrides/ that replace one of Material's: when Material's own copy changes
(a Dependabot upgrade), the test names the file, so the change is merged into ours, not lost."""

import hashlib
import re
from pathlib import Path

import material

from support import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
RECORD = re.compile(r"Replaces Material's (\S+) \(sha256 ([0-9a-f]{16})\)")


def replaced_templates() -> list[Path]:
    return sorted(path for path in (ROOT / "overrides").rglob("*.html")
                  if (MATERIAL / path.relative_to(ROOT / "overrides")).is_file())


def test_every_replaced_template_records_the_material_file_it_was_written_against():
    assert len(replaced_templates()) >= 5
    for path in replaced_templates():
        name = path.relative_to(ROOT / "overrides").as_posix()
        record = RECORD.search(path.read_text("utf-8").split("\n", 1)[0])
        assert record and record.group(1) == name, (
            f"overrides/{name} replaces Material's {name}: start it with a comment "
            f"{{#- Replaces Material's {name} (sha256 <first 16 hex digits of its sha256>): ... -#}}")
        upstream = hashlib.sha256((MATERIAL / name).read_bytes()).hexdigest()[:16]
        assert upstream == record.group(2), (
            f"Material's {name} has changed since overrides/{name} was written (sha256 now {upstream}). "
            f"Compare the two, merge Material's change into ours, then record the new sha256 in its first line.")
