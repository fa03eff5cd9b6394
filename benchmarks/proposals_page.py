"""Proposals at scale: 5,000 proposals over five sessions. Times, on the GUI thread, opening the
提案 page's list of one session (query + model), filtering it (status, department, words), and
finding similar proposals for a new title over all 5,000 (goal: list and filter under 100 ms,
similarity under 200 ms).

    QT_QPA_PLATFORM=offscreen python benchmarks/proposals_page.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from congress_app.paths import sqlite_url  # noqa: E402
from congress_app.services.database import open_database  # noqa: E402
from congress_app.services.demo_proposals import TOPICS  # noqa: E402
from congress_app.storage.migrate import upgrade_to_head  # noqa: E402
from congress_app.storage.models import (  # noqa: E402
    CongressSession,
    Proposal,
    ProposalDepartment,
    Term,
)

SESSIONS, PER_SESSION = 5, 1000
STATES = ("submitted", "registered", "merged", "opinion", "dmc_passed", "assigned", "answered", "closed")
DEPARTMENTS = ("教务处", "人事处", "财务处", "后勤管理处", "科研处", "基建处", "保卫处", "图书馆")


def seed(db) -> list[int]:
    rng = random.Random(7)
    titles = [t for ts in TOPICS.values() for t in ts]
    with db.session() as session, session.begin():
        term = Term(number=9, starts_on=date(2022, 1, 1), years=5)
        session.add(term)
        session.flush()
        ids = []
        for n in range(SESSIONS):
            record = CongressSession(
                term_id=term.id,
                number=n + 1,
                held_on=date(2022, 4, 1) + timedelta(days=300 * n),
                title=f"第{n + 1}次会议",
            )
            session.add(record)
            session.flush()
            ids.append(record.id)
            rows = [
                dict(
                    session_id=record.id,
                    number=i + 1,
                    kind="general",
                    filed_on=record.held_on,
                    title=rng.choice(titles).replace("建议", rng.choice(("建议", "提案", "意见"))) + str(i),
                    category=rng.choice(list(TOPICS)),
                    reasons="近年来" + rng.choice(titles) * 3,
                    suggestions="",
                    status=rng.choice(STATES),
                    late=False,
                    late_exception="",
                    decision_reason="",
                    opinion_department="",
                    excellent=False,
                    created_by="b",
                    due_on=record.held_on + timedelta(days=90),
                )
                for i in range(PER_SESSION)
            ]
            session.execute(insert(Proposal), rows)
        pids = [p for (p,) in session.execute(Proposal.__table__.select().with_only_columns(Proposal.id))]
        session.execute(insert(ProposalDepartment), [dict(proposal_id=p, department=rng.choice(DEPARTMENTS),
                                                          lead=True, position=0) for p in pids])
    return ids


def timed(fn, runs=15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from congress_app.gui.models.proposals_table import ProposalFilter, ProposalTableModel
    from congress_app.services.proposal_queries import list_proposals, similar_proposals

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp) / "p.db")
        upgrade_to_head(url)
        db = open_database(url)
        sessions = seed(db)
        model, proxy = ProposalTableModel(), ProposalFilter()
        proxy.setSourceModel(model)

        def load():
            with db.session() as session:
                model.set_rows(list_proposals(session, sessions[-1]))

        def filters():
            proxy.set_criteria(group="registered", department="后勤管理处", words="")
            proxy.set_criteria(group="all", department="", words="停车")
            proxy.set_criteria(group="all", department="", words="")

        def similar():
            with db.session() as session:
                return similar_proposals(session, title="建议学校增设教工停车位", text="停车难")

        print(f"proposals: {SESSIONS * PER_SESSION} over {SESSIONS} sessions")
        print(f"open one session's list (query + model, {PER_SESSION} rows): {timed(load) * 1000:.1f} ms")
        print(f"three filter changes (status+department, words, none): {timed(filters) * 1000:.1f} ms")
        print(f"similar proposals over all {SESSIONS * PER_SESSION}: {timed(similar, 7) * 1000:.1f} ms"
              f" (best: {similar()[0].title if similar() else '—'})")
        db.close()


if __name__ == "__main__":
    main()
