"""Dates as XLSX date cells, as text in the accepted formats, and as Excel serial numbers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_app.roster_file import Code, RosterProblem, read_roster
from congress_app.roster_file.cells import (
    clean_text,
    date_from_serial,
    parse_date_cell,
    parse_date_text,
)
from tests.roster_file.roster_helpers import TODAY, row, write_csv, write_xlsx

D = date(1980, 5, 12)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1980-05-12", D),
        ("1980/05/12", D),
        ("1980.05.12", D),
        ("19800512", D),
        ("1980/5/12", D),
        ("1980-5-2", date(1980, 5, 2)),
        ("1980年5月12日", D),
        ("1980-05-12 00:00:00", D),
        ("１９８０－０５－１２", D),
        ("2024-02-29", date(2024, 2, 29)),
        ("2023-02-30", None),
        ("2023-02-29", None),
        ("1980-13-01", None),
        ("1980-00-10", None),
        ("1980-05/12", None),
        ("80-05-12", None),
        ("12/05/1980", None),
        ("198005120", None),
        ("1980-05", None),
        ("", None),
        ("abc", None),
        ("45000", None),
    ],
)
def test_parse_date_text(text, expected):
    if text and not text.isascii():
        assert parse_date_cell(text)[0] == expected
    else:
        assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    "serial, expected",
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (60, None),
        (61, date(1900, 3, 1)),
        (29353, D),
        (29353.75, D),
        (45000, date(2023, 3, 15)),
        (0, None),
        (-5, None),
        (float("nan"), None),
        (1e12, None),
    ],
)
def test_serial_numbers(serial, expected):
    assert date_from_serial(serial) == expected


def test_serial_numbers_1904():
    assert date_from_serial(0, epoch_1904=True) == date(1904, 1, 1)
    assert date_from_serial(27891, epoch_1904=True) == D


@pytest.mark.parametrize(
    "value, expected",
    [
        (datetime(1980, 5, 12), (D, "1980-05-12")),
        (datetime(1980, 5, 12, 13, 30), (D, "1980-05-12 13:30:00")),
        (D, (D, "1980-05-12")),
        (29353, (D, "29353")),
        (29353.0, (D, "29353")),
        (19800512, (D, "19800512")),
        (19800532, (None, "19800532")),
        (True, (None, "TRUE")),
        (None, (None, "")),
        ("  ", (None, "")),
        (" 1980-05-12\u3000", (D, "1980-05-12")),
    ],
)
def test_parse_date_cell(value, expected):
    assert parse_date_cell(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, ""),
        (100003.0, "100003"),
        (100003, "100003"),
        (1.5, "1.5"),
        ("\u3000 a b \u3000", "a b"),
        ("\ufeff\u200bx\u200b ", "x"),
        (False, "FALSE"),
        (datetime(2020, 1, 2), "2020-01-02"),
    ],
)
def test_clean_text(value, expected):
    assert clean_text(value) == expected


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2200, 12, 31)))
def test_every_date_round_trips_through_every_format(d):
    for text in (
        d.isoformat(),
        d.strftime("%Y/%m/%d"),
        d.strftime("%Y.%m.%d"),
        d.strftime("%Y%m%d"),
        f"{d.year}/{d.month}/{d.day}",
        f"{d.year}年{d.month}月{d.day}日",
    ):
        assert parse_date_cell(text) == (d, text)
    serial = (d - date(1899, 12, 30)).days
    assert date_from_serial(serial) == d
    assert date_from_serial(serial + 0.999) == d


def test_xlsx_date_cells_text_dates_and_serials(tmp_path):
    rows = [
        row(staff_no="1", birth_date=datetime(1980, 5, 12)),  # a real date cell
        row(staff_no="2", birth_date=date(1980, 5, 12), status="退休", status_since=datetime(2024, 7, 1)),
        row(staff_no="3", birth_date="1980-05-12", status="调离", status_since="2024/7/1"),
        row(staff_no="4", birth_date="19800512", status="离校学习", status_since="2024.07.01"),
        row(staff_no="5", birth_date=29353, status="离校工作", status_since=45474),  # serials
        row(staff_no="6", birth_date=29353.0, status="退休", status_since=20240701),
        row(staff_no=100007, birth_date="1980年5月12日"),
        row(
            staff_no=100008.0,
            birth_date=datetime(2023, 2, 28),
            status="调离",
            status_since=datetime(2022, 1, 1),
        ),
    ]
    result = read_roster(write_xlsx(tmp_path / "dates.xlsx", rows), today=TODAY)
    assert result.problems == (RosterProblem(9, "状态起始日期", Code.STATUS_DATE_BEFORE_BIRTH, "2022-01-01"),)
    assert [r.birth_date for r in result.rows[:7]] == [D] * 7
    assert [r.status_since for r in result.rows[1:6]] == [date(2024, 7, 1)] * 5
    assert [r.staff_no for r in result.rows[6:]] == ["100007", "100008"]


def test_xlsx_bad_dates(tmp_path):
    rows = [
        row(staff_no="1", birth_date="2023-02-30"),
        row(staff_no="2", birth_date=60),  # Excel's phantom 1900-02-29
        row(staff_no="3", birth_date=datetime(2030, 1, 1)),
        row(staff_no="4", birth_date=TODAY + timedelta(days=1)),
        row(staff_no="5", birth_date=-3),
    ]
    result = read_roster(write_xlsx(tmp_path / "bad.xlsx", rows), today=TODAY)
    assert [(p.line, p.column, p.code, p.value) for p in result.problems] == [
        (2, "出生日期", Code.BAD_DATE, "2023-02-30"),
        (3, "出生日期", Code.BAD_DATE, "60"),
        (4, "出生日期", Code.FUTURE_DATE, "2030-01-01"),
        (5, "出生日期", Code.FUTURE_DATE, "2026-11-24"),
        (6, "出生日期", Code.BAD_DATE, "-3"),
    ]


def test_csv_numbers_are_not_serials(tmp_path):
    result = read_roster(write_csv(tmp_path / "n.csv", [row(birth_date="29353")]), today=TODAY)
    assert result.problems == (RosterProblem(2, "出生日期", Code.BAD_DATE, "29353"),)


def test_1904_workbook_serials(tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "mac.xlsx", [row(birth_date=27891)])
    wb = load_workbook(path)
    wb.epoch = datetime(1904, 1, 1)  # openpyxl's CALENDAR_MAC_1904
    wb.save(path)
    result = read_roster(path, today=TODAY)
    assert result.ok and result.rows[0].birth_date == D


def test_sheet_choice(tmp_path):
    from openpyxl import load_workbook

    named = write_xlsx(tmp_path / "named.xlsx", [row()], other_sheets=["封面", "统计"])
    result = read_roster(named, today=TODAY)
    assert result.ok and result.sheet == "教职工名册" and len(result.rows) == 1

    other = write_xlsx(tmp_path / "other.xlsx", [row()], sheet="Sheet1")
    wb = load_workbook(other)
    wb.create_sheet("备用")
    wb.save(other)
    result = read_roster(other, today=TODAY)
    assert result.ok and result.sheet == "Sheet1"

    assert read_roster(other, sheet="备用", today=TODAY).problems == (RosterProblem(0, "", Code.EMPTY_FILE),)
    assert read_roster(other, sheet="名单", today=TODAY).problems == (
        RosterProblem(0, "", Code.UNKNOWN_SHEET, "名单"),
    )


def test_xlsx_with_wrong_dimension_is_read_in_full(tmp_path):
    """Some tools write <dimension ref="A1"/>; read-only openpyxl would then stop at A1."""
    import zipfile

    path = write_xlsx(tmp_path / "dim.xlsx", [row(staff_no=str(i)) for i in range(1, 51)])
    patched = tmp_path / "patched.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index('<dimension ref="')
                end = text.index("/>", start)
                data = (text[:start] + '<dimension ref="A1"' + text[end:]).encode()
            dst.writestr(item, data)
    result = read_roster(patched, today=TODAY)
    assert result.ok and len(result.rows) == 50
