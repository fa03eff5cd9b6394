"""The README and the user guide stand alone: every link stays inside the repository and
exists, and every picture is one that scripts/make_docs_screenshots.py makes."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs" / "guide").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _links(doc: Path) -> list[str]:
    return LINK.findall(doc.read_text(encoding="utf-8"))


def test_links_stay_in_the_repository_and_exist() -> None:
    assert len(DOCS) >= 5  # README and the guide's index plus one page per user
    for doc in DOCS:
        for link in _links(doc):
            if link.startswith(("http://", "https://", "mailto:")):
                continue
            target = (doc.parent / link.split("#")[0]).resolve()
            assert target.is_relative_to(ROOT), f"{doc.name}: {link} leaves the repository"
            assert target.exists(), f"{doc.name}: {link} does not exist"


def test_every_picture_is_made_by_the_screenshot_script() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_docs_screenshots", ROOT / "scripts" / "make_docs_screenshots.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = {path for path, _lang, _show in module.SHOTS}
    linked = module.linked_images()
    assert linked and linked <= made
    assert all((ROOT / path).stat().st_size < 200_000 for path in made)
