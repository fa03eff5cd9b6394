"""Roster import: everything or nothing, previews, and history kept on re-import."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from congress_app.roster_file import read_roster
from congress_app.rules.seats import ON_DUTY, RETIRED
from congress_app.services.roster import RosterInvalid, import_roster, preview_roster
from congress_app.services.staff import list_staff, staff_detail
from congress_app.services.units import unit_counts
from congress_app.storage.models import AuditEntry, ElectionUnit, RosterImport, Staff, StaffEvent
from tests.services.roster_helpers import read_sample_rows, write_csv

TODAY = date(2026, 11, 23)


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _import(db, path, effective_on=None):
    roster = read_roster(path, today=TODAY)
    with db.session() as session:
        return import_roster(session, roster, file_name=path.name, actor="tester", effective_on=effective_on)


def test_sample_roster_imports_every_row(db, samples) -> None:
    summary = _import(db, samples / "roster-small.csv")
    assert (summary.rows, summary.added, summary.changed, summary.unlisted) == (160, 160, 0, 0)
    assert summary.units_created == 6
    with db.session() as session:
        assert _count(session, Staff) == 160
        assert _count(session, ElectionUnit) == 6
        assert _count(session, StaffEvent) == 160
        assert _count(session, RosterImport) == 1
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions == ["roster.import"]


def test_a_roster_with_errors_writes_nothing(db, samples, tmp_path) -> None:
    rows = read_sample_rows(samples)
    rows[3][0] = rows[0][0]  # duplicate 工号
    rows[5][6] = "休假"  # unknown status
    roster = read_roster(write_csv(tmp_path / "bad.csv", rows), today=TODAY)
    assert not roster.ok
    with db.session() as session:
        with pytest.raises(RosterInvalid) as caught:
            import_roster(session, roster, file_name="bad.csv", actor="t")
        assert {p.code for p in caught.value.problems} >= {"duplicate_staff_no", "unknown_status"}
        assert _count(session, Staff) == 0 and _count(session, ElectionUnit) == 0
        assert _count(session, AuditEntry) == 0


def test_reimport_previews_and_records_changes_as_dated_history(db, samples, tmp_path) -> None:
    rows = read_sample_rows(samples)
    _import(db, write_csv(tmp_path / "v1.csv", rows))
    on_duty = ("在岗", "离校学习", "离校工作")
    on_duty_v1 = sum(1 for r in rows if r[6] in on_duty)

    moved, retired, gone = rows[0], rows[1], rows[2]
    assert retired[6] in on_duty
    other_unit = next(r[4] for r in rows if r[4] != moved[4])
    moved[4] = other_unit
    retired[6], retired[7] = "退休", "2026-09-01"
    later = [r for r in rows if r is not gone]
    later.append(["199999", "新同事", "女", "1998-03-04", other_unit, "教学", "在岗", "", ""])
    roster = read_roster(write_csv(tmp_path / "v2.csv", later), today=TODAY)

    with db.session() as session:
        preview = preview_roster(session, roster)
    assert [r.staff_no for r in preview.added] == ["199999"]
    assert [u.staff_no for u in preview.unlisted] == [gone[0]]
    changed = {c.staff_no: c for c in preview.changed}
    assert set(changed) == {moved[0], retired[0]}
    assert changed[moved[0]].changed("unit") and not changed[moved[0]].changed("status")
    assert changed[retired[0]].changed("status")
    assert preview.unchanged == 160 - 3

    summary = _import(db, tmp_path / "v2.csv", effective_on=date(2026, 10, 1))
    assert (summary.added, summary.changed, summary.unlisted) == (1, 2, 1)

    with db.session() as session:
        by_no = {row.staff_no: row for row in list_staff(session)}
        history = staff_detail(session, by_no[retired[0]].staff_id).history
        moved_history = staff_detail(session, by_no[moved[0]].staff_id).history
        assert not by_no[gone[0]].listed
        assert by_no[moved[0]].unit == other_unit
        # the status change is dated by the file's 状态起始日期; the move by the effective date
        assert [(h.effective_on, h.status) for h in history] == [(None, ON_DUTY), (date(2026, 9, 1), RETIRED)]
        assert [(h.effective_on, h.unit) for h in moved_history][-1] == (date(2026, 10, 1), other_unit)

        # on-duty counts as of a date before and after the changes (R13.1)
        before = sum(c.on_duty for c in unit_counts(session, date(2026, 8, 1)))
        after = sum(c.on_duty for c in unit_counts(session, date(2026, 11, 1)))
    # before every change took effect, the count is the first roster's
    assert before == on_duty_v1
    # after: the retiree and the unlisted person are gone, the newcomer has joined
    gone_on_duty = 1 if gone[6] in on_duty else 0
    assert after == on_duty_v1 - 1 - gone_on_duty + 1
