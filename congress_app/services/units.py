"""Election units: list, rename, merge into a joint unit (联合选举单位), and count the
on-duty staff of each as of a reference date (R13.1), with the shares R13.5 needs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.roster_file.columns import UNIT_LENGTH
from congress_app.rules.seats import (
    DEFAULT_YOUTH_AGE_LIMIT,
    LEADER_ROLES,
    is_on_duty,
    is_teaching,
    is_woman,
    is_youth,
)
from congress_app.rules.standing import Standing
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import ElectionUnit, Staff, StaffEvent


@dataclass(frozen=True)
class UnitCount:
    """One election unit's on-duty staff on the reference date (joint units add up members)."""

    unit_id: int
    name: str
    members: tuple[str, ...]  # for a joint unit, the merged units' names
    on_duty: int
    teaching: int
    women: int
    youth: int
    leaders: tuple[str, ...]  # R13.6 roles whose holder stands in the unit


@dataclass(frozen=True)
class UnitInfo:
    unit_id: int
    name: str
    is_joint: bool
    merged_into: str | None
    staff_listed: int


def list_units(session: Session) -> list[UnitInfo]:
    """Every unit in the one order (services/unit_order.py: the school's choice, else strokes)."""
    from congress_app.services.unit_order import unit_ranks

    ranks = unit_ranks(session)
    units = sorted(session.scalars(select(ElectionUnit)).all(), key=lambda u: ranks[u.id])
    by_id = {u.id: u for u in units}
    listed: dict[int, int] = defaultdict(int)
    for unit_id in session.scalars(select(Staff.unit_id).where(Staff.listed.is_(True))):
        listed[unit_id] += 1
    return [
        UnitInfo(
            u.id, u.name, u.is_joint, by_id[u.merged_into_id].name if u.merged_into_id else None, listed[u.id]
        )
        for u in units
    ]


def effective_units(session: Session) -> dict[int, ElectionUnit]:
    """Map every unit id to the unit its staff elect in (itself, or its joint unit)."""
    units = {u.id: u for u in session.scalars(select(ElectionUnit))}
    return {uid: units[u.merged_into_id] if u.merged_into_id else u for uid, u in units.items()}


def staff_states_on(session: Session, ref: date) -> dict[int, tuple[str, int, str, str]]:
    """staff id -> (status, unit id, category, post) on ``ref`` from the event history."""
    state: dict[int, tuple[str, int, str, str]] = {}
    rows = session.execute(
        select(
            StaffEvent.staff_id,
            StaffEvent.effective_on,
            StaffEvent.status,
            StaffEvent.unit_id,
            StaffEvent.category,
            StaffEvent.post,
        ).order_by(
            StaffEvent.staff_id, StaffEvent.effective_on.is_not(None), StaffEvent.effective_on, StaffEvent.id
        )
    )
    for staff_id, on, status, unit_id, category, post in rows:
        if on is None or on <= ref:
            state[staff_id] = (status, unit_id, category, post)
        elif staff_id not in state:
            # the earliest record is later than ref: this person was not yet on staff
            continue
    return state


def listed_on(session: Session, ref: date) -> dict[int, bool]:
    """staff id -> still on the roster on ``ref`` (not dropped by a re-import by then)."""
    return {
        sid: unlisted is None or unlisted > ref
        for sid, unlisted in session.execute(select(Staff.id, Staff.unlisted_on))
    }


def standings_on(session: Session, ref: date) -> dict[int, Standing]:
    """R12.1/R15.1/R17.1 input: every person's roster facts on ``ref`` — status, listed, the
    election unit they stand in (a joint unit for merged units) and since when the status
    holds (the first dated event of the current run of that status)."""
    target = effective_units(session)
    listed = listed_on(session, ref)
    current = dict(session.execute(select(Staff.id, Staff.status_since)).all())
    out: dict[int, Standing] = {}
    runs: dict[int, tuple[str, int, date | None]] = {}
    rows = session.execute(
        select(StaffEvent.staff_id, StaffEvent.effective_on, StaffEvent.status, StaffEvent.unit_id).order_by(
            StaffEvent.staff_id, StaffEvent.effective_on.is_not(None), StaffEvent.effective_on, StaffEvent.id
        )
    )
    for staff_id, on, status, unit_id in rows:
        if on is not None and on > ref:
            continue
        previous = runs.get(staff_id)
        since = previous[2] if previous and previous[0] == status else on
        runs[staff_id] = (status, unit_id, since)
    for staff_id, (status, unit_id, since) in runs.items():
        out[staff_id] = Standing(
            status, listed.get(staff_id, False), target[unit_id].id, since or current.get(staff_id)
        )
    return out


def unit_counts(
    session: Session, ref: date, youth_age_limit: int = DEFAULT_YOUTH_AGE_LIMIT
) -> list[UnitCount]:
    """R13.1/R13.5: on-duty, teaching, women and youth per election unit on ``ref``."""
    from congress_app.services.leaders import resolve_holders

    state = staff_states_on(session, ref)
    target = effective_units(session)
    holders = resolve_holders(session, ref, state, listed_on(session, ref))
    people = session.execute(select(Staff.id, Staff.gender, Staff.birth_date, Staff.unlisted_on))
    tallies: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    leaders: dict[int, set[str]] = defaultdict(set)
    for staff_id, gender, birth, unlisted_on in people:
        if staff_id not in state or (unlisted_on is not None and unlisted_on <= ref):
            continue
        status, unit_id, category, post = state[staff_id]
        if not is_on_duty(status):
            continue
        unit = target[unit_id]
        tally = tallies[unit.id]
        tally[0] += 1
        tally[1] += is_teaching(category)
        tally[2] += is_woman(gender)
        tally[3] += birth is not None and is_youth(birth, ref, youth_age_limit)
    for role, holding in holders.items():  # R13.6: the unit where each role's holder stands
        if holding.staff_id is not None and holding.staff_id in state:
            leaders[target[state[holding.staff_id][1]].id].add(role)
    from congress_app.services.unit_order import unit_ranks

    ranks = unit_ranks(session)
    members: dict[int, list[str]] = defaultdict(list)
    for uid, unit in sorted(target.items(), key=lambda kv: ranks[kv[0]]):
        if uid != unit.id:
            members[unit.id].append(session.get_one(ElectionUnit, uid).name)
    result = []
    for unit in {u.id: u for u in target.values()}.values():
        on_duty, teaching, women, youth = tallies[unit.id]
        result.append(
            UnitCount(
                unit.id,
                unit.name,
                tuple(members[unit.id]),
                on_duty,
                teaching,
                women,
                youth,
                tuple(r for r in LEADER_ROLES if r in leaders[unit.id]),
            )
        )
    return sorted((c for c in result if c.on_duty > 0 or c.members), key=lambda c: ranks[c.unit_id])


def _require_length(name: str, field: str) -> None:
    """The same limit on SQLite (which ignores VARCHAR lengths) as on PostgreSQL."""
    if len(name) > UNIT_LENGTH:
        raise InvalidInput("too_long", field=field, length=len(name), limit=UNIT_LENGTH)


def rename_unit(session: Session, unit_id: int, new_name: str, *, actor: str) -> None:
    name = new_name.strip()
    if not name:
        raise InvalidInput("missing_value", field="unit_name")
    _require_length(name, "unit_name")
    with unit_of_work(session):
        unit = session.get(ElectionUnit, unit_id)
        if unit is None:
            raise NotFound(what="election_unit", id=unit_id)
        if session.scalar(
            select(ElectionUnit.id).where(ElectionUnit.name == name, ElectionUnit.id != unit_id)
        ):
            raise Conflict("unit_name_taken", name=name)
        old, unit.name = unit.name, name
        append_audit(
            session,
            actor=actor,
            action="unit.rename",
            entity="election_unit",
            entity_id=unit_id,
            data={"from": old, "to": name},
        )


def merge_units(session: Session, unit_ids: list[int], joint_name: str, *, actor: str) -> int:
    """Merge small units into a joint election unit; returns the joint unit's id."""
    name = joint_name.strip()
    if not name:
        raise InvalidInput("missing_value", field="joint_unit_name")
    _require_length(name, "joint_unit_name")
    if len(set(unit_ids)) < 2:
        raise InvalidInput("merge_needs_two_units", count=len(set(unit_ids)))
    with unit_of_work(session):
        found = [session.get(ElectionUnit, uid) for uid in set(unit_ids)]
        units = [u for u in found if u is not None]
        if len(units) < len(found):
            raise NotFound(what="election_units")
        for unit in units:
            if unit.is_joint or unit.merged_into_id is not None:
                raise Conflict("unit_already_merged", name=unit.name)
        if session.scalar(select(ElectionUnit.id).where(ElectionUnit.name == name)):
            raise Conflict("unit_name_taken", name=name)
        chosen = [u.position for u in units if u.position is not None]
        # the joint unit takes the first chosen place of its parts (none chosen: stroke order)
        joint = ElectionUnit(name=name, is_joint=True, position=min(chosen) if chosen else None)
        session.add(joint)
        session.flush()
        for unit in units:
            unit.merged_into_id = joint.id
        append_audit(
            session,
            actor=actor,
            action="unit.merge",
            entity="election_unit",
            entity_id=joint.id,
            data={"name": name, "members": sorted(u.name for u in units)},
        )
        return joint.id


def split_joint_unit(session: Session, joint_id: int, *, actor: str) -> None:
    """Undo a merge: the member units elect on their own again."""
    with unit_of_work(session):
        joint = session.get(ElectionUnit, joint_id)
        if joint is None or not joint.is_joint:
            raise NotFound(what="joint_unit", id=joint_id)
        members = session.scalars(select(ElectionUnit).where(ElectionUnit.merged_into_id == joint_id)).all()
        for unit in members:
            unit.merged_into_id = None
            if unit.position is None:  # the parts take the joint unit's place in the order
                unit.position = joint.position
        append_audit(
            session,
            actor=actor,
            action="unit.split",
            entity="election_unit",
            entity_id=joint_id,
            data={"name": joint.name, "members": sorted(u.name for u in members)},
        )
        session.delete(joint)
