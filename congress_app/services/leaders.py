"""The school's main leaders (R13.6): the exact titles that count for each role, and who
holds each role from a date (a person, or vacant) — recorded, dated, audited.

Where nothing is recorded for a role, its holder is read from the roster on the date: the
on-duty, listed staff whose post is one of the role's titles, WHOLE (rules.leaders) — a
副校长 never holds 校长. Nobody found is "unknown", which the credentials check fails.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from congress_app.rules.leaders import (
    ROLE_CODES,
    ROLES_BY_CODE,
    normalise_title,
    require_role,
    roles_of_post,
)
from congress_app.rules.seats import LEADER_ROLES, is_on_duty
from congress_app.services.audit import append_audit
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import LeaderHolder, LeaderTitle, Staff

SOURCE_RECORDED = "recorded"  # the office recorded the holder (or the vacancy)
SOURCE_ROSTER = "roster"  # found on the roster by whole title
SOURCE_UNKNOWN = "unknown"  # neither: the check fails
MAX_TITLE = 100


@dataclass(frozen=True)
class LeaderHolding:
    """Who holds ``role`` on a date. ``staff_id`` None with ``vacant`` true: recorded as
    vacant; with ``vacant`` false: nobody known (``source`` "unknown")."""

    role: str
    staff_id: int | None
    name: str
    post: str
    unit_id: int | None
    vacant: bool
    source: str
    since: date | None = None
    note: str = ""


def _check_role(role: str) -> None:
    try:
        require_role(role)
    except ValueError:
        raise InvalidInput("unknown_role", field="role", value=role) from None


def leader_titles(session: Session) -> dict[str, tuple[str, ...]]:
    """Each role's configured titles (empty: the role's own name applies)."""
    out: dict[str, list[str]] = {role: [] for role in LEADER_ROLES}
    for code, title in session.execute(select(LeaderTitle.role, LeaderTitle.title).order_by(LeaderTitle.id)):
        if code in ROLES_BY_CODE:
            out[ROLES_BY_CODE[code]].append(title)
    return {role: tuple(titles) for role, titles in out.items()}


def set_leader_titles(session: Session, role: str, titles: list[str], *, actor: str) -> tuple[str, ...]:
    """Replace the exact titles that count as ``role`` (R13.6); recorded in the audit log."""
    _check_role(role)
    clean: list[str] = []
    for title in titles:
        text = normalise_title(title)
        if len(text) > MAX_TITLE:
            raise InvalidInput("value_too_long", field="title", value=text[:20] + "…", limit=MAX_TITLE)
        if text and text not in clean:
            clean.append(text)
    with unit_of_work(session):
        code = ROLE_CODES[role]
        session.execute(delete(LeaderTitle).where(LeaderTitle.role == code))
        session.add_all(LeaderTitle(role=code, title=t, recorded_by=actor) for t in clean)
        append_audit(
            session,
            actor=actor,
            action="leaders.titles",
            entity="leader_title",
            entity_id=code,
            data={"role": role, "titles": clean},
        )
    return tuple(clean)


def record_leader(
    session: Session, role: str, staff_id: int | None, *, since: date, actor: str, note: str = ""
) -> None:
    """Record that from ``since`` ``staff_id`` holds ``role`` — or, with None, that the post
    is vacant (R13.6: recorded, dated; vacancies too)."""
    _check_role(role)
    if len(note) > 500:
        raise InvalidInput("value_too_long", field="note", value=note[:20] + "…", limit=500)
    with unit_of_work(session):
        if staff_id is not None and session.get(Staff, staff_id) is None:
            raise NotFound(what="staff", id=staff_id)
        session.add(
            LeaderHolder(
                role=ROLE_CODES[role], staff_id=staff_id, since=since, note=note.strip(), recorded_by=actor
            )
        )
        append_audit(
            session,
            actor=actor,
            action="leaders.holder",
            entity="leader_holder",
            entity_id=ROLE_CODES[role],
            data={"role": role, "staff": staff_id, "since": since, "note": note.strip()},
        )


def resolve_holders(
    session: Session, on: date, states: Mapping[int, tuple[str, int, str, str]], listed: Mapping[int, bool]
) -> dict[str, LeaderHolding]:
    """Each role's holder on ``on``: the latest record dated on or before it, else the roster
    by whole title (states: staff id -> (status, unit id, category, post) on the date)."""
    out: dict[str, LeaderHolding] = {}
    records = session.scalars(
        select(LeaderHolder).where(LeaderHolder.since <= on).order_by(LeaderHolder.since, LeaderHolder.id)
    ).all()
    latest = {ROLES_BY_CODE[r.role]: r for r in records if r.role in ROLES_BY_CODE}
    titles = leader_titles(session)
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    found: dict[str, list[int]] = {role: [] for role in LEADER_ROLES}
    for staff_id in sorted(states):
        status, _unit, _category, post = states[staff_id]
        if not is_on_duty(status) or not listed.get(staff_id, False):
            continue
        for role in roles_of_post(post, titles):
            found[role].append(staff_id)
    for role in LEADER_ROLES:
        record = latest.get(role)
        if record is not None:
            sid = record.staff_id
            state = states.get(sid) if sid is not None else None
            out[role] = LeaderHolding(
                role,
                sid,
                names.get(sid, "") if sid else "",
                state[3] if state else "",
                state[1] if state else None,
                sid is None,
                SOURCE_RECORDED,
                record.since,
                record.note,
            )
        elif found[role]:
            sid = found[role][0]
            out[role] = LeaderHolding(
                role, sid, names.get(sid, ""), states[sid][3], states[sid][1], False, SOURCE_ROSTER
            )
        else:
            out[role] = LeaderHolding(role, None, "", "", None, False, SOURCE_UNKNOWN)
    return out


def leader_holders_on(session: Session, on: date) -> dict[str, LeaderHolding]:
    """R13.6: who holds each role on ``on`` (recorded, else found on the roster)."""
    from congress_app.services.units import listed_on, staff_states_on

    return resolve_holders(session, on, staff_states_on(session, on), listed_on(session, on))


def record_leader_by_number(
    session: Session, role: str, staff_no: str | None, *, since: date, actor: str, note: str = ""
) -> None:
    """:func:`record_leader` by 工号 (empty: the post is vacant), for the settings page."""
    staff_id = None
    if staff_no and staff_no.strip():
        staff_id = session.scalar(select(Staff.id).where(Staff.staff_no == staff_no.strip()))
        if staff_id is None:
            raise NotFound(what="staff_no", id=staff_no.strip())
    record_leader(session, role, staff_id, since=since, actor=actor, note=note)
