"""R24.2, R25.1, R25.2 on the meeting day (rules.meetings)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_app.rules.errors import InvalidCount, UnknownChoice
from congress_app.rules.meetings import (
    BALLOT,
    HANDS,
    MethodNotApproved,
    QuorumNotReached,
    check_vote_allowed,
    tally_congress_vote,
)


@pytest.mark.parametrize("kind", ["method", "credentials", "agenda"])
def test_preparatory_votes_by_hands_before_the_method(kind) -> None:
    check_vote_allowed(kind, HANDS, method_approved=False)
    with pytest.raises(MethodNotApproved):
        check_vote_allowed(kind, BALLOT, method_approved=False)


@pytest.mark.parametrize("kind", ["motion", "election"])
def test_other_votes_wait_for_the_method(kind) -> None:
    with pytest.raises(MethodNotApproved) as refused:
        check_vote_allowed(kind, HANDS, method_approved=False)
    assert refused.value.rule == "R25.2"
    check_vote_allowed(kind, BALLOT, method_approved=True)


def test_unknown_kind_or_method() -> None:
    with pytest.raises(UnknownChoice):
        check_vote_allowed("referendum", HANDS, method_approved=True)
    with pytest.raises(UnknownChoice):
        check_vote_allowed("motion", "show_of_hands", method_approved=True)


@given(st.integers(1, 400), st.data())
def test_verdict_is_more_than_half_of_expected(expected, data) -> None:
    present = data.draw(st.integers(-(-2 * expected // 3), expected))
    yes = data.draw(st.integers(0, present))
    vote = tally_congress_vote(
        expected=expected, present=present, voters=present, yes=yes, no=present - yes, abstain=0
    )
    assert vote.passed is (2 * yes > expected)
    assert vote.needed == expected // 2 + 1


def test_quorum_and_figures_refused() -> None:
    with pytest.raises(QuorumNotReached) as short:
        tally_congress_vote(expected=9, present=5, voters=5, yes=5, no=0, abstain=0)
    assert short.value.required == 6
    with pytest.raises(InvalidCount) as many:
        tally_congress_vote(expected=9, present=6, voters=7, yes=5, no=2, abstain=1)
    assert many.value.code == "exceeds_present" and many.value.required == 7
    with pytest.raises(InvalidCount):
        tally_congress_vote(expected=9, present=6, voters=5, yes=5, no=0, abstain=0)
    with pytest.raises(QuorumNotReached):
        tally_congress_vote(expected=0, present=0, voters=0, yes=0, no=0, abstain=0)
