"""R14.0–R14.5, R12.1, R15.1: unit election tallies, further rounds, credentials."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congress_app.rules import (
    CandidateProfile,
    Finding,
    InvalidCount,
    NotEnoughCandidates,
    check_credentials,
    check_eligibility,
    check_round_counts,
    further_round,
    passing_threshold,
    tally_unit_election,
)
from congress_app.rules import seats as S


def tally(yes, *, electorate=10, seats=1, issued=None, returned=None, invalid=0, **kw):
    issued = electorate if issued is None else issued
    returned = issued if returned is None else returned
    return tally_unit_election(
        electorate=electorate,
        seats=seats,
        yes_votes=yes,
        issued=issued,
        returned=returned,
        invalid=invalid,
        **kw,
    )


def test_exactly_half_fails_one_over_passes():
    r = tally({"甲": 5, "乙": 4}, electorate=10)
    assert r.elected == [] and r.unfilled == 1 and r.threshold == 6 and not r.void
    r = tally({"甲": 6, "乙": 4}, electorate=10)
    assert r.elected == ["甲"] and r.unfilled == 0 and r.passing == ["甲"]
    # odd electorate: 2*5 = 10 > 11 is false, 6 passes
    assert tally({"甲": 5, "乙": 4}, electorate=11).elected == []
    assert tally({"甲": 6, "乙": 4}, electorate=11).elected == ["甲"]


def test_threshold_counts_all_staff_not_voters():
    # 8 of 12 return ballots (exactly 2/3); 6 yes of 8 valid is 75% of voters but 2*6 = 12 = E
    r = tally({"甲": 6, "乙": 1}, electorate=12, issued=8, returned=8)
    assert not r.void and r.elected == [] and r.threshold == 7


@pytest.mark.parametrize("electorate", range(1, 60))
def test_threshold_brute_force(electorate):
    expected = next(y for y in range(electorate + 2) if 2 * y > electorate)
    assert passing_threshold(electorate) == expected


def test_order_most_votes_first_ties_by_name():
    r = tally({"丙": 8, "乙": 9, "甲": 8, "丁": 2}, electorate=10, seats=3)
    assert r.elected == ["乙", "丙", "甲"] and r.runoff == [] and r.unfilled == 0


TIE = {"A": 15, "B": 12, "C": 12, "D": 1}  # E = 20, 2 seats, 40 marks at most


def test_tie_at_last_seat_goes_to_runoff():
    r = tally(TIE, electorate=20, seats=2)
    assert r.elected == ["A"]
    assert r.runoff == ["B", "C"] and r.runoff_seats == 1
    assert r.unfilled == 1  # the runoff seat counts as unfilled


def test_all_tied():
    r = tally({"C": 11, "A": 11, "B": 11}, electorate=20, seats=2)
    assert r.elected == [] and r.runoff == ["A", "B", "C"] and r.runoff_seats == 2
    assert r.unfilled == 2


def test_tie_below_last_seat_is_no_runoff():
    r = tally({"A": 13, "B": 12, "C": 12, "D": 11, "X": 11}, electorate=20, seats=3)
    assert r.elected == ["A", "B", "C"] and r.runoff == [] and r.unfilled == 0
    assert r.passing == ["A", "B", "C", "D", "X"]


def test_tie_within_seats_is_fine():
    r = tally({"A": 8, "B": 8, "C": 2}, electorate=10, seats=2)
    assert r.elected == ["A", "B"] and r.runoff == []


def test_void_returned_exceeds_issued():
    r = tally({"A": 9, "B": 2}, electorate=20, issued=15, returned=16)
    assert r.void and r.void_reason == "returned_exceeds_issued" and r.void_rule == "R14.2"
    assert r.elected == [] and r.runoff == [] and r.passing == [] and r.unfilled == 1


def test_turnout_boundary():
    # E = 30: 2E = 60; 3*19 = 57 void, 3*20 = 60 valid
    r = tally({"A": 16, "B": 2}, electorate=30, issued=19, returned=19)
    assert r.void and r.void_reason == "turnout_below_two_thirds" and r.void_rule == "R14.0"
    assert not r.turnout_reached and r.elected == [] and r.unfilled == 1
    r = tally({"A": 16, "B": 2}, electorate=30, issued=20, returned=20)
    assert not r.void and r.turnout_reached and r.elected == ["A"]
    # E = 31: 2E = 62; 3*20 = 60 void, 3*21 = 63 valid
    assert tally({"A": 16, "B": 2}, electorate=31, issued=20, returned=20).void
    assert not tally({"A": 16, "B": 2}, electorate=31, issued=21, returned=21).void


def test_turnout_counts_returned_including_invalid():
    r = tally({"A": 16, "B": 1}, electorate=30, issued=20, returned=20, invalid=3)
    assert not r.void and r.valid == 17 and r.elected == ["A"]


def test_turnout_check_switched_off():
    r = tally({"A": 16, "B": 1}, electorate=30, issued=17, returned=17, require_two_thirds_turnout=False)
    assert not r.void and not r.turnout_reached and not r.turnout_required
    assert r.elected == ["A"]


def test_returned_over_issued_voids_even_without_turnout_check():
    r = tally({"A": 16, "B": 2}, electorate=30, issued=25, returned=26, require_two_thirds_turnout=False)
    assert r.void and r.void_reason == "returned_exceeds_issued"


@pytest.mark.parametrize(
    "kwargs,field,code",
    [
        (dict(electorate=0), "electorate", "below_minimum"),
        (dict(seats=0), "seats", "below_minimum"),
        (dict(issued=-1, returned=0), "issued", "negative"),
        (dict(returned=-1), "returned", "negative"),
        (dict(invalid=-1), "invalid", "negative"),
        (dict(invalid=11, returned=10), "invalid", "exceeds_returned"),
        (dict(issued=11), "issued", "exceeds_electorate"),
        (dict(yes={"张三": -1, "李四": 2}), "yes_votes[张三]", "negative"),
        (dict(yes={"张三": 9, "李四": 2}, invalid=2), "yes_votes[张三]", "exceeds_valid"),
        (dict(yes={"A": 6, "B": 5}), "yes_votes", "exceeds_marks"),
        (dict(yes={"A": 6}), "yes_votes", "not_contested"),
        (dict(seats=2, yes={"A": 6, "B": 6}), "yes_votes", "not_contested"),
        (dict(electorate=True), "electorate", "not_integer"),
    ],
)
def test_value_errors_name_the_field(kwargs, field, code):
    yes = kwargs.pop("yes", {"A": 6, "B": 3})
    with pytest.raises(ValueError) as info:
        tally(yes, **kwargs)
    assert isinstance(info.value, InvalidCount)
    assert info.value.field == field and info.value.code == code
    assert info.value.rule.startswith("R14.")


def test_not_contested_is_typed():
    with pytest.raises(NotEnoughCandidates) as info:
        tally({"A": 6, "B": 3}, seats=2)
    assert (info.value.candidates, info.value.seats, info.value.rule) == (2, 2, "R14.1")


def test_marks_boundary_is_allowed():
    # 10 valid ballots x 2 seats = 20 marks at most
    r = tally({"A": 10, "B": 10, "C": 0}, electorate=10, seats=2)
    assert r.elected == ["A", "B"]


def test_check_round_counts_reports_everything():
    found = check_round_counts(
        electorate=0,
        seats=0,
        yes_votes={"A": -2},
        issued=-1,
        returned=3,
        invalid=4,
    )
    subjects = [(f.subject, f.code) for f in found]
    assert subjects == [
        ("electorate", "below_minimum"),
        ("seats", "below_minimum"),
        ("issued", "negative"),
        ("invalid", "exceeds_returned"),
        ("yes_votes[A]", "negative"),
    ]
    assert (
        check_round_counts(
            electorate=10,
            seats=1,
            yes_votes={"A": 6, "B": 4},
            issued=10,
            returned=11,
        )
        == []
    )  # returned > issued voids; it is not a count error
    assert check_round_counts(
        electorate=10,
        seats=1,
        yes_votes={"A": 6, "B": 5},
        issued=10,
        returned=10,
    ) == [Finding("R14.2", "exceeds_marks", 11, 10, "yes_votes")]


def test_further_round_after_shortfall():
    r = tally({"A": 9, "B": 4, "C": 2, "D": 5}, electorate=10, seats=2)
    assert r.elected == ["A"] and r.unfilled == 1
    fr = further_round(r)
    assert fr.seats == 1 and fr.candidates == ["B", "C", "D"] and fr.contested
    assert fr.findings == [] and fr.rule == "R14.5"
    fr = further_round(r, ["A", "B"])
    assert fr.candidates == ["B"] and fr.excluded == ["A"] and not fr.contested
    assert fr.findings == [Finding("R14.1", "not_contested", 1, 2, "candidates")]


def test_further_round_after_tie_and_void_and_full():
    r = tally(TIE, electorate=20, seats=2)
    fr = further_round(r)
    assert (fr.seats, fr.candidates, fr.contested) == (1, ["B", "C"], True)
    void = tally({"A": 9, "B": 1}, electorate=10, issued=9, returned=10)
    fr = further_round(void)
    assert (fr.seats, fr.candidates, fr.contested) == (1, ["A", "B"], True)
    full = tally({"A": 9, "B": 1}, electorate=10)
    fr = further_round(full)
    assert fr.seats == 0 and not fr.contested
    assert fr.findings == [Finding("R14.5", "no_unfilled_seats", 0, 1, "seats")]


ELECTION = st.integers(1, 60).flatmap(
    lambda e: st.tuples(
        st.just(e),
        st.integers(1, 4),
        st.lists(st.integers(0, e), min_size=1, max_size=8),
    )
)


@settings(max_examples=150, deadline=None)
@given(ELECTION, st.booleans())
def test_election_properties(case, require):
    electorate, seats, votes = case
    yes = {f"c{i}": v for i, v in enumerate(votes)}
    found = check_round_counts(
        electorate=electorate,
        seats=seats,
        yes_votes=yes,
        issued=electorate,
        returned=electorate,
    )
    if found:
        with pytest.raises(InvalidCount) as info:
            tally(yes, electorate=electorate, seats=seats, require_two_thirds_turnout=require)
        assert info.value.code == found[0].code and info.value.field == found[0].subject
        return
    r = tally(yes, electorate=electorate, seats=seats, require_two_thirds_turnout=require)
    assert len(r.elected) <= seats
    assert all(2 * yes[n] > electorate for n in r.elected + r.runoff)
    assert not set(r.elected) & set(r.runoff)
    assert r.unfilled == seats - len(r.elected)
    losers = [n for n in yes if n not in r.elected]
    if r.elected:  # every elected candidate has more votes than anyone not elected
        assert min(yes[n] for n in r.elected) > max((yes[n] for n in losers), default=-1)
    if r.runoff:
        assert len(r.elected) + len(r.runoff) > seats
        assert len({yes[n] for n in r.runoff}) == 1
    passing = [n for n in yes if 2 * yes[n] > electorate]
    if len(passing) <= seats:
        assert sorted(r.elected) == sorted(passing)


def test_eligibility_and_credentials():
    assert check_eligibility(CandidateProfile(S.ON_DUTY)) == []
    assert check_eligibility(CandidateProfile(S.AWAY_STUDY)) == []
    assert [
        f.code
        for f in check_eligibility(
            CandidateProfile(
                S.RETIRED,
                kind="invited",
                political_rights=False,
                accepts_duty=False,
            )
        )
    ] == ["not_on_duty", "no_political_rights", "duty_not_accepted", "not_formal"]
    r = tally(TIE, electorate=20, seats=2)
    found = check_credentials(r, {"A": CandidateProfile(S.TRANSFERRED)})
    assert found == [
        Finding("R14.4", "runoff_pending", 2, 1),
        Finding("R12.1", "not_on_duty", S.TRANSFERRED, None, "A"),
    ]
    void = tally({"A": 9, "B": 1}, electorate=10, issued=9, returned=10)
    assert check_credentials(void, {}) == [Finding("R14.2", "void_round", "returned_exceeds_issued")]
    ok = tally({"A": 9, "B": 1}, electorate=10)
    assert check_credentials(ok, {}) == [Finding("R15.1", "profile_missing", subject="A")]
    assert check_credentials(ok, {"A": CandidateProfile(S.ON_DUTY)}) == []
