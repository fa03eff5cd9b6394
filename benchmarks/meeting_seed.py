"""A database with one term, N numbered formal delegates and a session (for the meeting-day
benchmarks)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert

from congress_app.rules.seats import FEMALE, ON_DUTY, TEACHING
from congress_app.services.database import Database
from congress_app.services.meetings import create_meeting
from congress_app.storage.models import Delegate, ElectionUnit, Staff, Term


def number_of(i: int) -> str:
    return f"D{i:04d}"


def seed(db: Database, delegates: int) -> int:
    """Returns the session id."""
    with db.session() as session:
        with session.begin():
            term = Term(number=9, starts_on=date(2025, 12, 18), years=5)
            unit = ElectionUnit(name="基准学院")
            session.add_all([term, unit])
            session.flush()
            session.execute(
                insert(Staff),
                [
                    dict(
                        staff_no=f"S{i:05d}",
                        name=f"代表{i:04d}",
                        gender=FEMALE,
                        unit_id=unit.id,
                        category=TEACHING,
                        status=ON_DUTY,
                    )
                    for i in range(1, delegates + 1)
                ],
            )
            session.execute(
                insert(Delegate),
                [
                    dict(
                        term_id=term.id,
                        staff_id=i,
                        unit_id=unit.id,
                        kind="formal",
                        number=number_of(i),
                        effective_from=date(2025, 12, 10),
                    )
                    for i in range(1, delegates + 1)
                ],
            )
        return create_meeting(session, held_on=date(2026, 12, 17), actor="bench").session_id
