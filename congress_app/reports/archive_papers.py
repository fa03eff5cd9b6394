"""Plain list papers for the archive groups that no workflow prints yet: the presidium's
members (R48.1 group 4) and the agenda and schedule (group 5). (plain data) -> PDF."""

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
