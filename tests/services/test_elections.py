"""Unit elections end to end through the services (R12.1, R14.0–R14.5, R15.1)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from congress_app.services.counting import (
    Figures,
    close_round,
    compare_ballots,
    open_round,
    record_ballot,
    round_view,
    save_figures,
    set_issued,
)
from congress_app.services.credentials import approve_credentials, review_credentials
from congress_app.services.election_results import election_results
from congress_app.services.elections import (
    STATE_ELECTED,
    STATE_FURTHER,
    STATE_READY,
    STATE_REPEAT,
    STATE_RUNOFF,
    election_overview,
    nominate,
)
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.leaders import record_leader
from congress_app.storage.models import (
    CredentialsReview,
    Delegate,
    DelegateEvent,
    ElectionRound,
    RoundCandidate,
    Staff,
)
from tests.services.election_fixtures import HELD, term, unit_election  # noqa: F401

pytestmark = pytest.mark.usefixtures("term")


def _state(db, term, election_id):
    with db.session() as session:
        return next(s for s in election_overview(session, term.term_id) if s.election_id == election_id)


def _open(db, election_id, **kw):
    with db.session() as session:
        return open_round(session, election_id, held_on=HELD, actor="t", **kw)


def _figures(view, yes_list, issued=None, returned=None, invalid=0):
    issued = view.electorate if issued is None else issued
    returned = issued if returned is None else returned
    return Figures(
        issued, returned, invalid, {c.candidate_id: y for c, y in zip(view.candidates, yes_list, strict=True)}
    )


def _enter_and_close(db, view, yes_list, **kw):
    with db.session() as session:
        save_figures(session, view.round_id, _figures(view, yes_list, **kw), actor="t")
        return close_round(session, view.round_id, actor="t")


def test_tie_at_the_last_seat_goes_to_a_runoff(db, term) -> None:
    state, staff = unit_election(db, term)
    seats = state.seats
    with db.session() as session:
        nominate(session, state.election_id, staff[: seats + 2], actor="t", on=HELD, confirmed_on=HELD)
    assert _state(db, term, state.election_id).state == STATE_READY
    first = _open(db, state.election_id)
    e = first.electorate
    high = e // 2 + 1  # exactly the threshold: 2 × yes > E
    yes = [min(e, high + 5)] * (seats - 1) + [high, high, 1]
    result = _enter_and_close(db, first, yes)
    assert len(result.elected) == seats - 1 and len(result.runoff) == 2
    assert result.unfilled == 1 and not result.void
    assert _state(db, term, state.election_id).state == STATE_RUNOFF

    runoff = _open(db, state.election_id)
    assert runoff.kind == "runoff" and runoff.seats == 1
    assert sorted(c.name for c in runoff.candidates) == sorted(result.runoff)
    second = _enter_and_close(db, runoff, [high + 1, high - 3])
    assert len(second.elected) == 1
    assert _state(db, term, state.election_id).state == STATE_ELECTED


def test_half_of_the_electorate_is_not_enough_and_a_further_round_follows(db, term) -> None:
    state, staff = unit_election(db, term, 1)
    seats = state.seats
    with db.session() as session:
        nominate(session, state.election_id, staff[: seats + 3], actor="t", on=HELD, confirmed_on=HELD)
    first = _open(db, state.election_id)
    e = first.electorate
    exactly_half = e // 2 if e % 2 == 0 else (e - 1) // 2  # 2 × yes ≤ E: not elected (R14.3)
    yes = [e // 2 + 1] * (seats - 1) + [exactly_half, 3, 2, 1]
    result = _enter_and_close(db, first, yes)
    assert len(result.elected) == seats - 1 and result.unfilled == 1 and not result.runoff
    assert _state(db, term, state.election_id).state == STATE_FURTHER
    further = _open(db, state.election_id)
    assert further.kind == "further" and further.seats == 1 and len(further.candidates) == 4
    done = _enter_and_close(db, further, [e // 2 + 1, 1, 1, 1])
    assert len(done.elected) == 1
    assert _state(db, term, state.election_id).state == STATE_ELECTED


@pytest.mark.parametrize(
    "returned_delta, waived, expected",
    [
        (+1, False, "returned_exceeds_issued"),  # R14.2
        (None, False, "turnout_below_two_thirds"),  # R14.0
        (None, True, ""),  # R14.0 switched off with a reason
    ],
)
def test_void_rounds(db, term, returned_delta, waived, expected) -> None:
    state, staff = unit_election(db, term, 2)
    with db.session() as session:
        nominate(session, state.election_id, staff[: state.seats + 1], actor="t", on=HELD, confirmed_on=HELD)
    kw = {"require_two_thirds": False, "waiver_reason": "疫情期间分散投票"} if waived else {}
    view = _open(db, state.election_id, **kw)
    e = view.electorate
    if returned_delta:
        issued, returned = e - 2, e - 1
    else:
        issued = returned = (2 * e) // 3 - 1  # 3 × returned < 2 × E
    yes = [min(returned, e // 2 + 1)] * state.seats + [0]
    result = _enter_and_close(db, view, yes, issued=issued, returned=returned)
    assert result.void_reason == expected and result.void is bool(expected)
    if expected:
        assert result.elected == [] and _state(db, term, state.election_id).state == STATE_REPEAT
        again = _open(db, state.election_id)
        assert again.number == 2 and again.seats == state.seats


def test_impossible_counts_name_the_field_and_save_nothing(db, term) -> None:
    state, staff = unit_election(db, term)
    with db.session() as session:
        nominate(session, state.election_id, staff[: state.seats + 1], actor="t", on=HELD, confirmed_on=HELD)
    view = _open(db, state.election_id)
    valid = view.electorate - 1
    yes = [1] * len(view.candidates)
    yes[2] = valid + 1  # above the valid ballots
    with db.session() as session:
        with pytest.raises(InvalidInput) as caught:
            save_figures(session, view.round_id, _figures(view, yes, invalid=1), actor="t")
    details = caught.value.details
    assert details["field"] == "yes_votes" and details["problem"] == "exceeds_valid"
    assert details["candidate"] == view.candidates[2].name
    with db.session() as session:
        with pytest.raises(InvalidInput) as caught:
            save_figures(session, view.round_id, _figures(view, [0] * len(yes), invalid=-1), actor="t")
        assert caught.value.details["field"] == "invalid"
        assert round_view(session, view.round_id).issued is None
        assert (
            session.scalar(
                select(func.count()).select_from(RoundCandidate).where(RoundCandidate.yes_votes.is_not(None))
            )
            == 0
        )


def test_candidates_must_be_on_duty_in_the_unit_and_outnumber_seats(db, term) -> None:
    first, _ = unit_election(db, term, 0)
    second, other_staff = unit_election(db, term, 1)
    with db.session() as session:
        with pytest.raises(InvalidInput) as caught:
            nominate(session, first.election_id, other_staff[:1], actor="t", on=HELD, confirmed_on=HELD)
        assert caught.value.code == "candidate_not_eligible"
    _, staff = unit_election(db, term, 0)
    with db.session() as session:
        nominate(
            session, first.election_id, staff[: first.seats], actor="t", on=HELD, confirmed_on=HELD
        )  # not contested
        with pytest.raises(InvalidInput) as caught:
            open_round(session, first.election_id, held_on=HELD, actor="t")
        assert caught.value.code == "not_contested"
        assert session.scalar(select(func.count()).select_from(ElectionRound)) == 0


def test_double_entry_mismatches_block_closing(db, term) -> None:
    state, staff = unit_election(db, term, 3)
    with db.session() as session:
        nominate(session, state.election_id, staff[: state.seats + 1], actor="t", on=HELD, confirmed_on=HELD)
    view = _open(db, state.election_id, entry_mode="ballots")
    ids = [c.candidate_id for c in view.candidates]
    papers = {1: ids[: state.seats], 2: ids[1 : state.seats + 1], 3: ids[:1], 4: [], 5: ids}
    with db.session() as session:
        set_issued(session, view.round_id, 5, actor="t")
        for serial, marks in papers.items():
            record_ballot(session, view.round_id, clerk=1, serial=serial, marks=marks, actor="a")
            second = marks if serial != 3 else ids[1:2]
            record_ballot(session, view.round_id, clerk=2, serial=serial, marks=second, actor="b")
        comparison = compare_ballots(session, view.round_id)
        assert comparison.agreed == 4 and [d.serial for d in comparison.differences] == [3]
        with pytest.raises(Conflict) as caught:
            close_round(session, view.round_id, actor="t")
        assert caught.value.code == "ballot_mismatches"
        record_ballot(session, view.round_id, clerk=2, serial=3, marks=ids[:1], actor="b")
        result = close_round(session, view.round_id, actor="t")
    assert (result.issued, result.returned) == (5, 5)
    assert result.invalid == 1  # paper 5 marks more names than seats (R14.2)
    yes = {c.candidate_id: c.yes for c in result.candidates}
    assert yes[ids[0]] == 2 and yes[ids[-1]] == 1  # papers 1 and 3; paper 2 (5 is invalid)
    assert result.void  # 5 papers from a whole unit: below two thirds (R14.0)


def test_credentials_publish_delegates_from_the_publication_date(db, term) -> None:
    with db.session() as session:
        states = election_overview(session, term.term_id)
    for state in states:
        _, staff = unit_election(db, term, sorted(states, key=lambda s: -s.seats).index(state))
        with db.session() as session:
            nominate(
                session, state.election_id, staff[: state.seats + 1], actor="t", on=HELD, confirmed_on=HELD
            )
        view = _open(db, state.election_id)
        e = view.electorate
        _enter_and_close(db, view, [e // 2 + 1] * state.seats + [0])
    with db.session() as session:
        review = review_credentials(session, term.term_id)
    assert len(review.delegates) == sum(s.seats for s in states)
    assert all(p.compliant for p in review.procedures)
    published_on = date(2025, 12, 5)
    elected = {d.staff_id for d in review.delegates}
    with db.session() as session:  # the school records a 校长 who was not elected (R13.6)
        outsider = session.scalar(select(Staff.id).where(Staff.id.not_in(elected)).limit(1))
        record_leader(session, "校长", outsider, since=date(2025, 1, 1), actor="t")
        review = review_credentials(session, term.term_id, on=published_on)
        leaders = next(c for c in review.checks if c.kind == "leaders")
        assert not leaders.passed and leaders.missing == ("校长",)
        with pytest.raises(InvalidInput) as caught:  # a must: no reason can override it (R15.3)
            approve_credentials(session, term.term_id, published_on=published_on, actor="t")
        assert caught.value.code == "credentials_blocking" and "leaders" in caught.value.details["failures"]
        assert session.scalar(select(func.count()).select_from(Delegate)) == 0
        assert session.scalar(select(func.count()).select_from(CredentialsReview)) == 0
        record_leader(session, "校长", None, since=date(2025, 6, 1), actor="t", note="空缺")
        review = review_credentials(session, term.term_id, on=published_on)
        assert review.blocking_failures == []
        count = approve_credentials(session, term.term_id, published_on=published_on, actor="t")
        assert count == len(review.delegates)
        assert set(session.scalars(select(Delegate.effective_from))) == {published_on}
        assert (
            session.scalar(
                select(func.count()).select_from(DelegateEvent).where(DelegateEvent.rule == "R15.1")
            )
            == count
        )
        with pytest.raises(Conflict):
            approve_credentials(session, term.term_id, published_on=published_on, actor="t")
        results = election_results(session, term.term_id)
    assert len(results) == len(states)
    assert set(results[0]) == {
        "unit",
        "round",
        "seats",
        "electorate",
        "issued",
        "returned",
        "invalid",
        "votes",
        "elected",
        "runoff",
        "unfilled",
        "void",
    }
