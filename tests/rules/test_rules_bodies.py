"""R23.1, R26.1, R32.1, R34.1: terms, sessions, presidium, delegations, DMC."""

from datetime import date

import pytest

from congress_app.rules import (
    Finding,
    InvalidCount,
    InvalidDates,
    UnknownChoice,
    check_delegation,
    check_dmc,
    check_extraordinary_session,
    check_presidium,
    check_sessions_per_year,
    check_term_length,
    dmc_size_range,
)


def test_term_length_boundaries_with_leap_day():
    start = date(2024, 2, 29)
    assert check_term_length(start, date(2027, 2, 28)) == []
    assert check_term_length(start, date(2027, 2, 27)) == [
        Finding("R23.1", "term_too_short", date(2027, 2, 27), date(2027, 2, 28), "end")
    ]
    assert check_term_length(start, date(2029, 2, 28)) == []
    assert check_term_length(start, date(2029, 3, 1)) == [
        Finding("R23.1", "term_too_long", date(2029, 3, 1), date(2029, 2, 28), "end")
    ]
    with pytest.raises(InvalidDates):
        check_term_length(start, date(2024, 2, 28))


def test_sessions_term_years():
    start, end = date(2024, 2, 29), date(2027, 2, 28)
    years = [date(2024, 3, 10), date(2025, 3, 1), date(2026, 4, 1)]
    assert (
        check_sessions_per_year(term_start=start, term_end=end, session_dates=years, today=date(2027, 3, 1))
        == []
    )
    # no session between 2025-02-28 and 2026-02-27 (second term year)
    found = check_sessions_per_year(
        term_start=start,
        term_end=end,
        session_dates=[date(2024, 3, 10), date(2026, 2, 28)],
        today=date(2027, 3, 1),
    )
    assert found == [Finding("R23.1", "no_session_in_year", 0, 1, "2025-02-28")]
    # a session on 2026-02-28 belongs to the third term year (starts that day)
    found = check_sessions_per_year(
        term_start=start,
        term_end=end,
        session_dates=[date(2024, 3, 10), date(2026, 2, 27)],
        today=date(2027, 3, 1),
    )
    assert found == [Finding("R23.1", "no_session_in_year", 0, 1, "2026-02-28")]
    # years not yet over are not judged
    assert (
        check_sessions_per_year(
            term_start=start, term_end=end, session_dates=[date(2024, 3, 10)], today=date(2025, 2, 28)
        )
        == []
    )
    assert check_sessions_per_year(
        term_start=start, term_end=end, session_dates=[], today=date(2025, 2, 28)
    ) == [Finding("R23.1", "no_session_in_year", 0, 1, "2024-02-29")]
    assert (
        check_sessions_per_year(term_start=start, term_end=end, session_dates=[], today=date(2025, 2, 27))
        == []
    )


def test_sessions_calendar_years():
    found = check_sessions_per_year(
        term_start=date(2024, 11, 1),
        term_end=date(2027, 10, 31),
        session_dates=[date(2024, 11, 20), date(2026, 1, 5), date(2023, 5, 1)],
        today=date(2028, 1, 1),
        basis="calendar_year",
    )
    assert [f.subject for f in found] == ["2025-01-01", "2027-01-01"]
    with pytest.raises(UnknownChoice):
        check_sessions_per_year(
            term_start=date(2024, 1, 1),
            term_end=date(2027, 1, 1),
            session_dates=[],
            today=date(2025, 1, 1),
            basis="fiscal",
        )


def test_extraordinary_session():
    day = date(2025, 5, 20)
    assert check_extraordinary_session(day, None) == [Finding("R23.1", "dmc_decision_missing")]
    assert check_extraordinary_session(day, day) == []
    assert check_extraordinary_session(day, date(2025, 5, 21))[0].code == ("dmc_decision_after_session")


def test_presidium_majority_boundaries():
    leaders = ("党委书记", "校长", "工会主席")
    assert check_presidium(members=10, teachers=5, leader_roles_present=leaders) == [
        Finding("R26.1", "teachers_not_majority", 5, 6)
    ]
    assert check_presidium(members=10, teachers=6, leader_roles_present=leaders) == []
    assert check_presidium(members=11, teachers=6, leader_roles_present=leaders) == []
    assert check_presidium(members=11, teachers=5, leader_roles_present=leaders)[0].required == 6
    found = check_presidium(members=11, teachers=6, leader_roles_present=("校长",))
    assert [f.subject for f in found] == ["党委书记", "工会主席"]
    with pytest.raises(InvalidCount):
        check_presidium(members=3, teachers=4, leader_roles_present=leaders)


def test_dmc_size_range_brute_force():
    for d in range(0, 401):
        low = next(s for s in range(0, d + 1) if 100 * s >= 5 * d)
        high = max(s for s in range(0, d + 1) if 100 * s <= 15 * d)
        r = dmc_size_range(d)
        assert (r.minimum, r.maximum) == (low, high), d
    assert (dmc_size_range(100).minimum, dmc_size_range(100).maximum) == (5, 15)
    assert (dmc_size_range(101).minimum, dmc_size_range(101).maximum) == (6, 15)
    assert not dmc_size_range(6).feasible and dmc_size_range(7).feasible


def test_check_dmc():
    ok = dict(
        delegates=100,
        members=9,
        delegate_members=5,
        director_is_party_leader=True,
        deputy_is_union_chair=True,
    )
    assert check_dmc(**ok) == []
    assert check_dmc(**(ok | {"members": 4, "delegate_members": 3})) == [
        Finding("R34.1", "size_out_of_range", 4, (5, 15))
    ]
    assert check_dmc(**(ok | {"members": 16, "delegate_members": 9}))[0].code == "size_out_of_range"
    assert check_dmc(**(ok | {"members": 10, "delegate_members": 5})) == [
        Finding("R34.1", "delegates_not_majority", 5, 6)
    ]
    assert [
        f.code
        for f in check_dmc(**(ok | {"director_is_party_leader": False, "deputy_is_union_chair": False}))
    ] == ["director_not_party_leader", "deputy_not_union_chair"]


def test_delegation():
    members = {"甲": "文学院", "乙": "文学院", "丙": "文学院", "丁": "理学院"}
    found = check_delegation(department="文学院", member_departments=members, head="甲", deputy_heads=["乙"])
    assert found == [Finding("R32.1", "member_other_department", "理学院", "文学院", "丁")]
    found = check_delegation(
        department="文学院",
        member_departments={"甲": "文学院"},
        head=None,
        deputy_heads=["戊", "戊"],
    )
    assert [f.code for f in found] == [
        "head_missing",
        "deputy_not_member",
        "deputy_repeated",
    ]
    found = check_delegation(
        department="文学院", member_departments={"甲": "文学院"}, head="甲", deputy_heads=["甲"]
    )
    assert [f.code for f in found] == ["deputy_is_head", "too_few_deputies"]
    assert (
        check_delegation(department="文学院", member_departments={"甲": "文学院"}, head="甲", min_deputies=0)
        == []
    )
