"""Saving one count on the 代表选举 page, to the repainted window, over the demo database.

    QT_QPA_PLATFORM=offscreen python benchmarks/save_to_repaint.py [--runs 50]

Builds the demo university, opens a 10th term with one unit's first round open for totals
(汇总录入), shows the main window on its counting tab, then 50 times: change one candidate's
yes votes, press the save button, and wait until the results are back and the window has repainted.
Prints the median and 90th percentile of

- the GUI thread's own time (what freezes the window: time spent in our code and Qt's, not
  waiting for the database worker), and
- the wall time from the save to the repainted window,
- the GUI thread's CPU time over the same span (``time.thread_time``: what the GUI thread
  itself computed; it does not grow when other programs load the machine),

and how many SQL statements one save ran in all. The goal: GUI-thread time under a frame (16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event  # noqa: E402

from congress_app.gui.app import make_application  # noqa: E402
from congress_app.gui.main_window import MainWindow  # noqa: E402
from congress_app.gui.ops import worker_pool  # noqa: E402
from congress_app.gui.state import AppState  # noqa: E402
from congress_app.paths import sqlite_url  # noqa: E402
from congress_app.services.database import open_database  # noqa: E402
from congress_app.services.demo import load_demo  # noqa: E402

TERM_STARTS = date(2030, 12, 18)
HELD_ON = date(2030, 11, 20)


def open_a_round(db) -> str:
    """A 10th term whose largest unit has candidates and an open totals round; its name."""
    from congress_app.services import counting
    from congress_app.services import elections as el
    from congress_app.services.terms import create_term

    with db.session() as session:
        term = create_term(session, number=10, starts_on=TERM_STARTS, years=5, actor="bench")
        el.prepare_elections(session, term_id=term.term_id, actor="bench")
        unit = max(el.election_overview(session, term.term_id), key=lambda s: s.seats)
        staff = el.eligible_staff(session, unit.election_id, HELD_ON)
        el.nominate(
            session,
            unit.election_id,
            [s.id for s in staff[: unit.seats + 3]],
            actor="bench",
            on=HELD_ON,
            confirmed_on=HELD_ON,
        )
        counting.open_round(session, unit.election_id, held_on=HELD_ON, actor="bench")
        return unit.unit


def setup():
    """The demo database, a round open for totals, the window on its counting tab:
    (app, db, window, totals panel, one yes-votes field, SQL statement counter)."""
    make_application()
    app = QApplication.instance()
    db = open_database(sqlite_url(Path(tempfile.mkdtemp()) / "demo.db"))
    load_demo(db)
    unit = open_a_round(db)
    statements = [0]
    event.listen(
        db.engine, "before_cursor_execute", lambda *a, **k: statements.__setitem__(0, statements[0] + 1)
    )

    window = MainWindow(AppState(db))
    window.resize(1280, 820)
    window.show()
    page = window.show_page("elections")
    app.processEvents()
    worker_pool().waitForDone()
    app.processEvents()
    page.term_combo.setCurrentIndex(page.term_combo.count() - 1)  # the new 10th term
    page.select_unit(unit)
    page.detail.tabs.setCurrentIndex(1)
    worker_pool().waitForDone()
    app.processEvents()
    totals = page.detail.round.totals
    spin = next(iter(totals.yes.values()))
    assert totals.view is not None, "no open round shown"
    for field in (totals.issued, totals.returned):
        field.setValue(totals.view.electorate)
    return app, db, window, totals, spin, statements


def measure(runs: int = 50) -> dict[str, list[float]]:
    """Per save: GUI-thread time, wall time, GUI-thread CPU time, SQL statements (ms, count);
    and, as a baseline, repainting the same window with nothing changed."""
    app, db, window, totals, spin, statements = setup()
    gui_ms, wall_ms, cpu_ms, queries, repaint_ms = [], [], [], [], []
    for run in range(runs):
        spin.setValue(10 + run % 7)
        app.processEvents()
        worker_pool().waitForDone()
        app.processEvents()
        start = time.perf_counter()
        window.repaint()
        repaint_ms.append((time.perf_counter() - start) * 1000)
        statements[0] = 0
        start = time.perf_counter()
        cpu_start = time.thread_time()
        waited = 0.0
        totals.save_button.click()  # what the teller does (Ctrl+S does the same)
        while True:  # the GUI thread's work, and waits for the worker (not counted)
            app.processEvents()
            t = time.perf_counter()
            busy = worker_pool().activeThreadCount() > 0
            worker_pool().waitForDone()
            app.processEvents()
            waited += time.perf_counter() - t if busy else 0.0
            if not busy and worker_pool().activeThreadCount() == 0:
                break
        window.repaint()
        end = time.perf_counter()
        cpu_ms.append((time.thread_time() - cpu_start) * 1000)
        wall_ms.append((end - start) * 1000)
        gui_ms.append((end - start - waited) * 1000)
        queries.append(statements[0])
        assert not totals.dirty, totals.state_label.text()
    window.close()
    db.close()
    return {"gui": gui_ms, "wall": wall_ms, "cpu": cpu_ms, "queries": queries, "repaint": repaint_ms}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    m = measure(args.runs)

    def line(name: str, values: list[float]) -> str:
        ordered = sorted(values)
        return (
            f"{name:<34} median {statistics.median(values):7.1f} ms   "
            f"p90 {ordered[int(0.9 * (len(ordered) - 1))]:7.1f} ms"
        )

    print(f"save one count to repainted window, {args.runs} runs (demo database)")
    print(line("GUI-thread time", m["gui"]))
    print(line("wall time (incl. database worker)", m["wall"]))
    print(line("GUI-thread CPU time", m["cpu"]))
    print(line("baseline: repaint, nothing changed", m["repaint"]))
    print(f"{'SQL statements per save':<34} median {statistics.median(m['queries']):7.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
