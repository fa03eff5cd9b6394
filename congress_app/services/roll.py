"""The roll of the delegate body (代表名册) on a date: who the delegates are and their status.

This is the interface the meeting-day, proposal and archive workflows read. The status on a
date is decided by ``congress_app.rules.status.delegate_status_on`` from the delegate's dated
events: transfer, retirement, recall end it on their dates; an absence for study or work, or
unexcused absence from congress activities, that lasts a year ends it on the anniversary
(R17.1, applied automatically whether or not a status review has confirmed it yet).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, overload

from sqlalchemy import ColumnElement, String, or_, select, type_coerce
from sqlalchemy.orm import Session

from congress_app.rules.bodies import DELEGATION
from congress_app.rules.status import (
    ENDED_STATUSES,
    EV_AWAY_END,
    EV_AWAY_START,
    STATUS_ACTIVE,
    DelegateRecord,
    delegate_status_on,
)
from congress_app.services.errors import InvalidInput
from congress_app.storage.models import (
    BodyMember,
    CongressBody,
    Delegate,
    DelegateEvent,
    ElectionUnit,
    Staff,
)

ACTIVE = STATUS_ACTIVE
__all__ = ["ACTIVE", "ENDED_STATUSES", "RollEntry", "RollIndex", "roll_on", "records_on", "delegations_on"]


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
    unit_id: int = 0
    category: str = ""  # invited / observer delegates' category (R20.1)

    @property
    def active(self) -> bool:
        return self.status == ACTIVE


class RollIndex:
    """A roll indexed once for looking delegates up by what an office types or scans: the
    delegate number (代表编号), then the 工号, then a name only one delegate has. Exact keys,
    never a substring. Used by the check-in desk and by proposal filing and import."""

    def __init__(self, entries: Iterable[RollEntry]) -> None:
        self.entries = tuple(entries)
        self.by_number: dict[str, RollEntry] = {}
        self.by_staff_no: dict[str, RollEntry] = {}
        self.by_name: dict[str, list[RollEntry]] = {}
        for entry in self.entries:
            if entry.number:
                self.by_number.setdefault(entry.number, entry)
            if entry.staff_no:
                self.by_staff_no.setdefault(entry.staff_no, entry)
            self.by_name.setdefault(entry.name, []).append(entry)

    def find(self, key: str, *, also: Sequence[str] = ()) -> RollEntry | None:
        """The delegate for ``key`` (or, for numbers only, one of the ``also`` keys, such as
        the tail of a scanned QR payload); ``None`` when nobody matches. A name several
        delegates share raises InvalidInput ``ambiguous_delegate`` with their numbers."""
        text = key.strip()
        for candidate in (text, *(a.strip() for a in also)):
            found = self.by_number.get(candidate) or self.by_staff_no.get(candidate)
            if found is not None:
                return found
        named = self.by_name.get(text, [])
        if len(named) > 1:
            raise InvalidInput(
                "ambiguous_delegate",
                field="key",
                key=text,
                count=len(named),
                numbers="、".join(e.number or e.staff_no for e in named),
            )
        return named[0] if named else None


def _raw_date(column: ColumnElement[Any]) -> ColumnElement[str]:
    """The column without SQLAlchemy's per-row date parsing (a regex on SQLite); the values
    are made dates by :func:`_as_date` (ISO text on SQLite, already dates elsewhere)."""
    return type_coerce(column, String())


@overload
def _as_date(value: None) -> None: ...
@overload
def _as_date(value: date | str) -> date: ...
def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _events(session: Session, term_id: int, on: date) -> dict[int, list[tuple[date, str]]]:
    # Core, not ORM rows: the roll of 600 delegates with 3,000 events stays far under 100 ms
    events: dict[int, list[tuple[date, str]]] = defaultdict(list)
    ev, de = DelegateEvent.__table__.c, Delegate.__table__.c
    rows = session.connection().execute(
        select(ev.delegate_id, _raw_date(ev.occurred_on), ev.kind)
        .join_from(DelegateEvent.__table__, Delegate.__table__, de.id == ev.delegate_id)
        .where(de.term_id == term_id, ev.occurred_on <= on, ev.kind != "effective")
    )
    for delegate_id, occurred_on, kind in rows:
        events[delegate_id].append((_as_date(occurred_on), kind))
    return events


def delegations_on(session: Session, term_id: int, on: date) -> dict[int, str]:
    """staff id -> the delegation (代表团) they belong to on ``on``."""
    bm, cb = BodyMember.__table__.c, CongressBody.__table__.c
    rows = session.connection().execute(
        select(bm.staff_id, cb.name)
        .join_from(BodyMember.__table__, CongressBody.__table__, cb.id == bm.body_id)
        .where(
            cb.term_id == term_id,
            cb.kind == DELEGATION,
            bm.joined_on <= on,
            or_(bm.left_on.is_(None), bm.left_on > on),
        )
    )
    return dict(rows.all())


def roll_on(session: Session, term_id: int, on: date) -> list[RollEntry]:
    """Every delegate of the term whose status had begun by ``on``, in number then name order."""
    de, st, eu = Delegate.__table__.c, Staff.__table__.c, ElectionUnit.__table__.c
    rows = (
        session.connection()
        .execute(
            select(
                de.id,
                de.staff_id,
                de.number,
                st.name,
                st.staff_no,
                eu.name,
                de.kind,
                _raw_date(de.effective_from),
                de.unit_id,
                de.category,
            )
            .join_from(Delegate.__table__, Staff.__table__, st.id == de.staff_id)
            .join(ElectionUnit.__table__, eu.id == de.unit_id)
            .where(de.term_id == term_id)
        )
        .all()
    )
    events = _events(session, term_id, on)
    delegation = delegations_on(session, term_id, on)
    entries = []
    for delegate_id, staff_id, number, name, staff_no, unit, kind, effective_from, unit_id, category in rows:
        status = delegate_status_on(_as_date(effective_from), events.get(delegate_id, ()), on)
        if status is None:
            continue
        entries.append(
            RollEntry(
                delegate_id=delegate_id,
                staff_id=staff_id,
                number=number,
                name=name,
                staff_no=staff_no,
                unit=unit,
                delegation=delegation.get(staff_id),
                kind=kind,
                status=status.status,
                since=status.since,
                away_from=status.away_from,
                unit_id=unit_id,
                category=category,
            )
        )
    return sorted(entries, key=lambda e: (e.number is None, e.number or "", e.name))


def records_on(session: Session, term_id: int, on: date) -> list[DelegateRecord]:
    """The roll as R24.1's input (``rules.status.expected_delegates``): key = delegate id;
    ``ended_on`` where the status has ended by ``on``; the away periods begun by ``on``."""
    events = _events(session, term_id, on)
    starts = dict(
        session.execute(select(Delegate.id, Delegate.effective_from).where(Delegate.term_id == term_id)).all()
    )
    records = []
    for entry in roll_on(session, term_id, on):
        mine = sorted(events.get(entry.delegate_id, ()))
        periods: list[tuple[date, date | None]] = []
        for day, kind in mine:
            if kind == EV_AWAY_START and (not periods or periods[-1][1] is not None):
                periods.append((day, None))
            elif kind == EV_AWAY_END and periods and periods[-1][1] is None:
                periods[-1] = (periods[-1][0], day)
        records.append(
            DelegateRecord(
                key=str(entry.delegate_id),
                kind=entry.kind,
                effective_from=starts[entry.delegate_id],
                ended_on=None if entry.active else entry.since,
                away_periods=tuple(periods),
            )
        )
    return records
