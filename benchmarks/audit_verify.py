"""`audit verify` on the demo database, and on the demo with a long audit chain added.

    python benchmarks/audit_verify.py [--runs 5] [--entries 100000]

Times verify_records (the hash chain entry by entry plus every sealed record recomputed from
the tables) against simply reading every audit row, and prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from congress_app.paths import sqlite_url
from congress_app.services.audit import entry_hash
from congress_app.services.database import open_database
from congress_app.services.demo import load_demo
from congress_app.services.verification import verify_records
from congress_app.storage.base import utcnow
from congress_app.storage.models import AuditEntry


def _median(runs: int, job) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _measure(db, runs: int, label: str) -> None:
    def verify():
        with db.session() as session:
            report = verify_records(session)
        assert report.ok, report.problems[:3]

    def read():
        with db.session() as session:
            session.execute(select(AuditEntry)).all()

    with db.session() as session:
        entries = session.query(AuditEntry).count()
    v, r = _median(runs, verify), _median(runs, read)
    print(
        f"{label}: {entries} audit entries — verify {v * 1000:.0f} ms, read rows {r * 1000:.0f} ms, "
        f"ratio {v / r:.1f}×, {entries / v:,.0f} entries/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url(Path(folder) / "demo.db"))
        load_demo(db)
        _measure(db, args.runs, "demo")
        with db.session() as session, session.begin():  # a valid chain, inserted in bulk
            prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
            rows = []
            for k in range(args.entries):
                at, payload = utcnow(), f'{{"k":{k}}}'
                digest = entry_hash(prev, at, "bench", "bench.entry", "bench", str(k), payload)
                rows.append(
                    {
                        "at": at,
                        "actor": "bench",
                        "action": "bench.entry",
                        "entity": "bench",
                        "entity_id": str(k),
                        "payload": payload,
                        "prev_hash": prev,
                        "hash": digest,
                    }
                )
                prev = digest
            session.execute(insert(AuditEntry), rows)
        _measure(db, args.runs, f"demo + {args.entries} entries")
        db.close()


if __name__ == "__main__":
    main()
