"""名额分配表 — the seat allocation table (R13, RA), as PDF (with a bar chart) and XLSX."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, cast

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Spacer

from congress_app.reports.layout import (
    HEAD_FILL,
    HBarChart,
    PageLabels,
    PageSpec,
    build_pdf,
    cell,
    data_table,
    fmt_date,
    fmt_pct,
    frame_height,
    frame_width,
    key_value_table,
    para,
    signature_table,
    styles,
)
from congress_app.rules.seats import LEADER_ROLES, METHODS
from congress_app.spreadsheet import print_setup, write_cell

RULE_IDS = ("R13.1", "R13.2", "R13.3", "R13.5", "R13.6", "RA.1–RA.3")
CHART_GAP = 12  # space above the chart
CHOSEN_FILL = "#fff6d5"  # the chosen method's column in the comparison (RA.2)


@dataclass(frozen=True)
class SeatUnitRow:
    unit: str
    on_duty: int
    teaching: int
    women: int
    youth: int
    seats: int
    teaching_target: int
    women_target: int
    youth_target: int
    # the same unit's seats under each method, for the side-by-side comparison (RA.2)
    seats_hamilton: int | None = None
    seats_sainte_lague: int | None = None
    seats_dhondt: int | None = None
    leaders: tuple[str, ...] = ()  # R13.6: main leaders' posts held in the unit

    def by_method(self) -> tuple[int | None, int | None, int | None]:
        return (self.seats_hamilton, self.seats_sainte_lague, self.seats_dhondt)


@dataclass(frozen=True)
class SeatAllocationData:
    school: str
    reference_date: date
    on_duty_total: int  # N (R13.1)
    band_low_pct: int | None  # R13.2; None outside 80–5000 (R13.4)
    band_high_pct: int | None
    permitted_min: int | None
    permitted_max: int | None
    recommended: int | None  # R13.3
    chosen_total: int  # T
    method: str  # one of METHODS
    rows: tuple[SeatUnitRow, ...]
    decided_by: str
    decided_on: date
    manual_total_reason: str | None = None  # R13.4
    youth_age_limit: int = 35
    generated_on: date | None = None

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, not {self.method!r}")
        if sum(r.seats for r in self.rows) != self.chosen_total:
            raise ValueError("the units' seats do not add up to the chosen total")

    @property
    def has_comparison(self) -> bool:
        return bool(self.rows) and all(None not in r.by_method() for r in self.rows)


@dataclass(frozen=True)
class SeatAllocationLabels:
    title: str = "教职工代表大会代表名额分配表"
    summary: str = "名额测算"
    school: str = "学校"
    reference_date: str = "基准日"
    on_duty_total: str = "在岗教职工总数"
    band: str = "比例区间（R13.2）"
    band_none: str = "规范未规定比例（R13.4）"
    permitted: str = "允许名额（R13.2）"
    recommended: str = "建议名额（R13.3）"
    chosen_total: str = "确定代表名额"
    method: str = "分配方法"
    decided: str = "决定人 / 决定日期"
    leaders: str = "党政工主要负责人（R13.6）"
    leader_in: str = "{unit}（{posts}）"
    leader_missing: str = "名册中未找到：{posts}"
    leader_join: str = "、"
    leader_separator: str = "；"
    manual_reason: str = "人工确定名额理由（R13.4）"
    teaching_share: str = "教学人员代表目标"
    teaching_share_value: str = "{n} 名（{pct}，要求 ≥60%，R13.5）"
    people: str = "{n} 人"
    seats_n: str = "{n} 名"
    method_names: tuple[str, str, str] = ("最大余额法", "圣拉古法", "洪德法")
    table: str = "各选举单位名额"
    # explicit breaks: left to the cell width, "教学人员代表目标" broke as "教学人员代 / 表目标"
    columns: tuple[str, ...] = (
        "序号",
        "选举单位",
        "在岗教职工",
        "教学人员",
        "女性",
        "青年\n（≤{age}岁）",
        "代表名额",
        "教学人员\n代表目标",
        "女代表\n目标",
        "青年代表\n目标",
    )
    comparison_group: str = "三种方法对照（RA.2）"
    chosen_marked: str = "（对照列中底色标出）"
    total: str = "合计"
    chart: str = "各选举单位代表名额"
    sign_office: str = "经办人："
    sign_approver: str = "审核人："
    sign_date: str = "日期："
    sheet: str = "名额分配表"
    page: PageLabels = field(default_factory=PageLabels)

    def method_name(self, method: str) -> str:
        return self.method_names[METHODS.index(method)]

    def column_headers(self, data: SeatAllocationData) -> list[str]:
        heads = [c.format(age=data.youth_age_limit) for c in self.columns]
        return heads + (list(self.method_names) if data.has_comparison else [])


def _leaders_text(data: SeatAllocationData, labels: SeatAllocationLabels) -> str:
    """R13.6: the units the main leaders stand in (their seats are among those units')."""
    found = {post for r in data.rows for post in r.leaders}
    parts = [
        labels.leader_in.format(unit=r.unit, posts=labels.leader_join.join(r.leaders))
        for r in data.rows
        if r.leaders
    ]
    missing = [post for post in LEADER_ROLES if post not in found]
    if missing:
        parts.append(labels.leader_missing.format(posts=labels.leader_join.join(missing)))
    return labels.leader_separator.join(parts)


def _summary_pairs(data: SeatAllocationData, labels: SeatAllocationLabels) -> list[tuple[str, str]]:
    page = labels.page
    if data.band_low_pct is None or data.band_high_pct is None:
        band = labels.band_none
    else:
        band = f"{data.band_low_pct}%–{data.band_high_pct}%"

    def seats(n: int | None) -> str:
        return "—" if n is None else labels.seats_n.format(n=n)

    permitted = (
        "—"
        if data.permitted_min is None or data.permitted_max is None
        else f"{data.permitted_min}–{data.permitted_max}"
    )
    teaching = sum(r.teaching_target for r in data.rows)
    pairs = [
        (labels.school, data.school),
        (labels.reference_date, fmt_date(data.reference_date, page)),
        (labels.on_duty_total, labels.people.format(n=data.on_duty_total)),
        (labels.band, band),
        (labels.permitted, permitted),
        (labels.recommended, seats(data.recommended)),
        (labels.chosen_total, seats(data.chosen_total)),
        (labels.method, labels.method_name(data.method)),
        (
            labels.teaching_share,
            labels.teaching_share_value.format(n=teaching, pct=fmt_pct(teaching, data.chosen_total)),
        ),
        (labels.decided, f"{data.decided_by} / {fmt_date(data.decided_on, page)}"),
        (labels.leaders, _leaders_text(data, labels)),
    ]
    if data.manual_total_reason:
        pairs.append((labels.manual_reason, data.manual_total_reason))
    return pairs


def _rows(data: SeatAllocationData, labels: SeatAllocationLabels) -> list[list[object]]:
    """Header, one row per unit, totals — numbers as ints (the XLSX keeps them numeric)."""
    body: list[list[object]] = []
    for i, r in enumerate(data.rows, start=1):
        row: list[object] = [
            i,
            r.unit,
            r.on_duty,
            r.teaching,
            r.women,
            r.youth,
            r.seats,
            r.teaching_target,
            r.women_target,
            r.youth_target,
        ]
        if data.has_comparison:
            row += list(r.by_method())
        body.append(row)
    totals: list[object] = [None, labels.total]
    head: list[object] = list(labels.column_headers(data))
    totals += [sum(cast(int, row[c]) for row in body) for c in range(2, len(head))]
    return [head, *body, totals]


def _chart(data: SeatAllocationData, labels: SeatAllocationLabels, width: float) -> HBarChart:
    # the chart must fit one page (a chart cannot split): thinner bars for many units
    n = len(data.rows)
    fit = (frame_height(landscape=True) - CHART_GAP - 40 - 2) / (n * 1.45)
    bar = min(14 if n <= 20 else 10, fit)
    return HBarChart(
        [(r.unit, r.seats) for r in data.rows],
        width,
        labels.chart,
        bar=bar,
        label_size=min(8.0, bar * 1.45 * 0.85),
        title_size=11,
        color=colors.HexColor("#4e79a7"),
    )


def build_seat_allocation_pdf(
    data: SeatAllocationData, out: Path | BinaryIO, *, labels: SeatAllocationLabels | None = None
) -> None:
    labels = labels or SeatAllocationLabels()
    s = styles()
    wide = frame_width(landscape=True)
    story: list = [
        para(labels.title, s.title),
        para(
            f"{data.school}　{labels.reference_date}：{fmt_date(data.reference_date, labels.page)}",
            s.subtitle,
        ),
        para(labels.summary, s.heading),
        key_value_table(_summary_pairs(data, labels), wide, label_share=0.42),
        para(labels.table, s.heading),
    ]

    rows = _rows(data, labels)
    n_cols = len(rows[0])
    # 序号 narrow, unit name wide, the numeric columns share the rest
    first, unit = 26, 150
    numeric_w = (wide - first - unit) / (n_cols - 2)
    header: list[object] = [cell(str(h), s.cell_center) for h in rows[0]]
    body: list[list[object]] = [["" if v is None else str(v) for v in row] for row in rows[1:]]
    for row in body:
        row[1] = cell(str(row[1]), s.cell)
    head_rows: list[list[object]] = [header]
    extra: list[tuple[Any, ...]] = [
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
    ]
    if data.has_comparison:
        # a second header row groups the three methods (RA.2); the chosen one is shaded
        head_rows = [
            header[:10] + [cell(labels.comparison_group, s.cell_center), "", ""],
            [""] * 10 + header[10:],
        ]
        extra += [("SPAN", (c, 0), (c, 1)) for c in range(10)] + [("SPAN", (10, 0), (12, 0))]
        col = 10 + METHODS.index(data.method)
        extra.append(("BACKGROUND", (col, 2), (col, -2), colors.HexColor(CHOSEN_FILL)))
    story.append(
        data_table(
            [*head_rows, *body],
            [first, unit] + [numeric_w] * (n_cols - 2),
            header_rows=len(head_rows),
            total_row=True,
            extra=extra,
        )
    )
    if data.has_comparison:
        story.append(
            para(f"{labels.method}：{labels.method_name(data.method)}{labels.chosen_marked}", s.small)
        )
    story += [
        Spacer(1, 8),
        signature_table([labels.sign_office, labels.sign_approver, labels.sign_date], wide),
    ]
    chart = _chart(data, labels, wide) if data.rows else None
    if chart is not None:
        story += [CondPageBreak(chart.height + CHART_GAP), Spacer(1, CHART_GAP), chart]
    build_pdf(
        out,
        story,
        PageSpec(
            data.school,
            labels.title,
            RULE_IDS,
            data.generated_on,
            landscape=True,
            labels=labels.page,
            kind="ME",
            subject=f"{data.school}{labels.title}",
        ),
    )


def build_seat_allocation_xlsx(
    data: SeatAllocationData, out: Path | BinaryIO, *, labels: SeatAllocationLabels | None = None
) -> None:
    labels = labels or SeatAllocationLabels()
    wb = Workbook()
    ws = wb.active
    ws.title = labels.sheet
    bold = Font(bold=True)
    rows = _rows(data, labels)
    last_col = len(rows[0])
    write_cell(ws, 1, 1, labels.title).font = Font(bold=True, size=14)
    # the figures behind the table on a sheet of their own: the table's header is row 3 and
    # only the rows above the data are frozen
    summary = wb.create_sheet(labels.summary)
    for r, (key, value) in enumerate(_summary_pairs(data, labels), start=1):
        write_cell(summary, r, 1, key).font = bold
        write_cell(summary, r, 2, value)
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 60
    print_setup(summary, title_rows="1:1")
    head_row = 3
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor=HEAD_FILL.hexval()[2:])
    for offset, row in enumerate(rows):
        for c, cell_value in enumerate(row, start=1):
            out_cell = write_cell(ws, head_row + offset, c, cell_value)
            out_cell.border = border
            if offset == 0:
                out_cell.font, out_cell.fill = bold, fill
                out_cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            elif offset == len(rows) - 1:
                out_cell.font = bold
    if data.has_comparison:  # as in the PDF: group the three methods, shade the chosen one
        first = len(rows[0]) - len(METHODS) + 1
        group = write_cell(ws, head_row - 1, first, labels.comparison_group)
        group.font, group.fill, group.border = bold, fill, border
        group.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=head_row - 1, start_column=first, end_row=head_row - 1, end_column=last_col)
        chosen = PatternFill("solid", fgColor=CHOSEN_FILL[1:])
        col = first + METHODS.index(data.method)
        for r in range(head_row + 1, head_row + len(rows) - 1):
            ws.cell(r, col).fill = chosen
    ws.freeze_panes = ws.cell(head_row + 1, 3)
    widths = [6, 24] + [11] * (len(rows[0]) - 2)
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.row_dimensions[head_row].height = 32
    print_setup(ws, title_rows=f"1:{head_row}", landscape=True)
    wb.properties.title = labels.title
    wb.properties.creator = "Congress Desk"
    wb.save(str(out) if isinstance(out, (str, Path)) else out)
