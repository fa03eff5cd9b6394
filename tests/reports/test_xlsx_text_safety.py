"""Every XLSX writer keeps user text as text: "=…", "+…", "-…", "@…", tab and CR never
become formulas (issue 9, point 8). Each writer is fed such names and read back."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from congress_app.spreadsheet import FORMULA_STARTS, append_row, is_formula_like, write_cell

RISKY_UNIT = '=HYPERLINK("http://example.invalid","点我")'
RISKY_PERSON = "+张三"
RISKY_SCHOOL = "-1+1 示范大学"
RISKY_OPERATOR = "@SUM(A1:A9)"
RISKY_REASON = "\t=cmd|' /C calc'!A0"
RISKY_CR = "\r=1+1"


def _text_cells(path) -> dict[str, object]:
    """Every cell holding text, by value -> cell (the first one found)."""
    found: dict[str, object] = {}
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found.setdefault(cell.value, cell)
    return found


def _assert_text(cells: dict[str, object], *texts: str) -> None:
    for text in texts:
        text = text.replace("\r", "\n")  # XML reads a bare CR back as LF
        hits = [c for v, c in cells.items() if text in v]
        assert hits, f"{text!r} not written"
        for cell in hits:
            assert cell.data_type == "s", (cell.coordinate, cell.value, cell.data_type)
    assert all(c.data_type == "s" for c in cells.values())


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_the_helper_writes_every_risky_start_as_text(tmp_path, start) -> None:
    value = f"{start}1+1"
    assert is_formula_like(value)
    wb = Workbook()
    write_cell(wb.active, 1, 1, value)
    append_row(wb.active, [value, 3, None, "普通文字"])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    ws = load_workbook(path).active
    value = value.replace("\r", "\n")  # XML reads a bare CR back as LF
    assert [(c.value, c.data_type) for c in ws[1]][:1] == [(value, "s")]
    assert [(c.value, c.data_type) for c in ws[2]] == [(value, "s"), (3, "n"), (None, "n"), ("普通文字", "s")]
    assert ws["A1"].quotePrefix and not ws["D2"].quotePrefix


def test_plain_text_is_not_formula_like() -> None:
    assert not is_formula_like("机械工程学院") and not is_formula_like(5) and not is_formula_like("a=b")


def test_seat_plan_xlsx_keeps_unit_school_operator_and_reason_as_text(tmp_path) -> None:
    from congress_app.reports.seat_allocation import (
        SeatAllocationData,
        SeatUnitRow,
        build_seat_allocation_xlsx,
    )

    rows = (
        SeatUnitRow(RISKY_UNIT, 60, 40, 30, 10, 5, 3, 2, 1, 5, 5, 5, ("校长",)),
        SeatUnitRow(RISKY_CR, 40, 20, 20, 10, 3, 2, 1, 1, 3, 3, 3),
    )
    data = SeatAllocationData(
        school=RISKY_SCHOOL,
        reference_date=date(2025, 3, 1),
        on_duty_total=100,
        band_low_pct=None,
        band_high_pct=None,
        permitted_min=None,
        permitted_max=None,
        recommended=None,
        chosen_total=8,
        method="hamilton",
        rows=rows,
        decided_by=RISKY_OPERATOR,
        decided_on=date(2025, 3, 10),
        manual_total_reason=RISKY_REASON,
    )
    out = tmp_path / "seats.xlsx"
    build_seat_allocation_xlsx(data, out)
    cells = _text_cells(out)
    _assert_text(cells, RISKY_UNIT, RISKY_CR, RISKY_SCHOOL, RISKY_OPERATOR, RISKY_REASON)
    assert cells[RISKY_UNIT].quotePrefix


def test_seat_plan_export_from_the_database_keeps_names_as_text(db, tmp_path) -> None:
    """The service path: a unit and a school stored with risky names, exported to XLSX."""
    from sqlalchemy import update

    from congress_app.demo.people import make_roster_csv
    from congress_app.roster_file import read_roster
    from congress_app.services.roster import import_roster
    from congress_app.services.seat_reports import export_seat_allocation
    from congress_app.services.seats import save_seat_plan
    from congress_app.storage.models import ElectionUnit, School

    roster = read_roster(make_roster_csv(tmp_path / "r.csv", rows=60, units=4, seed=3))
    with db.session() as session:
        import_roster(session, roster, file_name="r.csv", actor="t")
        first = session.query(ElectionUnit).order_by(ElectionUnit.id).first()
        session.execute(update(ElectionUnit).where(ElectionUnit.id == first.id).values(name=RISKY_UNIT))
        if session.query(School).count() == 0:
            session.add(School(name=RISKY_SCHOOL))
        else:
            session.execute(update(School).values(name=RISKY_SCHOOL))
        session.commit()
        total = save_seat_plan(
            session, total=20, method="hamilton", actor=RISKY_OPERATOR, reason=RISKY_CR.strip() + " 人数太少"
        ).total  # < 80 staff: reason (R13.4)
        out = export_seat_allocation(session, tmp_path / "plan.xlsx", "xlsx")
    cells = _text_cells(out)
    _assert_text(cells, RISKY_UNIT, RISKY_SCHOOL, RISKY_OPERATOR, "=1+1 人数太少")
    assert total == 20


def test_roster_template_writes_its_texts_as_text(tmp_path, monkeypatch) -> None:
    from congress_app.roster_file import columns as C
    from congress_app.roster_file.template import write_template_xlsx

    monkeypatch.setitem(C.EXAMPLE_ROW, "unit", RISKY_UNIT)
    monkeypatch.setitem(C.EXAMPLE_ROW, "name", RISKY_PERSON)
    monkeypatch.setitem(C.EXAMPLE_ROW, "post", RISKY_OPERATOR)
    out = write_template_xlsx(tmp_path / "template.xlsx")
    _assert_text(_text_cells(out), RISKY_UNIT, RISKY_PERSON, RISKY_OPERATOR)


def test_generated_roster_writes_names_and_units_as_text(tmp_path, monkeypatch) -> None:
    from congress_app.demo import people

    real = people.make_roster_rows

    def risky_rows(*args, **kwargs):
        rows = real(*args, **kwargs)
        rows[0] = {**rows[0], "name": RISKY_PERSON, "unit": RISKY_UNIT, "post": RISKY_REASON}
        return rows

    monkeypatch.setattr(people, "make_roster_rows", risky_rows)
    out = people.make_roster_xlsx(tmp_path / "roster.xlsx", rows=50, units=3)
    _assert_text(_text_cells(out), RISKY_UNIT, RISKY_PERSON, RISKY_REASON)
