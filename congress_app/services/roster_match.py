"""Matching a re-imported roster to the one on record, so that a re-import explains itself.

- 工号 are text. A file re-saved by Excel loses their leading zeros ("000123" → 123); a 工号
  that matches a 工号 on record only after restoring the zeros is restored (and said so).
- Unit names are compared in a normal form (NFKC: full-width letters, digits and brackets as
  half-width; no spaces), so "机械工程学院（一）" and "机械工程学院(一) " are one unit; the
  name on record is kept.
- A re-import that would end the on-duty status of more than a tenth of the on-duty staff
  (left off the roster, or listed as retired or transferred) needs an explicit confirmation.

Pure functions over plain data; roster.py calls them inside its transaction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from congress_app.roster_file import RosterFile, RosterRow

# An office confirms a re-import ending the on-duty status of more than this share of staff
# (a safeguard of this program against a half-empty file, not a rule of the norms).
REMOVAL_CONFIRM_NUMERATOR, REMOVAL_CONFIRM_DENOMINATOR = 1, 10

STAFF_NO_ZEROS = "staff_no_zeros_restored"
UNIT_NAME_FORM = "unit_name_normalised"
MANY_REMOVALS = "many_removals"


@dataclass(frozen=True)
class ImportWarning:
    """Something the preview says about the file. ``count``: how many rows or people;
    ``examples``: a few values as (in the file, as matched) pairs."""

    code: str
    count: int = 0
    total: int = 0  # MANY_REMOVALS: the on-duty staff now
    examples: tuple[tuple[str, str], ...] = ()


def unit_key(name: str) -> str:
    """The form unit names are matched in: NFKC (全角 → 半角) with every space removed."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def restore_leading_zeros(file_nos: Iterable[str], known_nos: Iterable[str]) -> dict[str, str]:
    """{工号 in the file: 工号 on record} for the file's numbers that match a number on record
    only with its leading zeros restored ("123" → "000123"). A number already on record, one
    whose restored form is also in the file, or an ambiguous one is left as it is."""
    file_nos = list(file_nos)
    in_file = set(file_nos)
    known = set(known_nos)
    by_digits: dict[str, str | None] = {}
    for no in known:
        if no.isdigit() and no.startswith("0"):
            key = no.lstrip("0")
            by_digits[key] = None if key in by_digits else no  # None: two candidates
    restored: dict[str, str] = {}
    taken: set[str] = set()
    for no in file_nos:
        if no in known or not no.isdigit():
            continue
        full = by_digits.get(no.lstrip("0"))
        if full is None or full == no or full in in_file or full in taken:
            continue
        restored[no] = full
        taken.add(full)
    return restored


def match_units(file_units: Iterable[str], known_units: Iterable[str]) -> dict[str, str]:
    """{unit name in the file: the name to use} for names written differently from a unit on
    record (or from their first spelling in the file) only in width or spaces."""
    canonical: dict[str, str] = {}
    for name in sorted(known_units):
        canonical.setdefault(unit_key(name), name)
    renamed: dict[str, str] = {}
    for name in file_units:
        use = canonical.setdefault(unit_key(name), name)
        if use != name:
            renamed[name] = use
    return renamed


def match_roster(
    roster: RosterFile, known_nos: Iterable[str], known_units: Iterable[str]
) -> tuple[RosterFile, tuple[ImportWarning, ...]]:
    """The roster with 工号 and unit names matched to the records, and what was matched."""
    restored = restore_leading_zeros((r.staff_no for r in roster.rows), known_nos)
    renamed = match_units(dict.fromkeys(r.unit for r in roster.rows), known_units)
    if not restored and not renamed:
        return roster, ()
    rows = tuple(_matched(r, restored, renamed) for r in roster.rows)
    warnings = []
    if restored:
        warnings.append(
            ImportWarning(STAFF_NO_ZEROS, len(restored), examples=tuple(list(restored.items())[:3]))
        )
    if renamed:
        warnings.append(ImportWarning(UNIT_NAME_FORM, len(renamed), examples=tuple(renamed.items())))
    return replace(roster, rows=rows), tuple(warnings)


def _matched(row: RosterRow, restored: dict[str, str], renamed: dict[str, str]) -> RosterRow:
    no, unit = restored.get(row.staff_no, row.staff_no), renamed.get(row.unit, row.unit)
    if no == row.staff_no and unit == row.unit:
        return row
    return replace(row, staff_no=no, unit=unit)


def needs_removal_confirmation(ending: int, on_duty_now: int) -> bool:
    """Does ending the on-duty status of ``ending`` of ``on_duty_now`` staff need the office's
    explicit confirmation (more than a tenth)?"""
    return ending * REMOVAL_CONFIRM_DENOMINATOR > on_duty_now * REMOVAL_CONFIRM_NUMERATOR
