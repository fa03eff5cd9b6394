"""The one order of election units on every paper, workbook and screen (issue 15): the
school's chosen order, stroke order of the name (笔画顺序) for what it did not choose.

Readers: :func:`unit_places` (the units in order with their place), :func:`unit_order` (ids),
:func:`unit_ranks` (id -> place) and :func:`unit_name_key` (a sort key on unit names, for
lists that carry names only). Writers: :func:`set_unit_order` / :func:`set_unit_order_by_names`
and :func:`reset_unit_order`, each one transaction with an entry in the audit chain; the
change set (kind ``election_unit``) is recorded as for every write (services/changes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.rules.unit_order import (
    OrderedUnit,
    UnitOrderInvalid,
    check_chosen_order,
    order_units,
    rank_key,
)
from congress_app.services.audit import append_audit
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import ElectionUnit
from congress_app.strokes import surname_stroke_key

T = TypeVar("T")

ORDER_ACTION = "unit.order"
RESET_ACTION = "unit.order_reset"


def name_stroke_key(name: str) -> Any:
    """The whole name's stroke key: each character in turn by strokes, then code point."""
    return surname_stroke_key(name)


@dataclass(frozen=True)
class UnitPlace:
    """One unit in the order: ``place`` 1, 2, …; ``position`` the school's choice or None."""

    place: int
    unit_id: int
    name: str
    position: int | None
    is_joint: bool
    merged_into: str | None

    @property
    def chosen(self) -> bool:
        return self.position is not None


def _rows(session: Session) -> list[tuple[int, str, int | None, bool, int | None]]:
    return [
        (i, n, p, bool(j), m)
        for i, n, p, j, m in session.execute(
            select(
                ElectionUnit.id,
                ElectionUnit.name,
                ElectionUnit.position,
                ElectionUnit.is_joint,
                ElectionUnit.merged_into_id,
            )
        )
    ]


def unit_places(session: Session) -> list[UnitPlace]:
    """Every unit (joint units with their merged parts right after them) in the one order."""
    rows = _rows(session)
    names = {r[0]: r[1] for r in rows}
    joint = {r[0]: r[3] for r in rows}
    ordered = order_units((OrderedUnit(i, n, p, m) for i, n, p, _j, m in rows), name_stroke_key)
    return [
        UnitPlace(
            place,
            u.unit_id,
            u.name,
            u.position,
            joint[u.unit_id],
            names.get(u.merged_into) if u.merged_into is not None else None,
        )
        for place, u in enumerate(ordered, start=1)
    ]


def unit_order(session: Session) -> list[int]:
    """The unit ids in the one order."""
    return [p.unit_id for p in unit_places(session)]


def unit_ranks(session: Session) -> dict[int, int]:
    """unit id -> its place (0, 1, …) in the one order."""
    return {unit_id: rank for rank, unit_id in enumerate(unit_order(session))}


def unit_name_key(session: Session) -> Callable[[str], tuple[Any, ...]]:
    """A sort key on unit names in the one order (a name no unit has any more — a record of
    a unit renamed since — after the known ones, in stroke order)."""
    ranks = {p.name: rank for rank, p in enumerate(unit_places(session))}
    return rank_key(ranks, name_stroke_key)


def sort_by_unit(session: Session, items: Iterable[T], unit: Callable[[T], str]) -> list[T]:
    """``items`` in the one order of their unit's name (stable: within a unit as given)."""
    key = unit_name_key(session)
    return sorted(items, key=lambda item: key(unit(item)))


def _refuse(error: UnitOrderInvalid, names: dict[int, str]) -> InvalidInput:
    words = "、".join(names.get(i, str(i)) for i in error.units)
    return InvalidInput(
        f"unit_order_{error.problem}", field="unit_order", names=words, count=len(error.units)
    )


def set_unit_order(session: Session, unit_ids: Sequence[int], *, actor: str) -> list[int]:
    """Store the school's order: ``unit_ids`` names every unit that elects on its own (not
    merged into a joint unit) once — merged parts may be given too, to order them under their
    joint unit. Refused: ``unit_order_unknown``, ``unit_order_duplicate``,
    ``unit_order_missing``. Returns the ids in the new order."""
    ids = [int(i) for i in unit_ids]
    with unit_of_work(session):
        units = {u.id: u for u in session.scalars(select(ElectionUnit))}
        known = [OrderedUnit(u.id, u.name, u.position, u.merged_into_id) for u in units.values()]
        try:
            positions = check_chosen_order(ids, known)
        except UnitOrderInvalid as error:
            raise _refuse(error, {i: u.name for i, u in units.items()}) from None
        for unit_id, unit in units.items():
            unit.position = positions.get(unit_id)
        session.flush()
        order = unit_order(session)
        append_audit(
            session,
            actor=actor,
            action=ORDER_ACTION,
            entity="election_unit",
            entity_id="",
            data={"order": [units[i].name for i in ids]},
        )
    return order


def set_unit_order_by_names(session: Session, names: Sequence[str], *, actor: str) -> list[int]:
    """:func:`set_unit_order` with exact unit names (never substrings); an unknown name is
    refused (``unit_name_unknown``, naming it)."""
    ids: dict[str, int] = dict(session.execute(select(ElectionUnit.name, ElectionUnit.id)).all())
    unknown = [n for n in names if n not in ids]
    if unknown:
        raise NotFound("unit_name_unknown", name="、".join(unknown))
    return set_unit_order(session, [ids[n] for n in names], actor=actor)


def reset_unit_order(session: Session, *, actor: str) -> list[int]:
    """Back to stroke order: every chosen position cleared. Returns the ids in order."""
    with unit_of_work(session):
        units = list(session.scalars(select(ElectionUnit)))
        for unit in units:
            unit.position = None
        session.flush()
        order = unit_order(session)
        append_audit(session, actor=actor, action=RESET_ACTION, entity="election_unit", entity_id="", data={})
    return order


def move_unit(
    session: Session, unit_id: int, step: int, *, actor: str, among: Sequence[int] | None = None
) -> list[int]:
    """Move one unit that elects on its own a place up (``step`` −1) or down (+1) and store
    the whole order as the school's choice. ``among``: the units the caller shows (a screen
    listing only units with staff) — the unit moves past the next of those, so a move is
    never spent on a unit nobody sees. Returns the ids in the new order."""
    top = [p.unit_id for p in unit_places(session) if p.merged_into is None]
    if unit_id not in top:
        raise NotFound(what="election_unit", id=unit_id)
    shown = [i for i in top if among is None or i in among or i == unit_id]
    at = shown.index(unit_id)
    to = at + (1 if step > 0 else -1)
    if not 0 <= to < len(shown):
        return unit_order(session)
    neighbour = shown[to]
    order = [i for i in top if i != unit_id]
    order.insert(order.index(neighbour) + (1 if step > 0 else 0), unit_id)
    return set_unit_order(session, order, actor=actor)
