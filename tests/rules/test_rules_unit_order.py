"""The one order of election units: chosen positions first, then stroke order; merged parts
right after their joint unit; a chosen order names every unit that elects on its own once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_app.rules.unit_order import (
    OrderedUnit,
    UnitOrderInvalid,
    check_chosen_order,
    order_units,
    rank_key,
    unit_ranks,
)
from congress_app.strokes import surname_stroke_key

U = OrderedUnit


def names(units):
    return [u.name for u in units]


def test_default_is_stroke_order_of_the_whole_name():
    units = [U(1, "机械工程学院"), U(2, "人文学院"), U(3, "图书馆"), U(4, "人事处")]
    # 人 2 strokes, then 文 4 before 事 8; 机 6 before 图 8
    assert names(order_units(units, surname_stroke_key)) == ["人文学院", "人事处", "机械工程学院", "图书馆"]


def test_chosen_positions_come_first_then_the_rest_by_strokes():
    units = [U(1, "机械工程学院", 2), U(2, "人文学院"), U(3, "图书馆", 1), U(4, "人事处")]
    assert names(order_units(units, surname_stroke_key)) == ["图书馆", "机械工程学院", "人文学院", "人事处"]


def test_merged_parts_follow_their_joint_unit():
    units = [
        U(1, "校医院", merged_into=9),
        U(2, "人文学院", 2),
        U(3, "工会", merged_into=9),
        U(9, "后勤联合单位", 1, None),
        U(4, "图书馆"),
    ]
    assert names(order_units(units, surname_stroke_key)) == [
        "后勤联合单位",
        "工会",
        "校医院",
        "人文学院",
        "图书馆",
    ]


def test_a_part_without_its_joint_unit_stands_alone():
    units = [U(1, "校医院", merged_into=9), U(2, "人文学院")]
    assert names(order_units(units, surname_stroke_key)) == ["人文学院", "校医院"]


def test_rank_key_puts_unknown_names_last_in_stroke_order():
    ranks = {"图书馆": 0, "人文学院": 1}
    key = rank_key(ranks, surname_stroke_key)
    assert sorted(["旧单位", "人文学院", "乙单位", "图书馆"], key=key) == [
        "图书馆",
        "人文学院",
        "乙单位",
        "旧单位",
    ]


def test_check_chosen_order_refuses_unknown_duplicate_and_missing():
    units = [U(1, "甲"), U(2, "乙"), U(3, "丙", merged_into=4), U(4, "丁")]
    assert check_chosen_order([2, 4, 1], units) == {2: 1, 4: 2, 1: 3}
    assert check_chosen_order([2, 4, 3, 1], units) == {2: 1, 4: 2, 3: 3, 1: 4}
    with pytest.raises(UnitOrderInvalid) as unknown:
        check_chosen_order([1, 2, 4, 7], units)
    assert unknown.value.problem == "unknown" and unknown.value.units == (7,)
    assert unknown.value.rule == "R13.1"
    with pytest.raises(UnitOrderInvalid) as twice:
        check_chosen_order([1, 2, 2, 4], units)
    assert twice.value.problem == "duplicate" and twice.value.units == (2,)
    with pytest.raises(UnitOrderInvalid) as missing:
        check_chosen_order([2], units)
    assert missing.value.problem == "missing" and missing.value.units == (1, 4)


HAN = st.text(alphabet="人文图书馆机械工程学院后勤处医校会甲乙丙丁", min_size=1, max_size=5)


@st.composite
def unit_sets(draw):
    unit_names = draw(st.lists(HAN, min_size=1, max_size=12, unique=True))
    units = []
    for i, name in enumerate(unit_names, start=1):
        position = draw(st.none() | st.integers(1, 20))
        merged = draw(st.none() | st.integers(1, len(unit_names)))
        units.append(U(i, name, position, merged if merged != i else None))
    # a joint unit is not itself merged
    joints = {u.merged_into for u in units if u.merged_into}
    return [U(u.unit_id, u.name, u.position, None if u.unit_id in joints else u.merged_into) for u in units]


@given(unit_sets(), st.randoms())
def test_order_is_a_permutation_independent_of_input_order(units, rnd):
    ordered = order_units(units, surname_stroke_key)
    assert sorted(u.unit_id for u in ordered) == sorted(u.unit_id for u in units)
    shuffled = list(units)
    rnd.shuffle(shuffled)
    assert order_units(shuffled, surname_stroke_key) == ordered
    assert unit_ranks(units, surname_stroke_key) == {u.unit_id: i for i, u in enumerate(ordered)}


@given(unit_sets())
def test_parts_directly_follow_their_joint_unit_and_chosen_come_first(units):
    ordered = order_units(units, surname_stroke_key)
    ids = {u.unit_id for u in units}
    for i, unit in enumerate(ordered):
        if unit.merged_into in ids:
            before = ordered[:i]
            assert any(b.unit_id == unit.merged_into for b in before)
            j = next(k for k, b in enumerate(before) if b.unit_id == unit.merged_into)
            assert all(b.merged_into == unit.merged_into for b in ordered[j + 1 : i])
    top = [u for u in ordered if u.merged_into not in ids]
    chosen = [u.position is not None for u in top]
    assert chosen == sorted(chosen, reverse=True)
    positions = [u.position for u in top if u.position is not None]
    assert positions == sorted(positions)
    rest = [surname_stroke_key(u.name) for u in top if u.position is None]
    assert rest == sorted(rest)


@given(unit_sets())
def test_no_choice_means_pure_stroke_order(units):
    plain = [U(u.unit_id, u.name) for u in units]
    assert names(order_units(plain, surname_stroke_key)) == sorted(
        (u.name for u in plain), key=surname_stroke_key
    )
