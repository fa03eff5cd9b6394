"""R17.1, R18.1: a delegate's status on a date from dated events; boundaries of the
anniversary, returns, order of ends, periods that end before they start."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congress_app.rules.errors import InvalidDates
from congress_app.rules.status import (
    EV_ABSENCE_END,
    EV_ABSENCE_START,
    EV_AWAY_END,
    EV_AWAY_START,
    EV_RECALLED,
    EV_RETIRED,
    EV_TRANSFERRED,
    EVENT_KINDS,
    STATUS_ABSENT,
    STATUS_ACTIVE,
    STATUS_AWAY,
    STATUS_RECALLED,
    STATUS_RETIRED,
    STATUS_TRANSFERRED,
    add_years,
    check_period,
    delegate_status_on,
)

START = date(2025, 12, 5)


def test_not_yet_published_has_no_status() -> None:
    assert delegate_status_on(None, [], date(2026, 1, 1)) is None
    assert delegate_status_on(START, [], date(2025, 12, 4)) is None
    status = delegate_status_on(START, [], START)
    assert (status.status, status.since, status.away_from) == (STATUS_ACTIVE, START, None)


def test_away_active_the_day_before_the_anniversary_and_away_on_it() -> None:
    events = [(date(2026, 3, 1), EV_AWAY_START)]
    before = delegate_status_on(START, events, date(2027, 2, 28))
    on = delegate_status_on(START, events, date(2027, 3, 1))
    assert (before.status, before.since, before.away_from) == (STATUS_ACTIVE, START, date(2026, 3, 1))
    assert (on.status, on.since, on.away_from) == (STATUS_AWAY, date(2027, 3, 1), date(2026, 3, 1))


def test_away_from_29_february_ends_on_28_february() -> None:
    events = [(date(2028, 2, 29), EV_AWAY_START)]
    assert delegate_status_on(START, events, date(2029, 2, 27)).active
    assert delegate_status_on(START, events, date(2029, 2, 28)).status == STATUS_AWAY


def test_back_before_the_anniversary_keeps_the_status() -> None:
    events = [(date(2026, 3, 1), EV_AWAY_START), (date(2027, 3, 1), EV_AWAY_END)]
    later = delegate_status_on(START, events, date(2028, 1, 1))
    assert later.active and later.away_from is None
    # back one day later than the anniversary: the status ended on the anniversary, for good
    events = [(date(2026, 3, 1), EV_AWAY_START), (date(2027, 3, 2), EV_AWAY_END)]
    later = delegate_status_on(START, events, date(2028, 1, 1))
    assert (later.status, later.since) == (STATUS_AWAY, date(2027, 3, 1))


def test_two_short_periods_do_not_add_up() -> None:
    events = [
        (date(2026, 1, 1), EV_AWAY_START),
        (date(2026, 7, 1), EV_AWAY_END),
        (date(2026, 8, 1), EV_AWAY_START),
        (date(2027, 2, 1), EV_AWAY_END),
    ]
    assert delegate_status_on(START, events, date(2027, 12, 31)).active


def test_unexcused_absence_for_a_year() -> None:
    events = [(date(2026, 1, 10), EV_ABSENCE_START)]
    assert delegate_status_on(START, events, date(2027, 1, 9)).active
    assert delegate_status_on(START, events, date(2027, 1, 10)).status == STATUS_ABSENT
    events.append((date(2026, 12, 17), EV_ABSENCE_END))
    assert delegate_status_on(START, events, date(2027, 6, 1)).active


@pytest.mark.parametrize(
    "kind,status",
    [(EV_TRANSFERRED, STATUS_TRANSFERRED), (EV_RETIRED, STATUS_RETIRED), (EV_RECALLED, STATUS_RECALLED)],
)
def test_ends_on_the_event_date(kind: str, status: str) -> None:
    events = [(date(2026, 7, 1), kind)]
    assert delegate_status_on(START, events, date(2026, 6, 30)).active
    result = delegate_status_on(START, events, date(2026, 7, 1))
    assert (result.status, result.since) == (status, date(2026, 7, 1))


def test_earliest_end_wins_and_same_day_order() -> None:
    events = [(date(2026, 3, 1), EV_AWAY_START), (date(2027, 3, 1), EV_RETIRED)]
    assert delegate_status_on(START, events, date(2027, 5, 1)).status == STATUS_AWAY
    events = [(date(2026, 7, 1), EV_RECALLED), (date(2026, 7, 1), EV_TRANSFERRED)]
    assert delegate_status_on(START, events, date(2026, 7, 1)).status == STATUS_TRANSFERRED
    events = [(date(2026, 6, 1), EV_RETIRED), (date(2026, 7, 1), EV_TRANSFERRED)]
    assert delegate_status_on(START, events, date(2026, 8, 1)).status == STATUS_RETIRED


def test_events_after_the_date_do_not_count() -> None:
    events = [(date(2026, 7, 1), EV_RETIRED), (date(2026, 5, 1), EV_AWAY_START)]
    result = delegate_status_on(START, events, date(2026, 6, 1))
    assert result.active and result.away_from == date(2026, 5, 1)


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidDates) as caught:
        check_period(date(2026, 3, 1), date(2026, 2, 28))
    assert caught.value.rule == "R17.1"
    with pytest.raises(InvalidDates):
        check_period(date(2026, 3, 1), date(2026, 3, 1))
    check_period(date(2026, 3, 1), date(2026, 3, 2))
    check_period(date(2026, 3, 1), None)


DAYS = st.integers(min_value=0, max_value=5 * 366)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(DAYS, st.sampled_from([k for k in EVENT_KINDS if k != "ended"])), max_size=8),
    DAYS,
    DAYS,
)
def test_status_changes_only_at_an_event_or_an_anniversary(raw, a, b) -> None:
    first, second = sorted((START + timedelta(days=a), START + timedelta(days=b)))
    events = [(START + timedelta(days=d), k) for d, k in raw]
    moments = {d for d, _k in events} | {
        add_years(d, 1) for d, k in events if k in (EV_AWAY_START, EV_ABSENCE_START)
    }
    between = any(first < m <= second for m in moments)
    same = delegate_status_on(START, events, first) == delegate_status_on(START, events, second)
    if not between:
        assert same
    if not same:
        assert between
