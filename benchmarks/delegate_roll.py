"""The roll (代表名册) on a date: 600 delegates over a 5-year term with 3,000 status events.

    python benchmarks/delegate_roll.py [--runs 9]

Builds a fresh SQLite database at the newest schema (600 staff in 12 units, 600 formal
delegates, 3,000 dated events: away/back, unexcused absence/attends again, transfers,
retirements, recalls, confirmed ends; plus 12 delegations), then times ``roll_on`` at dates
spread over the term, and ``records_on`` (R24.1's input) and ``unit_vacancies``. Prints
medians (goal: the roll under 100 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from congress_app.paths import sqlite_url  # noqa: E402
from congress_app.rules.seats import ON_DUTY, TEACHING  # noqa: E402
from congress_app.services.database import open_database  # noqa: E402
from congress_app.services.delegate_status import unit_vacancies  # noqa: E402
from congress_app.services.roll import records_on, roll_on  # noqa: E402
from congress_app.storage.migrate import upgrade_to_head  # noqa: E402
from congress_app.storage.models import (  # noqa: E402
    BodyMember,
    CongressBody,
    Delegate,
    DelegateEvent,
    ElectionUnit,
    Staff,
    StaffEvent,
    Term,
    UnitElection,
)

START = date(2025, 12, 18)
DELEGATES, EVENTS, UNITS = 600, 3000, 12


def build(path: Path, seed: int = 1) -> int:
    upgrade_to_head(sqlite_url(path))
    db = open_database(sqlite_url(path))
    rng = random.Random(seed)
    with db.session() as session:
        session.execute(
            insert(ElectionUnit), [{"id": u + 1, "name": f"单位{u + 1:02d}"} for u in range(UNITS)]
        )
        session.execute(insert(Term), [{"id": 1, "number": 9, "starts_on": START, "years": 5}])
        session.execute(
            insert(UnitElection), [{"term_id": 1, "unit_id": u + 1, "seats": 50} for u in range(UNITS)]
        )
        staff = [
            {
                "id": i + 1,
                "staff_no": f"{100000 + i}",
                "name": f"代表{i:03d}",
                "gender": "男",
                "unit_id": i % UNITS + 1,
                "category": TEACHING,
                "status": ON_DUTY,
            }
            for i in range(DELEGATES)
        ]
        session.execute(insert(Staff), staff)
        session.execute(
            insert(StaffEvent),
            [
                {
                    "staff_id": s["id"],
                    "effective_on": None,
                    "status": ON_DUTY,
                    "unit_id": s["unit_id"],
                    "category": TEACHING,
                }
                for s in staff
            ],
        )
        session.execute(
            insert(Delegate),
            [
                {
                    "id": i + 1,
                    "term_id": 1,
                    "staff_id": i + 1,
                    "unit_id": i % UNITS + 1,
                    "kind": "formal",
                    "number": f"09{i + 1:03d}",
                    "effective_from": START,
                }
                for i in range(DELEGATES)
            ],
        )
        events = [{"delegate_id": i + 1, "occurred_on": START, "kind": "effective"} for i in range(DELEGATES)]
        pairs = (("away_start", "away_end"), ("absence_start", "absence_end"))
        while len(events) < EVENTS:
            d = rng.randrange(DELEGATES) + 1
            day = START + timedelta(days=rng.randrange(5 * 365))
            roll = rng.random()
            if roll < 0.8:
                start, end = pairs[rng.randrange(2)]
                events.append({"delegate_id": d, "occurred_on": day, "kind": start})
                events.append(
                    {
                        "delegate_id": d,
                        "kind": end,
                        "occurred_on": day + timedelta(days=rng.randrange(30, 500)),
                    }
                )
            else:
                kind = rng.choice(("transferred", "retired", "recalled"))
                events.append({"delegate_id": d, "occurred_on": day, "kind": kind})
                events.append({"delegate_id": d, "occurred_on": day, "kind": "ended", "reason": kind})
        session.execute(insert(DelegateEvent), events[:EVENTS])
        session.execute(
            insert(CongressBody),
            [
                {
                    "id": u + 1,
                    "term_id": 1,
                    "kind": "delegation",
                    "name": f"单位{u + 1:02d}代表团",
                    "unit_id": u + 1,
                }
                for u in range(UNITS)
            ],
        )
        session.execute(
            insert(BodyMember),
            [
                {"body_id": i % UNITS + 1, "staff_id": i + 1, "role": "member", "joined_on": START}
                for i in range(DELEGATES)
            ],
        )
        session.commit()
    db.close()
    return len(events[:EVENTS])


CPU: list[float] = []


def timed(fn, runs: int) -> float:
    """Median wall time (ms); the median CPU time of the same runs goes to CPU (on a busy
    machine the wall time includes waiting for a core)."""
    samples, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    CPU.append(statistics.median(cpu))
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        events = build(path)
        db = open_database(sqlite_url(path))
        dates = [START + timedelta(days=k * 365 // 2) for k in range(11)]
        with db.session() as session:
            roll_on(session, 1, dates[0])  # warm the statement cache
            worst = 0.0
            CPU.clear()
            for day in dates:
                ms = timed(lambda day=day: roll_on(session, 1, day), args.runs)
                worst = max(worst, ms)
                statuses = {}
                for e in roll_on(session, 1, day):
                    statuses[e.status] = statuses.get(e.status, 0) + 1
                print(
                    f"roll_on {day}: {ms:6.1f} ms wall, {CPU[-1]:5.1f} ms CPU  "
                    f"{dict(sorted(statuses.items()))}"
                )
            worst_cpu = max(CPU)
            records = timed(lambda: records_on(session, 1, dates[5]), args.runs)
            vacancies = timed(lambda: unit_vacancies(session, 1, dates[5]), args.runs)
        db.close()
    print(
        f"{DELEGATES} delegates, {events} events: roll at any date, worst median {worst:.1f} ms "
        f"wall / {worst_cpu:.1f} ms CPU (goal < 100 ms: {worst / 100:.2f} / {worst_cpu / 100:.2f} "
        f"of budget); records_on {records:.1f} ms; unit_vacancies {vacancies:.1f} ms; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    main()
