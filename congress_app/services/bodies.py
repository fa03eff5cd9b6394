"""Bodies of the congress (第二十六–三十四条): presidium, DMC, special committees and
delegations; dated membership (history kept) and each body's checks with their articles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.rules.bodies import (
    BODY_KINDS,
    COMMITTEE,
    DELEGATION,
    DMC,
    MEMBER_ROLES,
    PRESIDIUM,
    ROLE_DEPUTY,
    ROLE_HEAD,
    ROLE_MEMBER,
    BodyCheck,
    body_checks,
    check_committee,
    check_delegation,
    check_delegation_heads_elected,
    check_dmc,
    check_presidium,
    check_presidium_election,
    leader_role,
)
from congress_app.rules.seats import PARTY_SECRETARY, UNION_CHAIR, is_teaching
from congress_app.rules.status import FORMAL
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.roll import roll_on
from congress_app.services.transaction import unit_of_work
from congress_app.services.unit_order import unit_ranks
from congress_app.services.units import staff_states_on
from congress_app.storage.models import BodyMember, CongressBody, Delegate, ElectionUnit, Staff, Term
from congress_app.wording.delegates import DELEGATION_NAME


@dataclass(frozen=True)
class MemberView:
    member_id: int
    staff_id: int
    name: str
    staff_no: str
    role: str
    joined_on: date
    left_on: date | None
    approved_on: date | None
    is_delegate: bool  # a formal delegate active on the view's date
    post: str

    def current(self, on: date) -> bool:
        return self.joined_on <= on and (self.left_on is None or on < self.left_on)


@dataclass(frozen=True)
class BodyView:
    body_id: int
    kind: str
    name: str
    unit: str | None
    elected_on: date | None
    members: tuple[MemberView, ...]  # all memberships, past ones too (history)
    checks: tuple[BodyCheck, ...]  # as of the view's date

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks if c.strength == "must")


def _body(session: Session, body_id: int) -> CongressBody:
    body = session.get(CongressBody, body_id)
    if body is None:
        raise NotFound(what="body", id=body_id)
    return body


def create_body(
    session: Session,
    term_id: int,
    kind: str,
    name: str,
    *,
    actor: str,
    unit_id: int | None = None,
    elected_on: date | None = None,
) -> int:
    if kind not in BODY_KINDS:
        raise InvalidInput("unknown_body_kind", field="kind", value=kind)
    if not name.strip():
        raise InvalidInput("missing_value", field="name")
    if kind == DELEGATION and unit_id is None:
        raise InvalidInput("delegation_needs_unit", field="unit", rule="R32.1")
    with unit_of_work(session):
        if session.get(Term, term_id) is None:
            raise NotFound(what="term", id=term_id)
        if kind in (PRESIDIUM, DMC) and session.scalar(
            select(CongressBody.id).where(CongressBody.term_id == term_id, CongressBody.kind == kind)
        ):
            raise Conflict("body_exists", name=name.strip())
        body = CongressBody(
            term_id=term_id, kind=kind, name=name.strip(), unit_id=unit_id, elected_on=elected_on
        )
        session.add(body)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="body.create",
            entity="congress_body",
            entity_id=body.id,
            data={"kind": kind, "name": name.strip(), "elected_on": elected_on},
        )
        return body.id


def record_body_election(session: Session, body_id: int, elected_on: date, *, actor: str) -> None:
    """R26.2 / R32.1 / R34.1: the dated election of the body (or of its heads)."""
    with unit_of_work(session):
        body = _body(session, body_id)
        body.elected_on = elected_on
        append_audit(
            session,
            actor=actor,
            action="body.elected",
            entity="congress_body",
            entity_id=body_id,
            data={"elected_on": elected_on},
        )


def add_member(
    session: Session,
    body_id: int,
    staff_id: int,
    *,
    role: str = ROLE_MEMBER,
    joined_on: date,
    actor: str,
    approved_on: date | None = None,
) -> int:
    """Add a member. A delegation holds formal delegates only (R32.1): anyone else is refused.
    A special committee may hold a non-delegate, flagged until the congress approves them
    (R30.1, R30.2)."""
    if role not in MEMBER_ROLES:
        raise InvalidInput("unknown_role", field="role", value=role)
    with unit_of_work(session):
        body = _body(session, body_id)
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(what="staff", id=staff_id)
        if any(m.staff_id == staff_id and (m.left_on is None or m.left_on > joined_on) for m in body.members):
            raise Conflict("already_member", name=staff.name, body=body.name)
        if body.kind == DELEGATION:
            roll = {e.staff_id: e for e in roll_on(session, body.term_id, joined_on)}
            entry = roll.get(staff_id)
            if entry is None or entry.kind != FORMAL or not entry.active:
                raise InvalidInput(
                    "member_not_delegate", field="staff", name=staff.name, body=body.name, rule="R32.1"
                )
        member = BodyMember(staff_id=staff_id, role=role, joined_on=joined_on, approved_on=approved_on)
        body.members.append(member)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="body.member.add",
            entity="congress_body",
            entity_id=body_id,
            data={"staff": staff.name, "role": role, "joined_on": joined_on, "approved_on": approved_on},
        )
        return member.id


def end_membership(session: Session, member_id: int, left_on: date, *, actor: str) -> None:
    with unit_of_work(session):
        member = session.get(BodyMember, member_id)
        if member is None:
            raise NotFound(what="body_member", id=member_id)
        if left_on < member.joined_on:
            raise InvalidInput(
                "period_ends_before_start",
                field="left_on",
                name=session.get_one(Staff, member.staff_id).name,
                start=member.joined_on,
                end=left_on,
                rule="R26.1",
            )
        member.left_on = left_on
        append_audit(
            session,
            actor=actor,
            action="body.member.end",
            entity="congress_body",
            entity_id=member.body_id,
            data={"member": member_id, "left_on": left_on},
        )


def form_delegations(session: Session, term_id: int, on: date, *, actor: str) -> int:
    """R32.1: one delegation per election unit, holding its active formal delegates on ``on``
    (units that have one already are left alone). Heads are elected by each delegation later."""
    roll = [e for e in roll_on(session, term_id, on) if e.kind == FORMAL and e.active]
    with unit_of_work(session):
        have = set(
            session.scalars(
                select(CongressBody.unit_id).where(
                    CongressBody.term_id == term_id, CongressBody.kind == DELEGATION
                )
            )
        )
        created = 0
        for unit_id in sorted({e.unit_id for e in roll} - have):
            unit = session.get_one(ElectionUnit, unit_id)
            body = CongressBody(
                term_id=term_id, kind=DELEGATION, name=DELEGATION_NAME.format(unit=unit.name), unit_id=unit_id
            )
            body.members = [
                BodyMember(staff_id=e.staff_id, role=ROLE_MEMBER, joined_on=on)
                for e in roll
                if e.unit_id == unit_id
            ]
            session.add(body)
            created += 1
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="body.delegations",
            entity="term",
            entity_id=term_id,
            data={"created": created, "on": on},
        )
    return created


def _checks(
    body: CongressBody,
    members: list[MemberView],
    on: date,
    states: dict[int, tuple[str, int, str, str]],
    delegates: int,
    unit_of: dict[int, str],
    unit_name: str | None,
) -> tuple[BodyCheck, ...]:
    current = [m for m in members if m.current(on)]
    if body.kind == PRESIDIUM:
        teachers = sum(is_teaching(states[m.staff_id][2]) if m.staff_id in states else False for m in current)
        roles = {r for m in current if (r := leader_role(m.post)) is not None}
        findings = check_presidium(members=len(current), teachers=teachers, leader_roles_present=roles)
        findings += check_presidium_election(body.elected_on)
    elif body.kind == DMC:
        findings = check_dmc(
            delegates=delegates,
            members=len(current),
            delegate_members=sum(m.is_delegate for m in current),
            director_is_party_leader=any(
                m.role == ROLE_HEAD and leader_role(m.post) == PARTY_SECRETARY for m in current
            ),
            deputy_is_union_chair=any(
                m.role == ROLE_DEPUTY and leader_role(m.post) == UNION_CHAIR for m in current
            ),
        )
    elif body.kind == COMMITTEE:
        findings = check_committee(
            {f"{m.name}（{m.staff_no}）": (m.is_delegate, m.approved_on) for m in current}
        )
    else:
        key = {m.staff_id: f"{m.name}（{m.staff_no}）" for m in current}
        head = next((key[m.staff_id] for m in current if m.role == ROLE_HEAD), None)
        deputies = [key[m.staff_id] for m in current if m.role == ROLE_DEPUTY]
        findings = check_delegation(
            department=unit_name or "",
            member_departments={key[m.staff_id]: unit_of.get(m.staff_id, "") for m in current},
            head=head,
            deputy_heads=deputies,
        )
        findings += check_delegation_heads_elected(head is not None or bool(deputies), body.elected_on)
    return body_checks(body.kind, findings)


def body_views(session: Session, term_id: int, on: date) -> list[BodyView]:
    """Every body of the term with its members (history) and its checks as of ``on``."""
    roll = roll_on(session, term_id, on)
    formal_active = {e.staff_id for e in roll if e.kind == FORMAL and e.active}
    unit_of = {e.staff_id: e.unit for e in roll}
    states = staff_states_on(session, on)
    units = dict(session.execute(select(ElectionUnit.id, ElectionUnit.name)).all())
    order = {k: i for i, k in enumerate(BODY_KINDS)}
    views = []
    bodies = session.scalars(select(CongressBody).where(CongressBody.term_id == term_id)).all()
    ranks = unit_ranks(session)  # delegations in the one order of units (issue 15)
    for body in sorted(
        bodies,
        key=lambda b: (order[b.kind], -1 if b.unit_id is None else ranks.get(b.unit_id, len(ranks)), b.name),
    ):
        members = []
        for m in body.members:
            staff = session.get_one(Staff, m.staff_id)
            post = states[m.staff_id][3] if m.staff_id in states else staff.post
            members.append(
                MemberView(
                    m.id,
                    m.staff_id,
                    staff.name,
                    staff.staff_no,
                    m.role,
                    m.joined_on,
                    m.left_on,
                    m.approved_on,
                    m.staff_id in formal_active,
                    post,
                )
            )
        unit = units.get(body.unit_id) if body.unit_id else None
        views.append(
            BodyView(
                body.id,
                body.kind,
                body.name,
                unit,
                body.elected_on,
                tuple(members),
                _checks(body, members, on, states, len(formal_active), unit_of, unit),
            )
        )
    return views


def people_choices(session: Session, term_id: int, on: date, *, who: str = "all") -> list[tuple[int, str]]:
    """(staff id, "姓名（工号）") to pick from: ``who`` = "all" staff listed on the roster,
    "delegates" (formal delegates active on ``on``), or "not_delegates" (no delegate of the
    term at all — for invited and observer delegates)."""
    if who == "delegates":
        return [
            (e.staff_id, f"{e.name}（{e.staff_no}）")
            for e in roll_on(session, term_id, on)
            if e.kind == FORMAL and e.active
        ]
    taken = (
        set(session.scalars(select(Delegate.staff_id).where(Delegate.term_id == term_id)))
        if who == "not_delegates"
        else set()
    )
    rows = session.execute(
        select(Staff.id, Staff.name, Staff.staff_no).where(Staff.listed.is_(True)).order_by(Staff.staff_no)
    )
    return [(sid, f"{name}（{no}）") for sid, name, no in rows if sid not in taken]
