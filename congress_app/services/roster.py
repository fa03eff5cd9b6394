"""Importing the staff roster: preview what changes, then apply it as dated events.

A roster that has any problem imports nothing. Re-importing a later roster keeps history:
each change of status, unit, category or post becomes a StaffEvent dated by the file's
状态起始日期 (for a status change) or the chosen effective date; staff no longer listed are
marked unlisted as of that date. Everything happens in one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from congress_app.roster_file import RosterFile, RosterProblem, RosterRow
from congress_app.rules.seats import is_on_duty
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.roster_match import (
    MANY_REMOVALS,
    ImportWarning,
    match_roster,
    needs_removal_confirmation,
)
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import ElectionUnit, RosterImport, Staff, StaffEvent
from congress_app.wording.papers import IMPORT_STEPS, NO, YES

Progress = Callable[[int, int, str], None]
TRACKED = ("unit", "category", "status", "status_since", "post", "name", "gender", "birth_date")


def _no_progress(_done: int, _total: int, _text: str = "") -> None:
    pass


class RosterInvalid(InvalidInput):
    """The file has problems; ``details['problems']`` lists every one (nothing was written)."""

    code = "roster_invalid"

    def __init__(self, problems: tuple[RosterProblem, ...]) -> None:
        super().__init__(problems=problems, count=len(problems))
        self.problems = problems


class RemovalsNeedConfirmation(Conflict):
    """The re-import would end the on-duty status of more than a tenth of the on-duty staff:
    ``details`` has ``ending`` and ``on_duty``. Nothing was written; import again with
    ``allow_removals=True`` once the office has confirmed."""

    code = "removals_need_confirmation"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class StaffChange:
    staff_no: str
    name: str
    changes: tuple[FieldChange, ...]

    def changed(self, field: str) -> bool:
        return any(c.field == field for c in self.changes)


@dataclass(frozen=True)
class UnlistedStaff:
    staff_no: str
    name: str
    unit: str


@dataclass(frozen=True)
class RosterPreview:
    added: tuple[RosterRow, ...]
    changed: tuple[StaffChange, ...]
    unlisted: tuple[UnlistedStaff, ...]
    unchanged: int
    new_units: tuple[str, ...]
    warnings: tuple[ImportWarning, ...] = ()
    ending_on_duty: int = 0  # on-duty staff now whom the file leaves off or lists as not
    on_duty_now: int = 0
    roster: RosterFile | None = None  # the file as matched (工号 zeros, unit names)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed or self.unlisted)

    @property
    def needs_confirmation(self) -> bool:
        """More than a tenth of the on-duty staff would stop being on duty."""
        return needs_removal_confirmation(self.ending_on_duty, self.on_duty_now)

    def as_dict(self) -> dict[str, Any]:
        """The preview as `staff import --dry-run --json` prints it (keys are a contract)."""
        return {
            "new": len(self.added),
            "changed": len(self.changed),
            "unlisted": len(self.unlisted),
            "unchanged": self.unchanged,
            "new_units": list(self.new_units),
            "warnings": [warning_dict(w) for w in self.warnings],
        }


def warning_dict(warning: ImportWarning) -> dict[str, object]:
    data: dict[str, object] = {"code": warning.code, "count": warning.count}
    if warning.total:
        data["total"] = warning.total
    if warning.examples:
        data["examples"] = [{"file": a, "matched": b} for a, b in warning.examples]
    return data


@dataclass(frozen=True)
class ImportSummary:
    import_id: int
    file_name: str
    rows: int
    added: int
    changed: int
    unlisted: int
    unchanged: int
    units_created: int
    effective_on: date


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass
class _Existing:
    id: int
    listed: bool
    values: dict[str, object]


def _existing_staff(session: Session) -> dict[str, _Existing]:
    rows = session.execute(
        select(
            Staff.id,
            Staff.staff_no,
            Staff.listed,
            ElectionUnit.name,
            Staff.category,
            Staff.status,
            Staff.status_since,
            Staff.post,
            Staff.name,
            Staff.gender,
            Staff.birth_date,
        ).join(ElectionUnit, Staff.unit_id == ElectionUnit.id)
    )
    existing = {}
    for sid, no, listed, unit, category, status, since, post, name, gender, birth in rows:
        existing[no] = _Existing(
            sid,
            listed,
            {
                "unit": unit,
                "category": category,
                "status": status,
                "status_since": since,
                "post": post,
                "name": name,
                "gender": gender,
                "birth_date": birth,
            },
        )
    return existing


def _row_values(row: RosterRow) -> dict[str, object]:
    return {
        "unit": row.unit,
        "category": row.category,
        "status": row.status,
        "status_since": row.status_since,
        "post": row.post,
        "name": row.name,
        "gender": row.gender,
        "birth_date": row.birth_date,
    }


def _diff(row: RosterRow, before: _Existing) -> tuple[FieldChange, ...]:
    after = _row_values(row)
    changes = [
        FieldChange(f, _text(before.values[f]), _text(after[f]))
        for f in TRACKED
        if before.values[f] != after[f]
    ]
    if not before.listed:
        changes.append(FieldChange("listed", NO, YES))
    return tuple(changes)


def _require_ok(roster: RosterFile) -> None:
    if not roster.ok:
        raise RosterInvalid(roster.problems)
    if not roster.rows:
        raise InvalidInput("roster_empty", field="file")


def preview_roster(session: Session, roster: RosterFile) -> RosterPreview:
    """What importing ``roster`` would change, without writing anything. 工号 missing their
    leading zeros and unit names differing only in width or spaces are matched to the
    records first (``warnings`` says so; ``roster`` holds the file as matched)."""
    _require_ok(roster)
    existing = _existing_staff(session)
    units = set(session.scalars(select(ElectionUnit.name)))
    roster, warnings = match_roster(roster, existing.keys(), units)
    added, changed, unchanged = [], [], 0
    for row in roster.rows:
        before = existing.get(row.staff_no)
        if before is None:
            added.append(row)
            continue
        changes = _diff(row, before)
        if changes:
            changed.append(StaffChange(row.staff_no, row.name, changes))
        else:
            unchanged += 1
    listed_now = {row.staff_no for row in roster.rows}
    unlisted = tuple(
        UnlistedStaff(no, str(e.values["name"]), str(e.values["unit"]))
        for no, e in sorted(existing.items())
        if e.listed and no not in listed_now
    )
    new_units = tuple(sorted({row.unit for row in roster.rows} - units))
    on_duty_now = {no for no, e in existing.items() if e.listed and is_on_duty(str(e.values["status"]))}
    staying = {row.staff_no for row in roster.rows if is_on_duty(row.status)}
    ending = len(on_duty_now - staying)
    if needs_removal_confirmation(ending, len(on_duty_now)):
        warnings += (ImportWarning(MANY_REMOVALS, ending, len(on_duty_now)),)
    return RosterPreview(
        tuple(added),
        tuple(changed),
        unlisted,
        unchanged,
        new_units,
        warnings,
        ending,
        len(on_duty_now),
        roster,
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_roster(
    session: Session,
    roster: RosterFile,
    *,
    file_name: str,
    sha256: str = "",
    actor: str,
    effective_on: date | None = None,
    progress: Progress = _no_progress,
    allow_removals: bool = False,
) -> ImportSummary:
    """Apply ``roster`` in one transaction. Raises RosterInvalid (writing nothing) on problems,
    and RemovalsNeedConfirmation when more than a tenth of the on-duty staff would stop being
    on duty unless ``allow_removals`` (the office confirmed)."""
    _require_ok(roster)
    effective_on = effective_on or date.today()
    total_steps = 4
    with unit_of_work(session):
        preview = preview_roster(session, roster)
        if preview.needs_confirmation and not allow_removals:
            raise RemovalsNeedConfirmation(ending=preview.ending_on_duty, on_duty=preview.on_duty_now)
        assert preview.roster is not None
        roster = preview.roster  # 工号 and unit names as matched to the records
        progress(0, total_steps, IMPORT_STEPS[0])
        unit_ids = _ensure_units(session, {row.unit for row in roster.rows})
        first_import = session.scalar(select(RosterImport.id).limit(1)) is None

        progress(1, total_steps, IMPORT_STEPS[1])
        _insert_new_staff(session, preview.added, unit_ids, file_name, None if first_import else effective_on)

        progress(2, total_steps, IMPORT_STEPS[2])
        _apply_changes(session, roster, preview.changed, unit_ids, file_name, effective_on)
        if preview.unlisted:
            ids = dict(session.execute(select(Staff.staff_no, Staff.id)).all())
            session.execute(
                update(Staff),
                [
                    {"id": ids[u.staff_no], "listed": False, "unlisted_on": effective_on}
                    for u in preview.unlisted
                ],
            )

        progress(3, total_steps, IMPORT_STEPS[3])
        record = RosterImport(
            file_name=file_name,
            sha256=sha256,
            effective_on=effective_on,
            rows=len(roster.rows),
            added=len(preview.added),
            changed=len(preview.changed),
            unlisted=len(preview.unlisted),
            actor=actor,
        )
        session.add(record)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="roster.import",
            entity="roster_import",
            entity_id=record.id,
            data={
                "file": file_name,
                "sha256": sha256,
                "rows": record.rows,
                "added": record.added,
                "changed": record.changed,
                "unlisted": record.unlisted,
                "effective_on": effective_on,
            },
        )
        progress(4, total_steps, "")
    return ImportSummary(
        record.id,
        file_name,
        record.rows,
        record.added,
        record.changed,
        record.unlisted,
        preview.unchanged,
        len(preview.new_units),
        effective_on,
    )


def _ensure_units(session: Session, names: set[str]) -> dict[str, int]:
    known = dict(session.execute(select(ElectionUnit.name, ElectionUnit.id)).all())
    missing = sorted(names - known.keys())
    if missing:
        session.execute(insert(ElectionUnit), [{"name": n, "code": ""} for n in missing])
        known = dict(session.execute(select(ElectionUnit.name, ElectionUnit.id)).all())
    return known


def _insert_new_staff(
    session: Session,
    rows: tuple[RosterRow, ...],
    unit_ids: dict[str, int],
    source: str,
    joined_on: date | None,
) -> None:
    if not rows:
        return
    session.execute(
        insert(Staff),
        [
            {
                "staff_no": r.staff_no,
                "name": r.name,
                "gender": r.gender,
                "birth_date": r.birth_date,
                "unit_id": unit_ids[r.unit],
                "category": r.category,
                "status": r.status,
                "status_since": r.status_since,
                "post": r.post,
                "listed": True,
            }
            for r in rows
        ],
    )
    ids = dict(session.execute(select(Staff.staff_no, Staff.id)).all())
    session.execute(
        insert(StaffEvent),
        [
            {
                "staff_id": ids[r.staff_no],
                # the first roster: a dated status holds from its date, others since before records
                "effective_on": r.status_since if joined_on is None else joined_on,
                "status": r.status,
                "unit_id": unit_ids[r.unit],
                "category": r.category,
                "post": r.post,
                "source": source,
            }
            for r in rows
        ],
    )


def _apply_changes(
    session: Session,
    roster: RosterFile,
    changed: tuple[StaffChange, ...],
    unit_ids: dict[str, int],
    source: str,
    effective_on: date,
) -> None:
    if not changed:
        return
    by_no = {row.staff_no: row for row in roster.rows}
    ids = dict(session.execute(select(Staff.staff_no, Staff.id)).all())
    updates, events = [], []
    for change in changed:
        row = by_no[change.staff_no]
        updates.append(
            {
                "id": ids[row.staff_no],
                "name": row.name,
                "gender": row.gender,
                "birth_date": row.birth_date,
                "unit_id": unit_ids[row.unit],
                "category": row.category,
                "status": row.status,
                "status_since": row.status_since,
                "post": row.post,
                "listed": True,
                "unlisted_on": None,
            }
        )
        if any(change.changed(f) for f in ("unit", "category", "status", "post", "listed")):
            dated = change.changed("status") and row.status_since is not None
            events.append(
                {
                    "staff_id": ids[row.staff_no],
                    "effective_on": row.status_since if dated else effective_on,
                    "status": row.status,
                    "unit_id": unit_ids[row.unit],
                    "category": row.category,
                    "post": row.post,
                    "source": source,
                }
            )
    session.execute(update(Staff), updates)
    if events:
        session.execute(insert(StaffEvent), events)
