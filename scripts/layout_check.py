"""Every page and tab over the demo university at 1024×700 and 1920×1080, in Chinese and
English: a PNG of each (to look at) and a list of any text the window cuts off.

    QT_QPA_PLATFORM=offscreen python scripts/layout_check.py [--out /tmp/layout]
        [--sizes 1024x700,1920x1080] [--langs zh,en]

Exits 1 when something is clipped. Screenshots are never committed.
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
from tests.gui.clipping import clipped  # noqa: E402


def settle(ms: int = 150) -> None:
    for _ in range(20):
        worker_pool().waitForDone(2000)
        loop = QEventLoop()
        QTimer.singleShot(ms // 5, loop.quit)
        loop.exec()
        QApplication.processEvents()
        if worker_pool().activeThreadCount() == 0:
            break


def shoot_all(window: MainWindow, out: Path, tag: str) -> list[str]:
    problems: list[str] = []

    def shot(name: str) -> None:
        settle()
        window.grab().save(str(out / f"{tag}_{name}.png"))
        problems.extend(f"{tag} {name}: {p}" for p in clipped(window))

    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        shot(f"{row}_{page.nav_key}")
        for k, tabs in enumerate(page.findChildren(QTabWidget)):
            if not tabs.isVisible():
                continue
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                shot(f"{row}_{page.nav_key}_tabs{k}_{index}")
            tabs.setCurrentIndex(0)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/layout")
    parser.add_argument("--sizes", default="1024x700,1920x1080")
    parser.add_argument("--langs", default="zh,en")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    db = open_database(sqlite_url(Path(tempfile.mkdtemp()) / "demo.db"))
    load_demo(db)
    state = AppState(db)
    problems: list[str] = []
    for lang in args.langs.split(","):
        install_language(lang)
        for size in args.sizes.split(","):
            width, height = (int(v) for v in size.split("x"))
            window = MainWindow(state)
            window.resize(width, height)
            window.show()
            problems += shoot_all(window, out, f"{lang}_{size}")
            window.close()
            window.deleteLater()
    install_language("zh")
    db.close()
    print("\n".join(problems) or "nothing clipped")
    print(f"screenshots in {out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
