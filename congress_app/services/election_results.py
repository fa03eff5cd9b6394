"""Unit elections, part 3: results for publishing (`election results --json`), ballot papers
and the results sheet (选举结果报告单) as PDFs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.reports.ballots import BallotData, build_ballots_pdf
from congress_app.reports.election_result import build_election_result_pdf
from congress_app.reports.numerals import chinese_numeral
from congress_app.services.audit import append_audit
from congress_app.services.counting import RoundView, round_view
from congress_app.services.elections import list_candidates
from congress_app.services.errors import InvalidInput
from congress_app.services.school import school_info
from congress_app.services.transaction import unit_of_work
from congress_app.services.unit_order import unit_name_key
from congress_app.storage.models import BallotPrint, ElectionRound, Term, UnitElection
from congress_app.wording.papers import BALLOT_SUFFIX, ELECTION_TITLE, ROUND_LABEL
from congress_app.wording.papers import ROUND_LABELS as ROUND_LABELS


def _display_names(session: Session, view: RoundView) -> dict[int, str]:
    """Candidate id → name as printed, namesakes told apart (services.names)."""
    labels = {c.candidate_id: c.label for c in list_candidates(session, view.election_id)}
    return {c.candidate_id: labels.get(c.candidate_id) or c.name for c in view.candidates}


def round_result(session: Session, round_id: int) -> dict[str, Any]:
    """One round as the CLI publishes it (keys are a contract for scripts); a closed round as
    its stored record holds it (R15.2)."""
    from congress_app.services.records import ROUND, stored_content, stored_record

    sealed = stored_record(session, ROUND, round_id)
    if sealed is not None:
        c = stored_content(sealed)
        return {
            "unit": c["unit"],
            "round": c["round"],
            "seats": c["seats"],
            "electorate": c["electorate"],
            "issued": c["issued"],
            "returned": c["returned"],
            "invalid": c["invalid"],
            "votes": {p["display"]: p["yes"] for p in c["candidates"]},
            "elected": c["elected"],
            "runoff": c["runoff"],
            "unfilled": c["unfilled"],
            "void": c["void"],
        }
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


def election_results(session: Session, term_id: int | None = None) -> list[dict[str, Any]]:
    """Every round of every unit election (of one term, or all), by unit then round."""
    query = (
        select(ElectionRound.id)
        .join(UnitElection, ElectionRound.election_id == UnitElection.id)
        .order_by(UnitElection.term_id, UnitElection.id, ElectionRound.number)
    )
    if term_id is not None:
        query = query.where(UnitElection.term_id == term_id)
    results = [round_result(session, rid) for rid in session.scalars(query)]
    unit_key = unit_name_key(session)  # the one order of units (issue 15)
    return sorted(results, key=lambda r: (unit_key(r["unit"]), r["round"]))


def _title(session: Session, election: UnitElection) -> str:
    term = session.get_one(Term, election.term_id)
    return ELECTION_TITLE.format(school=school_info(session).name, term=chinese_numeral(term.number))


def ballot_data(
    session: Session,
    round_id: int,
    *,
    copies: int = 1,
    first_serial: int = 1,
    specimen: bool = False,
    view: RoundView | None = None,
) -> BallotData:
    """The ballot paper of a round (its candidates in ballot order); ``specimen``: the 选票样张
    kept in the archive, printed with "样张" where the serial goes."""
    view = view or round_view(session, round_id)
    record = session.get_one(ElectionRound, round_id)
    in_round = {c.candidate_id for c in view.candidates}
    ordered = [c.label for c in list_candidates(session, view.election_id) if c.candidate_id in in_round]
    return BallotData(
        school=school_info(session).name,
        title=_title(session, record.election) + BALLOT_SUFFIX,
        unit=view.unit,
        seats=view.seats,
        candidates=tuple(ordered),
        copies=copies,
        first_serial=first_serial,
        round_label=None
        if view.kind == "first" and view.number == 1
        else ROUND_LABEL.format(number=chinese_numeral(view.number), kind=ROUND_LABELS[view.kind]),
        election_date=view.held_on,
        specimen=specimen,
    )


def write_ballot_papers(
    session: Session,
    round_id: int,
    out: Path,
    *,
    copies: int | None = None,
    first_serial: int = 1,
    actor: str,
) -> Path:
    """The ballot papers of a round, one per page with serial numbers (default: one per elector)."""
    view = round_view(session, round_id)
    if view.closed:
        raise InvalidInput("round_closed", field="round", number=view.number)
    copies = view.electorate if copies is None else copies
    if copies < 1 or first_serial < 1:
        raise InvalidInput("bad_copies", field="copies", value=copies)
    data = ballot_data(session, round_id, copies=copies, first_serial=first_serial, view=view)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_ballots_pdf(data, out)
    with unit_of_work(session):
        session.add(
            BallotPrint(round_id=round_id, copies=copies, first_serial=first_serial, printed_by=actor)
        )
        append_audit(
            session,
            actor=actor,
            action="election.ballots.print",
            entity="election_round",
            entity_id=round_id,
            data={"copies": copies, "first_serial": first_serial},
        )
    return out


def write_result_sheet(session: Session, round_id: int, out: Path) -> Path:
    """The 选举结果报告单 of a closed round, printed from its stored, sealed record."""
    from congress_app.services.round_records import result_sheet_data

    data = result_sheet_data(session, round_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_election_result_pdf(data, out)
    return out
