"""The delegates' status over the term (第十六–二十条): facts entered by hand or proposed from
a roster re-import (R17.1), recall and replacement (R18.1), the status review that confirms
lapses, vacancies per unit (R19.1), and each delegate's history.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.rules.seats import AWAY_STUDY, AWAY_WORK, ON_DUTY, RETIRED, TRANSFERRED
from congress_app.rules.status import (
    EV_ABSENCE_END,
    EV_ABSENCE_START,
    EV_AWAY_END,
    EV_AWAY_START,
    EV_ENDED,
    EV_RECALLED,
    EV_RETIRED,
    EV_TRANSFERRED,
    FACT_KINDS,
    FORMAL,
    RULE_OF_STATUS,
    STATUS_RECALLED,
    delegate_status_on,
    vacancies,
)
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.roll import roll_on
from congress_app.services.transaction import unit_of_work
from congress_app.services.unit_order import unit_ranks
from congress_app.services.units import effective_units
from congress_app.storage.models import (
    Delegate,
    DelegateEvent,
    ElectionUnit,
    Staff,
    StaffEvent,
    StatusReview,
    Term,
    UnitElection,
)
from congress_app.wording.delegates import ROSTER_SOURCE_NOTE

PERIOD_STARTS = {EV_AWAY_END: EV_AWAY_START, EV_ABSENCE_END: EV_ABSENCE_START}


@dataclass(frozen=True)
class HistoryEntry:
    occurred_on: date
    kind: str  # an EV_* code
    reason: str
    rule: str


@dataclass(frozen=True)
class ReviewItem:
    """A status ended by ``on`` and not yet confirmed (`congress-app delegates review`)."""

    delegate_id: int
    number: str | None
    name: str
    unit: str
    reason: str  # a STATUS_* code
    ended_on: date
    rule: str


@dataclass(frozen=True)
class ReviewResult:
    review_id: int
    reviewed_on: date
    items: tuple[ReviewItem, ...]
    digest: str


@dataclass(frozen=True)
class Vacancy:
    unit_id: int
    unit: str
    seats: int
    in_office: int  # formal delegates whose end is not yet recorded
    vacancies: int  # R19.1: seats − in office
    pending: int  # ended by R17.1 on the date but not yet confirmed by a review
    by_election_seats: int  # seats of by-elections under way (not yet published)

    @property
    def open_for_by_election(self) -> int:
        return max(0, self.vacancies - self.by_election_seats)


@dataclass(frozen=True)
class Proposal:
    """A change the latest rosters suggest for a delegate (the office confirms it)."""

    delegate_id: int
    name: str
    kind: str  # an EV_* fact code
    occurred_on: date
    source: str


def _delegate(session: Session, delegate_id: int) -> Delegate:
    delegate = session.get(Delegate, delegate_id)
    if delegate is None:
        raise NotFound(what="delegate", id=delegate_id)
    return delegate


def _name(session: Session, delegate: Delegate) -> str:
    return session.get_one(Staff, delegate.staff_id).name


def _check_fact(session: Session, delegate: Delegate, kind: str, on: date) -> None:
    name = _name(session, delegate)
    if kind not in FACT_KINDS:
        raise InvalidInput("unknown_status_event", field="kind", value=kind)
    if delegate.effective_from is None or on < delegate.effective_from:
        raise InvalidInput(
            "event_before_effective", field="occurred_on", name=name, on=on, effective=delegate.effective_from
        )
    events = sorted((e.occurred_on, e.kind) for e in delegate.events)
    status = delegate_status_on(delegate.effective_from, events, on)
    if (
        status is not None
        and not status.active
        and kind in (EV_TRANSFERRED, EV_RETIRED, EV_AWAY_START, EV_ABSENCE_START)
    ):
        raise Conflict("status_already_ended", name=name, on=status.since, reason=status.status)
    for end, start in PERIOD_STARTS.items():
        opened = None
        for day, k in events:
            if k == start and opened is None:
                opened = day
            elif k == end and opened is not None:
                opened = None
        if kind == start and opened is not None:
            raise Conflict("period_already_open", field="kind", name=name, since=opened)
        if kind == end:
            if opened is None:
                raise Conflict("no_open_period", field="kind", name=name)
            if on <= opened:  # R17.1: a period cannot end before it starts
                raise InvalidInput(
                    "period_ends_before_start",
                    field="occurred_on",
                    name=name,
                    start=opened,
                    end=on,
                    rule="R17.1",
                )


def record_status_event(
    session: Session, delegate_id: int, kind: str, on: date, *, actor: str, note: str = ""
) -> HistoryEntry:
    """Record a fact of R17.1 (transfer, away from/back, retirement, unexcused absence from/
    ended). Refused: an unknown kind, a date before the status began, a second start while a
    period is open, an end without a start or on/before its start."""
    with unit_of_work(session):
        delegate = _delegate(session, delegate_id)
        _check_fact(session, delegate, kind, on)
        event = DelegateEvent(occurred_on=on, kind=kind, reason=note.strip(), rule="R17.1")
        delegate.events.append(event)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="delegate.status_event",
            entity="delegate",
            entity_id=delegate_id,
            data={"kind": kind, "on": on, "note": note.strip()},
        )
    return HistoryEntry(on, kind, note.strip(), "R17.1")


def record_away(
    session: Session, delegate_id: int, start: date, back: date | None, *, actor: str, note: str = ""
) -> None:
    """An absence for study or work from ``start`` (to the first day back, if known), one
    transaction: refused whole if ``back`` is not after ``start`` (R17.1)."""
    if back is not None and back <= start:
        delegate = _delegate(session, delegate_id)
        raise InvalidInput(
            "period_ends_before_start",
            field="back",
            name=_name(session, delegate),
            start=start,
            end=back,
            rule="R17.1",
        )
    with unit_of_work(session):
        delegate = _delegate(session, delegate_id)
        _check_fact(session, delegate, EV_AWAY_START, start)
        delegate.events.append(
            DelegateEvent(occurred_on=start, kind=EV_AWAY_START, reason=note.strip(), rule="R17.1")
        )
        if back is not None:
            session.flush()
            session.refresh(delegate)
            _check_fact(session, delegate, EV_AWAY_END, back)
            delegate.events.append(
                DelegateEvent(occurred_on=back, kind=EV_AWAY_END, reason=note.strip(), rule="R17.1")
            )
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="delegate.away",
            entity="delegate",
            entity_id=delegate_id,
            data={"start": start, "back": back},
        )


def recall_delegate(
    session: Session, delegate_id: int, *, decided_on: date | None, reason: str, actor: str
) -> None:
    """R18.1: the unit's decision to recall (罢免和撤换), with its reason and date. The status
    ends on that date and the seat is vacant at once (R19.1)."""
    if not reason.strip():
        raise InvalidInput("recall_needs_reason", field="reason", rule="R18.1")
    if decided_on is None:
        raise InvalidInput("recall_needs_date", field="decided_on", rule="R18.1")
    with unit_of_work(session):
        delegate = _delegate(session, delegate_id)
        name = _name(session, delegate)
        if delegate.kind != FORMAL:
            raise Conflict("recall_not_formal", name=name)
        if delegate.effective_from is None or decided_on < delegate.effective_from:
            raise InvalidInput(
                "event_before_effective",
                field="decided_on",
                name=name,
                on=decided_on,
                effective=delegate.effective_from,
            )
        events = [(e.occurred_on, e.kind) for e in delegate.events]
        status = delegate_status_on(delegate.effective_from, events, decided_on)
        if any(k == EV_ENDED for _d, k in events) or (status and not status.active):
            raise Conflict(
                "status_already_ended",
                name=name,
                on=status.since if status else None,
                reason=status.status if status else "",
            )
        delegate.events.append(
            DelegateEvent(occurred_on=decided_on, kind=EV_RECALLED, reason=reason.strip(), rule="R18.1")
        )
        delegate.events.append(
            DelegateEvent(occurred_on=decided_on, kind=EV_ENDED, reason=STATUS_RECALLED, rule="R18.1")
        )
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="delegate.recall",
            entity="delegate",
            entity_id=delegate_id,
            data={"decided_on": decided_on, "reason": reason.strip(), "name": name},
        )


def history(session: Session, delegate_id: int) -> list[HistoryEntry]:
    delegate = _delegate(session, delegate_id)
    return [
        HistoryEntry(e.occurred_on, e.kind, e.reason, e.rule)
        for e in sorted(delegate.events, key=lambda e: (e.occurred_on, e.id))
    ]


def _confirmed(session: Session, term_id: int) -> set[int]:
    return set(
        session.scalars(
            select(DelegateEvent.delegate_id)
            .join(Delegate, Delegate.id == DelegateEvent.delegate_id)
            .where(Delegate.term_id == term_id, DelegateEvent.kind == EV_ENDED)
        )
    )


def pending_review(session: Session, term_id: int, on: date) -> list[ReviewItem]:
    """Every status ended by ``on`` (R17.1 applied automatically) that no review has
    recorded yet, by end date then number."""
    if session.get(Term, term_id) is None:
        raise NotFound(what="term", id=term_id)
    confirmed = _confirmed(session, term_id)
    items = [
        ReviewItem(e.delegate_id, e.number, e.name, e.unit, e.status, e.since, RULE_OF_STATUS[e.status])
        for e in roll_on(session, term_id, on)
        if not e.active and e.delegate_id not in confirmed and e.since is not None
    ]
    return sorted(items, key=lambda i: (i.ended_on, i.number or "", i.name))


def confirm_review(session: Session, term_id: int, on: date, *, actor: str) -> ReviewResult:
    """Record the lapses of the review as of ``on`` (each as of its own date) and open the
    vacancies. The review's content is stored as confirmed and sealed in the audit chain."""
    items = pending_review(session, term_id, on)
    if not items:
        raise Conflict("nothing_to_review", on=on)
    content = json.dumps([asdict(i) for i in items], ensure_ascii=False, sort_keys=True, default=str)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    with unit_of_work(session):
        for item in items:
            delegate = _delegate(session, item.delegate_id)
            delegate.events.append(
                DelegateEvent(occurred_on=item.ended_on, kind=EV_ENDED, reason=item.reason, rule=item.rule)
            )
        review = StatusReview(
            term_id=term_id, reviewed_on=on, content=content, digest=digest, confirmed_by=actor
        )
        session.add(review)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="delegate.status_review",
            entity="status_review",
            entity_id=review.id,
            data={"on": on, "lapses": len(items), "digest": digest},
        )
        review_id = review.id
    return ReviewResult(review_id, on, tuple(items), digest)


def last_review_on(session: Session, term_id: int) -> date | None:
    return session.scalar(
        select(StatusReview.reviewed_on)
        .where(StatusReview.term_id == term_id)
        .order_by(StatusReview.id.desc())
        .limit(1)
    )


def _published_elections(session: Session, term_id: int) -> set[int]:
    return set(
        session.scalars(
            select(Delegate.source_election_id).where(
                Delegate.term_id == term_id, Delegate.source_election_id.is_not(None)
            )
        )
    )


def unit_vacancies(session: Session, term_id: int, on: date) -> list[Vacancy]:
    """R19.1: per unit with seats this term: seats, formal delegates in office (those whose
    end a review or recall has recorded are out), vacancies, pending lapses, and the seats
    of by-elections under way."""
    elections = session.scalars(select(UnitElection).where(UnitElection.term_id == term_id)).all()
    seats: dict[int, int] = {}
    by_election: dict[int, int] = {}
    published = _published_elections(session, term_id)
    for election in elections:
        if election.kind == "regular":
            seats[election.unit_id] = seats.get(election.unit_id, 0) + election.seats
        elif election.id not in published:
            by_election[election.unit_id] = by_election.get(election.unit_id, 0) + election.seats
    confirmed = _confirmed(session, term_id)
    in_office: dict[int, int] = {}
    pending: dict[int, int] = {}
    for entry in roll_on(session, term_id, on):
        if entry.kind != FORMAL or entry.delegate_id in confirmed:
            continue
        in_office[entry.unit_id] = in_office.get(entry.unit_id, 0) + 1
        pending[entry.unit_id] = pending.get(entry.unit_id, 0) + (not entry.active)
    open_seats = vacancies(
        {str(u): s for u, s in seats.items()}, {str(u): n for u, n in in_office.items() if u in seats}
    )
    names = dict(session.execute(select(ElectionUnit.id, ElectionUnit.name)).all())
    result = [
        Vacancy(
            u,
            names[u],
            seats[u],
            in_office.get(u, 0),
            open_seats[str(u)],
            pending.get(u, 0),
            by_election.get(u, 0),
        )
        for u in seats
    ]
    ranks = unit_ranks(session)  # most vacancies first, then the one order of units (issue 15)
    return sorted(result, key=lambda v: (-v.vacancies, ranks.get(v.unit_id, len(ranks))))


def roster_proposals(session: Session, term_id: int) -> list[Proposal]:
    """R17.1 facts the roster history shows since each delegate's status began and the office
    has not recorded: retirement, transfer out (of the school, or to another election unit),
    leaving for study or work, and coming back."""
    target = effective_units(session)
    proposals = []
    for delegate in session.scalars(
        select(Delegate).where(Delegate.term_id == term_id, Delegate.effective_from.is_not(None))
    ):
        recorded = {(e.kind, e.occurred_on) for e in delegate.events}
        kinds = {e.kind for e in delegate.events}
        rows = (
            session.execute(
                select(StaffEvent)
                .where(StaffEvent.staff_id == delegate.staff_id)
                .order_by(StaffEvent.effective_on.is_not(None), StaffEvent.effective_on, StaffEvent.id)
            )
            .scalars()
            .all()
        )
        previous = None
        found: list[tuple[str, date, str]] = []
        for event in rows:
            if (
                previous is not None
                and event.effective_on is not None
                and delegate.effective_from is not None
                and event.effective_on > delegate.effective_from
            ):
                before, now = previous.status, event.status
                moved = target[event.unit_id].id != delegate.unit_id
                if now == RETIRED and before != RETIRED:
                    found.append((EV_RETIRED, event.effective_on, event.source))
                elif now == TRANSFERRED and before != TRANSFERRED:
                    found.append((EV_TRANSFERRED, event.effective_on, event.source))
                elif moved and target[previous.unit_id].id == delegate.unit_id:
                    found.append((EV_TRANSFERRED, event.effective_on, event.source))
                elif now in (AWAY_STUDY, AWAY_WORK) and before not in (AWAY_STUDY, AWAY_WORK):
                    found.append((EV_AWAY_START, event.effective_on, event.source))
                elif now == ON_DUTY and before in (AWAY_STUDY, AWAY_WORK):
                    found.append((EV_AWAY_END, event.effective_on, event.source))
            previous = event
        name = session.get_one(Staff, delegate.staff_id).name
        events = [(e.occurred_on, e.kind) for e in delegate.events]
        for kind, on, source in found:
            if (kind, on) in recorded or (kind in (EV_RETIRED, EV_TRANSFERRED) and kind in kinds):
                continue
            status = delegate_status_on(delegate.effective_from, events, on)
            if status is not None and not status.active and kind not in PERIOD_STARTS:
                continue  # the status had already ended: nothing more to record
            proposals.append(Proposal(delegate.id, name, kind, on, source))
    return sorted(proposals, key=lambda p: (p.occurred_on, p.name))


def confirm_proposals(session: Session, proposals: list[Proposal], *, actor: str) -> int:
    """Record the confirmed roster proposals as facts, all or none."""
    with unit_of_work(session):
        for proposal in sorted(proposals, key=lambda p: p.occurred_on):
            delegate = _delegate(session, proposal.delegate_id)
            _check_fact(session, delegate, proposal.kind, proposal.occurred_on)
            delegate.events.append(
                DelegateEvent(
                    occurred_on=proposal.occurred_on,
                    kind=proposal.kind,
                    rule="R17.1",
                    reason=ROSTER_SOURCE_NOTE.format(source=proposal.source)[:500],
                )
            )
            session.flush()
        append_audit(
            session,
            actor=actor,
            action="delegate.roster_proposals",
            entity="term",
            data={"confirmed": [asdict(p) for p in proposals]},
        )
    return len(proposals)
