"""The one order of election units (R13.1) on every paper, workbook and screen — the seat plan
(RA.1), the result sheets (R14), the credentials report and the delegate list (R15.2).

The school may choose the order; what it did not choose follows stroke order of the unit's
name (笔画顺序: each character in turn by its stroke count, then code point — the caller passes
that key, so this module stays free of the stroke table):

* units with a chosen position come first, by position (ties by the stroke key, then id);
* the others follow in stroke order of the name (then id), so the default when the school
  chose nothing is pure stroke order, and a unit added later lands after the chosen ones;
* a unit merged into a joint unit (联合选举单位) is listed right after its joint unit, the
  parts among themselves by the same rule; a part whose joint unit is not in the input stands
  alone among the top-level units.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from congress_app.rules.errors import RuleViolation


@dataclass(frozen=True, slots=True)
class OrderedUnit:
    """R13.1: one election unit as the order sees it; ``position`` is the school's choice
    (None: not chosen), ``merged_into`` the id of its joint unit."""

    unit_id: int
    name: str
    position: int | None = None
    merged_into: int | None = None


def _sort_key(unit: OrderedUnit, stroke_key: Callable[[str], Any]) -> tuple[Any, ...]:
    if unit.position is not None:
        return (0, unit.position, stroke_key(unit.name), unit.unit_id)
    return (1, 0, stroke_key(unit.name), unit.unit_id)


def order_units(units: Iterable[OrderedUnit], stroke_key: Callable[[str], Any]) -> list[OrderedUnit]:
    """R13.1: ``units`` in the one order: chosen positions first, the rest in stroke order of
    the name (``stroke_key``), each joint unit's merged parts right after it."""
    everything = list(units)
    ids = {u.unit_id for u in everything}
    parts: dict[int, list[OrderedUnit]] = defaultdict(list)
    top: list[OrderedUnit] = []
    for unit in everything:
        if unit.merged_into is not None and unit.merged_into in ids and unit.merged_into != unit.unit_id:
            parts[unit.merged_into].append(unit)
        else:
            top.append(unit)
    ordered: list[OrderedUnit] = []
    for unit in sorted(top, key=lambda u: _sort_key(u, stroke_key)):
        ordered.append(unit)
        ordered.extend(sorted(parts.get(unit.unit_id, ()), key=lambda u: _sort_key(u, stroke_key)))
    return ordered


def unit_ranks(units: Iterable[OrderedUnit], stroke_key: Callable[[str], Any]) -> dict[int, int]:
    """R13.1: unit id -> its place (0, 1, …) in :func:`order_units`."""
    return {u.unit_id: rank for rank, u in enumerate(order_units(units, stroke_key))}


def rank_key(ranks: Mapping[str, int], stroke_key: Callable[[str], Any]) -> Callable[[str], tuple[Any, ...]]:
    """R13.1: a sort key on unit *names* for lists that carry names only: the unit's place in
    the order, and a name the order does not know (a record of a unit renamed since) after
    all known ones in stroke order."""
    end = len(ranks)

    def key(name: str) -> tuple[Any, ...]:
        rank = ranks.get(name)
        return (rank, ()) if rank is not None else (end, stroke_key(name))

    return key


class UnitOrderInvalid(RuleViolation):
    """R13.1: a chosen order must name every election unit that elects on its own once, and
    nothing else. ``problem`` is "unknown", "duplicate" or "missing"; ``units`` the ids."""

    rule = "R13.1"
    code = "unit_order_invalid"
    problem: str
    units: tuple[int, ...]

    def __init__(self, problem: str, units: Sequence[int]) -> None:
        super().__init__(f"unit_order_{problem}", problem=problem, units=tuple(units))


def check_chosen_order(given: Sequence[int], units: Iterable[OrderedUnit]) -> dict[int, int]:
    """R13.1: validate a chosen order and return the positions to store (unit id -> 1, 2, …).

    ``given`` must hold each top-level unit (not merged into another) exactly once; a merged
    part may be given too (its place then orders it among its joint unit's parts) — anything
    else is refused (:class:`UnitOrderInvalid`)."""
    known = {u.unit_id: u for u in units}
    unknown = [i for i in given if i not in known]
    if unknown:
        raise UnitOrderInvalid("unknown", unknown)
    seen: set[int] = set()
    twice: set[int] = set()
    for unit_id in given:
        (twice if unit_id in seen else seen).add(unit_id)
    if twice:
        raise UnitOrderInvalid("duplicate", sorted(twice))
    missing = [
        u.unit_id
        for u in known.values()
        if u.unit_id not in seen and (u.merged_into is None or u.merged_into not in known)
    ]
    if missing:
        raise UnitOrderInvalid("missing", sorted(missing))
    return {unit_id: place for place, unit_id in enumerate(given, start=1)}
