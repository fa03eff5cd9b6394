"""List papers for the archive groups that no workflow prints yet: the presidium's members
(R48.1 group 4) and the agenda and schedule (group 5), as formal papers of the app
(``build_formal_list_pdf``); ``build_list_paper_pdf`` makes a plain paper without the app's
header, 编号 or footer — the demo's stand-ins for documents that come from outside (a higher
body's 批复, the president's report). (plain data) -> PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from congress_app.reports.fonts import register_font


@dataclass(frozen=True)
class ListPaperData:
    """A titled paper: a heading line, a date, an optional table (header + rows) and notes."""

    school: str
    title: str
    subtitle: str
    day: date
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...] = ()
    publisher: str = ""


def build_list_paper_pdf(
    data: ListPaperData, out: Path | str | BinaryIO, col_widths: Sequence[float] | None = None
) -> None:
    font = register_font()
    title = ParagraphStyle("t", fontName=font, fontSize=18, leading=26, alignment=TA_CENTER)
    sub = ParagraphStyle("s", fontName=font, fontSize=12, leading=18, alignment=TA_CENTER)
    body = ParagraphStyle("b", fontName=font, fontSize=11, leading=17)
    cell = ParagraphStyle("c", fontName=font, fontSize=10.5, leading=14)
    doc = SimpleDocTemplate(
        out if not isinstance(out, Path) else str(out),
        pagesize=A4,
        initialFontName=font,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=30 * mm,
        bottomMargin=25 * mm,
        title=data.title,
        author=data.school,
        subject=data.subtitle,
    )
    story: list[Flowable] = [
        Paragraph(escape(data.subtitle), sub),
        Spacer(1, 2 * mm),
        Paragraph(escape(data.title), title),
        Spacer(1, 8 * mm),
    ]
    if data.header:
        rows = [[Paragraph(escape(c), cell) for c in data.header]]
        rows += [[Paragraph(escape(c), cell) for c in r] for r in data.rows]
        table = Table(rows, colWidths=col_widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),  # else the Table selects Helvetica (not embedded)
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story += [table, Spacer(1, 6 * mm)]
    story += [Paragraph(escape(n), body) for n in data.notes]
    if data.publisher:
        right = ParagraphStyle("r", parent=body, alignment=2)
        story += [
            Spacer(1, 10 * mm),
            Paragraph(escape(data.publisher), right),
            Paragraph(f"{data.day.year}年{data.day.month}月{data.day.day}日", right),
        ]
    doc.build(story)


def _column_widths(data: ListPaperData, width: float) -> list[float]:
    """Each column as wide as its longest text needs, in proportion (the 序号 column narrow)."""
    columns = list(zip(data.header, *data.rows, strict=True)) if data.rows else [(h,) for h in data.header]
    weights = [max(len(text) for text in column) + 2 for column in columns]
    return [width * w / sum(weights) for w in weights]


def build_formal_list_pdf(
    data: ListPaperData, out: Path | str | BinaryIO, *, kind: str, rule_ids: tuple[str, ...] = ()
) -> None:
    """The same list as a formal paper of the app's own (公文 layout of reports/layout.py: the
    school and 编号 in the header, the title in Song, the table, the issuing body's seal block,
    the norms' articles in the footer) — the presidium's members and the agenda the archive files."""
    from congress_app.reports.layout import (
        PageLabels,
        PageSpec,
        SealBlock,
        balanced_title,
        build_pdf,
        cell,
        data_table,
        fmt_date,
        frame_width,
        para,
        styles,
    )

    s = styles()
    width = frame_width()
    story: list[Flowable] = [
        para(data.subtitle, s.subtitle),
        balanced_title(data.title, s.title, width),
        Spacer(1, 3 * mm),
    ]
    if data.header:
        rows: list[list[object]] = [[cell(c, s.cell_center) for c in data.header]]
        rows += [[cell(c, s.cell) for c in r] for r in data.rows]
        story.append(data_table(rows, _column_widths(data, width), font_size=10.5))
    story += [para(n, s.prose) for n in data.notes]
    if data.publisher:
        story += [Spacer(1, 8 * mm), SealBlock(data.publisher, fmt_date(data.day, PageLabels()), width=width)]
    spec = PageSpec(
        school=data.school,
        title=data.title,
        rule_ids=rule_ids,
        subject=data.subtitle,
        kind=kind,
    )
    build_pdf(out, story, spec)
