"""Telling people with the same name apart — decided here, once, for ballots, result sheets,
lists and pickers: where two people share a name, add their unit; where that still leaves
them alike, their birth year; failing both, their 工号.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from congress_app.wording.papers import NAME_WITH_BIRTH_YEAR, NAME_WITH_STAFF_NO, NAME_WITH_UNIT


@dataclass(frozen=True)
class Person:
    key: Hashable
    name: str
    unit: str = ""
    birth_year: int | None = None
    staff_no: str = ""


def _alike(group: Sequence[Person], attr: Callable[[Person], object]) -> bool:
    values = [attr(p) for p in group]
    return len(set(values)) < len(values) or any(v in (None, "") for v in values)


def distinguishing_labels(people: Sequence[Person]) -> dict[Hashable, str]:
    """key → the name to print: the bare name when nobody else in ``people`` has it, else
    ``name（unit）``, ``name（YYYY年生）`` or ``name（工号 …）``, the first that tells the
    namesakes apart (unit when their units all differ, then birth year, then 工号)."""
    groups: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        groups[person.name].append(person)
    labels: dict[Hashable, str] = {}
    for name, group in groups.items():
        if len(group) == 1:
            labels[group[0].key] = name
        elif not _alike(group, lambda p: p.unit):
            labels.update({p.key: NAME_WITH_UNIT.format(name=name, unit=p.unit) for p in group})
        elif not _alike(group, lambda p: p.birth_year):
            labels.update({p.key: NAME_WITH_BIRTH_YEAR.format(name=name, year=p.birth_year) for p in group})
        else:
            labels.update({p.key: NAME_WITH_STAFF_NO.format(name=name, staff_no=p.staff_no) for p in group})
    return labels
