"""R24.2, R25.1, R25.2: quorum and majority of the expected delegates."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congress_app.rules import (
    Finding,
    InvalidCount,
    UnknownChoice,
    check_voting_method,
    motion_passes,
    quorum,
    quorum_required,
    tally_motion,
    votes_needed,
)


def test_quorum_table_0_to_200():
    for expected in range(0, 201):
        # independent: smallest p (at least 1) whose 3p reaches 2e
        smallest = next(p for p in range(1, expected + 2) if 3 * p >= 2 * expected)
        assert quorum_required(expected) == smallest, expected
        for present in range(0, expected + 1):
            q = quorum(expected, present)
            assert q.reached == (expected > 0 and 3 * present >= 2 * expected), (expected, present)
            assert q.reached == (present >= q.required)
            assert q.required == smallest
            assert q.shortfall == max(0, smallest - present)


def test_quorum_examples():
    assert quorum(0, 0).reached is False and quorum(0, 0).required == 1
    assert quorum(3, 2).reached and not quorum(3, 1).reached
    assert quorum(100, 67).reached and not quorum(100, 66).reached
    assert quorum(99, 66).reached and not quorum(99, 65).reached
    assert quorum(150, 100).rule == "R24.2"


def test_majority_table_0_to_200():
    for expected in range(0, 201):
        needed = next(y for y in range(0, expected + 2) if 2 * y > expected)
        assert votes_needed(expected) == needed
        for yes in range(0, expected + 1):
            assert motion_passes(expected, yes) == (2 * yes > expected), (expected, yes)


def test_majority_examples():
    assert not motion_passes(100, 50) and motion_passes(100, 51)
    assert not motion_passes(101, 50) and motion_passes(101, 51)
    assert not motion_passes(0, 0) and votes_needed(0) == 1


@pytest.mark.parametrize(
    "call,field",
    [
        (lambda: quorum(-1, 0), "expected"),
        (lambda: quorum(5, -1), "present"),
        (lambda: quorum(5, 6), "present"),
        (lambda: motion_passes(-1, 0), "expected"),
        (lambda: motion_passes(5, -1), "yes"),
        (lambda: motion_passes(5, 6), "yes"),
        (lambda: votes_needed(-3), "expected"),
        (lambda: tally_motion(expected=5, present=4, yes=3, no=2), "votes"),
        (lambda: tally_motion(expected=5, present=6, yes=3), "present"),
    ],
)
def test_errors(call, field):
    with pytest.raises(InvalidCount) as info:
        call()
    assert isinstance(info.value, ValueError) and info.value.field == field


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 5000).flatmap(lambda e: st.tuples(st.just(e), st.integers(0, e))))
def test_quorum_property(case):
    e, p = case
    assert quorum(e, p).reached == (3 * p >= 2 * e and e > 0)
    assert motion_passes(e, p) == (2 * p > e)


def test_tally_motion_counts_expected_not_present():
    m = tally_motion(expected=120, present=90, yes=60, no=20, abstain=10)
    assert not m.passed and m.needed == 61  # 60 of 90 present, but not > 120/2
    assert tally_motion(expected=120, present=90, yes=61, no=20).passed


def test_voting_method_needs_approval():
    approved = tally_motion(expected=100, present=80, yes=70)
    rejected = tally_motion(expected=100, present=80, yes=50)
    assert check_voting_method("secret_ballot", approved) == []
    assert check_voting_method("show_of_hands", None) == [
        Finding("R25.2", "method_not_approved", subject="show_of_hands")
    ]
    assert check_voting_method("show_of_hands", rejected) == [
        Finding("R25.2", "approval_failed", 50, 51, "show_of_hands")
    ]
    with pytest.raises(UnknownChoice):
        check_voting_method("acclamation", approved)
