"""The 归档文件目录 (R48.2): A4 landscape PDF with a cover page, and the same as XLSX (header
frozen, A4 landscape print setup fitted to the width, header repeated, numbers as numbers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from congress_app.reports.fonts import register_song
from congress_app.reports.layout import (
    FurnishedCanvas,  # keeps the pages until the total is known
    KinsokuParagraph,  # the Chinese line-breaking rule; broken once per width
    PageLabels,
    binary_streams,
)
from congress_app.rules.archive import CATALOGUE_COLUMNS
from congress_app.spreadsheet import append_row, write_cell

# widths (mm) of 序号 档号 文号 责任者 题名 日期 密级 页数 备注 on 267 mm of landscape A4
WIDTHS_MM = (12, 48, 36, 38, 75, 20, 12, 12, 14)
CELL_PADDING = 6  # points, left and right in every cell (ReportLab's default)


@dataclass(frozen=True)
class CatalogueData:
    school: str
    fonds: str
    session_title: str
    year: int
    exported_on: date
    rows: tuple[tuple[str, ...], ...]  # CatalogueRow.cells() in column order
    groups: tuple[tuple[int, str, int], ...] = ()  # (group number, title, items) for the cover


def build_catalogue_pdf(data: CatalogueData, out: Path | str | BinaryIO) -> None:
    font = register_song()  # 公文: the catalogue is set in a Song face, like every paper
    big = ParagraphStyle("big", fontName=font, fontSize=26, leading=40, alignment=TA_CENTER, wordWrap="CJK")
    mid = ParagraphStyle("mid", fontName=font, fontSize=15, leading=26, alignment=TA_CENTER, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=font, fontSize=16, leading=24, alignment=TA_CENTER, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    doc = SimpleDocTemplate(
        out if not isinstance(out, Path) else str(out),
        pagesize=landscape(A4),
        initialFontName=font,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"{data.session_title} 归档文件目录",
        author=data.school,
        subject="归档文件目录",
    )
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        KinsokuParagraph(escape(data.school), mid),
        Spacer(1, 6 * mm),
        KinsokuParagraph("归档文件目录", big),
        Spacer(1, 8 * mm),
        KinsokuParagraph(escape(data.session_title), mid),
        Spacer(1, 4 * mm),
        KinsokuParagraph(f"全宗号：{escape(data.fonds)}　　年度：{data.year}　　共 {len(data.rows)} 件", mid),
    ]
    if data.groups:
        story.append(Spacer(1, 8 * mm))
        small = ParagraphStyle("small", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
        rows = [
            [
                KinsokuParagraph(f"（{n}）", small),
                KinsokuParagraph(escape(t), small),
                KinsokuParagraph(f"{k} 件" if k else "无", small),
            ]
            for n, t, k in data.groups
        ]
        table = Table(rows, colWidths=(14 * mm, 150 * mm, 20 * mm))
        # FONTNAME: a Table selects its default font (Helvetica, never embedded) otherwise
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), font)])
        )
        story.append(table)
    story += [PageBreak(), KinsokuParagraph("归档文件目录", head), Spacer(1, 4 * mm)]
    widths = [w * mm for w in WIDTHS_MM]
    # a cell that fits on one line is drawn as a plain string (in the cell style's font, size
    # and leading); a Paragraph, which wraps, only where the text is longer than its column
    room = [w - 2 * CELL_PADDING for w in widths]

    def fill(text: str, column: int) -> str | Paragraph:
        if "\n" not in text and stringWidth(text, font, cell.fontSize) <= room[column]:
            return text
        return KinsokuParagraph(escape(text), cell)

    cells: list[list[str | Paragraph]] = [[fill(c, i) for i, c in enumerate(CATALOGUE_COLUMNS)]]
    cells += [[fill(c, i) for i, c in enumerate(r)] for r in data.rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
                ("LEADING", (0, 0), (-1, -1), cell.leading),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(table)
    with binary_streams():  # compressed only, not also ASCII85 (see layout)
        doc.build(story, canvasmaker=partial(FurnishedCanvas, furnish=partial(_page_number, font)))


def _page_number(font: str, canvas: Canvas, page: int, pages: int) -> None:
    """The catalogue's pages are numbered after the cover: 第 1 页 共 N 页 at the foot."""
    if page == 1:
        return
    width, _height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(font, 9)
    canvas.drawCentredString(width / 2, 8 * mm, PageLabels().page_of.format(page=page - 1, pages=pages - 1))
    canvas.restoreState()


NUMERIC_COLUMNS = (0, 7)  # 序号, 页数
CODE_COLUMNS = (1, 2)  # 档号, 文号


def build_catalogue_xlsx(data: CatalogueData, out: Path | str | BinaryIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "归档文件目录"
    append_row(ws, CATALOGUE_COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")  # one style object for every cell
    for r, row in enumerate(data.rows, start=2):
        for c, value in enumerate(row):
            if c in NUMERIC_COLUMNS and value.isdigit():
                ws.cell(row=r, column=c + 1).value = int(value)
            else:
                # 档号 and 文号 are the school's own codes: kept as written, never cited
                write_cell(ws, r, c + 1, value, cite=c not in CODE_COLUMNS).alignment = wrap
    for c, width in enumerate(WIDTHS_MM, start=1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = max(6, width * 0.55)
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddHeader.center.text = f"{data.session_title} 归档文件目录"
    wb.save(out)
