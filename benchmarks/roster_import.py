"""Importing a 5,000-row XLSX roster end to end, against a plain baseline in the same run.

    python benchmarks/roster_import.py [--rows 5000] [--runs 5]

Congress Desk: read_roster (read + every check) and import_roster (units, staff, dated events,
import record, audit entry) into a fresh migrated SQLite database, one transaction.
Baseline: openpyxl reads the same file (read-only, values only) and plain sqlite3
executemany inserts the rows into a one-table database. Prints the medians and the ratio
(goal: ≤ 2×).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from congress_app.demo.people import SHEET, make_roster_xlsx  # noqa: E402
from congress_app.paths import sqlite_url  # noqa: E402
from congress_app.roster_file import read_roster  # noqa: E402
from congress_app.services.database import open_database  # noqa: E402
from congress_app.services.roster import import_roster  # noqa: E402
from congress_app.storage.migrate import upgrade_to_head  # noqa: E402


def baseline(xlsx: Path, db: Path) -> int:
    wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
    rows = list(wb[SHEET].iter_rows(min_row=2, values_only=True))
    wb.close()
    con = sqlite3.connect(db)
    con.execute(
        "CREATE TABLE staff (staff_no TEXT PRIMARY KEY, name TEXT, gender TEXT, "
        "birth_date TEXT, unit TEXT, category TEXT, status TEXT, status_since TEXT, post TEXT)"
    )
    con.executemany(
        "INSERT INTO staff VALUES (?,?,?,?,?,?,?,?,?)",
        [tuple(str(v) if v is not None else None for v in (*r, *[None] * 9)[:9]) for r in rows],
    )
    con.commit()
    con.close()
    return len(rows)


def congress(xlsx: Path, db: Path) -> int:
    database = open_database(sqlite_url(db), upgrade=False)
    try:
        roster = read_roster(xlsx)
        assert roster.ok, roster.problems[:3]
        with database.session() as session:
            summary = import_roster(session, roster, file_name=xlsx.name, actor="bench")
        return summary.added
    finally:
        database.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        xlsx = make_roster_xlsx(tmp / "roster.xlsx", rows=args.rows)
        template = tmp / "template.db"
        upgrade_to_head(sqlite_url(template))  # schema creation is not part of an import
        base, ours = [], []
        for run in range(args.runs):
            target = tmp / f"base{run}.db"
            start = time.perf_counter()
            assert baseline(xlsx, target) == args.rows
            base.append(time.perf_counter() - start)
            target = tmp / f"ours{run}.db"
            shutil.copyfile(template, target)
            start = time.perf_counter()
            assert congress(xlsx, target) == args.rows
            ours.append(time.perf_counter() - start)
    b, c = statistics.median(base), statistics.median(ours)
    print(f"{args.rows} rows  baseline (openpyxl + sqlite3.executemany): median {b:.3f}s")
    print(f"{args.rows} rows  Congress Desk (read_roster + import_roster): median {c:.3f}s")
    print(f"ratio: {c / b:.2f}x (goal <= 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
