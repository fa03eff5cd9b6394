"""The import template: written on demand, and it reads back cleanly."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from congress_app.roster_file import read_roster
from congress_app.roster_file.columns import (
    CATEGORIES,
    CATEGORY_CODES,
    EXAMPLE_ROW,
    GENDER_CODES,
    GENDERS,
    STATUS_CODES,
    STATUSES,
)
from congress_app.roster_file.template import write_template_csv, write_template_xlsx
from tests.roster_file.roster_helpers import HEADER


def _example_matches(r) -> bool:
    """The example row reads back, its words (男, 教学, 在岗) as the stored codes."""
    as_stored = {
        **EXAMPLE_ROW,
        "gender": GENDER_CODES[EXAMPLE_ROW["gender"]],
        "category": CATEGORY_CODES[EXAMPLE_ROW["category"]],
        "status": STATUS_CODES[EXAMPLE_ROW["status"]],
    }
    return all(getattr(r, field) == value for field, value in as_stored.items())


def test_xlsx_template_reads_back_cleanly(tmp_path):
    path = write_template_xlsx(tmp_path / "sub" / "教职工名册模板.xlsx")
    result = read_roster(path)
    assert result.problems == ()
    assert result.sheet == "教职工名册"
    assert len(result.rows) == 1 and result.rows[0].line == 2
    assert _example_matches(result.rows[0])


def test_xlsx_template_layout(tmp_path):
    path = write_template_xlsx(tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["教职工名册", "说明"]
    ws = wb["教职工名册"]
    assert [c.value for c in ws[1]] == HEADER
    assert ws.freeze_panes == "A2"
    # the example row: dates are real date cells shown as yyyy-mm-dd, 工号 is text
    assert isinstance(ws["D2"].value, datetime)
    assert ws["D2"].number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["D"].number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["H"].number_format == "yyyy-mm-dd"
    assert ws["A2"].value == "100001" and ws["A2"].number_format == "@"
    lists = {
        str(dv.sqref).split(":")[0]: dv.formula1
        for dv in ws.data_validations.dataValidation
        if dv.type == "list"
    }
    assert lists == {
        "C2": '"' + ",".join(GENDERS) + '"',
        "F2": '"' + ",".join(CATEGORIES) + '"',
        "G2": '"' + ",".join(STATUSES) + '"',
    }
    for dv in ws.data_validations.dataValidation:
        assert str(dv.sqref).endswith("10001") and dv.showErrorMessage


def test_xlsx_template_help_sheet(tmp_path):
    wb = load_workbook(write_template_xlsx(tmp_path / "t.xlsx"))
    help_rows = list(wb["说明"].iter_rows(values_only=True))
    assert help_rows[0][:2] == ("列名", "英文列名")
    by_column = {r[0]: r for r in help_rows[1:10]}
    assert list(by_column) == HEADER
    assert by_column["性别"][3] == "男、女"
    assert by_column["岗位类别"][3] == "、".join(CATEGORIES)
    assert by_column["状态"][3] == "、".join(STATUSES)
    assert by_column["工号"][1] == "staff_no"
    assert by_column["职务"][2] == "选填"
    assert all(r[4] for r in by_column.values())  # every column explained
    notes = " ".join(r[0] for r in help_rows[10:] if r[0])
    assert "示例" in notes and "staff_no" in notes


def test_csv_template_reads_back_cleanly(tmp_path):
    path = write_template_csv(tmp_path / "t.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # so that Excel shows the Chinese
    result = read_roster(path)
    assert result.problems == ()
    assert len(result.rows) == 1 and _example_matches(result.rows[0])


def test_csv_template_in_gb18030(tmp_path):
    path = write_template_csv(tmp_path / "t.csv", encoding="gb18030")
    result = read_roster(path)
    assert result.ok and result.encoding == "gb18030"
