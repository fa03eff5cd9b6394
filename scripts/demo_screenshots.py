"""Screenshots of every page and tab over the demo university, for looking at (never committed).

    QT_QPA_PLATFORM=offscreen python scripts/demo_screenshots.py [--out /tmp/demo-shots]

Builds a fresh demo database, opens the main window on it and saves one PNG per page and tab.
The README's and the guide's pictures are made by scripts/make_docs_screenshots.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from congress_app.gui.app import make_application  # noqa: E402
from congress_app.gui.i18n import install_language  # noqa: E402
from congress_app.gui.main_window import MainWindow  # noqa: E402
from congress_app.gui.ops import worker_pool  # noqa: E402
from congress_app.gui.state import AppState  # noqa: E402
from congress_app.paths import sqlite_url  # noqa: E402
from congress_app.services.database import open_database  # noqa: E402
from congress_app.services.demo import load_demo  # noqa: E402


def settle(ms: int = 250) -> None:
    """Let background loads finish and their results reach the widgets."""
    for _ in range(20):
        worker_pool().waitForDone(2000)
        loop = QEventLoop()
        QTimer.singleShot(ms // 5, loop.quit)
        loop.exec()
        QApplication.processEvents()
        if worker_pool().activeThreadCount() == 0:
            break


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/demo-shots")
    parser.add_argument("--lang", default="zh")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    install_language(args.lang)
    db = open_database(sqlite_url(Path(tempfile.mkdtemp()) / "demo.db"))
    load_demo(db)
    window = MainWindow(AppState(db))
    window.resize(1280, 820)
    window.show()
    settle()
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        settle()
        window.grab().save(str(out / f"{row}_{page.nav_key}.png"))
        for k, tabs in enumerate(page.findChildren(QTabWidget)):
            if not tabs.isVisible():
                continue
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                window.grab().save(str(out / f"{row}_{page.nav_key}_tabs{k}_{index}.png"))
            tabs.setCurrentIndex(0)
    print(f"saved to {out}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
