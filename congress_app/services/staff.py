"""Reading staff for the roster table and the staff detail (with dated history)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from congress_app.services.errors import NotFound
from congress_app.storage.models import ElectionUnit, Staff, StaffEvent


@dataclass(frozen=True, slots=True)
class StaffRow:
    staff_id: int
    staff_no: str
    name: str
    gender: str
    birth_date: date | None
    unit: str
    election_unit: str  # the joint unit where the staff's unit is merged, else the unit
    category: str
    status: str
    status_since: date | None
    post: str
    listed: bool


@dataclass(frozen=True, slots=True)
class StaffHistoryEntry:
    effective_on: date | None  # None: since before the first import
    status: str
    unit: str
    category: str
    post: str
    source: str


@dataclass(frozen=True)
class StaffDetail:
    row: StaffRow
    history: tuple[StaffHistoryEntry, ...]


def list_staff(
    session: Session, *, include_unlisted: bool = True, staff_id: int | None = None
) -> list[StaffRow]:
    """Every member of staff (or one), ordered by 工号; the roster table filters client-side."""
    joint = aliased(ElectionUnit)
    query = (
        select(
            Staff.id,
            Staff.staff_no,
            Staff.name,
            Staff.gender,
            Staff.birth_date,
            ElectionUnit.name,
            joint.name,
            Staff.category,
            Staff.status,
            Staff.status_since,
            Staff.post,
            Staff.listed,
        )
        .join(ElectionUnit, Staff.unit_id == ElectionUnit.id)
        .outerjoin(joint, ElectionUnit.merged_into_id == joint.id)
        .order_by(Staff.staff_no)
    )
    if not include_unlisted:
        query = query.where(Staff.listed.is_(True))
    if staff_id is not None:
        query = query.where(Staff.id == staff_id)
    return [
        StaffRow(
            sid, no, name, gender, birth, unit, joint_name or unit, category, status, since, post, listed
        )
        for (
            sid,
            no,
            name,
            gender,
            birth,
            unit,
            joint_name,
            category,
            status,
            since,
            post,
            listed,
        ) in session.execute(query)
    ]


def staff_detail(session: Session, staff_id: int) -> StaffDetail:
    rows = list_staff(session, staff_id=staff_id)
    if not rows:
        raise NotFound(what="staff", id=staff_id)
    events = session.execute(
        select(
            StaffEvent.effective_on,
            StaffEvent.status,
            ElectionUnit.name,
            StaffEvent.category,
            StaffEvent.post,
            StaffEvent.source,
        )
        .join(ElectionUnit, StaffEvent.unit_id == ElectionUnit.id)
        .where(StaffEvent.staff_id == staff_id)
        .order_by(StaffEvent.effective_on.is_not(None), StaffEvent.effective_on, StaffEvent.id)
    )
    return StaffDetail(rows[0], tuple(StaffHistoryEntry(*e) for e in events))
