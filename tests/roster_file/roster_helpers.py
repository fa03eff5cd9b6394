"""Helpers for the roster file tests: sample files, a fixed today, small file writers."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# the sample rosters committed with the tests (as in tests/conftest.py)
SAMPLES = REPO / "tests" / "data"
TODAY = date(2026, 11, 23)
HEADER = ["工号", "姓名", "性别", "出生日期", "选举单位", "岗位类别", "状态", "状态起始日期", "职务"]
GOOD = ["100001", "张明", "男", "1980-05-12", "机械工程学院", "教学", "在岗", "", ""]


def sample(name: str) -> Path:
    path = SAMPLES / name
    assert path.is_file(), f"sample file {path} is missing"
    return path


def write_csv(
    path: Path,
    rows: Iterable[Sequence[object]],
    header: Sequence[str] = HEADER,
    encoding: str = "utf-8-sig",
    delimiter: str = ",",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(
    path: Path,
    rows: Iterable[Sequence[object]],
    header: Sequence[str] = HEADER,
    sheet: str = "教职工名册",
    other_sheets: Sequence[str] = (),
) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    first.title = other_sheets[0] if other_sheets else sheet
    for name in other_sheets[1:]:
        wb.create_sheet(name)
    ws = wb.create_sheet(sheet) if other_sheets else first
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def row(**changes: object) -> list[object]:
    """A valid row with some columns changed (keys: the English field names)."""
    fields = [
        "staff_no",
        "name",
        "gender",
        "birth_date",
        "unit",
        "category",
        "status",
        "status_since",
        "post",
    ]
    out: list[object] = list(GOOD)
    for key, value in changes.items():
        out[fields.index(key)] = value
    return out
