"""Unit elections, part 2: rounds and counting (R14.0–R14.5).

A round is opened with its date (the electorate E is the unit's on-duty staff that day,
R14.3), ballots are printed, then the figures are entered — as totals, or paper by paper by
two clerks (double entry) — and the round is closed: the rules engine decides who is
elected, who goes to a runoff (R14.4), how many seats stay unfilled (R14.5), or that the
round is void (R14.0, R14.2). Nothing is saved half-way: every call is one transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.rules import (
    Finding,
    UnitElectionResult,
    check_round_counts,
    further_round,
    tally_unit_election,
)
from congress_app.rules.elections import passing_threshold
from congress_app.rules.standing import check_standing
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.transaction import unit_of_work
from congress_app.services.units import standings_on, unit_counts
from congress_app.storage.base import utcnow
from congress_app.storage.models import (
    BallotEntry,
    Candidate,
    ElectionRound,
    ElectionUnit,
    RoundCandidate,
    Staff,
    UnitElection,
)

ELECTED, RUNOFF, NOT_ELECTED = "elected", "runoff", "not_elected"


@dataclass(frozen=True)
class Figures:
    """What the tellers report for a round. ``yes_votes`` is keyed by candidate id."""

    issued: int
    returned: int
    invalid: int
    yes_votes: dict[int, int]


@dataclass(frozen=True)
class RoundCandidateView:
    candidate_id: int
    name: str
    yes: int | None
    outcome: str


@dataclass(frozen=True)
class RoundView:
    round_id: int
    election_id: int
    unit: str
    number: int
    kind: str
    seats: int
    electorate: int
    held_on: date
    entry_mode: str
    issued: int | None
    returned: int | None
    invalid: int | None
    require_two_thirds: bool
    waiver_reason: str
    closed: bool
    void: bool
    void_reason: str
    candidates: tuple[RoundCandidateView, ...]
    threshold: int = field(default=0)

    @property
    def elected(self) -> list[str]:
        return [c.name for c in self.candidates if c.outcome == ELECTED]

    @property
    def runoff(self) -> list[str]:
        return [c.name for c in self.candidates if c.outcome == RUNOFF]

    @property
    def unfilled(self) -> int:
        return self.seats - len(self.elected) if self.closed else self.seats


def _round(session: Session, round_id: int) -> ElectionRound:
    record = session.get(ElectionRound, round_id)
    if record is None:
        raise NotFound(what="election_round", id=round_id)
    return record


def _names(session: Session, candidate_ids: list[int]) -> dict[int, str]:
    rows = session.execute(
        select(Candidate.id, Staff.name)
        .join(Staff, Candidate.staff_id == Staff.id)
        .where(Candidate.id.in_(candidate_ids))
    ).all()
    return dict(rows)


def round_view(session: Session, round_id: int) -> RoundView:
    record = _round(session, round_id)
    names = _names(session, [e.candidate_id for e in record.entries])
    entries = sorted(record.entries, key=lambda e: (-(e.yes_votes or 0), names[e.candidate_id]))
    if not record.closed:
        entries = list(record.entries)
    unit = session.get_one(ElectionUnit, record.election.unit_id).name
    return RoundView(
        record.id,
        record.election_id,
        unit,
        record.number,
        record.kind,
        record.seats,
        record.electorate,
        record.held_on,
        record.entry_mode,
        record.issued,
        record.returned,
        record.invalid,
        record.require_two_thirds,
        record.waiver_reason,
        record.closed,
        record.void,
        record.void_reason,
        tuple(
            RoundCandidateView(e.candidate_id, names[e.candidate_id], e.yes_votes, e.outcome) for e in entries
        ),
        threshold=passing_threshold(record.electorate),
    )


def _result(record: ElectionRound) -> UnitElectionResult:
    """Recount a closed round with the rules engine (deterministic), keyed by candidate id."""
    return tally_unit_election(
        electorate=record.electorate,
        seats=record.seats,
        yes_votes={str(e.candidate_id): e.yes_votes or 0 for e in record.entries},
        issued=record.issued or 0,
        returned=record.returned or 0,
        invalid=record.invalid or 0,
        require_two_thirds_turnout=record.require_two_thirds,
    )


def _unit_electorate(session: Session, election: UnitElection, on: date) -> int:
    for count in unit_counts(session, on):
        if count.unit_id == election.unit_id:
            return count.on_duty
    return 0


def open_round(
    session: Session,
    election_id: int,
    *,
    held_on: date,
    actor: str,
    require_two_thirds: bool = True,
    waiver_reason: str = "",
    entry_mode: str = "totals",
) -> RoundView:
    """Open the next round: the first among all candidates; after a void round the same round
    again; after a tie a runoff among the tied (R14.4); after unfilled seats a further round
    among the not elected (R14.5) — always contested (R14.1)."""
    if entry_mode not in ("totals", "ballots"):
        raise InvalidInput("unknown_entry_mode", field="entry_mode", value=entry_mode)
    if not require_two_thirds and not waiver_reason.strip():
        raise InvalidInput("waiver_needs_reason", field="waiver_reason")
    with unit_of_work(session):
        election = session.get(UnitElection, election_id)
        if election is None:
            raise NotFound(what="election", id=election_id)
        unit = session.get_one(ElectionUnit, election.unit_id).name
        if any(not r.closed for r in election.rounds):
            raise Conflict("round_already_open", unit=unit)
        elected_so_far = {
            e.candidate_id
            for r in election.rounds
            if r.closed and not r.void
            for e in r.entries
            if e.outcome == ELECTED
        }
        seats_left = election.seats - len(elected_so_far)
        if seats_left <= 0:
            raise Conflict("all_seats_filled", unit=unit)
        if not election.rounds:
            kind, seats = "first", election.seats
            candidate_ids = [c.id for c in election.candidates]
        else:
            last = election.rounds[-1]
            if last.void:
                kind, seats = last.kind, last.seats
                candidate_ids = [e.candidate_id for e in last.entries]
            else:
                plan = further_round(_result(last))
                kind = RUNOFF if any(e.outcome == RUNOFF for e in last.entries) else "further"
                seats = seats_left
                candidate_ids = [int(c) for c in plan.candidates if int(c) not in elected_so_far]
                if kind == "further":  # R14.5: candidates the union added after the last round
                    stood = {e.candidate_id for r in election.rounds for e in r.entries}
                    candidate_ids += [c.id for c in election.candidates if c.id not in stood]
        if len(candidate_ids) <= seats:
            raise InvalidInput(
                "not_contested", field="candidates", candidates=len(candidate_ids), seats=seats, unit=unit
            )
        _refuse_ineligible(session, election, candidate_ids, held_on, unit, confirmations=True)
        electorate = _unit_electorate(session, election, held_on)
        if electorate < 1:
            raise InvalidInput("no_electorate", field="held_on", unit=unit, on=held_on)
        record = ElectionRound(
            election_id=election_id,
            number=len(election.rounds) + 1,
            kind=kind,
            seats=seats,
            held_on=held_on,
            electorate=electorate,
            entry_mode=entry_mode,
            require_two_thirds=require_two_thirds,
            waiver_reason=waiver_reason.strip(),
            entries=[RoundCandidate(candidate_id=cid) for cid in candidate_ids],
        )
        session.add(record)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="election.round.open",
            entity="election_round",
            entity_id=record.id,
            data={
                "unit": unit,
                "number": record.number,
                "kind": kind,
                "seats": seats,
                "electorate": electorate,
                "require_two_thirds": require_two_thirds,
                "waiver_reason": record.waiver_reason,
            },
        )
        round_id = record.id
    return round_view(session, round_id)


def _refuse_ineligible(
    session: Session,
    election: UnitElection,
    candidate_ids: list[int],
    on: date,
    unit: str,
    *,
    confirmations: bool,
) -> None:
    """R12.1, R15.1, R17.1: refuse, naming each person and why, when a candidate does not
    stand in the unit on ``on`` or (``confirmations``) lacks a recorded "yes" for political
    rights, willingness or ability — such a person stays off the ballot."""
    from congress_app.services.elections import confirmation_codes

    standing = standings_on(session, on)
    refused = []
    for candidate in election.candidates:
        if candidate.id not in candidate_ids:
            continue
        st = standing.get(candidate.staff_id)
        codes = [f.code for f in check_standing(st, on, election.unit_id)] if st else ["not_on_roster"]
        if confirmations:
            codes += confirmation_codes(candidate)
        if codes:
            refused.append((session.get_one(Staff, candidate.staff_id).name, tuple(codes)))
    if refused:
        raise InvalidInput(
            "candidate_not_eligible",
            field="candidates",
            people=refused,
            names="、".join(name for name, _ in refused),
            unit=unit,
            on=on,
        )


def check_figures(session: Session, round_id: int, figures: Figures) -> list[Finding]:
    """Every problem with the figures at once (for the counting screen's live checks).
    Subjects name the field; a candidate's field is ``yes_votes[<candidate id>]``."""
    record = _round(session, round_id)
    return check_round_counts(
        electorate=record.electorate,
        seats=record.seats,
        yes_votes={str(cid): yes for cid, yes in figures.yes_votes.items()},
        issued=figures.issued,
        returned=figures.returned,
        invalid=figures.invalid,
    )


def _refuse(session: Session, findings: list[Finding]) -> None:
    """Raise the first finding as a typed error naming the field (a candidate by name)."""
    if not findings:
        return
    first = findings[0]
    subject = first.subject or ""
    name = ""
    if subject.startswith("yes_votes[") and subject.endswith("]"):
        name = _names(session, [int(subject[10:-1])]).get(int(subject[10:-1]), "")
        subject = "yes_votes"
    raise InvalidInput(
        "bad_count",
        field=subject,
        candidate=name,
        problem=first.code,
        actual=first.actual,
        required=first.required,
        rule=first.rule,
    )


def _store_figures(session: Session, record: ElectionRound, figures: Figures, actor: str) -> None:
    if record.closed:
        raise Conflict("round_closed", number=record.number)
    expected = {e.candidate_id for e in record.entries}
    if set(figures.yes_votes) != expected:
        raise InvalidInput(
            "bad_count",
            field="yes_votes",
            problem="candidates_differ",
            candidate="",
            actual=len(figures.yes_votes),
            required=len(expected),
            rule="R14.1",
        )
    _refuse(session, check_figures(session, record.id, figures))
    record.issued, record.returned, record.invalid = figures.issued, figures.returned, figures.invalid
    for entry in record.entries:
        entry.yes_votes = figures.yes_votes[entry.candidate_id]
    append_audit(
        session,
        actor=actor,
        action="election.round.figures",
        entity="election_round",
        entity_id=record.id,
        data={
            "issued": figures.issued,
            "returned": figures.returned,
            "invalid": figures.invalid,
            "yes": {str(k): v for k, v in figures.yes_votes.items()},
        },
    )


def save_figures(session: Session, round_id: int, figures: Figures, *, actor: str) -> RoundView:
    """Store the tellers' totals for an open round (refused, naming the field, if they cannot be)."""
    with unit_of_work(session):
        _store_figures(session, _round(session, round_id), figures, actor)
    return round_view(session, round_id)


# -- per-ballot double entry ----------------------------------------------------------------


@dataclass(frozen=True)
class BallotDifference:
    serial: int
    first: tuple[int, ...] | None  # clerk 1's marks (None: not entered by clerk 1)
    second: tuple[int, ...] | None
    first_spoilt: bool = False
    second_spoilt: bool = False


@dataclass(frozen=True)
class BallotComparison:
    agreed: int
    differences: tuple[BallotDifference, ...]

    @property
    def clean(self) -> bool:
        return not self.differences


def record_ballot(
    session: Session,
    round_id: int,
    *,
    clerk: int,
    serial: int,
    marks: list[int],
    spoilt: bool = False,
    actor: str,
) -> None:
    """One paper as one clerk reads it (entering it again replaces that clerk's reading)."""
    if clerk not in (1, 2):
        raise InvalidInput("bad_clerk", field="clerk", value=clerk)
    if serial < 1:
        raise InvalidInput("bad_serial", field="serial", value=serial)
    with unit_of_work(session):
        record = _round(session, round_id)
        if record.closed:
            raise Conflict("round_closed", number=record.number)
        if record.entry_mode != "ballots":
            raise Conflict("not_ballot_entry")
        allowed = {e.candidate_id for e in record.entries}
        unknown = [m for m in marks if m not in allowed]
        if unknown or len(set(marks)) != len(marks):
            raise InvalidInput("bad_marks", field="marks", serial=serial)
        other = session.scalar(
            select(BallotEntry.id)
            .where(
                BallotEntry.round_id == round_id, BallotEntry.clerk != clerk, BallotEntry.entered_by == actor
            )
            .limit(1)
        )
        if other is not None:  # double entry: two different people read every paper
            raise Conflict("same_clerk", actor=actor, other=3 - clerk)
        existing = session.scalar(
            select(BallotEntry).where(
                BallotEntry.round_id == round_id, BallotEntry.clerk == clerk, BallotEntry.serial == serial
            )
        )
        text = ",".join(str(m) for m in sorted(marks))
        if existing is None:
            session.add(
                BallotEntry(
                    round_id=round_id, clerk=clerk, serial=serial, marks=text, spoilt=spoilt, entered_by=actor
                )
            )
        else:
            existing.marks, existing.spoilt, existing.entered_by = text, spoilt, actor
        # who entered which paper (a paper's serial is never linked to a voter)
        append_audit(
            session,
            actor=actor,
            action="election.ballot.enter",
            entity="election_round",
            entity_id=round_id,
            data={"clerk": clerk, "serial": serial, "again": existing is not None},
        )


def _entries(session: Session, round_id: int) -> dict[int, dict[int, BallotEntry]]:
    by_clerk: dict[int, dict[int, BallotEntry]] = {1: {}, 2: {}}
    for entry in session.scalars(select(BallotEntry).where(BallotEntry.round_id == round_id)):
        by_clerk[entry.clerk][entry.serial] = entry
    return by_clerk


def _marks(entry: BallotEntry | None) -> tuple[int, ...] | None:
    if entry is None:
        return None
    return tuple(int(m) for m in entry.marks.split(",") if m)


def compare_ballots(session: Session, round_id: int) -> BallotComparison:
    """Clerk 1 against clerk 2, paper by paper: every mismatch and every unpaired paper."""
    by_clerk = _entries(session, round_id)
    agreed, differences = 0, []
    for serial in sorted(set(by_clerk[1]) | set(by_clerk[2])):
        a, b = by_clerk[1].get(serial), by_clerk[2].get(serial)
        same = a is not None and b is not None and _marks(a) == _marks(b) and a.spoilt == b.spoilt
        if same:
            agreed += 1
        else:
            differences.append(
                BallotDifference(serial, _marks(a), _marks(b), bool(a and a.spoilt), bool(b and b.spoilt))
            )
    return BallotComparison(agreed, tuple(differences))


def figures_from_ballots(session: Session, round_id: int) -> Figures:
    """Totals from agreed papers: a spoilt paper or one marking more than the seats is invalid
    (R14.2); yes votes are counted on the valid ones."""
    record = _round(session, round_id)
    comparison = compare_ballots(session, round_id)
    if not comparison.clean:
        raise Conflict(
            "ballot_mismatches",
            count=len(comparison.differences),
            serials="、".join(str(d.serial) for d in comparison.differences[:20]),
        )
    yes: Counter[int] = Counter()
    invalid = returned = 0
    for entry in _entries(session, round_id)[1].values():
        returned += 1
        marks = _marks(entry) or ()
        if entry.spoilt or len(marks) > record.seats:
            invalid += 1
            continue
        yes.update(marks)
    return Figures(
        record.issued or 0, returned, invalid, {e.candidate_id: yes[e.candidate_id] for e in record.entries}
    )


def set_issued(session: Session, round_id: int, issued: int, *, actor: str) -> None:
    """Ballot-entry rounds: the number of papers handed out (the rest comes from the papers)."""
    if issued < 0:
        raise InvalidInput(
            "bad_count",
            field="issued",
            problem="negative",
            candidate="",
            actual=issued,
            required=0,
            rule="R14.2",
        )
    with unit_of_work(session):
        record = _round(session, round_id)
        if record.closed:
            raise Conflict("round_closed", number=record.number)
        if issued > record.electorate:
            raise InvalidInput(
                "bad_count",
                field="issued",
                problem="exceeds_electorate",
                candidate="",
                actual=issued,
                required=record.electorate,
                rule="R14.2",
            )
        record.issued = issued
        append_audit(
            session,
            actor=actor,
            action="election.round.issued",
            entity="election_round",
            entity_id=round_id,
            data={"issued": issued},
        )


def close_round(session: Session, round_id: int, *, actor: str) -> RoundView:
    """Decide the round with the rules engine and store each candidate's outcome."""
    with unit_of_work(session):
        record = _round(session, round_id)
        if record.closed:
            raise Conflict("round_closed", number=record.number)
        if record.entry_mode == "ballots":
            if record.issued is None:
                raise InvalidInput("issued_missing", field="issued")
            _store_figures(session, record, figures_from_ballots(session, round_id), actor)
        if record.issued is None or any(e.yes_votes is None for e in record.entries):
            raise InvalidInput("figures_missing", field="figures", number=record.number)
        unit = session.get_one(ElectionUnit, record.election.unit_id).name
        _refuse_ineligible(
            session,
            record.election,
            [e.candidate_id for e in record.entries],
            record.held_on,
            unit,
            confirmations=False,
        )
        result = _result(record)
        elected, runoff = set(result.elected), set(result.runoff)
        for entry in record.entries:
            key = str(entry.candidate_id)
            entry.outcome = ELECTED if key in elected else RUNOFF if key in runoff else NOT_ELECTED
        record.closed, record.void = True, result.void
        record.void_reason = result.void_reason or ""
        record.closed_at, record.closed_by = utcnow(), actor
        unit = session.get_one(ElectionUnit, record.election.unit_id).name
        names = _names(session, [e.candidate_id for e in record.entries])
        append_audit(
            session,
            actor=actor,
            action="election.round.close",
            entity="election_round",
            entity_id=round_id,
            data={
                "unit": unit,
                "number": record.number,
                "void": result.void,
                "void_reason": result.void_reason,
                "elected": [names[int(k)] for k in result.elected],
                "runoff": [names[int(k)] for k in result.runoff],
                "unfilled": result.unfilled,
            },
        )
        session.flush()
        from congress_app.services.round_records import seal_round

        seal_round(session, round_id, actor=actor)  # the record as closed, sealed (R15.2)
    return round_view(session, round_id)
