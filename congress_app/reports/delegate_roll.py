"""代表名册 — the roll of the delegate body on a date, as a PDF (A4 landscape) and an XLSX.

Plain data in, no database: the service passes the roll as it stands on the date. Every
text cell of the XLSX that starts with = + - @ is written as text, never as a formula.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.platypus import Spacer

from congress_app.reports.layout import (
    HEAD_FILL,
    PageLabels,
    PageSpec,
    build_pdf,
    cell,
    data_table,
    fmt_date,
    frame_width,
    para,
    styles,
)
from congress_app.spreadsheet import print_setup, write_cell

RULE_IDS = ("R17.1", "R18.1", "R20.1")


@dataclass(frozen=True)
class RollRow:
    number: str
    name: str
    staff_no: str
    unit: str
    delegation: str
    kind: str  # already in words: 正式代表 / 特邀代表 / 列席代表
    status: str  # in words
    since: date | None
    away_from: date | None
    active: bool


@dataclass(frozen=True)
class RollData:
    school: str
    title: str  # e.g. 某某大学第九届教职工代表大会代表名册
    on: date
    rows: tuple[RollRow, ...]
    generated_on: date | None = None


@dataclass(frozen=True)
class RollLabels:
    as_of: str = "（{date}）"
    summary: str = "名册共 {n} 人：在任 {active} 人，资格已终止 {ended} 人。"
    headers: tuple[str, ...] = (
        "序号",
        "代表编号",
        "姓名",
        "工号",
        "选举单位",
        "代表团",
        "类别",
        "状态",
        "状态起始",
        "离校起始",
    )
    sheet: str = "代表名册"
    page: PageLabels = field(default_factory=PageLabels)


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def _cells(row: RollRow, index: int) -> list[str]:
    return [
        str(index),
        row.number,
        row.name,
        row.staff_no,
        row.unit,
        row.delegation,
        row.kind,
        row.status,
        _day(row.since),
        _day(row.away_from),
    ]


def build_roll_pdf(data: RollData, out: Path | BinaryIO, *, labels: RollLabels | None = None) -> None:
    labels = labels or RollLabels()
    s = styles()
    width = frame_width(landscape=True)
    shares = (4, 8, 8, 8, 17, 15, 8, 11, 10, 10)
    widths = [width * k / sum(shares) for k in shares]
    rows: list[list[object]] = [list(labels.headers)]
    for i, row in enumerate(data.rows, start=1):
        cells = _cells(row, i)
        rows.append([cell(c, s.cell) if k in (4, 5) else c for k, c in enumerate(cells)])
    grey = [
        ("TEXTCOLOR", (0, i), (-1, i), "#777777")
        for i, row in enumerate(data.rows, start=1)
        if not row.active
    ]
    table = data_table(rows, widths, font_size=9, extra=[("ALIGN", (0, 1), (0, -1), "RIGHT"), *grey])
    active = sum(r.active for r in data.rows)
    story = [
        para(data.title, s.title),
        para(labels.as_of.format(date=fmt_date(data.on, labels.page)), s.subtitle),
        Spacer(1, 4),
        para(labels.summary.format(n=len(data.rows), active=active, ended=len(data.rows) - active), s.body),
        Spacer(1, 4),
        table,
    ]
    build_pdf(
        out,
        story,
        PageSpec(
            data.school,
            data.title,
            RULE_IDS,
            data.generated_on,
            landscape=True,
            labels=labels.page,
            kind="MC",
            subject=data.title,
        ),
    )


def build_roll_xlsx(data: RollData, out: Path | BinaryIO, *, labels: RollLabels | None = None) -> None:
    labels = labels or RollLabels()
    wb = Workbook()
    ws = wb.active
    ws.title = labels.sheet
    write_cell(ws, 1, 1, data.title).font = Font(bold=True, size=14)
    write_cell(ws, 2, 1, labels.as_of.format(date=fmt_date(data.on, labels.page)))
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor=HEAD_FILL.hexval()[2:])
    for c, title in enumerate(labels.headers, start=1):
        cell = write_cell(ws, 4, c, title)
        cell.font, cell.fill, cell.border = Font(bold=True), fill, border
        cell.alignment = Alignment(horizontal="center")
    for i, row in enumerate(data.rows, start=1):
        for c, value in enumerate(_cells(row, i), start=1):
            write_cell(ws, 4 + i, c, int(value) if c == 1 else value).border = border
    ws.freeze_panes = ws.cell(5, 4)  # the title rows and header (rows 1–4), the names
    print_setup(ws, title_rows="4:4", landscape=True)
    for c, w in enumerate((6, 10, 10, 10, 24, 24, 10, 14, 12, 12), start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    wb.properties.title = data.title
    wb.properties.creator = "Congress Desk"
    wb.save(str(out) if isinstance(out, (str, Path)) else out)
