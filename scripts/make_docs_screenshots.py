"""Regenerate every screenshot of the README and the user guide from the demo database.

    QT_QPA_PLATFORM=offscreen python scripts/make_docs_screenshots.py [--check]

Builds a fresh demo university (as `congress-app --demo` does), opens the main window at
1280×800 and writes each picture listed in SHOTS (docs/screenshot.png, docs/guide/img/*.png)
as a small palette PNG. ``--check`` only verifies that every image the README and the guide
link to is listed here and exists. Pages of workflows still to come show their plan, and are
regenerated into real pages by the same command once they exist.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (1280, 800)


def _tab(key: str, index: int) -> Callable:
    def show(window) -> None:
        page = window.show_page(key)
        tabs = getattr(page, "tabs", None)
        if tabs is not None and index < tabs.count():
            tabs.setCurrentIndex(index)

    return show


def _page(key: str) -> Callable:
    return lambda window: window.show_page(key)


# (path under the repository, language, what to show)
SHOTS: list[tuple[str, str, Callable]] = [
    ("docs/screenshot.png", "zh", _tab("roster", 2)),
    ("docs/guide/img/office-staff.png", "zh", _tab("roster", 0)),
    ("docs/guide/img/office-units.png", "zh", _tab("roster", 1)),
    ("docs/guide/img/office-elections.png", "zh", _tab("elections", 0)),
    ("docs/guide/img/office-credentials.png", "zh", _tab("elections", 1)),
    ("docs/guide/img/office-seats-en.png", "en", _tab("roster", 2)),
    ("docs/guide/img/presidium-meetings.png", "zh", _page("meetings")),
    ("docs/guide/img/delegates-body.png", "zh", _page("delegates")),
    ("docs/guide/img/archivists-archive.png", "zh", _page("archive")),
]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs" / "guide").glob("*.md"))]


def linked_images() -> set[str]:
    """Every local image the README and the guide show, as a path under the repository."""
    found = set()
    for doc in DOCS:
        for target in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", doc.read_text(encoding="utf-8")):
            found.add((doc.parent / target).resolve().relative_to(ROOT).as_posix())
    return found


def check() -> int:
    listed = {path for path, _lang, _show in SHOTS}
    problems = [f"linked but not made here: {p}" for p in sorted(linked_images() - listed)]
    problems += [f"missing: {p}" for p in sorted(listed) if not (ROOT / p).is_file()]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def settle(ms: int = 250) -> None:
    """Let background loads finish and their results reach the widgets."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from congress_app.gui.ops import worker_pool

    for _ in range(20):
        worker_pool().waitForDone(2000)
        loop = QEventLoop()
        QTimer.singleShot(ms // 5, loop.quit)
        loop.exec()
        QApplication.processEvents()
        if worker_pool().activeThreadCount() == 0:
            break


def make() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from congress_app.gui.app import Controller, make_application
    from congress_app.gui.i18n import install_language
    from congress_app.gui.state import AppState
    from congress_app.paths import sqlite_url
    from congress_app.services.database import open_database
    from congress_app.services.demo import load_demo

    folder = Path(tempfile.mkdtemp(prefix="congress-docs-"))
    os.environ["CONGRESS_DATA_DIR"] = str(folder / "data")  # fresh settings, operator, school
    make_application()
    db = open_database(sqlite_url(folder / "demo.db"))
    print("building the demo university…", flush=True)
    load_demo(db)
    controller = Controller(AppState(db))
    for lang in ("zh", "en"):
        install_language(lang)
        window = controller.show()  # rebuilt in the language
        window.resize(*SIZE)
        settle()
        for path, shot_lang, show in SHOTS:
            if shot_lang != lang:
                continue
            show(window)
            settle()
            image = (
                window.grab()
                .toImage()
                .convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
            )
            target = ROOT / path
            target.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(target), "PNG", 9)
            print(f"{path}  {target.stat().st_size // 1024} KB")
    install_language("zh")
    controller.window.close()
    db.close()
    return check()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the links and files")
    args = parser.parse_args(argv)
    return check() if args.check else make()


if __name__ == "__main__":
    sys.exit(main())
