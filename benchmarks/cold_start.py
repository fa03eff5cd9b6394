"""Cold start to a shown main window, against a bare PySide6 window shown the same way.

    python benchmarks/cold_start.py [--runs 7]

Each run is a fresh Python process that imports, shows the window, lets the event loop run
once and exits; the wall time of the whole process is measured. Congress Desk shows its
window before it opens the database (app.py); a third measurement waits until a demo
database at the newest schema is open and every page is built. Prints medians and ratios
(goal: shown under 2× the bare window).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 780)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

CONGRESS = """
import sys
from argparse import Namespace
from PySide6.QtCore import QTimer
from congress_app.gui.app import Controller, make_application
from congress_app.gui.i18n import install_language
app = make_application()
install_language("zh")
Controller().show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# as above, then the database opened on the worker thread and the pages built (ready to use)
CONGRESS_READY = """
import sys
from PySide6.QtCore import QTimer
from congress_app.gui.app import Controller, _open, make_application
from congress_app.gui.i18n import install_language
from congress_app.gui.ops import BackgroundOp
from congress_app.paths import sqlite_url
app = make_application()
install_language("zh")
controller = Controller()
window = controller.show()
def opened(db):
    from congress_app.gui.state import AppState
    controller.attach(AppState(db))
    QTimer.singleShot(0, app.quit)
BackgroundOp(window, "", lambda _p: _open(sqlite_url(sys.argv[1]), False)).success(opened).run()
app.exec()
"""


def _time(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        os.environ["CONGRESS_DATA_DIR"] = tmp
        subprocess.run(
            [sys.executable, "-m", "congress_app", "--db", str(db), "demo"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        _time(BARE), _time(CONGRESS), _time(CONGRESS_READY, str(db))  # warm the file cache
        bare, congress, ready = [], [], []
        for _ in range(args.runs):  # interleaved, so drift hits all alike
            bare.append(_time(BARE))
            congress.append(_time(CONGRESS))
            ready.append(_time(CONGRESS_READY, str(db)))
    b, c, r = (statistics.median(x) for x in (bare, congress, ready))

    def runs(xs: list[float]) -> str:
        return ", ".join(f"{x:.3f}" for x in xs)

    print(f"bare PySide6 window:          median {b:.3f}s  (runs: {runs(bare)})")
    print(f"Congress Desk window shown:   median {c:.3f}s  (runs: {runs(congress)})")
    print(f"Congress Desk pages ready:    median {r:.3f}s  (runs: {runs(ready)})")
    print(f"ratio shown/bare: {c / b:.2f}x (goal < 2x); ready/bare: {r / b:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
