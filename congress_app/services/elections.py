"""Unit elections, part 1: which units elect how many (from the seat plan), candidates
(R12.1, R14.1) and where each unit stands (candidates → ballots printed → counted → elected).
Counting is in counting.py; results and papers in election_results.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session, selectinload

from congress_app.rules.standing import CONFIRMATION_FACTS, check_confirmations, check_standing
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.names import Person, distinguishing_labels
from congress_app.services.seats import current_seat_plan
from congress_app.services.transaction import unit_of_work
from congress_app.services.unit_order import unit_ranks
from congress_app.services.units import standings_on
from congress_app.storage.models import (
    BallotEntry,
    BallotPrint,
    Candidate,
    ElectionRound,
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
    post: str = ""  # 职务
    unit: str = ""  # the unit the person belongs to (a member unit of a joint unit)
    label: str = ""  # the name as printed: told apart from a namesake (services.names)
    confirmation: tuple[str, ...] = ()  # R12.1: what keeps the person off the ballot


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
        raise NotFound(what="election", id=election_id)
    return election


def prepare_elections(session: Session, *, term_id: int, actor: str) -> int:
    """One unit election per unit of the current seat plan, with its seats. Returns how many
    were created (units that have one already are left alone)."""
    plan = current_seat_plan(session)
    if plan is None:
        raise NotFound("no_seat_plan")
    with unit_of_work(session):
        if session.get(Term, term_id) is None:
            raise NotFound(what="term", id=term_id)
        existing = set(
            session.scalars(
                select(UnitElection.unit_id).where(
                    UnitElection.term_id == term_id, UnitElection.kind == "regular"
                )
            )
        )
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
        append_audit(
            session,
            actor=actor,
            action="election.prepare",
            entity="term",
            entity_id=term_id,
            data={"plan": plan.plan_id, "created": created},
        )
    return created


def list_candidates(session: Session, election_id: int) -> list[CandidateInfo]:
    """Candidates in ballot order: by surname strokes (the convention) or as entered; each
    with 职务, unit, the printed name (namesakes told apart) and what R12.1 still lacks."""
    election = _election(session, election_id)
    rows = session.execute(
        select(Candidate, Staff, ElectionUnit.name)
        .join(Staff, Candidate.staff_id == Staff.id)
        .join(ElectionUnit, Staff.unit_id == ElectionUnit.id)
        .where(Candidate.election_id == election_id)
        .order_by(Candidate.position)
    ).all()
    labels = distinguishing_labels(
        [
            Person(c.id, s.name, unit, s.birth_date.year if s.birth_date else None, s.staff_no)
            for c, s, unit in rows
        ]
    )
    infos = [
        CandidateInfo(
            c.id,
            s.id,
            s.staff_no,
            s.name,
            s.gender,
            s.category,
            c.position,
            s.post,
            unit,
            labels[c.id],
            confirmation_codes(c),
        )
        for c, s, unit in rows
    ]
    if election.candidate_order == "strokes":
        from congress_app.strokes import surname_stroke_key

        infos.sort(key=lambda c: (surname_stroke_key(c.name), c.position))
    return infos


def candidates_open(session: Session, election_id: int) -> bool:
    """May candidates be added now (before voting, or for a further round, R14.5)?"""
    return _can_add_candidates(_election(session, election_id))


def eligible_staff(session: Session, election_id: int, on: date | None = None) -> list[Staff]:
    """Staff who may stand in this unit on ``on`` (default today): on the roster, on duty, in
    the unit (or a unit merged into it), none of 第十七条's facts (R12.1, R15.1, R17.1)."""
    election = _election(session, election_id)
    on = on or date.today()
    standing = standings_on(session, on)
    allowed = [sid for sid, st in standing.items() if not check_standing(st, on, election.unit_id)]
    return list(session.scalars(select(Staff).where(Staff.id.in_(allowed)).order_by(Staff.staff_no)))


def _refused_people(
    session: Session, election: UnitElection, staff_ids: list[int], on: date
) -> list[tuple[str, tuple[str, ...]]]:
    """(name, codes) for each person who may not stand in the unit on ``on``."""
    standing = standings_on(session, on)
    refused: list[tuple[str, tuple[str, ...]]] = []
    for sid in staff_ids:
        staff = session.get(Staff, sid)
        if staff is None or sid not in standing:
            refused.append((staff.name if staff else str(sid), ("not_on_roster",)))
            continue
        codes = tuple(f.code for f in check_standing(standing[sid], on, election.unit_id))
        if codes:
            refused.append((staff.name, codes))
    return refused


def _can_add_candidates(election: UnitElection) -> bool:
    """Before any round closes; or after a closed, valid round with seats left and no tie
    pending — a further round to which the union may add candidates (R14.5)."""
    session = object_session(election)
    assert session is not None  # a persistent election
    session.expire(election, ["rounds"])  # rounds added by id, not by list
    closed = [r for r in election.rounds if r.closed]
    if any(not r.closed for r in election.rounds):
        return False
    if not closed:
        return True
    last = closed[-1]
    return not last.void and not any(e.outcome == "runoff" for e in last.entries)


def nominate(
    session: Session,
    election_id: int,
    staff_ids: list[int],
    *,
    actor: str,
    on: date | None = None,
    confirmed_on: date | None = None,
) -> int:
    """Add candidates. Each must stand in the unit on ``on`` (default today: on the roster,
    on duty, in the unit, none of 第十七条's facts); refused names are reported all at once
    and nothing is added. After a round, only for a further round (R14.5). With
    ``confirmed_on`` the office records R12.1's three facts as "yes" on that date."""
    on = on or date.today()
    with unit_of_work(session):
        election = _election(session, election_id)
        if not _can_add_candidates(election):
            raise Conflict("candidates_locked", unit=_unit_name(session, election))
        already = {c.staff_id for c in election.candidates}
        refused = _refused_people(session, election, [s for s in staff_ids if s not in already], on)
        if refused:
            raise InvalidInput(
                "candidate_not_eligible",
                field="staff",
                people=refused,
                names="、".join(name for name, _ in refused),
                unit=_unit_name(session, election),
            )
        position = max((c.position for c in election.candidates), default=0)
        added = 0
        for sid in staff_ids:
            if sid in already:
                continue
            position += 1
            candidate = Candidate(election_id=election_id, staff_id=sid, position=position)
            if confirmed_on is not None:
                _confirm(candidate, dict.fromkeys(CONFIRMATION_FACTS, True), confirmed_on)
            session.add(candidate)
            already.add(sid)
            added += 1
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="election.nominate",
            entity="unit_election",
            entity_id=election_id,
            data={"staff": staff_ids, "on": on, "confirmed_on": confirmed_on},
        )
    return added


def _confirm(candidate: Candidate, facts: dict[str, bool], on: date) -> None:
    for fact, value in facts.items():
        setattr(candidate, fact, value)
        setattr(candidate, f"{fact}_on", on)


def record_confirmation(
    session: Session,
    candidate_ids: list[int],
    *,
    political_rights: bool,
    willing: bool,
    able: bool,
    on: date,
    actor: str,
) -> int:
    """R12.1: record, per candidate, political rights, willingness (愿意承担代表义务) and
    ability (能够履行代表权利) — yes or no, dated. A "no" keeps the person off the ballot."""
    facts = {"political_rights": political_rights, "willing": willing, "able": able}
    if any(not isinstance(v, bool) for v in facts.values()):
        raise InvalidInput("confirmation_not_yes_no", field="confirmation")
    with unit_of_work(session):
        for cid in candidate_ids:
            candidate = session.get(Candidate, cid)
            if candidate is None:
                raise NotFound(what="candidate", id=cid)
            _confirm(candidate, facts, on)
        append_audit(
            session,
            actor=actor,
            action="election.confirm",
            entity="candidate",
            entity_id=",".join(map(str, candidate_ids)),
            data={"facts": facts, "on": on},
        )
    return len(candidate_ids)


def confirmation_codes(candidate: Candidate) -> tuple[str, ...]:
    """R12.1: what keeps a candidate off the ballot (``political_rights_missing``, ``willing_no``…)."""
    return tuple(
        f.code for f in check_confirmations({fact: getattr(candidate, fact) for fact in CONFIRMATION_FACTS})
    )


def withdraw_candidate(session: Session, candidate_id: int, *, actor: str) -> None:
    with unit_of_work(session):
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise NotFound(what="candidate", id=candidate_id)
        election = candidate.election
        if election.rounds:
            raise Conflict("candidates_locked", unit=_unit_name(session, election))
        append_audit(
            session,
            actor=actor,
            action="election.withdraw",
            entity="unit_election",
            entity_id=election.id,
            data={"staff": candidate.staff_id},
        )
        session.delete(candidate)


def set_candidate_order(session: Session, election_id: int, order: str, *, actor: str) -> None:
    if order not in ORDERS:
        raise InvalidInput("unknown_order", field="order", value=order)
    with unit_of_work(session):
        election = _election(session, election_id)
        election.candidate_order = order
        append_audit(
            session,
            actor=actor,
            action="election.order",
            entity="unit_election",
            entity_id=election_id,
            data={"order": order},
        )


def _unit_name(session: Session, election: UnitElection) -> str:
    return session.get_one(ElectionUnit, election.unit_id).name


def _state(election: UnitElection, candidates: int, printed: set[int], entered: set[int]) -> tuple[str, int]:
    """The unit's state and how many were elected so far (elected outcomes of closed rounds)."""
    elected = sum(
        1 for r in election.rounds if r.closed and not r.void for e in r.entries if e.outcome == "elected"
    )
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
    elections = session.scalars(
        select(UnitElection)
        .where(UnitElection.term_id == term_id)
        .options(selectinload(UnitElection.rounds).selectinload(ElectionRound.entries))
    ).all()
    counts = dict(
        session.execute(select(Candidate.election_id, func.count()).group_by(Candidate.election_id)).all()
    )
    printed = set(session.scalars(select(BallotPrint.round_id)))
    entered = set(session.scalars(select(BallotEntry.round_id).distinct()))
    names = dict(session.execute(select(ElectionUnit.id, ElectionUnit.name)).all())
    states = []
    for election in elections:
        n = counts.get(election.id, 0)
        state, elected = _state(election, n, printed, entered)
        open_round = next((r.id for r in election.rounds if not r.closed), None)
        states.append(
            UnitElectionState(
                election.id,
                election.unit_id,
                names[election.unit_id],
                election.seats,
                n,
                len(election.rounds),
                elected,
                state,
                open_round,
            )
        )
    ranks = unit_ranks(session)  # the one order of units (issue 15)
    return sorted(states, key=lambda s: (ranks.get(s.unit_id, len(ranks)), s.election_id))
