"""A closed round as a frozen record: its figures and verdict as they were at closing (R15.2),
the result sheet (选举结果报告单) printed from that record, and the recount from the tables
that `audit verify` compares with the seal."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.reports.election_result import CandidateResult, ElectionResultData
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.records import (
    ROUND,
    canonical,
    seal_of,
    seal_record,
    short_seal,
    stored_content,
    stored_record,
)
from congress_app.storage.models import Candidate, ElectionRound, SealedRecord, Staff, Term
from congress_app.wording.papers import VOID_REASONS as VOID_REASONS

# the fields of a round that live in its tables (the rest — names, titles — is as printed)
LIVE_FIELDS = (
    "seats",
    "electorate",
    "held_on",
    "issued",
    "returned",
    "invalid",
    "require_two_thirds",
    "waiver_reason",
    "void",
    "void_reason",
    "closed_by",
)


def _live(record: ElectionRound) -> dict[str, Any]:
    return {
        "seats": record.seats,
        "electorate": record.electorate,
        "held_on": record.held_on.isoformat(),
        "issued": record.issued,
        "returned": record.returned,
        "invalid": record.invalid,
        "require_two_thirds": record.require_two_thirds,
        "waiver_reason": record.waiver_reason,
        "void": record.void,
        "void_reason": record.void_reason,
        "closed_by": record.closed_by,
    }


def _verdict(content: dict[str, Any]) -> None:
    people = content["candidates"]
    content["elected"] = [c["display"] for c in people if c["outcome"] == "elected"]
    content["runoff"] = [c["display"] for c in people if c["outcome"] == "runoff"]
    content["unfilled"] = content["seats"] - len(content["elected"])


def round_content(session: Session, round_id: int) -> dict[str, Any]:
    """What a closed round's record holds: counts, each candidate's yes votes and outcome,
    elected / runoff / unfilled, void and why, with the names as printed."""
    from congress_app.services.counting import round_view
    from congress_app.services.election_results import _display_names, _title
    from congress_app.services.school import school_info

    view = round_view(session, round_id)
    record = session.get_one(ElectionRound, round_id)
    election = record.election
    names = _display_names(session, view)
    staff = {
        cid: (sid, no)
        for cid, sid, no in session.execute(
            select(Candidate.id, Staff.id, Staff.staff_no)
            .join(Staff, Candidate.staff_id == Staff.id)
            .where(Candidate.id.in_([c.candidate_id for c in view.candidates]))
        )
    }
    content: dict[str, Any] = {
        "record": ROUND,
        "school": school_info(session).name,
        "term": session.get_one(Term, election.term_id).number,
        "election_id": election.id,
        "election_kind": election.kind,
        "election_name": _title(session, election),
        "unit_id": election.unit_id,
        "unit": view.unit,
        "round_id": record.id,
        "round": record.number,
        "round_kind": record.kind,
        "entry_mode": record.entry_mode,
        **_live(record),
        "closed_at": record.closed_at.isoformat(timespec="seconds") if record.closed_at else None,
        "candidates": [
            {
                "candidate_id": c.candidate_id,
                "staff_id": staff[c.candidate_id][0],
                "staff_no": staff[c.candidate_id][1],
                "name": c.name,
                "display": names[c.candidate_id],
                "yes": c.yes,
                "outcome": c.outcome,
            }
            for c in view.candidates
        ],
    }
    _verdict(content)
    return content


def seal_round(session: Session, round_id: int, *, actor: str) -> SealedRecord:
    """Freeze a round just closed (inside the closing transaction)."""
    content = round_content(session, round_id)
    record = session.get_one(ElectionRound, round_id)
    return seal_record(
        session,
        kind=ROUND,
        subject_id=round_id,
        term_id=record.election.term_id,
        content=content,
        actor=actor,
    )


def recount_round(session: Session, sealed: SealedRecord) -> dict[str, Any] | None:
    """The record with every table-held figure read again from the tables (None: the round
    is gone). Its seal equals the stored one only if nothing was changed since closing."""
    record = session.get(ElectionRound, sealed.subject_id)
    if record is None:
        return None
    content = stored_content(sealed)
    content.update(_live(record))
    now = {e.candidate_id: e for e in record.entries}
    for person in content["candidates"]:
        entry = now.get(person["candidate_id"])
        person["yes"] = entry.yes_votes if entry else None
        person["outcome"] = entry.outcome if entry else ""
    _verdict(content)
    return content


def recomputed_seal(content: dict[str, Any]) -> str:
    return seal_of(canonical(content))


def result_sheet_data(session: Session, round_id: int) -> ElectionResultData:
    """The 选举结果报告单 of a closed round, from its stored record."""
    record = session.get(ElectionRound, round_id)
    if record is None:
        raise NotFound(what="election_round", id=round_id)
    if not record.closed:
        raise InvalidInput("round_open", field="round", number=record.number)
    sealed = stored_record(session, ROUND, round_id)
    if sealed is None:
        raise NotFound("record_missing", what="round_record", id=record.number)
    c = stored_content(sealed)
    from datetime import date

    return ElectionResultData(
        school=c["school"],
        unit=c["unit"],
        round_no=c["round"],
        runoff=c["round_kind"] != "first",
        seats=c["seats"],
        runoff_kind={"runoff": "tie", "further": "further"}.get(c["round_kind"]),
        electorate=c["electorate"],
        ballots_issued=c["issued"] or 0,
        ballots_returned=c["returned"] or 0,
        ballots_invalid=c["invalid"] or 0,
        candidates=tuple(CandidateResult(p["display"], p["yes"] or 0, p["outcome"]) for p in c["candidates"]),
        election_date=date.fromisoformat(c["held_on"]),
        election_name=c["election_name"],
        void=c["void"],
        void_reason=VOID_REASONS.get(c["void_reason"]),
        quorum_rule=c["require_two_thirds"],
        quorum_waiver_reason=c["waiver_reason"] or None,
        seal=short_seal(sealed.seal),
    )
