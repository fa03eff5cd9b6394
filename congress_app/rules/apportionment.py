"""Apportionment of the delegate seats to election units (RA.1–RA.3) and the units' group
targets (R13.5): largest remainder and highest averages, exact Fraction arithmetic.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from congress_app.rules.errors import (
    InvalidCount,
    TooFewSeats,
    UnknownChoice,
    require_count,
)
from congress_app.rules.seats import DHONDT, HAMILTON, METHODS, ceil_div, share_target

# --- RA.1, RA.2: apportionment --------------------------------------------------------------


def _apportion_sizes(
    sizes: Mapping[str, int], seats: int, method: str, initial: bool, caps: Mapping[str, int]
) -> dict[str, int]:
    """Shared core (RA.1, RA.2, RA.3): ``sizes`` > 0 only; optional one-seat start; caps."""
    result = {code: (1 if initial else 0) for code in sizes}
    if method == HAMILTON:
        return _hamilton(sizes, seats, result, caps)
    step = 1 if method == DHONDT else 2

    def key(c: str) -> _Claim:
        # highest size/d(s); d(s) = s+1 (D'Hondt) or 2s+1 (Sainte-Laguë); ties: larger, code
        return _Claim(sizes[c], step * result[c] + 1, c)

    # a heap of the open units by that key: only the unit that won a seat changes its key,
    # so each seat costs one new quotient instead of one per unit
    heap = [key(c) for c in sizes if result[c] < caps.get(c, seats)]
    heapq.heapify(heap)
    for _ in range(seats - sum(result.values())):
        if not heap:
            break
        best = heapq.heappop(heap).code
        result[best] += 1
        if result[best] < caps.get(best, seats):
            heapq.heappush(heap, key(best))
    return result


class _Claim:
    """A unit's claim on the next seat, size/divisor, ordered for a min-heap: the highest
    quotient first (compared exactly by integer cross-multiplication, no Fraction built),
    then the larger unit, then the code."""

    __slots__ = ("size", "divisor", "code")

    def __init__(self, size: int, divisor: int, code: str) -> None:
        self.size, self.divisor, self.code = size, divisor, code

    def __lt__(self, other: _Claim) -> bool:
        mine, theirs = self.size * other.divisor, other.size * self.divisor
        if mine != theirs:
            return mine > theirs
        if self.size != other.size:
            return self.size > other.size
        return self.code < other.code


def _hamilton(
    sizes: Mapping[str, int], seats: int, start: dict[str, int], caps: Mapping[str, int]
) -> dict[str, int]:
    """RA.1 largest remainder over ``seats - sum(start)`` seats; capped units are fixed at
    their cap and the rest shared again among the others (RA.3), until none is over.
    """
    fixed: dict[str, int] = {}
    active = dict(sizes)
    while True:
        rest = seats - sum(fixed.values()) - sum(start[c] for c in active)
        pool = sum(active.values())
        result = dict(start)
        result.update(fixed)
        if active and rest > 0:
            quotas = {c: (active[c] * rest) // pool for c in active}
            remainders = {c: (active[c] * rest) % pool for c in active}
            for c in active:
                result[c] = start[c] + quotas[c]
            left = rest - sum(quotas.values())
            order = sorted(active, key=lambda c: (-remainders[c], -active[c], c))
            for c in order[:left]:
                result[c] += 1
        over = [c for c in active if c in caps and result[c] > caps[c]]
        if not over:
            return result
        for c in over:
            fixed[c] = caps[c]
            del active[c]


def _check_sizes(field: str, sizes: Mapping[str, int], rule: str) -> None:
    for code, size in sizes.items():
        require_count(f"{field}[{code}]", size, rule=rule)


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise UnknownChoice(rule="RA.2", field="method", actual=method, allowed=METHODS)


@dataclass(frozen=True, slots=True)
class SeatTie:
    """RA.1/RA.2: units tied for the last ``seats`` seat(s) of an apportionment — more units
    (``units``, sorted) than seats, equal remainders (Hamilton) or quotients (highest
    averages). The office settles it by a recorded lot (抽签) or choice, never the software
    by size, name or code.
    """

    units: tuple[str, ...]
    seats: int
    method: str
    rule: str = "RA.1"


def _priorities(
    staffed: Mapping[str, int], seats: int, method: str
) -> tuple[dict[str, int], list[tuple[Fraction, str]], int]:
    """Seats every unit holds before the contested ones, the ranked claims on the rest
    (value, unit) — highest first — and how many seats go by that ranking."""
    units = len(staffed)
    if method == HAMILTON:
        rest, pool = seats - units, sum(staffed.values())
        base = {c: 1 + (n * rest) // pool for c, n in staffed.items()}
        claims = [(Fraction((n * rest) % pool, pool), c) for c, n in staffed.items()]
        return base, sorted(claims, reverse=True), seats - sum(base.values())
    step = 1 if method == DHONDT else 2
    k = seats - units
    claims = [(Fraction(n, step * s + 1), c) for c, n in staffed.items() for s in range(1, k + 1)]
    return {c: 1 for c in staffed}, sorted(claims, reverse=True), k


def apportion_tie(staff_by_unit: Mapping[str, int], seats: int, method: str = HAMILTON) -> SeatTie | None:
    """RA.1/RA.2: the tie that decides a seat in :func:`apportion`, or ``None``.
    Same refusals as :func:`apportion`.
    """
    staffed = _checked_staffed(staff_by_unit, seats, method)
    if not staffed:
        return None
    _, claims, k = _priorities(staffed, seats, method)
    if k <= 0 or k >= len(claims) or claims[k - 1][0] != claims[k][0]:
        return None
    boundary = claims[k][0]
    above = sum(1 for value, _ in claims if value > boundary)
    tied = tuple(sorted(c for value, c in claims if value == boundary))
    return SeatTie(tied, k - above, method)


def _checked_staffed(staff_by_unit: Mapping[str, int], seats: int, method: str) -> dict[str, int]:
    _check_method(method)
    require_count("seats", seats, rule="RA.1")
    _check_sizes("staff_by_unit", staff_by_unit, "RA.1")
    staffed = {c: n for c, n in staff_by_unit.items() if n > 0}
    if seats < len(staffed):
        raise TooFewSeats(seats=seats, units=len(staffed))
    if seats > 0 and not staffed:
        raise InvalidCount("no_staffed_units", rule="RA.1", field="staff_by_unit", actual=0, required=1)
    return staffed


def _settled(
    staffed: Mapping[str, int], seats: int, method: str, tie: SeatTie, winners: Sequence[str]
) -> dict[str, int]:
    """RA.1: the apportionment with the tied seats given to the office's ``winners``."""
    chosen = set(winners)
    if len(chosen) != len(winners) or not chosen.issubset(tie.units) or len(chosen) != tie.seats:
        raise InvalidCount(
            "tie_decision_invalid",
            rule="RA.1",
            field="tie_winners",
            actual=tuple(winners),
            required=(tie.units, tie.seats),
        )
    base, claims, k = _priorities(staffed, seats, method)
    boundary = claims[k][0]
    result = dict(base)
    for value, c in claims:
        if value > boundary:
            result[c] += 1
    for c in chosen:
        result[c] += 1
    return result


def apportion(
    staff_by_unit: Mapping[str, int],
    seats: int,
    method: str = HAMILTON,
    tie_winners: Sequence[str] | None = None,
) -> dict[str, int]:
    """RA.1, RA.2: share ``seats`` among election units by on-duty staff.

    Every unit with staff gets one seat first; the remaining seats go by ``method``:
    ``"hamilton"`` (largest remainder on quotas ``size×(T−u)/N``), ``"sainte-lague"`` or
    ``"dhondt"`` (highest averages ``size/d(s)``, s counting the first seat). A tie that
    decides a seat (:func:`apportion_tie`) is the office's to settle: pass the units it
    gave the tied seats to as ``tie_winners``; without them the figures shown give the tied
    seats provisionally (larger unit, then code) and the tie must be shown and settled
    before a plan is recorded. Units with 0 staff get 0. Independent of the mapping's order.
    Raises :class:`TooFewSeats` when seats < units with staff (merge units first),
    :class:`UnknownChoice` on another method and :class:`InvalidCount` on negative numbers
    or seats to give with no unit having staff (``no_staffed_units``).
    """
    staffed = _checked_staffed(staff_by_unit, seats, method)
    result = {code: 0 for code in sorted(staff_by_unit)}
    tie = apportion_tie(staff_by_unit, seats, method) if tie_winners is not None else None
    if tie_winners is not None and tie is None:
        if tie_winners:
            raise InvalidCount(
                "no_tie_to_decide", rule="RA.1", field="tie_winners", actual=tuple(tie_winners), required=()
            )
    if tie is not None and tie_winners is not None:  # a tie is looked for only with winners
        result.update(_settled(staffed, seats, method, tie, tie_winners))
    else:
        result.update(_apportion_sizes(staffed, seats, method, True, {}))
    return result


@dataclass(frozen=True, slots=True)
class GroupTargets:
    """RA.3 / R13.5: a group's seat targets per unit (teaching staff, women, youth).

    ``required`` = the body's target for the group (teaching: ceil(60% × total seats); women
    and youth: floor(share × total), R13.5); ``targets`` per unit; ``shortfall`` = seats of
    ``required`` that no unit can take within its caps (0 when feasible); ``initial_seat``
    tells whether each unit with group staff got one seat of the group first.
    """

    total: int
    required: int
    targets: dict[str, int]
    shortfall: int
    initial_seat: bool
    method: str
    rule: str = "RA.3"


TeachingTargets = GroupTargets  # RA.3: the name the teaching targets were first published under


def teaching_targets(
    seats_by_unit: Mapping[str, int],
    teaching_by_unit: Mapping[str, int],
    method: str = HAMILTON,
) -> TeachingTargets:
    """RA.3 (with R13.5): apportion ``ceil(3×total/5)`` teaching seats over teaching staff per
    unit by ``method``, each unit capped at min(its seats, its teaching staff).

    As in RA.1, every unit with teaching staff gets one teaching seat first — unless there are
    more such units than teaching seats, then the plain method is used (no first seat).
    Cap: a unit whose share passes its cap is held at the cap and the seats it cannot take
    are shared again among the other units by the same method (Hamilton: recomputed on the
    remaining units; highest averages: the capped unit just stops receiving seats). If all
    units are at their caps, the rest is reported as ``shortfall``.
    Units missing from ``teaching_by_unit`` have no teaching staff; units missing from
    ``seats_by_unit`` have no seats and are left out.
    """
    _check_method(method)
    _check_sizes("seats_by_unit", seats_by_unit, "RA.3")
    _check_sizes("teaching_by_unit", teaching_by_unit, "RA.3")
    required = ceil_div(6 * sum(seats_by_unit.values()), 10)
    return _group_targets(seats_by_unit, teaching_by_unit, required, method, True, "RA.3")


def share_targets(
    seats_by_unit: Mapping[str, int],
    group_by_unit: Mapping[str, int],
    on_duty_by_unit: Mapping[str, int],
    method: str = HAMILTON,
) -> GroupTargets:
    """R13.5 with RA.3's method: the women or youth targets of the units add up to the body's
    target ``floor(share × total)`` (share = the group's on-duty staff / all on-duty staff),
    apportioned over the group's staff per unit by ``method`` (no first seat), each unit
    capped at min(its seats, its group staff). Rounding each unit down on its own would fall
    short of the body's target that the credentials check applies.
    """
    _check_method(method)
    _check_sizes("seats_by_unit", seats_by_unit, "R13.5")
    _check_sizes("group_by_unit", group_by_unit, "R13.5")
    _check_sizes("on_duty_by_unit", on_duty_by_unit, "R13.5")
    required = share_target(
        sum(group_by_unit.get(c, 0) for c in seats_by_unit),
        sum(on_duty_by_unit.get(c, 0) for c in seats_by_unit),
        sum(seats_by_unit.values()),
    )
    return _group_targets(seats_by_unit, group_by_unit, required, method, False, "R13.5")


def _group_targets(
    seats_by_unit: Mapping[str, int],
    group_by_unit: Mapping[str, int],
    required: int,
    method: str,
    first_seat: bool,
    rule: str,
) -> GroupTargets:
    """RA.3 / R13.5 core: ``required`` seats of a group over its staff per unit, each unit
    capped at min(its seats, its group staff); optionally one seat first for every unit with
    group staff, when there are enough seats for that."""
    caps = {c: min(seats_by_unit[c], group_by_unit.get(c, 0)) for c in seats_by_unit}
    sizes = {c: group_by_unit[c] for c in caps if caps[c] > 0}
    to_place = min(required, sum(caps.values()))
    initial = first_seat and 0 < len(sizes) <= to_place
    targets = {c: 0 for c in sorted(seats_by_unit)}
    if sizes and to_place:
        targets.update(_apportion_sizes(sizes, to_place, method, initial, caps))
    return GroupTargets(
        sum(seats_by_unit.values()), required, targets, required - to_place, initial, method, rule
    )
