"""A term with numbered delegates inserted directly (the roll is read through roll_on), and
helpers for the meeting-day tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from congress_app.rules.seats import FEMALE, MANAGEMENT, ON_DUTY, TEACHING
from congress_app.services.checkin import check_in, load_desk
from congress_app.services.meetings import create_meeting
from congress_app.services.votes import record_vote
from congress_app.storage.models import Delegate, ElectionUnit, Staff, Term

TERM_STARTS = date(2025, 12, 18)
HELD_ON = date(2026, 12, 17)
PUBLISHED_ON = date(2025, 12, 10)


def number_of(index: int) -> str:
    return f"D{index:04d}"


def add_delegates(
    session: Session, *, formal: int, invited: int = 0, observer: int = 0, term_number: int = 9
) -> int:
    """A term, one unit, staff S0001… and delegates D0001… (formal first). Returns term id."""
    with session.begin():
        term = Term(number=term_number, starts_on=TERM_STARTS, years=5)
        unit = ElectionUnit(name=f"测试学院{term_number}")
        session.add_all([term, unit])
        session.flush()
        kinds = ["formal"] * formal + ["invited"] * invited + ["observer"] * observer
        for i, kind in enumerate(kinds, start=1):
            staff = Staff(
                staff_no=f"S{term_number}{i:04d}",
                name=f"代表{i:04d}",
                gender=FEMALE,
                unit_id=unit.id,
                category=TEACHING if i % 3 else MANAGEMENT,
                status=ON_DUTY,
            )
            session.add(staff)
            session.flush()
            session.add(
                Delegate(
                    term_id=term.id,
                    staff_id=staff.id,
                    unit_id=unit.id,
                    kind=kind,
                    number=number_of(i),
                    effective_from=PUBLISHED_ON,
                )
            )
        term_id = term.id
    return term_id


def meeting_with(db, *, formal: int, invited: int = 0, observer: int = 0, held_on=HELD_ON):
    with db.session() as session:
        add_delegates(session, formal=formal, invited=invited, observer=observer)
        return create_meeting(session, held_on=held_on, actor="t", title="测试会议")


def check_in_many(db, session_id: int, numbers: list[int]) -> None:
    with db.session() as session:
        desk = load_desk(session, session_id)
        for i in numbers:
            check_in(session, desk, number_of(i), actor="t")


def approve_method(session: Session, session_id: int, yes: int) -> None:
    """The session approves its voting method (大会表决、选举办法), ``yes`` for, none against."""
    record_vote(
        session, session_id, title="大会表决、选举办法", kind="method", yes=yes, no=0, abstain=0, actor="t"
    )
