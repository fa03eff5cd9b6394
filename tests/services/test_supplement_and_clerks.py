"""A supplementary review and list (R15.2, R19.1) after a by-election, and double entry by two
different operators, each paper audited without its marks (R14.2)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from congress_app.rules.seats import is_teaching
from congress_app.services.counting import Figures, close_round, open_round, record_ballot, save_figures
from congress_app.services.credentials import approve_supplement, review_credentials
from congress_app.services.credentials_records import (
    credentials_report_data,
    delegate_list_data,
    list_reviews,
)
from congress_app.services.elections import eligible_staff, nominate, prepare_elections
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.terms import create_term
from congress_app.services.transaction import unit_of_work
from congress_app.services.verification import verify_records
from congress_app.storage.models import AuditEntry, Delegate, Term, UnitElection
from tests.services.records_fixtures import demo, demo_template  # noqa: F401

BY_ELECTION_DAY = date(2026, 11, 20)
SUPPLEMENT_ON = date(2026, 12, 1)


def _by_election(session) -> tuple[int, str]:
    """A one-seat by-election in the demo's largest unit, won by a teaching member."""
    term = session.scalar(select(Term).where(Term.number == 9))
    unit_id = session.scalar(
        select(UnitElection.unit_id)
        .where(UnitElection.term_id == term.id)
        .order_by(UnitElection.seats.desc())
        .limit(1)
    )
    with unit_of_work(session):
        election = UnitElection(term_id=term.id, unit_id=unit_id, kind="by_election", seats=1)
        session.add(election)
        session.flush()
        election_id = election.id
    seated = set(session.scalars(select(Delegate.staff_id).where(Delegate.term_id == term.id)))
    free = [s for s in eligible_staff(session, election_id, BY_ELECTION_DAY) if s.id not in seated]
    winner = next(s for s in free if is_teaching(s.category))
    other = next(s for s in free if s.id != winner.id)
    nominate(
        session,
        election_id,
        [winner.id, other.id],
        actor="t",
        on=BY_ELECTION_DAY,
        confirmed_on=BY_ELECTION_DAY,
    )
    session.expire_all()  # the election was loaded before its candidates were added
    view = open_round(session, election_id, held_on=BY_ELECTION_DAY, actor="t")
    e = view.electorate
    by_staff = {c.name: c.candidate_id for c in view.candidates}
    save_figures(
        session,
        view.round_id,
        Figures(e, e, 0, {by_staff[winner.name]: e // 2 + 1, by_staff[other.name]: 1}),
        actor="t",
    )
    close_round(session, view.round_id, actor="t")
    return term.id, winner.name


def test_a_by_election_is_reviewed_and_published_as_a_supplement(demo) -> None:
    with demo.session() as session:
        term_id, winner = _by_election(session)
        original_before = (credentials_report_data(session, term_id), delegate_list_data(session, term_id))
        view = review_credentials(session, term_id, on=SUPPLEMENT_ON, supplement=True)
        assert [d.name for d in view.delegates] == [winner] and view.kind == "supplement"
        with pytest.raises(InvalidInput) as early:
            approve_supplement(session, term_id, published_on=date(2025, 1, 1), actor="t")
        assert early.value.code == "supplement_too_early"
        assert approve_supplement(session, term_id, published_on=SUPPLEMENT_ON, actor="审查委员") == 1
        reviews = list_reviews(session, term_id)  # the demo's own supplement comes first
        assert [r.kind for r in reviews] == ["original", "supplement", "supplement"]
        assert reviews[-1].published_on == SUPPLEMENT_ON and reviews[-1].delegates == 1 and reviews[-1].seal
        listed = delegate_list_data(session, term_id, review_id=reviews[-1].review_id)
        assert listed.title.endswith("增补代表名单") and [
            d.name for u in listed.units for d in u.delegates
        ] == [winner]
        report = credentials_report_data(session, term_id, review_id=reviews[-1].review_id)
        assert report.title == "补选代表资格审查报告" and [d.name for d in report.delegates] == [winner]
        assert (
            credentials_report_data(session, term_id),
            delegate_list_data(session, term_id),
        ) == original_before
        delegate = session.scalar(
            select(Delegate)
            .join(Delegate.events)
            .where(Delegate.term_id == term_id)
            .order_by(Delegate.id.desc())
            .limit(1)
        )
        assert delegate.effective_from == SUPPLEMENT_ON
        with pytest.raises(Conflict) as again:
            approve_supplement(session, term_id, published_on=SUPPLEMENT_ON, actor="t")
        assert again.value.code == "no_new_delegates"
        assert verify_records(session).ok


def test_a_supplement_needs_the_original_publication(demo) -> None:
    with demo.session() as session:
        term = create_term(session, number=10, starts_on=date(2030, 12, 18), years=5, actor="t")
        with pytest.raises(InvalidInput) as caught:
            approve_supplement(session, term.term_id, published_on=date(2031, 1, 1), actor="t")
    assert caught.value.code == "not_published"


def _ballot_round(session):
    term = create_term(session, number=10, starts_on=date(2030, 12, 18), years=5, actor="t")
    prepare_elections(session, term_id=term.term_id, actor="t")
    election = session.scalar(
        select(UnitElection).where(UnitElection.term_id == term.term_id).order_by(UnitElection.seats).limit(1)
    )
    staff = [s.id for s in eligible_staff(session, election.id)][: election.seats + 1]
    nominate(session, election.id, staff, actor="t", on=BY_ELECTION_DAY, confirmed_on=BY_ELECTION_DAY)
    session.expire_all()
    return open_round(session, election.id, held_on=BY_ELECTION_DAY, actor="t", entry_mode="ballots")


def test_the_two_clerks_of_a_double_entry_must_be_different_operators(demo) -> None:
    with demo.session() as session:
        view = _ballot_round(session)
        ids = [c.candidate_id for c in view.candidates]
        record_ballot(session, view.round_id, clerk=1, serial=1, marks=ids[:1], actor="张一")
        record_ballot(session, view.round_id, clerk=1, serial=2, marks=ids[1:2], actor="张一")
        with pytest.raises(Conflict) as caught:
            record_ballot(session, view.round_id, clerk=2, serial=1, marks=ids[:1], actor="张一")
        assert caught.value.code == "same_clerk" and caught.value.details["other"] == 1
        record_ballot(session, view.round_id, clerk=2, serial=1, marks=ids[:1], actor="李二")
        with pytest.raises(Conflict):  # and the other way round
            record_ballot(session, view.round_id, clerk=1, serial=3, marks=ids[:1], actor="李二")
        entries = session.execute(
            select(AuditEntry.actor, AuditEntry.payload)
            .where(AuditEntry.action == "election.ballot.enter")
            .order_by(AuditEntry.id)
        ).all()
    assert [(a, json.loads(p)["clerk"], json.loads(p)["serial"]) for a, p in entries] == [
        ("张一", 1, 1),
        ("张一", 1, 2),
        ("李二", 2, 1),
    ]
    # who entered which paper — never the marks, never anything about a voter
    assert all(set(json.loads(p)) == {"clerk", "serial", "again"} for _a, p in entries)
