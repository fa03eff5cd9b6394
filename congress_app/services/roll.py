"""The roll of the delegate body (代表名册) on a date: who the delegates are and their status.

This is the interface the meeting-day, proposal and archive workflows read. The status over
time (R17.1 lapses, R18.1 recalls, away periods) is decided by ``congress_app.rules.status``;
until the delegate-body workflow records those events, every delegate published (R15.1) on or
before the date is active.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.storage.models import Delegate, ElectionUnit, Staff

ACTIVE = "active"
ENDED_STATUSES = ("transferred", "away", "retired", "absent", "recalled")  # R17.1, R18.1


@dataclass(frozen=True)
class RollEntry:
    """One delegate on the roll as of a date (the keys of `congress-app delegates --json`)."""

    delegate_id: int
    staff_id: int
    number: str | None  # 代表编号
    name: str
    staff_no: str
    unit: str
    delegation: str | None  # 代表团 (R32.1), None until delegations are formed
    kind: str  # formal / invited / observer (R20.1)
    status: str  # ACTIVE or one of ENDED_STATUSES
    since: date | None  # the day the current status began
    away_from: date | None  # start of a current absence for study or work (R17.1, R24.1)

    @property
    def active(self) -> bool:
        return self.status == ACTIVE


def roll_on(session: Session, term_id: int, on: date) -> list[RollEntry]:
    """Every delegate of the term whose status had begun by ``on``, in number then name order."""
    rows = session.execute(
        select(Delegate, Staff, ElectionUnit.name)
        .join(Staff, Staff.id == Delegate.staff_id)
        .join(ElectionUnit, ElectionUnit.id == Delegate.unit_id)
        .where(Delegate.term_id == term_id)
    ).all()
    entries = [
        RollEntry(
            delegate_id=delegate.id, staff_id=staff.id, number=delegate.number, name=staff.name,
            staff_no=staff.staff_no, unit=unit_name, delegation=None, kind=delegate.kind,
            status=ACTIVE, since=delegate.effective_from, away_from=None,
        )
        for delegate, staff, unit_name in rows
        if delegate.effective_from is None or delegate.effective_from <= on
    ]
    return sorted(entries, key=lambda e: (e.number is None, e.number or "", e.name))
