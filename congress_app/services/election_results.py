"""Unit elections, part 3: results for publishing (`election results --json`), ballot papers
and the results sheet (选举结果报告单) as PDFs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.reports.ballots import BallotData, build_ballots_pdf
from congress_app.reports.election_result import (
    CandidateResult,
    ElectionResultData,
    build_election_result_pdf,
)
from congress_app.reports.numerals import chinese_numeral
from congress_app.services.audit import append_audit
from congress_app.services.counting import RoundView, round_view
from congress_app.services.elections import list_candidates
from congress_app.services.errors import InvalidInput
from congress_app.services.school import school_info
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import BallotPrint, ElectionRound, Term, UnitElection

ROUND_LABELS = {"first": "第一轮", "runoff": "另行选举（得票相同）", "further": "另行选举（补足缺额）"}


def _display_names(session: Session, view: RoundView) -> dict[int, str]:
    """Candidate id → name as printed, namesakes told apart (services.names)."""
    labels = {c.candidate_id: c.label for c in list_candidates(session, view.election_id)}
    return {c.candidate_id: labels.get(c.candidate_id) or c.name for c in view.candidates}


def round_result(session: Session, round_id: int) -> dict:
    """One round as the CLI publishes it (keys are a contract for scripts)."""
    view = round_view(session, round_id)
    names = _display_names(session, view)
    closed = view.closed
    return {
        "unit": view.unit,
        "round": view.number,
        "seats": view.seats,
        "electorate": view.electorate,
        "issued": view.issued,
        "returned": view.returned,
        "invalid": view.invalid,
        "votes": {names[c.candidate_id]: c.yes for c in view.candidates},
        "elected": [names[c.candidate_id] for c in view.candidates if c.outcome == "elected"],
        "runoff": [names[c.candidate_id] for c in view.candidates if c.outcome == "runoff"],
        "unfilled": view.unfilled if closed else None,
        "void": view.void if closed else None,
    }


def election_results(session: Session, term_id: int | None = None) -> list[dict]:
    """Every round of every unit election (of one term, or all), by unit then round."""
    query = (select(ElectionRound.id).join(UnitElection, ElectionRound.election_id == UnitElection.id)
             .order_by(UnitElection.term_id, UnitElection.id, ElectionRound.number))
    if term_id is not None:
        query = query.where(UnitElection.term_id == term_id)
    results = [round_result(session, rid) for rid in session.scalars(query)]
    return sorted(results, key=lambda r: (r["unit"], r["round"]))


def _title(session: Session, election: UnitElection) -> str:
    term = session.get(Term, election.term_id)
    return f"{school_info(session).name}第{chinese_numeral(term.number)}届教职工代表大会代表选举"


def write_ballot_papers(session: Session, round_id: int, out: Path, *, copies: int | None = None,
                        first_serial: int = 1, actor: str) -> Path:
    """The ballot papers of a round, one per page with serial numbers (default: one per elector)."""
    view = round_view(session, round_id)
    if view.closed:
        raise InvalidInput("round_closed", field="round", number=view.number)
    copies = view.electorate if copies is None else copies
    if copies < 1 or first_serial < 1:
        raise InvalidInput("bad_copies", field="copies", value=copies)
    record = session.get(ElectionRound, round_id)
    in_round = {c.candidate_id for c in view.candidates}
    ordered = [c.label for c in list_candidates(session, view.election_id)
               if c.candidate_id in in_round]
    data = BallotData(
        school=school_info(session).name, title=_title(session, record.election) + "选票",
        unit=view.unit, seats=view.seats, candidates=tuple(ordered), copies=copies,
        first_serial=first_serial,
        round_label=None if view.kind == "first" and view.number == 1 else f"第{chinese_numeral(view.number)}轮 · {ROUND_LABELS[view.kind]}",
        election_date=view.held_on,
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_ballots_pdf(data, out)
    with unit_of_work(session):
        session.add(BallotPrint(round_id=round_id, copies=copies, first_serial=first_serial,
                                printed_by=actor))
        append_audit(session, actor=actor, action="election.ballots.print",
                     entity="election_round", entity_id=round_id,
                     data={"copies": copies, "first_serial": first_serial})
    return out


def write_result_sheet(session: Session, round_id: int, out: Path) -> Path:
    """The 选举结果报告单 of a closed round."""
    view = round_view(session, round_id)
    if not view.closed:
        raise InvalidInput("round_open", field="round", number=view.number)
    record = session.get(ElectionRound, round_id)
    names = _display_names(session, view)
    data = ElectionResultData(
        school=school_info(session).name, unit=view.unit, round_no=view.number,
        runoff=view.kind != "first", seats=view.seats,
        runoff_kind={"runoff": "tie", "further": "further"}.get(view.kind), electorate=view.electorate,
        ballots_issued=view.issued or 0, ballots_returned=view.returned or 0,
        ballots_invalid=view.invalid or 0,
        candidates=tuple(CandidateResult(names[c.candidate_id], c.yes or 0, c.outcome)
                         for c in view.candidates),
        election_date=view.held_on, election_name=_title(session, record.election),
        void=view.void, void_reason={"returned_exceeds_issued": "收回选票多于发出选票（R14.2）",
                                     "turnout_below_two_thirds": "参加投票人数不足本单位教职工的三分之二（惯例做法，非规范条文）"}.get(view.void_reason),
        quorum_rule=view.require_two_thirds, quorum_waiver_reason=view.waiver_reason or None,
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_election_result_pdf(data, out)
    return out
