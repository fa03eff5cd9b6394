"""Two check-in desks (two processes) check the same 500 delegates in at once: total time,
check-ins stored, lost and doubled (goal: 0 lost, 0 doubled).

    python benchmarks/two_desks.py [--delegates 500] [--pg-url postgresql+psycopg://…/postgres]

Each desk goes through every delegate (one from the first, the other from the last), as two
desks with overlapping queues would; the database decides who was first. SQLite: one file in
WAL mode on this machine; with ``--pg-url`` (an admin URL) also a fresh PostgreSQL database.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from benchmarks.meeting_seed import number_of, seed  # noqa: E402
from congress_app.paths import sqlite_url  # noqa: E402
from congress_app.services.audit import verify_audit_chain  # noqa: E402
from congress_app.services.database import open_database  # noqa: E402
from congress_app.storage.models import Attendance  # noqa: E402


def desk(url: str, session_id: int, delegates: int, reverse: bool, start, results) -> None:
    from congress_app.services.checkin import check_in, load_desk
    from congress_app.services.errors import Conflict

    db = open_database(url, upgrade=False)
    ok = conflicts = failed = 0
    with db.session() as session:
        roll = load_desk(session, session_id)
        start.wait(60)
        began = time.perf_counter()
        order = range(delegates, 0, -1) if reverse else range(1, delegates + 1)
        for i in order:
            try:
                check_in(session, roll, number_of(i), actor="bench")
                ok += 1
            except Conflict:
                conflicts += 1
            except Exception:  # noqa: BLE001 - counted as lost
                failed += 1
        results.put((ok, conflicts, failed, time.perf_counter() - began))
    db.close()


def run(url: str, delegates: int, label: str) -> None:
    db = open_database(url)
    session_id = seed(db, delegates)
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    procs = [
        context.Process(target=desk, args=(url, session_id, delegates, rev, start, results))
        for rev in (False, True)
    ]
    for p in procs:
        p.start()
    time.sleep(2)  # both desks loaded their roll
    began = time.perf_counter()
    start.set()
    reports = [results.get(timeout=600) for _ in procs]
    total = time.perf_counter() - began
    for p in procs:
        p.join()
    with db.session() as session:
        rows = session.scalar(select(func.count()).select_from(Attendance))
        distinct = session.scalar(select(func.count(func.distinct(Attendance.delegate_id))))
        intact = verify_audit_chain(session).intact
    db.close()
    ok = sum(r[0] for r in reports)
    print(
        f"{label}: 2 desks × {delegates}: {total:.2f} s in all "
        f"({', '.join(f'{r[3]:.2f} s' for r in reports)} per desk); stored {rows}, "
        f"distinct {distinct}, first-to-check-in {ok}, refused as already in "
        f"{sum(r[1] for r in reports)}, errors {sum(r[2] for r in reports)}, "
        f"lost {delegates - distinct}, doubled {rows - distinct}, audit chain "
        f"{'intact' if intact else 'BROKEN'}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=500)
    parser.add_argument("--pg-url", default="")
    args = parser.parse_args()
    run(sqlite_url(Path(tempfile.mkdtemp()) / "desks.db"), args.delegates, "SQLite (WAL)")
    if args.pg_url:
        name = f"congress_bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(args.pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            run(
                make_url(args.pg_url).set(database=name).render_as_string(hide_password=False),
                args.delegates,
                "PostgreSQL",
            )
        finally:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
