"""Refresh resources/i18n/*.ts from the GUI sources (pyside6-lupdate) and list what is untranslated.

    python scripts/update_translations.py

Then translate the new entries in Qt Linguist (pyside6-linguist) or in the .ts file. The .qm
files are built by the app at start (congress_app/gui/i18n.py) and never committed.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "congress_app" / "gui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    missing = 0
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(ts)], cwd=ROOT, check=True)
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or "").strip()
            ):
                missing += 1
                print(f"{ts.name}: untranslated: {message.findtext('source')}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
