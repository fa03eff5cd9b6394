"""Unit elections, part 1: which units elect how many (from the seat plan), candidates
(R12.1, R14.1) and where each unit stands (candidates → ballots printed → counted → elected).
Counting is in counting.py; results and papers in election_results.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from congress_app.rules import is_on_duty
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.seats import current_seat_plan
from congress_app.services.transaction import unit_of_work
from congress_app.services.units import effective_units
from congress_app.storage.models import (
    BallotEntry,
    BallotPrint,
    Candidate,
    ElectionUnit,
    Staff,
    Term,
    UnitElection,
)

ORDERS = ("strokes", "entered")

# where a unit election stands, in the order the office works
STATE_CANDIDATES = "candidates"  # nominating (fewer candidates than needed, or not yet voted)
STATE_READY = "ready"  # enough candidates (R14.1), no round yet
STATE_BALLOTS_PRINTED = "ballots_printed"
STATE_COUNTING = "counting"  # a round is open
STATE_RUNOFF = "runoff_needed"  # tie at the last seat (R14.4)
STATE_FURTHER = "further_round_possible"  # seats unfilled (R14.5)
STATE_REPEAT = "repeat_needed"  # the last round was void (R14.0, R14.2)
STATE_ELECTED = "elected"  # every seat filled


@dataclass(frozen=True)
class CandidateInfo:
    candidate_id: int
    staff_id: int
    staff_no: str
    name: str
    gender: str
    category: str
    position: int


@dataclass(frozen=True)
class UnitElectionState:
    election_id: int
    unit_id: int
    unit: str
    seats: int
    candidates: int
    rounds: int
    elected: int
    state: str
    open_round_id: int | None


def _election(session: Session, election_id: int) -> UnitElection:
    election = session.get(UnitElection, election_id)
    if election is None:
        raise NotFound(what=f"选举 {election_id}")
    return election


def prepare_elections(session: Session, *, term_id: int, actor: str) -> int:
    """One unit election per unit of the current seat plan, with its seats. Returns how many
    were created (units that have one already are left alone)."""
    plan = current_seat_plan(session)
    if plan is None:
        raise NotFound("no_seat_plan")
    with unit_of_work(session):
        if session.get(Term, term_id) is None:
            raise NotFound(what=f"届 {term_id}")
        existing = set(session.scalars(select(UnitElection.unit_id).where(
            UnitElection.term_id == term_id, UnitElection.kind == "regular")))
        created = 0
        for unit in plan.units:
            if unit.unit_id in existing or unit.seats == 0:
                continue
            session.add(UnitElection(term_id=term_id, unit_id=unit.unit_id, seats=unit.seats))
            created += 1
        try:
            session.flush()
        except IntegrityError:  # another desk prepared them a moment ago (one per unit/term)
            raise Conflict("elections_prepared_elsewhere", term=term_id) from None
        append_audit(session, actor=actor, action="election.prepare", entity="term",
                     entity_id=term_id, data={"plan": plan.plan_id, "created": created})
    return created


def list_candidates(session: Session, election_id: int) -> list[CandidateInfo]:
    """Candidates in ballot order: by surname strokes (the convention) or as entered."""
    election = _election(session, election_id)
    rows = session.execute(
        select(Candidate.id, Staff.id, Staff.staff_no, Staff.name, Staff.gender, Staff.category,
               Candidate.position)
        .join(Staff, Candidate.staff_id == Staff.id)
        .where(Candidate.election_id == election_id)
        .order_by(Candidate.position)
    ).all()
    infos = [CandidateInfo(*row) for row in rows]
    if election.candidate_order == "strokes":
        from congress_app.strokes import surname_stroke_key

        infos.sort(key=lambda c: (surname_stroke_key(c.name), c.position))
    return infos


def eligible_staff(session: Session, election_id: int, on: date | None = None) -> list[Staff]:
    """Staff who may stand in this unit (R12.1): listed, on duty, in the unit or a unit merged
    into it."""
    election = _election(session, election_id)
    target = effective_units(session)
    unit_ids = [uid for uid, unit in target.items() if unit.id == election.unit_id]
    staff = session.scalars(select(Staff).where(Staff.unit_id.in_(unit_ids), Staff.listed.is_(True))
                            .order_by(Staff.staff_no)).all()
    return [s for s in staff if is_on_duty(s.status)]


def nominate(session: Session, election_id: int, staff_ids: list[int], *, actor: str) -> int:
    """Add candidates. Each must be on duty in the unit (R12.1); refused names are reported
    all at once and nothing is added."""
    with unit_of_work(session):
        election = _election(session, election_id)
        if any(r.closed for r in election.rounds):
            raise Conflict("candidates_locked", unit=_unit_name(session, election))
        allowed = {s.id for s in eligible_staff(session, election_id)}
        already = {c.staff_id for c in election.candidates}
        refused = [sid for sid in staff_ids if sid not in allowed]
        if refused:
            names = [session.get(Staff, sid).name if session.get(Staff, sid) else str(sid)
                     for sid in refused]
            raise InvalidInput("candidate_not_eligible", field="staff", names="、".join(names),
                               unit=_unit_name(session, election))
        position = max((c.position for c in election.candidates), default=0)
        added = 0
        for sid in staff_ids:
            if sid in already:
                continue
            position += 1
            session.add(Candidate(election_id=election_id, staff_id=sid, position=position))
            already.add(sid)
            added += 1
        session.flush()
        append_audit(session, actor=actor, action="election.nominate", entity="unit_election",
                     entity_id=election_id, data={"staff": staff_ids})
    return added


def withdraw_candidate(session: Session, candidate_id: int, *, actor: str) -> None:
    with unit_of_work(session):
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise NotFound(what=f"候选人 {candidate_id}")
        election = candidate.election
        if election.rounds:
            raise Conflict("candidates_locked", unit=_unit_name(session, election))
        append_audit(session, actor=actor, action="election.withdraw", entity="unit_election",
                     entity_id=election.id, data={"staff": candidate.staff_id})
        session.delete(candidate)


def set_candidate_order(session: Session, election_id: int, order: str, *, actor: str) -> None:
    if order not in ORDERS:
        raise InvalidInput("unknown_order", field="order", value=order)
    with unit_of_work(session):
        election = _election(session, election_id)
        election.candidate_order = order
        append_audit(session, actor=actor, action="election.order", entity="unit_election",
                     entity_id=election_id, data={"order": order})


def _unit_name(session: Session, election: UnitElection) -> str:
    return session.get(ElectionUnit, election.unit_id).name


def _state(election: UnitElection, candidates: int, printed: set[int],
           entered: set[int]) -> tuple[str, int]:
    """The unit's state and how many were elected so far (elected outcomes of closed rounds)."""
    elected = sum(1 for r in election.rounds if r.closed and not r.void
                  for e in r.entries if e.outcome == "elected")
    if not election.rounds:
        return (STATE_CANDIDATES if candidates <= election.seats else STATE_READY), 0
    last = election.rounds[-1]
    if not last.closed:
        if last.issued is not None or last.id in entered:
            return STATE_COUNTING, elected
        return (STATE_BALLOTS_PRINTED if last.id in printed else STATE_READY), elected
    if elected >= election.seats:
        return STATE_ELECTED, elected
    if last.void:
        return STATE_REPEAT, elected
    if any(e.outcome == "runoff" for e in last.entries):
        return STATE_RUNOFF, elected
    return STATE_FURTHER, elected


def election_overview(session: Session, term_id: int) -> list[UnitElectionState]:
    elections = session.scalars(select(UnitElection).where(UnitElection.term_id == term_id)).all()
    counts = dict(session.execute(select(Candidate.election_id, func.count())
                                  .group_by(Candidate.election_id)).all())
    printed = set(session.scalars(select(BallotPrint.round_id)))
    entered = set(session.scalars(select(BallotEntry.round_id).distinct()))
    names = dict(session.execute(select(ElectionUnit.id, ElectionUnit.name)).all())
    states = []
    for election in elections:
        n = counts.get(election.id, 0)
        state, elected = _state(election, n, printed, entered)
        open_round = next((r.id for r in election.rounds if not r.closed), None)
        states.append(UnitElectionState(election.id, election.unit_id, names[election.unit_id],
                                        election.seats, n, len(election.rounds), elected, state,
                                        open_round))
    return sorted(states, key=lambda s: s.unit)
