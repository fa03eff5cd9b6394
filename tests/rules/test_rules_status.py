"""R17.1, R19.1, R20.1, R24.1 and calendar-month arithmetic."""

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from congress_app.rules import (
    DelegateRecord,
    InvalidCount,
    InvalidDates,
    StatusEnd,
    UnknownChoice,
    add_months,
    add_years,
    automatic_status_end,
    away_excluded_on,
    by_election_service,
    counts_as_voter,
    expected_delegates,
    vacancies,
)


@pytest.mark.parametrize(
    "start,months,expected",
    [
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2024, 12, 31), 6, date(2025, 6, 30)),
        (date(2024, 6, 30), 6, date(2024, 12, 30)),
        (date(2025, 1, 15), -13, date(2023, 12, 15)),
    ],
)
def test_add_months_table(start, months, expected):
    assert add_months(start, months) == expected


def test_add_years_leap_day():
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2023, 2, 28), 1) == date(2024, 2, 28)


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1950, 1, 1), date(2150, 12, 31)), st.integers(-600, 600))
def test_add_months_matches_relativedelta(day, months):
    assert add_months(day, months) == day + relativedelta(months=months)


def test_away_one_year_boundaries():
    # 29 Feb + 1 year = 28 Feb
    assert automatic_status_end(today=date(2025, 2, 27), away_since=date(2024, 2, 29)) is None
    assert automatic_status_end(today=date(2025, 2, 28), away_since=date(2024, 2, 29)) == StatusEnd(
        date(2025, 2, 28), "away_one_year"
    )
    # month end: 31 Jan 2024 + 1 year = 31 Jan 2025
    assert automatic_status_end(today=date(2025, 1, 30), away_since=date(2024, 1, 31)) is None
    assert automatic_status_end(today=date(2025, 1, 31), away_since=date(2024, 1, 31)).on == date(2025, 1, 31)


def test_other_reasons_and_earliest_wins():
    today = date(2025, 6, 1)
    assert automatic_status_end(today=today, transferred_on=date(2025, 6, 2)) is None
    assert automatic_status_end(today=today, transferred_on=today) == StatusEnd(today, "transferred_out")
    assert automatic_status_end(today=today, retired_on=date(2025, 5, 1)).reason == "retired"
    absent = automatic_status_end(today=today, unexcused_absence_since=date(2024, 6, 1))
    assert absent == StatusEnd(date(2025, 6, 1), "absent_one_year")
    assert automatic_status_end(today=today, unexcused_absence_since=date(2024, 6, 2)) is None
    both = automatic_status_end(today=today, retired_on=date(2025, 3, 1), away_since=date(2024, 2, 29))
    assert both == StatusEnd(date(2025, 2, 28), "away_one_year")
    same_day = automatic_status_end(today=today, retired_on=date(2025, 3, 1), transferred_on=date(2025, 3, 1))
    assert same_day.reason == "transferred_out" and same_day.rule == "R17.1"


def test_away_half_year_boundaries():
    assert away_excluded_on(date(2024, 8, 31), date(2025, 2, 28))
    assert not away_excluded_on(date(2024, 9, 1), date(2025, 2, 28))
    assert away_excluded_on(date(2023, 8, 31), date(2024, 2, 29))
    assert not away_excluded_on(date(2023, 8, 31), date(2024, 2, 28))
    assert away_excluded_on(date(2023, 8, 29), date(2024, 2, 29))
    assert not away_excluded_on(date(2023, 9, 1), date(2024, 2, 29))


def test_expected_delegates():
    session = date(2025, 2, 28)
    start = date(2023, 1, 1)
    records = [
        DelegateRecord("a", effective_from=start),
        DelegateRecord("b", effective_from=start, away_periods=((date(2024, 8, 31), None),)),
        DelegateRecord("c", effective_from=start, away_periods=((date(2024, 9, 1), None),)),
        DelegateRecord(  # away long ago, back before the session
            "d",
            effective_from=start,
            away_periods=((date(2023, 1, 1), date(2024, 1, 1)), (date(2024, 12, 1), None)),
        ),
        DelegateRecord(  # back on the session day
            "e", effective_from=start, away_periods=((date(2024, 1, 1), session),)
        ),
        DelegateRecord("f", effective_from=start, ended_on=session),
        DelegateRecord("g", effective_from=start, ended_on=session + timedelta(days=1)),
        DelegateRecord("h", effective_from=session),
        DelegateRecord("i", effective_from=session + timedelta(days=1)),
        DelegateRecord("j"),
        DelegateRecord("k", kind="invited", effective_from=start),
        DelegateRecord("l", kind="observer", effective_from=start),
    ]
    result = expected_delegates(records, session)
    assert result.expected == 6
    assert result.counted == ("a", "c", "d", "e", "g", "h")
    assert result.away_excluded == ("b",)
    assert result.inactive == ("f", "i", "j")
    assert result.not_formal == ("k", "l")
    assert result.rule == "R24.1"


def test_expected_delegates_leap_day_session():
    session = date(2024, 2, 29)
    records = [
        DelegateRecord("x", effective_from=date(2022, 1, 1), away_periods=((date(2023, 8, 31), None),)),
        DelegateRecord("y", effective_from=date(2022, 1, 1), away_periods=((date(2023, 9, 1), None),)),
    ]
    result = expected_delegates(records, session)
    assert result.counted == ("y",) and result.away_excluded == ("x",)


def test_counts_as_voter():
    assert counts_as_voter("formal")
    assert not counts_as_voter("invited") and not counts_as_voter("observer")
    with pytest.raises(UnknownChoice):
        counts_as_voter("guest")


def test_vacancies_and_by_election():
    assert vacancies({"b": 3, "a": 5}, {"a": 4}) == {"a": 1, "b": 3}
    assert vacancies({"a": 2}, {"a": 3}) == {"a": 0}
    with pytest.raises(InvalidCount) as info:
        vacancies({"a": -1}, {})
    assert info.value.field == "seats_by_unit[a]"
    assert by_election_service(date(2025, 3, 1), date(2027, 12, 31)) == (
        date(2025, 3, 1),
        date(2027, 12, 31),
    )
    with pytest.raises(InvalidDates):
        by_election_service(date(2028, 1, 1), date(2027, 12, 31))
