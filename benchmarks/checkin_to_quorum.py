"""From the Enter that checks a delegate in to the repainted quorum, on the GUI thread, with
500 expected delegates (goal: median under 16 ms, one frame).

    QT_QPA_PLATFORM=offscreen python benchmarks/checkin_to_quorum.py [--delegates 500]
        [--checkins 300] [--synchronous full|normal]

The number is typed into the desk's line edit first (as a scanner would), then the clock runs
from the Enter key through the check-in (one transaction: the attendance row and its audit
entry, committed) to the quorum panel repainted (``repaint()``). SQLite in WAL mode on a temp
file; ``--synchronous normal`` shows what the commit's fsync costs (the app keeps SQLite's
default, FULL). The GUI thread's own CPU time is printed too: on a machine shared with other
work the wall time includes waiting for a core. Also times one poll (the two count queries every
desk runs each second).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event  # noqa: E402

from benchmarks.meeting_seed import number_of, seed  # noqa: E402
from congress_app.gui.pages.meetings.desk import CheckInDesk  # noqa: E402
from congress_app.gui.state import AppState  # noqa: E402
from congress_app.paths import sqlite_url  # noqa: E402
from congress_app.services.database import open_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=500)
    parser.add_argument("--checkins", type=int, default=300)
    parser.add_argument("--synchronous", choices=["full", "normal"], default="full")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    db = open_database(sqlite_url(folder / "bench.db"))
    session_id = seed(db, args.delegates)
    if args.synchronous == "normal":
        event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA synchronous=NORMAL"))
        db.engine.dispose()
    desk = CheckInDesk(AppState(db))
    desk.resize(1024, 700)
    desk.show()
    desk.set_session(session_id)
    desk.timer.stop()  # the poll is timed on its own below
    app.processEvents()
    times, cpu = [], []
    for i in range(1, min(args.checkins, args.delegates) + 1):
        QTest.keyClicks(desk.key_edit, number_of(i))
        start, start_cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(desk.key_edit, Qt.Key.Key_Return)
        desk.quorum.repaint()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        assert desk.quorum.state.present == i, (i, desk.quorum.state)
    polls = []
    for _ in range(50):
        start = time.perf_counter()
        desk.poll()
        polls.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"expected {args.delegates}, check-ins {len(times)}, synchronous={args.synchronous}")
    print(
        f"Enter -> repainted quorum: median {statistics.median(times):.2f} ms, "
        f"p90 {times[int(len(times) * 0.9)]:.2f} ms, max {times[-1]:.2f} ms (goal < 16 ms)"
    )
    print(
        f"  of which CPU on the GUI thread: median {statistics.median(cpu):.2f} ms (the rest is "
        f"waiting: the commit's fsync, other processes on a busy machine)"
    )
    print(f"one poll (two count queries): median {statistics.median(polls):.2f} ms")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
