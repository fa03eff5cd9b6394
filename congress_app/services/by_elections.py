"""By-elections (补选, R19.1), the supplementary publication (R15.2), invited and observer
delegates (R20.1), and delegate numbers (代表编号).

A by-election is a unit election of kind ``by_election`` for the unit's open seats; it runs
through the ordinary election workflow (candidates, rounds, counting: services/elections.py,
services/counting.py). ``publish_by_election`` is the supplementary credentials review and
list for its elected people. SEAM: the records workflow keeps frozen, re-publishable reviews
and supplementary lists in services/credentials.py; this module's minimal publication
(delegates + a sealed audit entry + the 增补名单 PDF) is the place to call into it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from congress_app.reports.delegate_list import (
    DelegateListData,
    DelegateListLabels,
    ListedDelegate,
    UnitDelegates,
    build_delegate_list_pdf,
)
from congress_app.reports.numerals import chinese_numeral
from congress_app.rules import CandidateProfile, check_eligibility
from congress_app.rules.status import DELEGATE_KINDS, EV_EFFECTIVE, FORMAL, INVITED, OBSERVER
from congress_app.services.audit import append_audit
from congress_app.services.delegate_status import unit_vacancies
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.school import school_info
from congress_app.services.transaction import unit_of_work
from congress_app.services.unit_order import unit_name_key
from congress_app.services.units import effective_units, staff_states_on
from congress_app.storage.models import (
    Delegate,
    DelegateEvent,
    ElectionUnit,
    Staff,
    Term,
    UnitElection,
)
from congress_app.strokes import surname_stroke_key
from congress_app.wording.papers import (
    BY_ELECTION_INTRO,
    REASON_SUPPLEMENT,
    SUPPLEMENT_LIST_TITLE,
    TERM_CONGRESS,
    UNION,
)

BY_ELECTION = "by_election"
NUMBER_PREFIX = {FORMAL: "", INVITED: "T", OBSERVER: "L"}


@dataclass(frozen=True)
class PublishedDelegate:
    delegate_id: int
    number: str
    name: str
    unit: str


@dataclass(frozen=True)
class SupplementaryList:
    """The supplementary review and list (补选代表资格审查 / 增补名单) as published."""

    election_id: int
    unit: str
    published_on: date
    delegates: tuple[PublishedDelegate, ...]
    not_confirmed: tuple[tuple[str, tuple[str, ...]], ...]  # (name, R12.1 finding codes)
    digest: str


def start_by_election(
    session: Session, term_id: int, unit_id: int, seats: int, *, on: date, actor: str
) -> int:
    """R19.1: open a by-election in a unit for up to its open seats on ``on``. Refused for a
    unit with no vacancy (or whose vacancies a by-election under way already covers)."""
    if seats < 1:
        raise InvalidInput("bad_seats", field="seats", value=seats)
    if session.get(Term, term_id) is None:
        raise NotFound(what="term", id=term_id)
    unit = session.get(ElectionUnit, unit_id)
    if unit is None:
        raise NotFound(what="election_unit", id=unit_id)
    vacancy = next((v for v in unit_vacancies(session, term_id, on) if v.unit_id == unit_id), None)
    available = vacancy.open_for_by_election if vacancy else 0
    if seats > available:
        raise Conflict(
            "no_vacancy", field="seats", unit=unit.name, seats=seats, available=available, rule="R19.1"
        )
    with unit_of_work(session):
        election = UnitElection(term_id=term_id, unit_id=unit_id, kind=BY_ELECTION, seats=seats)
        session.add(election)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="election.by_election",
            entity="unit_election",
            entity_id=election.id,
            data={"unit": unit.name, "seats": seats, "on": on},
        )
        return election.id


def _next_numbers(session: Session, term: Term) -> dict[str, int]:
    taken = session.scalars(
        select(Delegate.number).where(Delegate.term_id == term.id, Delegate.number.is_not(None))
    ).all()
    top: dict[str, int] = {}
    for kind, prefix in NUMBER_PREFIX.items():
        head = f"{prefix}{term.number:02d}"
        seqs = [
            int(n[len(head) :])
            for n in taken
            if n is not None
            and n.startswith(head)
            and n[len(head) :].isdigit()
            and (prefix or n[:1].isdigit())
        ]
        top[kind] = max(seqs, default=0)
    return top


def _format(term: Term, kind: str, seq: int) -> str:
    return f"{NUMBER_PREFIX[kind]}{term.number:02d}{seq:03d}"


def _assign(session: Session, term: Term) -> int:
    """Number every delegate of the term that has none: by publication date, then unit and
    name in stroke order; formal 09001…, invited T09001…, observer L09001…; never renumbers."""
    top = _next_numbers(session, term)
    rows = list(
        session.execute(
            select(Delegate, Staff.name, ElectionUnit.name)
            .join(Staff, Staff.id == Delegate.staff_id)
            .join(ElectionUnit, ElectionUnit.id == Delegate.unit_id)
            .where(
                Delegate.term_id == term.id, Delegate.number.is_(None), Delegate.effective_from.is_not(None)
            )
        ).all()
    )
    unit_key = unit_name_key(session)  # the one order of units (issue 15)
    rows.sort(key=lambda r: (r[0].effective_from, unit_key(r[2]), surname_stroke_key(r[1]), r[0].id))
    for delegate, _name, _unit in rows:
        top[delegate.kind] += 1
        delegate.number = _format(term, delegate.kind, top[delegate.kind])
    session.flush()
    return len(rows)


def assign_numbers(session: Session, term_id: int, *, actor: str) -> int:
    """Give every published delegate without a number their 代表编号 (stable: existing numbers
    are kept). Returns how many were numbered."""
    with unit_of_work(session):
        term = session.get(Term, term_id)
        if term is None:
            raise NotFound(what="term", id=term_id)
        count = _assign(session, term)
        if count:
            append_audit(
                session,
                actor=actor,
                action="delegate.numbers",
                entity="term",
                entity_id=term_id,
                data={"numbered": count},
            )
    return count


def add_special_delegate(
    session: Session,
    term_id: int,
    staff_id: int,
    *,
    kind: str,
    category: str,
    effective_from: date,
    actor: str,
) -> int:
    """R20.1: an invited (特邀) or observer (列席) delegate with their category; never a
    formal delegate, never counted in votes, quorum or composition."""
    if kind not in DELEGATE_KINDS or kind == FORMAL:
        raise InvalidInput("special_kind", field="kind", value=kind, rule="R20.1")
    if not category.strip():
        raise InvalidInput("missing_value", field="category")
    with unit_of_work(session):
        term = session.get(Term, term_id)
        staff = session.get(Staff, staff_id)
        if term is None or staff is None:
            raise NotFound(what="term_staff", id=term_id, staff_id=staff_id)
        if session.scalar(
            select(Delegate.id).where(Delegate.term_id == term_id, Delegate.staff_id == staff_id)
        ):
            raise Conflict("already_delegate", name=staff.name)
        unit_id = effective_units(session)[staff.unit_id].id
        delegate = Delegate(
            term_id=term_id,
            staff_id=staff_id,
            unit_id=unit_id,
            kind=kind,
            category=category.strip(),
            effective_from=effective_from,
        )
        delegate.events.append(
            DelegateEvent(
                occurred_on=effective_from, kind=EV_EFFECTIVE, rule="R20.1", reason=category.strip()
            )
        )
        session.add(delegate)
        session.flush()
        _assign(session, term)
        append_audit(
            session,
            actor=actor,
            action="delegate.special",
            entity="delegate",
            entity_id=delegate.id,
            data={"kind": kind, "category": category.strip(), "name": staff.name, "from": effective_from},
        )
        return delegate.id


def _elected_staff(election: UnitElection) -> list[int]:
    by_candidate = {c.id: c.staff_id for c in election.candidates}
    return [
        by_candidate[e.candidate_id]
        for r in election.rounds
        if r.closed and not r.void
        for e in r.entries
        if e.outcome == "elected"
    ]


def publish_by_election(
    session: Session, election_id: int, *, published_on: date, actor: str
) -> SupplementaryList:
    """R15.2, R19.1: the supplementary credentials review and list of a by-election. Each
    elected person is checked as of ``published_on`` (R15.1: on duty, R12.1); those confirmed
    become formal delegates from that date for the rest of the term, with their numbers.
    Refused: not a by-election, already published, a round still open, nobody elected."""
    election = session.get(UnitElection, election_id)
    if election is None:
        raise NotFound(what="election", id=election_id)
    unit = session.get_one(ElectionUnit, election.unit_id).name
    if election.kind != BY_ELECTION:
        raise Conflict("not_by_election", unit=unit)
    if session.scalar(
        select(func.count()).select_from(Delegate).where(Delegate.source_election_id == election_id)
    ):
        raise Conflict("by_election_published", unit=unit)
    if any(not r.closed for r in election.rounds):
        raise Conflict("round_open", number=election.rounds[-1].number)
    elected = _elected_staff(election)
    if not elected:
        raise Conflict("nothing_elected", unit=unit)
    states = staff_states_on(session, published_on)
    with unit_of_work(session):
        term = session.get_one(Term, election.term_id)
        confirmed: list[tuple[Delegate, str]] = []
        refused: list[tuple[str, tuple[str, ...]]] = []
        for staff_id in elected:
            staff = session.get_one(Staff, staff_id)
            status = states[staff_id][0] if staff_id in states else staff.status
            codes = tuple(f.code for f in check_eligibility(CandidateProfile(status)))
            if session.scalar(
                select(Delegate.id).where(Delegate.term_id == term.id, Delegate.staff_id == staff_id)
            ):
                codes += ("already_delegate",)
            if codes:
                refused.append((staff.name, codes))
                continue
            delegate = Delegate(
                term_id=term.id,
                staff_id=staff_id,
                unit_id=election.unit_id,
                kind=FORMAL,
                effective_from=published_on,
                source_election_id=election_id,
            )
            delegate.events.append(
                DelegateEvent(
                    occurred_on=published_on,
                    kind=EV_EFFECTIVE,
                    rule="R19.1",
                    reason=REASON_SUPPLEMENT,
                )
            )
            session.add(delegate)
            confirmed.append((delegate, staff.name))
        session.flush()
        _assign(session, term)
        published = tuple(
            PublishedDelegate(d.id, d.number or "", name, unit)  # all numbered by _assign
            for d, name in confirmed
        )
        content = json.dumps(
            {
                "election": election_id,
                "unit": unit,
                "published_on": published_on,
                "delegates": [asdict(p) for p in published],
                "not_confirmed": refused,
            },
            ensure_ascii=False,
            sort_keys=True,
            default=str,
        )
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
        append_audit(
            session,
            actor=actor,
            action="credentials.supplementary",
            entity="unit_election",
            entity_id=election_id,
            data={"content": content, "digest": digest},
        )
    return SupplementaryList(
        election_id, unit, published_on, published, tuple((n, c) for n, c in refused), digest
    )


def by_elections(session: Session, term_id: int) -> list[tuple[int, str, int, bool]]:
    """(election id, unit, seats, published) of the term's by-elections."""
    published = set(
        session.scalars(
            select(Delegate.source_election_id).where(
                Delegate.term_id == term_id, Delegate.source_election_id.is_not(None)
            )
        )
    )
    rows = session.execute(
        select(UnitElection.id, ElectionUnit.name, UnitElection.seats)
        .join(ElectionUnit, ElectionUnit.id == UnitElection.unit_id)
        .where(UnitElection.term_id == term_id, UnitElection.kind == BY_ELECTION)
        .order_by(UnitElection.id)
    ).all()
    unit_key = unit_name_key(session)  # the one order of units (issue 15), then as held
    return [(i, u, s, i in published) for i, u, s in sorted(rows, key=lambda r: unit_key(r[1]))]


def write_supplementary_list(session: Session, election_id: int, out: Path) -> Path:
    """The 增补代表名单 of a published by-election, printed from the stored delegates."""
    election = session.get(UnitElection, election_id)
    if election is None:
        raise NotFound(what="election", id=election_id)
    rows = session.execute(
        select(Staff.name, Staff.gender, Staff.category, Delegate.effective_from)
        .join(Delegate, Delegate.staff_id == Staff.id)
        .where(Delegate.source_election_id == election_id)
    ).all()
    if not rows:
        raise InvalidInput("not_published", field="election", term=election.term_id)
    term = session.get_one(Term, election.term_id)
    school = school_info(session).name
    unit = session.get_one(ElectionUnit, election.unit_id).name
    published_on = rows[0][3]
    assert published_on is not None  # a by-election's delegates are published with their date
    people = tuple(
        sorted((ListedDelegate(n, g, c) for n, g, c, _ in rows), key=lambda p: surname_stroke_key(p.name))
    )
    data = DelegateListData(
        school=school,
        title=SUPPLEMENT_LIST_TITLE.format(
            school=school, congress=TERM_CONGRESS.format(term=chinese_numeral(term.number))
        ),
        publication_date=published_on,
        units=(UnitDelegates(unit, people),),
        publisher=UNION.format(school=school),
    )
    labels = DelegateListLabels(intro=BY_ELECTION_INTRO)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_delegate_list_pdf(data, out, labels=labels)
    return out
