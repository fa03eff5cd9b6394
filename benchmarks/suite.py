"""Every benchmark as a job: what Congress Desk does, a plain baseline doing the same work in
the same run, medians in seconds. ``python -m benchmarks`` runs each job in its own process
(so peak memory is the job's own) and prints one table.

A job is a function returning rows ``(job, baseline label, baseline s, ours s)``; add yours to
JOBS. The scripts beside this file still run alone with more detail and options.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

Row = tuple[str, str, float, float]


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_start() -> list[Row]:
    """A fresh process until the window is shown / until the demo's pages are ready."""
    import subprocess
    import sys

    from benchmarks import cold_start as cs

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        env = dict(
            os.environ, CONGRESS_DATA_DIR=tmp, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
        )
        os.environ.update(env)
        subprocess.run(
            [sys.executable, "-m", "congress_app", "--db", str(db), "demo"],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        cs._time(cs.BARE), cs._time(cs.CONGRESS)  # warm the file cache
        bare, shown, ready = [], [], []
        for _ in range(3):  # interleaved, so drift hits all alike
            bare.append(cs._time(cs.BARE))
            shown.append(cs._time(cs.CONGRESS))
            ready.append(cs._time(cs.CONGRESS_READY, str(db)))
    b = statistics.median(bare)
    return [
        ("cold start: window shown", "bare PySide6 window", b, statistics.median(shown)),
        ("cold start: demo pages ready", "bare PySide6 window", b, statistics.median(ready)),
    ]


def roster_read() -> list[Row]:
    """read_roster (every check) on a generated 5,000-row XLSX."""
    from benchmarks.make_roster import bench

    t = bench(5000, repeat=3)
    return [("read 5,000-row roster", "openpyxl iter_rows", t["openpyxl_iter_rows"], t["read_roster"])]


def roster_import() -> list[Row]:
    """read_roster + import_roster of 5,000 rows into a migrated SQLite database."""
    from benchmarks import roster_import as ri
    from congress_app.demo.people import make_roster_xlsx
    from congress_app.paths import sqlite_url
    from congress_app.storage.migrate import upgrade_to_head

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        xlsx = make_roster_xlsx(tmp_path / "roster.xlsx", rows=5000)
        template = tmp_path / "template.db"
        upgrade_to_head(sqlite_url(template))
        counter = iter(range(1000))

        def ours() -> None:
            target = tmp_path / f"ours{next(counter)}.db"
            shutil.copyfile(template, target)
            ri.congress(xlsx, target)

        base = _median(lambda: ri.baseline(xlsx, tmp_path / f"base{next(counter)}.db"), 3)
        return [("import 5,000-row roster", "openpyxl + sqlite3.executemany", base, _median(ours, 3))]


def staff_table() -> list[Row]:
    """The 教职工名册 table with 10,000 rows: load, and paint one page while scrolling."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks import staff_table_scroll as sts

    m = sts.measure(10_000, 100)
    return [
        ("10,000-row staff table: load", "QTableWidget filled", m.plain_load / 1000, m.ours_load / 1000),
        ("10,000-row staff table: paint a page", "QTableWidget", m.plain_page / 1000, m.ours_page / 1000),
    ]


def seat_plan_pdf() -> list[Row]:
    """The demo's 名额分配表 PDF (embedded CJK font) against a bare ReportLab table of the
    same rows with the same font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from congress_app.paths import sqlite_url
    from congress_app.reports.fonts import register_font
    from congress_app.services.database import open_database
    from congress_app.services.demo import load_demo
    from congress_app.services.seat_reports import export_seat_allocation, seat_allocation_data
    from congress_app.services.seats import current_seat_plan

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        db = open_database(sqlite_url(tmp_path / "demo.db"))
        load_demo(db)
        with db.session() as session:
            data = seat_allocation_data(session, current_seat_plan(session))
        font = register_font()
        cells = [[str(v) for v in vars(row).values()] for row in data.rows]

        def bare() -> None:
            doc = SimpleDocTemplate(str(tmp_path / "bare.pdf"), pagesize=A4, initialFontName=font)
            table = Table(cells)
            table.setStyle([("FONTNAME", (0, 0), (-1, -1), font)])
            doc.build([table])

        def ours() -> None:
            with db.session() as session:
                export_seat_allocation(session, tmp_path / "plan.pdf", "pdf")

        base, mine = _median(bare, 3), _median(ours, 3)
        db.close()
    return [("名额分配表 PDF (demo)", "bare ReportLab table", base, mine)]


def proposals() -> list[Row]:
    """5,000 proposals over five sessions (benchmarks/proposals_page.py): the 提案 page's list
    and filters against a plain SELECT of the same rows, and the first similar-proposals search
    after a new filing against building the similarity index afresh (what it did before)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks import proposals_page as pp

    return pp.rows()


def archive_export() -> list[Row]:
    """A large congress's archive (300 delegates, 200 proposals, every generated document)
    against bare ReportLab rendering the same pages (benchmarks/archive_export.py)."""
    from benchmarks.archive_export import bench

    return bench()


def documents() -> list[Row]:
    """Every kind of paper from the demo (service + layout + PDF) against bare ReportLab
    printing the same pages' text in grid tables with a plainly registered font (cards:
    ReportLab's own QR codes); fastest of 5 interleaved runs (benchmarks/documents.py)."""
    from benchmarks.documents import run

    return [
        (
            f"{kind} PDF ({pages} p.)",
            "bare ReportLab cards, its own QR" if kind == "cards" else "bare ReportLab, same pages and text",
            bare,
            ours,
        )
        for kind, pages, bare, ours in run(5)
    ]


def save_to_repaint() -> list[Row]:
    """Saving one count on the 代表选举 page until the window has repainted (the GUI thread's
    time; goal: one frame, 16 ms), against repainting the same window with nothing changed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.save_to_repaint import measure

    m = measure(30)
    return [
        (
            "save one count to repainted window (GUI thread)",
            "repaint, nothing changed",
            statistics.median(m["repaint"]) / 1000,
            statistics.median(m["gui"]) / 1000,
        )
    ]


JOBS: dict[str, Callable[[], list[Row]]] = {
    "cold_start": cold_start,
    "roster_read": roster_read,
    "roster_import": roster_import,
    "staff_table": staff_table,
    "seat_plan_pdf": seat_plan_pdf,
    "proposals": proposals,
    "archive_export": archive_export,
    "documents": documents,
    "save_to_repaint": save_to_repaint,
}
