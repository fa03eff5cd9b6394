"""Re-imports that explain themselves: 工号 that lost their zeros, unit names in another width,
a half-empty file, over-long values, formula cells and zip bombs — each refused or matched
with nothing half-saved."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from congress_app.roster_file import describe_problem, read_roster
from congress_app.roster_file.model import Code
from congress_app.services.roster import (
    RemovalsNeedConfirmation,
    RosterInvalid,
    import_roster,
    preview_roster,
)
from congress_app.services.roster_match import (
    MANY_REMOVALS,
    STAFF_NO_ZEROS,
    UNIT_NAME_FORM,
    needs_removal_confirmation,
    restore_leading_zeros,
    unit_key,
)
from congress_app.storage.models import AuditEntry, ElectionUnit, RosterImport, Staff, StaffEvent
from tests.services.reimport_helpers import TODAY, file_rows, write_csv, write_xlsx

MODELS = (Staff, StaffEvent, ElectionUnit, RosterImport, AuditEntry)


def counts(db) -> tuple[int, ...]:
    with db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in MODELS)


def first_import(db, tmp_path: Path, rows=None):
    rows = rows or file_rows()
    roster = read_roster(write_csv(tmp_path / "v1.csv", rows), today=TODAY)
    assert roster.ok, roster.problems
    with db.session() as session:
        import_roster(session, roster, file_name="v1.csv", actor="t")
    return rows


def test_excel_mangled_staff_numbers_are_matched_and_the_preview_says_so(db, tmp_path) -> None:
    rows = first_import(db, tmp_path)
    mangled = read_roster(write_xlsx(tmp_path / "v2.xlsx", rows, numbers=True), today=TODAY)
    assert mangled.ok and mangled.rows[0].staff_no == "101"  # the zeros are gone in the file
    with db.session() as session:
        preview = preview_roster(session, mangled)
    assert (len(preview.added), len(preview.unlisted), preview.unchanged) == (0, 0, 160)
    zeros = [w for w in preview.warnings if w.code == STAFF_NO_ZEROS]
    assert zeros and zeros[0].count == 160 and zeros[0].examples[0] == ("101", "000101")
    assert preview.as_dict() == {
        "new": 0,
        "changed": 0,
        "unlisted": 0,
        "unchanged": 160,
        "new_units": [],
        "warnings": [
            {
                "code": STAFF_NO_ZEROS,
                "count": 160,
                "examples": [
                    {"file": "101", "matched": "000101"},
                    {"file": "102", "matched": "000102"},
                    {"file": "103", "matched": "000103"},
                ],
            }
        ],
    }
    before = counts(db)
    with db.session() as session:
        summary = import_roster(session, mangled, file_name="v2.xlsx", actor="t")
    assert (summary.added, summary.changed, summary.unlisted) == (0, 0, 0)
    assert counts(db)[:3] == before[:3]  # no new staff, no events, no units
    with db.session() as session:
        assert session.scalar(select(func.min(Staff.staff_no))) == "000101"


def test_restoring_zeros_never_guesses() -> None:
    known = {"000101", "0101", "000102", "A00103"}
    # "101" could be 000101 or 0101: left alone; "102" is matched; "103" is not a number on
    # record; "000102" in the file itself keeps "102" from being restored onto it
    assert restore_leading_zeros(["101", "102", "103"], known) == {"102": "000102"}
    assert restore_leading_zeros(["102", "000102"], known) == {}


def test_unit_names_differing_in_width_or_spaces_are_one_unit(db, tmp_path) -> None:
    rows = file_rows()
    for r in rows[:20]:
        r[4] = "机械工程学院（一）"
    first_import(db, tmp_path, rows)
    for r in rows[:10]:
        r[4] = "机械工程学院(一) "  # half-width brackets, a space: Excel users' variants
    for r in rows[10:20]:
        r[4] = "机械工程 学院（一）"
    roster = read_roster(write_csv(tmp_path / "v2.csv", rows), today=TODAY)
    with db.session() as session:
        preview = preview_roster(session, roster)
    assert preview.new_units == () and not preview.changed and preview.unchanged == 160
    [matched] = [w for w in preview.warnings if w.code == UNIT_NAME_FORM]
    assert matched.count == 2 and ("机械工程 学院（一）", "机械工程学院（一）") in matched.examples
    assert unit_key("ＡＢＣ（一） ") == unit_key("ABC(一)")
    units = counts(db)[2]
    with db.session() as session:
        import_roster(session, roster, file_name="v2.csv", actor="t")
    assert counts(db)[2] == units  # no unit created for a spelling


def test_a_mangled_reimport_applies_its_changes_to_the_matched_staff(db, tmp_path) -> None:
    rows = first_import(db, tmp_path)
    rows[4][6], rows[4][7] = "退休", "2026-09-01"
    mangled = read_roster(write_xlsx(tmp_path / "v2.xlsx", rows, numbers=True), today=TODAY)
    with db.session() as session:
        summary = import_roster(session, mangled, file_name="v2.xlsx", actor="t")
        retired = session.scalar(select(Staff.status).where(Staff.staff_no == rows[4][0]))
    assert (summary.added, summary.changed) == (0, 1) and retired == "retired"


def test_a_half_empty_reimport_is_refused_without_confirmation(db, tmp_path) -> None:
    rows = first_import(db, tmp_path)
    half = read_roster(write_csv(tmp_path / "half.csv", rows[:80]), today=TODAY)
    with db.session() as session:
        preview = preview_roster(session, half)
        on_duty = preview.on_duty_now
    assert preview.needs_confirmation and preview.ending_on_duty > on_duty // 10
    assert any(w.code == MANY_REMOVALS and w.count == preview.ending_on_duty for w in preview.warnings)
    before = counts(db)
    with db.session() as session:
        with pytest.raises(RemovalsNeedConfirmation) as refused:
            import_roster(session, half, file_name="half.csv", actor="t")
    assert refused.value.details == {"ending": preview.ending_on_duty, "on_duty": on_duty}
    assert counts(db) == before  # nothing half-saved
    with db.session() as session:
        summary = import_roster(session, half, file_name="half.csv", actor="t", allow_removals=True)
    assert summary.unlisted == 80


def test_the_confirmation_threshold_is_more_than_a_tenth() -> None:
    assert not needs_removal_confirmation(10, 100)
    assert needs_removal_confirmation(11, 100)
    assert not needs_removal_confirmation(0, 0)
    assert needs_removal_confirmation(1, 9)


def test_a_few_leavers_need_no_confirmation(db, tmp_path) -> None:
    rows = first_import(db, tmp_path)
    roster = read_roster(write_csv(tmp_path / "v2.csv", rows[:-5]), today=TODAY)
    with db.session() as session:
        summary = import_roster(session, roster, file_name="v2.csv", actor="t")
    assert summary.unlisted == 5


def test_a_600_character_name_is_refused_naming_row_and_column(db, tmp_path) -> None:
    rows = file_rows(20)
    rows[6][1] = "张" * 600
    roster = read_roster(write_csv(tmp_path / "long.csv", rows), today=TODAY)
    [problem] = roster.problems
    assert (problem.line, problem.column, problem.code) == (8, "姓名", Code.TOO_LONG)
    assert describe_problem(problem) == "第 8 行「姓名」：内容过长（600 个字符），最多 100 个字符"
    before = counts(db)
    with db.session() as session:
        with pytest.raises(RosterInvalid):
            import_roster(session, roster, file_name="long.csv", actor="t")
    assert counts(db) == before


@pytest.mark.parametrize("column,index,limit", [("工号", 0, 40), ("选举单位", 4, 200), ("职务", 8, 100)])
def test_every_text_column_has_its_stored_length(tmp_path, column, index, limit) -> None:
    rows = file_rows(5)
    rows[2][index] = "1" * (limit + 1)
    rows[3][index] = "2" * limit  # exactly the limit: accepted
    roster = read_roster(write_csv(tmp_path / "x.csv", rows), today=TODAY)
    assert [(p.line, p.column, p.code) for p in roster.problems] == [(4, column, Code.TOO_LONG)]


def test_a_formula_cell_is_refused_naming_row_and_column(db, tmp_path) -> None:
    rows = file_rows(20)
    path = write_xlsx(tmp_path / "f.xlsx", rows, formulas={"B5": '=A5&"号"'})
    roster = read_roster(path, today=TODAY)
    assert [(p.line, p.column, p.code) for p in roster.problems] == [(5, "姓名", Code.FORMULA_CELL)]
    assert describe_problem(roster.problems[0]).startswith("第 5 行「姓名」：单元格是公式")
    before = counts(db)
    with db.session() as session:
        with pytest.raises(RosterInvalid):
            import_roster(session, roster, file_name="f.xlsx", actor="t")
    assert counts(db) == before


def test_a_formula_outside_the_template_columns_is_ignored(tmp_path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", file_rows(5), formulas={"K3": "=1+1"})
    assert read_roster(path, today=TODAY).ok


def test_a_formula_in_a_title_row_above_the_header_is_ignored(tmp_path) -> None:
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "t.xlsx", file_rows(5))
    wb = load_workbook(path)
    ws = wb["教职工名册"]
    ws.insert_rows(1)
    ws["A1"] = '="2026年"&"教职工名册"'
    wb.save(path)
    roster = read_roster(path, today=TODAY)
    assert roster.ok and [r.line for r in roster.rows] == [3, 4, 5, 6, 7]


def write_zip_bomb(path: Path, unpacked_mb: int = 260) -> Path:
    """A small .xlsx whose sheet unpacks to hundreds of megabytes of zeros."""
    block = b"0" * (1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(unpacked_mb):
                sheet.write(block)
    return path


def test_a_zip_bomb_is_refused_before_it_is_unpacked(db, tmp_path) -> None:
    path = write_zip_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 2 << 20
    roster = read_roster(path, today=TODAY)
    [problem] = roster.problems
    assert (problem.line, problem.code, problem.value) == (0, Code.FILE_TOO_LARGE, "260")
    assert "260 MB" in describe_problem(problem)
    before = counts(db)
    with db.session() as session:
        with pytest.raises(RosterInvalid):
            import_roster(session, roster, file_name="bomb.xlsx", actor="t")
    assert counts(db) == before
