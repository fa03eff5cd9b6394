"""Delegate status (第十六条–第二十条, 第二十四条 second paragraph): automatic end (R17.1),
vacancies and by-elections (R19.1), who counts (R20.1), expected delegates (R24.1), and
calendar-month date arithmetic (a day past the month's end clamps to its last day, as
dateutil's relativedelta does).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from congress_app.rules.errors import InvalidDates, UnknownChoice, require_count

# R12.1, R20.1: kinds of delegate (the storage codes)
FORMAL = "formal"  # 正式代表
INVITED = "invited"  # 特邀代表
OBSERVER = "observer"  # 列席代表
DELEGATE_KINDS: tuple[str, ...] = (FORMAL, INVITED, OBSERVER)

# R17.1 reasons (and R18.1's recall, for the same records)
END_TRANSFERRED = "transferred_out"
END_AWAY = "away_one_year"
END_RETIRED = "retired"
END_ABSENT = "absent_one_year"
END_RECALLED = "recalled"  # R18.1, decided by the unit, never automatic
END_REASONS: tuple[str, ...] = (END_TRANSFERRED, END_AWAY, END_RETIRED, END_ABSENT, END_RECALLED)

AWAY_EXCLUDED_MONTHS = 6  # R24.1
AUTOMATIC_END_YEARS = 1  # R17.1 (2) and (4)


def add_months(day: date, months: int) -> date:
    """Calendar-month arithmetic for R17.1, R24.1, R35.1, R23.1: ``day`` moved by ``months``
    (may be negative); a day past the target month's end clamps to its last day
    (31 Aug + 6 months = 28/29 Feb).
    """
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """Calendar years (R17.1, R23.1): 29 Feb + 1 year = 28 Feb of the next year."""
    return add_months(day, 12 * years)


def counts_as_voter(kind: str) -> bool:
    """R20.1 (with R12.1): only formal delegates vote, elect and count in R24/R25; invited
    and observer delegates never do. Raises :class:`UnknownChoice` on an unknown kind.
    """
    if kind not in DELEGATE_KINDS:
        raise UnknownChoice(rule="R20.1", field="kind", actual=kind, allowed=DELEGATE_KINDS)
    return kind == FORMAL


@dataclass(frozen=True, slots=True)
class StatusEnd:
    """R17.1: the status ends ``on`` this date for ``reason`` (one of the END_* codes)."""

    on: date
    reason: str
    rule: str = "R17.1"


def automatic_status_end(
    *,
    today: date,
    transferred_on: date | None = None,
    away_since: date | None = None,
    retired_on: date | None = None,
    unexcused_absence_since: date | None = None,
) -> StatusEnd | None:
    """R17.1: does the status end automatically, as of ``today``? Returns the end date and
    reason code, or ``None``.

    (1) transfer out of the unit: ends on ``transferred_on``; (2) away for study or work since
    ``away_since`` (still away): ends on ``away_since + 1 calendar year`` once that is ≤ today;
    (3) retirement: ends on ``retired_on``; (4) absent without reason from congress activities
    without a break since ``unexcused_absence_since``: ends on that date + 1 year once ≤ today.
    Events after ``today`` do not count. Where several apply, the earliest end wins (on the
    same date, in the order (1)–(4)).
    """
    candidates: list[tuple[date, int, str]] = []
    if transferred_on is not None:
        candidates.append((transferred_on, 1, END_TRANSFERRED))
    if away_since is not None:
        candidates.append((add_years(away_since, AUTOMATIC_END_YEARS), 2, END_AWAY))
    if retired_on is not None:
        candidates.append((retired_on, 3, END_RETIRED))
    if unexcused_absence_since is not None:
        candidates.append((add_years(unexcused_absence_since, AUTOMATIC_END_YEARS), 4, END_ABSENT))
    due = [c for c in candidates if c[0] <= today]
    if not due:
        return None
    on, _, reason = min(due)
    return StatusEnd(on, reason)


@dataclass(frozen=True, slots=True)
class DelegateRecord:
    """R24.1 input: one delegate of the term.

    ``effective_from``: publication date (R15.1; ``None`` = not yet in effect);
    ``ended_on``: the status is over from this date on (R17.1, R18.1);
    ``away_periods``: ``(start, return)`` pairs of absence from the school for study or work,
    ``return`` being the first day back (``None`` = still away).
    """

    key: str
    kind: str = FORMAL
    effective_from: date | None = None
    ended_on: date | None = None
    away_periods: tuple[tuple[date, date | None], ...] = ()

    def active_on(self, day: date) -> bool:
        """R15.1, R17.1: is the status in effect on ``day``?"""
        return (
            self.effective_from is not None
            and self.effective_from <= day
            and (self.ended_on is None or day < self.ended_on)
        )

    def away_start_on(self, day: date) -> date | None:
        """R24.1: the start of the absence ``day`` falls in, if any."""
        for start, back in self.away_periods:
            if start <= day and (back is None or day < back):
                return start
        return None


@dataclass(frozen=True, slots=True)
class ExpectedDelegates:
    """R24.1: ``expected`` = formal delegates active on ``session_date`` minus those away for
    study or work 6 calendar months or more. The key lists say who fell where (sorted).
    """

    session_date: date
    expected: int
    counted: tuple[str, ...]
    away_excluded: tuple[str, ...]
    inactive: tuple[str, ...]
    not_formal: tuple[str, ...]
    rule: str = "R24.1"


def away_excluded_on(away_start: date, session_date: date) -> bool:
    """R24.1: away long enough not to be expected: ``start + 6 months ≤ session date``."""
    return add_months(away_start, AWAY_EXCLUDED_MONTHS) <= session_date


def expected_delegates(delegates: Iterable[DelegateRecord], session_date: date) -> ExpectedDelegates:
    """R24.1, R20.1: count the expected delegates (应到会代表) of a session.
    Invited and observer delegates never count (R20.1).
    """
    counted: list[str] = []
    away: list[str] = []
    inactive: list[str] = []
    not_formal: list[str] = []
    for record in delegates:
        if not counts_as_voter(record.kind):
            not_formal.append(record.key)
        elif not record.active_on(session_date):
            inactive.append(record.key)
        else:
            start = record.away_start_on(session_date)
            if start is not None and away_excluded_on(start, session_date):
                away.append(record.key)
            else:
                counted.append(record.key)
    return ExpectedDelegates(
        session_date,
        len(counted),
        tuple(sorted(counted)),
        tuple(sorted(away)),
        tuple(sorted(inactive)),
        tuple(sorted(not_formal)),
    )


def vacancies(seats_by_unit: Mapping[str, int], active_by_unit: Mapping[str, int]) -> dict[str, int]:
    """R19.1: open seats per unit (seats − formal delegates in office, never below 0), to be
    filled by a by-election in the same unit under R14.
    """
    result = {}
    for unit in sorted(seats_by_unit):
        seats = seats_by_unit[unit]
        active = active_by_unit.get(unit, 0)
        require_count(f"seats_by_unit[{unit}]", seats, rule="R19.1")
        require_count(f"active_by_unit[{unit}]", active, rule="R19.1")
        result[unit] = max(0, seats - active)
    return result


def by_election_service(effective_from: date, term_end: date) -> tuple[date, date]:
    """R19.1: a by-elected delegate serves from publication to the end of the term (the rest
    of the term). Raises :class:`InvalidDates` if published after the term has ended.
    """
    if effective_from > term_end:
        raise InvalidDates(rule="R19.1", field="effective_from", actual=effective_from, required=term_end)
    return (effective_from, term_end)


# --- the status over time (R15.1, R17.1, R18.1): a delegate's dated events -------------------

# event codes as stored (DelegateEvent.kind)
EV_EFFECTIVE = "effective"  # R15.1 / R15.2 publication
EV_TRANSFERRED = "transferred"  # R17.1 (1) transfer out of the election unit
EV_AWAY_START = "away_start"  # R17.1 (2) leaves for study or work
EV_AWAY_END = "away_end"  # back at the school (the first day back)
EV_RETIRED = "retired"  # R17.1 (3)
EV_ABSENCE_START = "absence_start"  # R17.1 (4) first unexcused absence from congress activities
EV_ABSENCE_END = "absence_end"  # attends again (or the absence is excused)
EV_RECALLED = "recalled"  # R18.1, the unit's decision date
EV_ENDED = "ended"  # a status review (or a recall) recorded the end; reason = a STATUS_* code
EVENT_KINDS: tuple[str, ...] = (
    EV_EFFECTIVE,
    EV_TRANSFERRED,
    EV_AWAY_START,
    EV_AWAY_END,
    EV_RETIRED,
    EV_ABSENCE_START,
    EV_ABSENCE_END,
    EV_RECALLED,
    EV_ENDED,
)
FACT_KINDS: tuple[str, ...] = (  # what the office enters by hand or confirms from a roster
    EV_TRANSFERRED,
    EV_AWAY_START,
    EV_AWAY_END,
    EV_RETIRED,
    EV_ABSENCE_START,
    EV_ABSENCE_END,
)

# roll statuses (the CLI's `status` values)
STATUS_ACTIVE = "active"
STATUS_TRANSFERRED = "transferred"
STATUS_AWAY = "away"
STATUS_RETIRED = "retired"
STATUS_ABSENT = "absent"
STATUS_RECALLED = "recalled"
ENDED_STATUSES: tuple[str, ...] = (
    STATUS_TRANSFERRED,
    STATUS_AWAY,
    STATUS_RETIRED,
    STATUS_ABSENT,
    STATUS_RECALLED,
)
STATUS_OF_END = {
    END_TRANSFERRED: STATUS_TRANSFERRED,
    END_AWAY: STATUS_AWAY,
    END_RETIRED: STATUS_RETIRED,
    END_ABSENT: STATUS_ABSENT,
    END_RECALLED: STATUS_RECALLED,
}
RULE_OF_STATUS = {
    STATUS_TRANSFERRED: "R17.1",
    STATUS_AWAY: "R17.1",
    STATUS_RETIRED: "R17.1",
    STATUS_ABSENT: "R17.1",
    STATUS_RECALLED: "R18.1",
}


@dataclass(frozen=True, slots=True)
class DelegateStatus:
    """R17.1, R18.1: a delegate's status on a date: ``status`` (STATUS_*), ``since`` (the day it began),
    ``away_from`` (start of the absence for study or work the date falls in, or ``None``)."""

    status: str
    since: date | None
    away_from: date | None

    @property
    def active(self) -> bool:
        return self.status == STATUS_ACTIVE


def _periods(
    events: list[tuple[date, str]], start_kind: str, end_kind: str
) -> list[tuple[date, date | None]]:
    """(start, first day back) pairs from start/end events in date order; an end without a
    start, or a second start while one is open, is ignored."""
    periods: list[tuple[date, date | None]] = []
    open_start: date | None = None
    for day, kind in events:
        if kind == start_kind and open_start is None:
            open_start = day
        elif kind == end_kind and open_start is not None:
            periods.append((open_start, day))
            open_start = None
    if open_start is not None:
        periods.append((open_start, None))
    return periods


def check_period(start: date, back: date | None, *, rule: str = "R17.1") -> None:
    """R17.1: an away or absence period must not end before it starts (``back`` is the first day
    back, so ``back == start`` is empty too). Raises :class:`InvalidDates`."""
    if back is not None and back <= start:
        raise InvalidDates(rule=rule, field="back", actual=back, required=start)


def delegate_status_on(
    effective_from: date | None, events: Iterable[tuple[date, str]], on: date
) -> DelegateStatus | None:
    """R15.1, R17.1, R18.1: the status on ``on`` from the delegate's dated events
    (``(date, EV_* code)``, any order; events after ``on`` do not count).

    ``None`` when the status has not begun (not yet published). The status ends at the
    earliest of: transfer (1), retirement (3), recall (R18.1) on their dates; an away period
    (2) or an unexcused absence (4) that lasted to its first anniversary — ``start + 1 year
    ≤ on`` and not back before it — ends it on that anniversary. On one date the order is
    (1), (2), (3), (4), recall. Once ended it stays ended (a return does not restore it).
    """
    if effective_from is None or effective_from > on:
        return None
    seen = sorted((d, k) for d, k in events if d <= on and k != EV_EFFECTIVE)
    if not seen:
        return DelegateStatus(STATUS_ACTIVE, effective_from, None)
    ends: list[tuple[date, int, str]] = []
    for day, kind in seen:
        if kind == EV_TRANSFERRED:
            ends.append((day, 1, STATUS_TRANSFERRED))
        elif kind == EV_RETIRED:
            ends.append((day, 3, STATUS_RETIRED))
        elif kind == EV_RECALLED:
            ends.append((day, 5, STATUS_RECALLED))
    away = _periods(seen, EV_AWAY_START, EV_AWAY_END)
    for order, status, periods in (
        (2, STATUS_AWAY, away),
        (4, STATUS_ABSENT, _periods(seen, EV_ABSENCE_START, EV_ABSENCE_END)),
    ):
        for start, back in periods:
            due = add_years(start, AUTOMATIC_END_YEARS)
            if due <= on and (back is None or back > due):
                ends.append((due, order, status))
    away_from = next((s for s, b in away if s <= on and (b is None or on < b)), None)
    if ends:
        day, _, status = min(ends)
        return DelegateStatus(status, day, away_from)
    return DelegateStatus(STATUS_ACTIVE, effective_from, away_from)
