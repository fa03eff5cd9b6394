"""代表名单 — the list of delegates for posting (张榜公布, R15.1), grouped by election unit."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from congress_app.reports.fonts import register_font
from congress_app.reports.layout import (
    GRID,
    PageLabels,
    PageSpec,
    SealBlock,
    build_pdf,
    fmt_date,
    fmt_pct,
    font_table,
    frame_width,
    para,
    seal_line,
    styles,
)
from congress_app.roster_file import columns
from congress_app.rules.seats import is_teaching, is_woman

RULE_IDS = ("R15.1",)


@dataclass(frozen=True)
class ListedDelegate:
    name: str
    gender: str | None = None  # stored code (rules.seats MALE / FEMALE), printed as 男 / 女
    category: str | None = None  # stored code (rules.seats TEACHING …), printed as 教学 …


@dataclass(frozen=True)
class UnitDelegates:
    unit: str
    delegates: tuple[ListedDelegate, ...]  # in the order to post (e.g. by stroke count)


@dataclass(frozen=True)
class DelegateListData:
    school: str
    title: str  # e.g. "某某大学第三届教职工代表大会代表名单"
    publication_date: date
    units: tuple[UnitDelegates, ...]
    publisher: str = ""  # e.g. "校工会" — printed above the date
    show_gender: bool = False
    show_category: bool = False
    generated_on: date | None = None
    seal: str | None = None  # the published list's seal, short form (R15.2)
    intro: str | None = None  # None: labels.intro (a supplementary list words its own)

    @property
    def total(self) -> int:
        return sum(len(u.delegates) for u in self.units)


@dataclass(frozen=True)
class DelegateListLabels:
    intro: str = (
        "根据各选举单位的选举结果，经代表资格审查委员会审查确认，下列 {n} 名同志为"
        "教职工代表大会正式代表（共 {u} 个选举单位），现予公布。"
    )
    unit_heading: str = "{unit}（{n} 名）"
    detail: str = "{name}（{detail}）"
    detail_separator: str = "，"
    totals: str = "合计：代表 {n} 名。"
    women: str = "其中女代表 {n} 名，占 {pct}。"
    teaching: str = "教学人员代表 {n} 名，占 {pct}。"
    word_of: Callable[[str], str] = columns.word_of  # a stored code as printed
    page: PageLabels = field(default_factory=PageLabels)


def _entry(d: ListedDelegate, data: DelegateListData, labels: DelegateListLabels) -> str:
    detail = [
        labels.word_of(x)
        for x, shown in ((d.gender, data.show_gender), (d.category, data.show_category))
        if shown and x
    ]
    return (
        labels.detail.format(name=d.name, detail=labels.detail_separator.join(detail)) if detail else d.name
    )


CELL_PADDING = 6  # left and right padding of a name cell


def _grid(entries: list[str], width: float, columns: int, font_size: float):
    """Names row by row, in order. A name wider than its cell (e.g. 阿卜杜热合曼·买买提 with
    details) spans as many cells as it needs rather than running over its neighbour; one
    wider than the whole row wraps."""
    font = register_font()
    cell_w = width / columns
    wrap_style = ParagraphStyle(
        "entry", parent=styles().body, fontSize=font_size, leading=font_size * 1.35, spaceAfter=0
    )
    rows: list[list[object]] = []
    row: list[object] = []
    spans: list[tuple] = []
    for entry in entries:
        need = stringWidth(entry, font, font_size) + 2 * CELL_PADDING
        k = min(columns, max(1, math.ceil(need / cell_w - 1e-6)))
        if len(row) + k > columns:
            rows.append(row + [""] * (columns - len(row)))
            row = []
        if k > 1:
            spans.append(("SPAN", (len(row), len(rows)), (len(row) + k - 1, len(rows))))
        row += [para(entry, wrap_style) if need > width else entry] + [""] * (k - 1)
    rows.append(row + [""] * (columns - len(row)))
    return font_table(
        rows,
        [cell_w] * columns,
        [
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *spans,
        ],
        font_size=font_size,
    )


def build_delegate_list_pdf(
    data: DelegateListData, out: Path | BinaryIO, *, labels: DelegateListLabels | None = None
) -> None:
    build_delegate_lists_pdf([data], out, labels=labels)


def build_delegate_lists_pdf(
    lists: list[DelegateListData], out: Path | BinaryIO, *, labels: DelegateListLabels | None = None
) -> None:
    """One or more lists (the 代表名单, then each 增补名单) in one document."""
    if not lists:
        raise ValueError("no delegate lists")
    labels = labels or DelegateListLabels()
    story: list[Flowable] = []
    for i, data in enumerate(lists):
        story += ([PageBreak()] if i else []) + delegate_list_story(data, labels)
    build_pdf(
        out,
        story,
        PageSpec(
            lists[0].school,
            lists[0].title,
            RULE_IDS,
            lists[0].generated_on,
            labels=labels.page,
            kind="MD",
            subject=f"{lists[0].title}（张榜公布）",
        ),
    )


def delegate_list_story(data: DelegateListData, labels: DelegateListLabels) -> list[Flowable]:
    s = styles()
    width = frame_width()
    with_detail = data.show_gender or data.show_category
    columns = 4 if with_detail else 6
    font_size = 11 if with_detail else 12
    unit_style = ParagraphStyle(
        "unit", parent=s.heading, fontSize=12, spaceBefore=10, spaceAfter=3, borderPadding=(0, 0, 2, 0)
    )
    story: list[Flowable] = [
        para(data.title, s.title),
        Spacer(1, 4),
        para((data.intro or labels.intro).format(n=data.total, u=len(data.units)), s.prose),
        Spacer(1, 4),
    ]
    for unit in data.units:
        heading = para(labels.unit_heading.format(unit=unit.unit, n=len(unit.delegates)), unit_style)
        block: list[Flowable] = [heading]
        if unit.delegates:
            grid = _grid([_entry(d, data, labels) for d in unit.delegates], width, columns, font_size)
            grid.setStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, GRID)])
            block.append(grid)
        story.append(KeepTogether(block))  # splits only when one unit outgrows a page

    delegates = [d for u in data.units for d in u.delegates]
    summary = labels.totals.format(n=data.total)
    if data.show_gender:
        women = sum(d.gender is not None and is_woman(d.gender) for d in delegates)
        summary += labels.women.format(n=women, pct=fmt_pct(women, data.total))
    if data.show_category:
        teaching = sum(d.category is not None and is_teaching(d.category) for d in delegates)
        summary += labels.teaching.format(n=teaching, pct=fmt_pct(teaching, data.total))
    right = ParagraphStyle("right", parent=s.body, alignment=TA_RIGHT)
    closing: list[Flowable] = [Spacer(1, 10), para(summary, s.body), Spacer(1, 8)]
    if data.publisher:  # published by 大会主席团 / 工会: their seal over the name and date
        closing.append(SealBlock(data.publisher, fmt_date(data.publication_date, labels.page), width=width))
    else:
        closing.append(para(fmt_date(data.publication_date, labels.page), right))
    if data.seal:
        closing += [Spacer(1, 12), seal_line(data.seal, labels.page)]
    story.append(KeepTogether(closing))
    return story
