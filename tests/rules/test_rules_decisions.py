"""Rules added for issue 10: R13.6 whole titles, R12.1/R15.1/R17.1 standing, R14.0/R14.3
helpers, R14.6, RA.1 ties, R23.1 overlaps — each at its boundary."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.rules.apportionment import apportion, apportion_tie
from congress_app.rules.bodies import terms_overlap
from congress_app.rules.elections import elects, passing_threshold, turnout_minimum, turnout_reached
from congress_app.rules.errors import InvalidCount, UnknownChoice
from congress_app.rules.leaders import (
    VACANT,
    check_leaders,
    holds_role,
    normalise_title,
    post_titles,
    roles_of_post,
    titles_for,
)
from congress_app.rules.seats import (
    AWAY_STUDY,
    AWAY_WORK,
    ON_DUTY,
    RETIRED,
    TRANSFERRED,
    check_seats_below_staff,
    teaching_share_met,
)
from congress_app.rules.standing import Standing, check_confirmations, check_standing


@pytest.mark.parametrize(
    "post",
    [
        "副校长",
        "常务副校长",
        "党委副书记",
        "工会副主席",
        "校长助理",
        "校长办公室主任",
        "原党委书记",
        "工会主席团成员",
        "",
    ],
)
def test_no_substring_ever_holds_a_role(post) -> None:
    assert roles_of_post(post) == ()


def test_whole_titles_trimmed_and_several_posts() -> None:
    assert roles_of_post(" 校长\u3000") == ("校长",)
    assert roles_of_post("党委书记、校长") == ("党委书记", "校长")
    assert roles_of_post("工会主席；教授") == ("工会主席",)
    assert post_titles(" a ，b/ /c") == ("a", "b", "c")
    assert normalise_title("\u00a0校长 ") == "校长"
    custom = {"校长": ["党委书记兼校长"]}
    assert titles_for(custom)["校长"] == frozenset({"党委书记兼校长"})
    assert titles_for(custom)["党委书记"] == frozenset({"党委书记"})
    assert roles_of_post("校长", custom) == ()  # configured titles replace the default
    assert holds_role("党委书记兼校长", "校长", custom)
    assert not holds_role("副校长", "校长")
    with pytest.raises(UnknownChoice):
        holds_role("副校长", "副校长")


def test_the_leaders_check_fails_unknown_and_non_delegates_passes_vacancies() -> None:
    found = check_leaders({"党委书记": 1, "校长": VACANT}, delegates=[2])
    assert [(f.code, f.subject, f.actual) for f in found] == [
        ("leader_missing", "党委书记", 1),
        ("leader_unknown", "工会主席", None),
    ]
    assert check_leaders({"党委书记": 1, "校长": 2, "工会主席": VACANT}, [1, 2]) == []


def test_standing_on_the_date() -> None:
    on = date(2025, 12, 5)
    assert check_standing(Standing(ON_DUTY, True, 1), on, 1) == []
    assert [f.code for f in check_standing(Standing(None), on, 1)] == ["not_on_roster"]
    assert [f.code for f in check_standing(Standing(ON_DUTY, False, 1), on, 1)] == ["not_on_roster"]
    assert [f.code for f in check_standing(Standing(TRANSFERRED, True, 1), on, 1)] == ["transferred_out"]
    assert [f.code for f in check_standing(Standing(RETIRED, True, 1), on, 1)] == ["retired"]
    assert [f.code for f in check_standing(Standing("停薪", True, 1), on, 1)] == ["not_on_duty"]
    assert [(f.code, f.actual, f.required) for f in check_standing(Standing(ON_DUTY, True, 2), on, 1)] == [
        ("not_in_unit", 2, 1)
    ]
    assert check_standing(Standing(ON_DUTY, True, 2), on) == []  # no unit asked
    # away one year or more: start + 1 year ≤ date (第十七条)
    assert [f.code for f in check_standing(Standing(AWAY_STUDY, True, 1, date(2024, 12, 5)), on, 1)] == [
        "away_one_year"
    ]
    assert check_standing(Standing(AWAY_WORK, True, 1, date(2024, 12, 6)), on, 1) == []
    assert check_standing(Standing(AWAY_WORK, True, 1, None), on, 1) == []


def test_r12_facts_missing_or_no() -> None:
    yes = {"political_rights": True, "willing": True, "able": True}
    assert check_confirmations(yes) == []
    assert [f.code for f in check_confirmations({})] == [
        "political_rights_missing",
        "willing_missing",
        "able_missing",
    ]
    assert [f.code for f in check_confirmations({**yes, "able": False})] == ["able_no"]
    assert [f.code for f in check_confirmations({**yes, "willing": None})] == ["willing_missing"]


@pytest.mark.parametrize("electorate", [1, 2, 3, 9, 10, 11, 99, 100])
def test_r14_thresholds_at_their_boundaries(electorate) -> None:
    t = passing_threshold(electorate)
    assert elects(t, electorate) and not elects(t - 1, electorate)
    m = turnout_minimum(electorate)
    assert turnout_reached(electorate, m) and not turnout_reached(electorate, m - 1)
    assert 3 * m >= 2 * electorate > 3 * (m - 1)


def test_teaching_share_boundary() -> None:
    assert teaching_share_met(6, 10) and not teaching_share_met(5, 10)
    assert teaching_share_met(18, 30) and not teaching_share_met(17, 30)


def test_seats_not_below_staff_warns_naming_the_unit() -> None:
    found = check_seats_below_staff({"甲": 3, "乙": 1, "丙": 2, "丁": 0}, {"甲": 4, "乙": 1, "丙": 1})
    assert [(f.code, f.subject, f.actual, f.required) for f in found] == [
        ("seats_not_below_staff", "乙", 1, 1),
        ("seats_not_below_staff", "丙", 2, 1),
    ]
    assert check_seats_below_staff([("甲", 3)], {"甲": 4}) == []


@pytest.mark.parametrize("method", ["hamilton", "dhondt", "sainte-lague"])
def test_ties_are_shown_and_settled_only_by_the_office(method) -> None:
    sizes = {"a": 10, "b": 10, "c": 5}
    tie = apportion_tie(sizes, 4, method)
    assert (tie.units, tie.seats, tie.method) == (("a", "b"), 1, method)
    assert apportion(sizes, 4, method, ["b"]) == {"a": 1, "b": 2, "c": 1}
    assert apportion(sizes, 4, method, ["a"]) == {"a": 2, "b": 1, "c": 1}
    for bad in (["c"], ["a", "b"], [], ["a", "a"]):
        with pytest.raises(InvalidCount):
            apportion(sizes, 4, method, bad)
    assert apportion_tie(sizes, 5, method) is None
    with pytest.raises(InvalidCount):
        apportion(sizes, 5, method, ["a"])
    assert apportion(sizes, 5, method, []) == apportion(sizes, 5, method)


def test_hamilton_tie_for_two_of_three() -> None:
    tie = apportion_tie({"a": 3, "b": 3, "c": 3}, 5)
    assert (tie.units, tie.seats) == (("a", "b", "c"), 2)
    assert apportion({"a": 3, "b": 3, "c": 3}, 5, tie_winners=["a", "c"]) == {"a": 2, "b": 1, "c": 2}
    assert apportion_tie({"a": 3}, 5) is None and apportion_tie({"a": 1, "b": 1}, 2) is None
    assert apportion_tie({}, 0) is None


def test_terms_overlap_with_the_end_day_free() -> None:
    a = (date(2020, 1, 1), date(2025, 1, 1))
    assert not terms_overlap(a, (date(2025, 1, 1), date(2030, 1, 1)))
    assert terms_overlap(a, (date(2024, 12, 31), date(2030, 1, 1)))
    assert terms_overlap((date(2024, 12, 31), date(2030, 1, 1)), a)
    assert not terms_overlap(a, (date(2015, 1, 1), date(2020, 1, 1)))
    assert terms_overlap(a, (date(2015, 1, 1), date(2020, 1, 2)))


def test_ties_depend_on_the_method() -> None:
    assert apportion_tie({"a": 4, "b": 2, "c": 2}, 5, "hamilton").units == ("b", "c")
    assert apportion_tie({"a": 4, "b": 2, "c": 2}, 5, "dhondt") is None
    tie = apportion_tie({"a": 6, "b": 4}, 4, "dhondt")
    assert (tie.units, tie.seats) == (("a", "b"), 1)
    assert apportion_tie({"a": 6, "b": 4}, 4, "sainte-lague") is None
    assert apportion_tie({"a": 6, "b": 4}, 4, "hamilton") is None
    assert apportion({"a": 6, "b": 4}, 4, "dhondt", ["b"]) == {"a": 2, "b": 2}
    assert apportion_tie({"a": 5}, 3, "dhondt") is None  # one unit: nothing to tie with
