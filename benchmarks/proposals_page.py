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
                title=f"第{n + 1}次会议",
                held_on=date(2022, 4, 1) + timedelta(days=300 * n),
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
        session.execute(
            insert(ProposalDepartment),
            [dict(proposal_id=p, department=rng.choice(DEPARTMENTS), lead=True, position=0) for p in pids],
        )
    return ids


def timed(fn, runs=15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _file_one(db, session_id: int, n: int) -> None:
    """A new form as filing stores it (one more row, a higher id): what makes the similarity
    index stale."""
    with db.session() as session, session.begin():
        session.execute(
            insert(Proposal),
            [
                dict(
                    session_id=session_id,
                    number=PER_SESSION + n + 1,
                    kind="general",
                    filed_on=date(2026, 1, 1),
                    title=f"关于改善教工食堂午餐供应的建议{n}",
                    category="生活福利",
                    reasons="食堂排队时间长",
                    suggestions="",
                    status="submitted",
                    late=False,
                    late_exception="",
                    decision_reason="",
                    opinion_department="",
                    excellent=False,
                    created_by="b",
                )
            ],
        )


def measure() -> dict[str, float]:
    """Medians in seconds: list, filters, a warm similarity search, the first search after a
    filing (incremental), and the same with the index built afresh (the old way), and a plain
    SELECT of one session's rows."""
    from PySide6.QtWidgets import QApplication

    from congress_app.gui.models.proposals_table import ProposalFilter, ProposalTableModel
    from congress_app.services import proposal_queries
    from congress_app.services.proposal_queries import list_proposals, similar_proposals

    QApplication.instance() or QApplication([])
    out: dict[str, float] = {}
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

        def plain():
            with db.session() as session:
                session.execute(Proposal.__table__.select().where(Proposal.session_id == sessions[-1])).all()

        def filters():
            proxy.set_criteria(group="registered", department="后勤管理处", words="")
            proxy.set_criteria(group="all", department="", words="停车")
            proxy.set_criteria(group="all", department="", words="")

        def similar():
            with db.session() as session:
                return similar_proposals(session, title="建议学校增设教工停车位", text="停车难")

        out["list"], out["plain"], out["filters"] = timed(load), timed(plain), timed(filters)
        similar()
        out["similar_warm"] = timed(similar, 7)
        filed = iter(range(1000))

        def after_filing(rebuild: bool) -> float:
            times = []
            for _ in range(5):
                _file_one(db, sessions[-1], next(filed))
                if rebuild:
                    proposal_queries._INDEX_CACHE.clear()
                start = time.perf_counter()
                similar()
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        out["after_filing"] = after_filing(False)
        out["rebuilt"] = after_filing(True)
        out["best"] = similar()[0].title if similar() else "—"  # type: ignore[assignment]
        db.close()
    return out


def rows() -> list[tuple[str, str, float, float]]:
    """The rows of ``python -m benchmarks`` (job ``proposals``)."""
    m = measure()
    return [
        ("提案 page: open one session (1,000 of 5,000)", "plain SELECT of the rows", m["plain"], m["list"]),
        ("提案 page: three filter changes", "plain SELECT of the rows", m["plain"], m["filters"]),
        ("similar proposals after a filing (5,000)", "index built afresh", m["rebuilt"], m["after_filing"]),
        ("similar proposals, index warm (5,000)", "index built afresh", m["rebuilt"], m["similar_warm"]),
    ]


def main() -> None:
    m = measure()
    print(f"proposals: {SESSIONS * PER_SESSION} over {SESSIONS} sessions")
    print(
        f"open one session's list (query + model, {PER_SESSION} rows): {m['list'] * 1000:.1f} ms"
        f" (plain SELECT {m['plain'] * 1000:.1f} ms)"
    )
    print(f"three filter changes (status+department, words, none): {m['filters'] * 1000:.1f} ms")
    print(f"similar proposals, index warm: {m['similar_warm'] * 1000:.1f} ms (best: {m['best']})")
    print(
        f"first similar search after a filing: {m['after_filing'] * 1000:.1f} ms"
        f" (index built afresh: {m['rebuilt'] * 1000:.1f} ms)"
    )


if __name__ == "__main__":
    main()
