"""RA.1–RA.3: apportionment to election units, teaching targets, votelib cross-check."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from votelib.evaluate.core import Tie
from votelib.evaluate.proportional import HighestAverages, LargestRemainder

from congress_app.rules import (
    InvalidCount,
    TooFewSeats,
    UnknownChoice,
    apportion,
    share_target,
    share_targets,
    teaching_targets,
)

METHODS = ("hamilton", "sainte-lague", "dhondt")
FAST = settings(max_examples=60, deadline=None)


def test_hamilton_worked_example():
    # u=3, R=17, N=157: quotas a 10 r130, b 5 r65, d 0 r119 -> +1 to a and d
    assert apportion({"a": 100, "b": 50, "c": 0, "d": 7}, 20) == {"a": 12, "b": 6, "c": 0, "d": 2}


def test_methods_differ_on_small_example():
    sizes = {"a": 50, "b": 30, "c": 20}
    assert apportion(sizes, 6, "hamilton") == {"a": 2, "b": 2, "c": 2}
    assert apportion(sizes, 6, "dhondt") == {"a": 3, "b": 2, "c": 1}
    # Sainte-Laguë: a 50/3, then a 50/5 = b 30/3 = 10 -> tie to the larger unit a
    assert apportion(sizes, 6, "sainte-lague") == {"a": 3, "b": 2, "c": 1}


def test_hamilton_tie_larger_unit_then_code():
    # equal remainders (2/4), sizes 3 and 1: the larger unit wins although its code sorts last
    assert apportion({"z": 3, "a": 1}, 4) == {"a": 1, "z": 3}
    # equal remainders and sizes: the code decides, whatever the mapping's order
    assert apportion({"y": 10, "x": 10}, 3) == {"x": 2, "y": 1}
    assert apportion({"x": 10, "y": 10}, 3) == {"x": 2, "y": 1}


def test_dhondt_tie_larger_unit():
    # fifth seat: z 20/4 == a 10/2 -> z
    assert apportion({"z": 20, "a": 10}, 5, "dhondt") == {"a": 1, "z": 4}
    assert apportion({"b": 10, "a": 10}, 3, "dhondt") == {"a": 2, "b": 1}


def test_each_unit_first_then_rest():
    # plain D'Hondt would give the tiny unit nothing; RA gives it one seat first
    assert apportion({"big": 1000, "tiny": 1}, 2, "dhondt") == {"big": 1, "tiny": 1}
    assert apportion({"big": 1000, "tiny": 1}, 2, "hamilton") == {"big": 1, "tiny": 1}


def test_zero_staff_units_get_zero_and_are_listed():
    result = apportion({"a": 5, "empty": 0}, 3)
    assert result == {"a": 3, "empty": 0}
    assert apportion({"a": 0, "b": 0}, 0) == {"a": 0, "b": 0}


def test_errors():
    with pytest.raises(TooFewSeats) as info:
        apportion({"a": 5, "b": 4, "c": 0}, 1)
    assert isinstance(info.value, ValueError)
    assert (info.value.seats, info.value.units, info.value.rule) == (1, 2, "RA.1")
    with pytest.raises(InvalidCount) as info:
        apportion({"a": 0}, 1)
    assert info.value.code == "no_staffed_units"
    with pytest.raises(UnknownChoice) as info:
        apportion({"a": 5}, 1, "webster")
    assert isinstance(info.value, ValueError) and info.value.field == "method"
    with pytest.raises(InvalidCount) as info:
        apportion({"a": -1}, 1)
    assert info.value.field == "staff_by_unit[a]"
    with pytest.raises(InvalidCount) as info:
        apportion({"a": 1}, -1)
    assert info.value.field == "seats"


units = st.dictionaries(
    st.text("ABCDEFGHJK", min_size=1, max_size=3), st.integers(0, 400), min_size=1, max_size=12
)


@FAST
@given(units, st.integers(0, 300), st.sampled_from(METHODS))
def test_sum_and_minimum_one(staff, extra, method):
    staffed = [u for u, n in staff.items() if n > 0]
    assume(staffed)
    seats = len(staffed) + extra
    result = apportion(staff, seats, method)
    assert sum(result.values()) == seats
    assert set(result) == set(staff)
    for unit, n in staff.items():
        assert result[unit] >= 1 if n > 0 else result[unit] == 0


@FAST
@given(units, st.integers(0, 200), st.sampled_from(METHODS), st.randoms(use_true_random=False))
def test_independent_of_order(staff, extra, method, rnd):
    staffed = [u for u, n in staff.items() if n > 0]
    assume(staffed)
    items = list(staff.items())
    rnd.shuffle(items)
    seats = len(staffed) + extra
    assert apportion(dict(items), seats, method) == apportion(staff, seats, method)


@FAST
@given(units, st.integers(0, 200))
def test_hamilton_within_one_of_quota(staff, extra):
    staffed = {u: n for u, n in staff.items() if n > 0}
    assume(staffed)
    rest = extra
    total = sum(staffed.values())
    result = apportion(staff, len(staffed) + rest, "hamilton")
    for unit, n in staffed.items():
        got = result[unit] - 1
        assert n * rest // total <= got <= n * rest // total + 1  # floor or ceil of quota


distinct_sizes = st.lists(st.integers(1, 500), min_size=1, max_size=10, unique=True)


def _as_units(sizes):
    return {f"U{i:02d}": n for i, n in enumerate(sizes)}


@settings(max_examples=80, deadline=None)
@given(distinct_sizes, st.integers(0, 200))
def test_hamilton_matches_votelib_on_remaining_seats(sizes, rest):
    staff = _as_units(sizes)
    seats = len(staff) + rest
    ours = apportion(staff, seats, "hamilton")
    if rest == 0:
        assert all(v == 1 for v in ours.values())
        return
    theirs = LargestRemainder("hare").evaluate(staff, rest)
    assume(not any(isinstance(k, Tie) for k in theirs))
    assert ours == {u: 1 + theirs.get(u, 0) for u in staff}


@settings(max_examples=80, deadline=None)
@given(distinct_sizes, st.integers(0, 200), st.sampled_from(["dhondt", "sainte-lague"]))
def test_highest_averages_match_votelib_with_first_seats(sizes, rest, method):
    staff = _as_units(sizes)
    seats = len(staff) + rest
    ours = apportion(staff, seats, method)
    if rest == 0:  # votelib cannot evaluate zero seats to give
        assert all(v == 1 for v in ours.values())
        return
    divisor = "d_hondt" if method == "dhondt" else "sainte_lague"
    theirs = HighestAverages(divisor).evaluate(staff, seats, prev_gains={u: 1 for u in staff})
    assume(not any(isinstance(k, Tie) for k in theirs))
    assert ours == {u: 1 + theirs.get(u, 0) for u in staff}


@settings(max_examples=60, deadline=None)
@given(distinct_sizes, st.integers(0, 100), st.sampled_from(["dhondt", "sainte-lague"]))
def test_equals_plain_method_when_it_gives_everyone_a_seat(sizes, rest, method):
    staff = _as_units(sizes)
    seats = len(staff) + rest
    divisor = "d_hondt" if method == "dhondt" else "sainte_lague"
    plain = HighestAverages(divisor).evaluate(staff, seats)
    assume(not any(isinstance(k, Tie) for k in plain))
    assume(all(plain.get(u, 0) >= 1 for u in staff))
    assert apportion(staff, seats, method) == {u: plain[u] for u in staff}


# --- RA.3 ------------------------------------------------------------------------------------


def test_teaching_targets_cap_redistributes():
    # required ceil(0.6*12) = 8; a would get 6 but holds only 2 seats -> b takes the rest
    t = teaching_targets({"a": 2, "b": 10}, {"a": 100, "b": 20})
    assert (t.required, t.targets, t.shortfall, t.initial_seat) == (8, {"a": 2, "b": 6}, 0, True)
    assert t.rule == "RA.3"


def test_teaching_targets_cap_by_teaching_staff_and_shortfall():
    t = teaching_targets({"a": 5, "b": 5}, {"a": 1, "b": 2})
    assert (t.required, t.targets, t.shortfall) == (6, {"a": 1, "b": 2}, 3)


def test_teaching_targets_without_first_seat_when_too_few():
    # 10 seats -> 6 teaching seats; 8 units with teachers: plain method, no first seat
    seats = {f"u{i}": 1 for i in range(8)} | {"big": 2}
    teach = {f"u{i}": 10 + i for i in range(8)} | {"big": 200}
    t = teaching_targets(seats, teach)
    assert t.required == 6 and not t.initial_seat and t.shortfall == 0
    assert sum(t.targets.values()) == 6
    assert t.targets["big"] == 2  # capped at its 2 seats
    assert t.targets["u7"] == 1 and t.targets["u0"] == 0


def test_teaching_targets_units_without_teachers():
    t = teaching_targets({"a": 3, "b": 2}, {"a": 30})
    assert t.targets == {"a": 3, "b": 0} and t.shortfall == 0  # required ceil(3) = 3


plans = st.dictionaries(
    st.text("ABCDEF", min_size=1, max_size=2),
    st.tuples(st.integers(1, 30), st.integers(0, 300)),
    min_size=1,
    max_size=10,
)


@settings(max_examples=100, deadline=None)
@given(plans, st.sampled_from(METHODS))
def test_teaching_targets_never_exceed_caps(plan, method):
    seats = {u: s for u, (s, _) in plan.items()}
    teach = {u: t for u, (_, t) in plan.items()}
    res = teaching_targets(seats, teach, method)
    caps = {u: min(seats[u], teach[u]) for u in plan}
    assert res.required == -(-6 * sum(seats.values()) // 10)
    for u in plan:
        assert 0 <= res.targets[u] <= caps[u]
    assert sum(res.targets.values()) == min(res.required, sum(caps.values()))
    assert res.shortfall == res.required - sum(res.targets.values())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 20), st.integers(1, 400)), min_size=1, max_size=8, unique_by=lambda p: p[1]
    ),
    st.sampled_from(["dhondt", "sainte-lague"]),
)
def test_teaching_highest_averages_match_votelib_max_seats(pairs, method):
    seats = {f"U{i}": s for i, (s, _) in enumerate(pairs)}
    teach = {f"U{i}": t for i, (_, t) in enumerate(pairs)}
    res = teaching_targets(seats, teach, method)
    assume(res.initial_seat and res.shortfall == 0)
    caps = {u: min(seats[u], teach[u]) for u in seats}
    if res.required == len(teach):  # votelib cannot evaluate zero seats to give
        assert all(v == 1 for v in res.targets.values())
        return
    divisor = "d_hondt" if method == "dhondt" else "sainte_lague"
    theirs = HighestAverages(divisor).evaluate(
        teach, res.required, prev_gains={u: 1 for u in teach}, max_seats=caps
    )
    assume(not any(isinstance(k, Tie) for k in theirs))
    assert res.targets == {u: 1 + theirs.get(u, 0) for u in teach}


# --- R13.5 women and youth targets per unit ----------------------------------------------------


def test_share_targets_add_up_to_the_body_target_where_unit_floors_fall_short():
    # 3 units of 10 on duty with 5 women each, 3 seats each: each unit alone floor(5×3/10) = 1,
    # 3 in all; the body's target is floor(15×9/30) = 4 (R13.5)
    seats = {"a": 3, "b": 3, "c": 3}
    women = {"a": 5, "b": 5, "c": 5}
    on_duty = {"a": 10, "b": 10, "c": 10}
    t = share_targets(seats, women, on_duty)
    assert (t.required, t.shortfall, t.rule, t.initial_seat) == (4, 0, "R13.5", False)
    assert sum(t.targets.values()) == 4 and sorted(t.targets.values()) == [1, 1, 2]
    assert sum(share_target(women[u], on_duty[u], seats[u]) for u in seats) == 3


def test_share_targets_capped_by_seats_and_group_staff():
    t = share_targets({"a": 1, "b": 4}, {"a": 9, "b": 0}, {"a": 10, "b": 40})
    # body: floor(9 × 5 / 50) = 0 → nothing to place
    assert t.required == 0 and t.targets == {"a": 0, "b": 0}
    t = share_targets({"a": 1, "b": 1}, {"a": 10, "b": 10}, {"a": 10, "b": 10})
    assert (t.required, t.targets, t.shortfall) == (2, {"a": 1, "b": 1}, 0)
    t = share_targets({"a": 5}, {"a": 2}, {"a": 2})  # all women, but only 2 of them
    assert (t.required, t.targets, t.shortfall) == (5, {"a": 2}, 3)


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.text("ABCDEF", min_size=1, max_size=2),
        st.tuples(st.integers(1, 30), st.integers(1, 300), st.integers(0, 300)),
        min_size=1,
        max_size=10,
    ),
    st.sampled_from(METHODS),
)
def test_share_targets_sum_to_the_body_target_within_caps(plan, method):
    seats = {u: s for u, (s, _, _) in plan.items()}
    on_duty = {u: n for u, (_, n, _) in plan.items()}
    group = {u: min(g, on_duty[u]) for u, (_, _, g) in plan.items()}
    res = share_targets(seats, group, on_duty, method)
    assert res.required == sum(group.values()) * sum(seats.values()) // sum(on_duty.values())
    caps = {u: min(seats[u], group[u]) for u in plan}
    for u in plan:
        assert 0 <= res.targets[u] <= caps[u]
    assert sum(res.targets.values()) == min(res.required, sum(caps.values()))
    assert res.shortfall == res.required - sum(res.targets.values())
