"""R13.1–R13.6: seat bands, recommended totals, outside-norms guide, composition."""

from datetime import date
from fractions import Fraction

import pytest

from congress_app.rules import (
    Finding,
    InvalidCount,
    OutsideNorms,
    age_on,
    check_composition,
    check_total,
    composition_targets,
    guide_total_outside_norms,
    is_on_duty,
    is_teaching,
    is_youth,
    seat_range,
    share_target,
    status_on,
    teaching_minimum,
)
from congress_app.rules import seats as S
from congress_app.rules.seats import round_half_up

# (N, min, max, recommended, low%, high%, band lo, band hi) — RULES.md's examples and edges
BAND_EDGES = [
    (80, 24, 32, 32, 30, 40, 80, 200),
    (200, 60, 80, 60, 30, 40, 80, 200),
    (201, 41, 50, 50, 20, 25, 201, 500),
    (500, 100, 125, 100, 20, 25, 201, 500),
    (501, 51, 100, 100, 10, 20, 501, 1000),
    (1000, 100, 200, 100, 10, 20, 501, 1000),
    (1001, 61, 100, 100, 6, 10, 1001, 5000),
    (5000, 300, 500, 300, 6, 10, 1001, 5000),
]


@pytest.mark.parametrize("n,lo_total,hi_total,rec,low,high,band_lo,band_hi", BAND_EDGES)
def test_band_edges(n, lo_total, hi_total, rec, low, high, band_lo, band_hi):
    r = seat_range(n)
    assert (r.minimum, r.maximum, r.recommended) == (lo_total, hi_total, rec)
    assert (r.low_percent, r.high_percent, r.band_lo, r.band_hi) == (low, high, band_lo, band_hi)
    assert r.on_duty == n


@pytest.mark.parametrize("n", [0, 1, 79, 5001, 10000])
def test_outside_bands_raise(n):
    with pytest.raises(OutsideNorms) as info:
        seat_range(n)
    assert isinstance(info.value, ValueError)
    assert info.value.on_duty == n
    assert info.value.rule == "R13.4"


def test_negative_on_duty_is_invalid():
    with pytest.raises(InvalidCount) as info:
        seat_range(-1)
    assert info.value.field == "on_duty"


def _independent_band(n):
    if 80 <= n <= 200:
        return 80, 200, 30, 40
    if 201 <= n <= 500:
        return 201, 500, 20, 25
    if 501 <= n <= 1000:
        return 501, 1000, 10, 20
    return 1001, 5000, 6, 10


def test_every_n_matches_independent_integer_formulas():
    for n in range(80, 5001):
        lo, hi, low, high = _independent_band(n)
        r = seat_range(n)
        # minimum: smallest m with 100 m >= n*low; maximum: largest m with 100 m <= n*high
        assert 100 * r.minimum >= n * low > 100 * (r.minimum - 1), n
        assert 100 * r.maximum <= n * high < 100 * (r.maximum + 1), n
        # recommended: (high*(hi-lo) - (high-low)*(n-lo)) * n / (100*(hi-lo)), half up
        num = (high * (hi - lo) - (high - low) * (n - lo)) * n
        den = 100 * (hi - lo)
        raw = (2 * num + den) // (2 * den)
        assert r.recommended == min(max(raw, r.minimum), r.maximum), n
        assert r.permits(r.recommended)


def test_round_half_up():
    assert [round_half_up(Fraction(n, 2)) for n in range(0, 8)] == [0, 1, 1, 2, 2, 3, 3, 4]
    assert round_half_up(Fraction(5025, 10)) == 503  # 502.5
    assert round_half_up(Fraction(2001, 4)) == 500  # 500.25
    assert round_half_up(Fraction(2003, 4)) == 501  # 500.75
    assert seat_range(201).recommended == 50  # 50.25


def test_guide_below_and_above():
    below = guide_total_outside_norms(79)
    assert (below.code, below.guide_total, below.suggest_all_staff_assembly) == (
        "below_bands",
        None,
        True,
    )
    assert below.reason_required and below.rule == "R13.4"
    above = guide_total_outside_norms(5001)
    assert (above.code, above.guide_total, above.suggest_all_staff_assembly) == (
        "above_bands",
        300,
        False,
    )
    assert guide_total_outside_norms(10000).guide_total == 600
    assert guide_total_outside_norms(5009).guide_total == 301  # 300.54
    assert guide_total_outside_norms(5025).guide_total == 302  # 301.5 half up
    with pytest.raises(InvalidCount) as info:
        guide_total_outside_norms(80)
    assert info.value.code == "within_norms"


def test_check_total():
    assert check_total(200, 60) == []
    assert check_total(200, 80) == []
    assert check_total(200, 59) == [Finding("R13.2", "total_out_of_range", 59, (60, 80), "total")]
    assert check_total(200, 81)[0].code == "total_out_of_range"
    assert check_total(79, 20) == [Finding("R13.4", "reason_required", 79, None, "reason")]
    assert check_total(79, 20, reason="  ") != []
    assert check_total(79, 20, reason="全体教职工大会") == []
    assert check_total(6000, 360, reason="recorded") == []
    with pytest.raises(InvalidCount):
        check_total(200, 0)


@pytest.mark.parametrize(
    "status,expected",
    [
        (S.ON_DUTY, True),
        (S.AWAY_STUDY, True),
        (S.AWAY_WORK, True),
        (S.RETIRED, False),
        (S.TRANSFERRED, False),
        ("", False),
        ("离职", False),
    ],
)
def test_is_on_duty(status, expected):
    assert is_on_duty(status) is expected


def test_is_teaching():
    assert is_teaching(S.TEACHING) and not is_teaching("教学")  # words are not codes
    assert not any(is_teaching(c) for c in (S.RESEARCH, S.MANAGEMENT, S.TEACHING_SUPPORT, S.SERVICE))


def test_status_on():
    events = [
        (date(2020, 9, 1), S.ON_DUTY),
        (date(2024, 7, 1), S.RETIRED),
        (date(2023, 3, 1), S.AWAY_STUDY),
        (date(2023, 9, 1), S.ON_DUTY),
        (date(2023, 9, 1), S.TRANSFERRED),  # same date: the later entry wins
    ]
    assert status_on(events, date(2020, 8, 31)) is None
    assert status_on(events, date(2020, 9, 1)) == S.ON_DUTY
    assert status_on(events, date(2023, 3, 1)) == S.AWAY_STUDY
    assert status_on(events, date(2023, 8, 31)) == S.AWAY_STUDY
    assert status_on(events, date(2023, 9, 1)) == S.TRANSFERRED
    assert status_on(events, date(2024, 6, 30)) == S.TRANSFERRED
    assert status_on(events, date(2024, 7, 1)) == S.RETIRED
    assert status_on([], date(2024, 1, 1)) is None


def test_age_on_and_youth():
    assert age_on(date(1990, 2, 28), date(2025, 2, 27)) == 34
    assert age_on(date(1990, 2, 28), date(2025, 2, 28)) == 35
    assert age_on(date(2000, 2, 29), date(2001, 2, 28)) == 0
    assert age_on(date(2000, 2, 29), date(2001, 3, 1)) == 1
    assert age_on(date(2000, 2, 29), date(2004, 2, 29)) == 4
    assert is_youth(date(1990, 3, 1), date(2025, 3, 1))  # exactly 35
    assert is_youth(date(1989, 3, 2), date(2025, 3, 1))  # 35, turns 36 tomorrow
    assert not is_youth(date(1989, 3, 1), date(2025, 3, 1))  # 36 today
    assert is_youth(date(1989, 3, 1), date(2025, 3, 1), age_limit=40)


def test_share_target_floor():
    assert share_target(120, 300, 60) == 24
    assert share_target(121, 300, 60) == 24  # 24.2
    assert share_target(124, 300, 60) == 24  # 24.8
    assert share_target(125, 300, 60) == 25
    assert share_target(0, 0, 10) == 0
    with pytest.raises(InvalidCount):
        share_target(301, 300, 60)


def test_teaching_minimum_brute_force():
    for total in range(0, 301):
        expected = next(t for t in range(total + 1) if 10 * t >= 6 * total)
        assert teaching_minimum(total) == expected


def test_composition_targets():
    t = composition_targets(total=60, on_duty=300, women_on_duty=130, youth_on_duty=90)
    assert (t.teaching, t.women, t.youth) == (36, 26, 18)


def _check(**over):
    args = dict(
        total=50,
        teaching=30,
        women=20,
        youth=10,
        on_duty=200,
        women_on_duty=80,
        youth_on_duty=40,
        leader_roles_present=("党委书记", "校长", "工会主席"),
    )
    args.update(over)
    return check_composition(**args)


def test_composition_boundaries():
    assert _check() == []  # 10*30 == 6*50; women 20 == floor(0.4*50); youth 10 == floor(0.2*50)
    assert _check(teaching=29) == [Finding("R13.5", "teaching_share", 29, 30)]
    # total 51: 10t >= 306 -> 31
    assert _check(total=51, teaching=30)[0] == Finding("R13.5", "teaching_share", 30, 31)
    assert all(f.code != "teaching_share" for f in _check(total=51, teaching=31))
    assert _check(women=19) == [Finding("R13.5", "women_share", 19, 20)]
    assert _check(women=19, women_tolerance=1) == []
    assert _check(youth=9) == [Finding("R13.5", "youth_share", 9, 10)]
    assert _check(youth=8, youth_tolerance=1) == [Finding("R13.5", "youth_share", 8, 9)]


def test_composition_leaders():
    found = _check(leader_roles_present=("校长",))
    assert found == [
        Finding("R13.6", "leader_missing", subject="党委书记"),
        Finding("R13.6", "leader_missing", subject="工会主席"),
    ]
    extra = _check(required_roles=("党委书记", "校长", "工会主席", "纪委书记"))
    assert extra == [Finding("R13.6", "leader_missing", subject="纪委书记")]


def test_composition_rejects_impossible_counts():
    with pytest.raises(InvalidCount) as info:
        _check(teaching=51)
    assert info.value.field == "teaching"


@pytest.mark.parametrize(
    "post,roles",
    [
        ("校长", ("校长",)),
        ("副校长", ()),
        ("党委副书记", ()),
        ("工会副主席", ()),
        ("党委副书记、校长", ("校长",)),
        ("党委书记 工会主席", ("党委书记", "工会主席")),
        ("常务副校长", ()),
        ("", ()),
    ],
)
def test_leader_roles_held_compares_whole_titles(post, roles):
    assert S.leader_roles_held(post) == roles


def test_stored_values_are_ascii_codes():
    for value in (*S.STAFF_STATUSES, *S.POST_CATEGORIES, *S.GENDERS):
        assert value.isascii() and value.islower(), value
    assert S.is_woman(S.FEMALE) and not S.is_woman(S.MALE) and not S.is_woman("女")
