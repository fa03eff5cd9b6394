"""The filing stamp (归档章, R48.2) merged onto the first page of a PDF with pypdf: a small
ReportLab-drawn box in the top right corner; every other page and every other object of the
document is kept as it was."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from congress_app.reports.fonts import register_font

CELL_W, CELL_H = 15 * mm, 5 * mm
TOP, RIGHT = 3 * mm, 4 * mm  # DA/T 22: the top right corner of the first page
STAMP_RED = colors.HexColor("#c00000")


def stamp_page(cells: Sequence[str], width: float, height: float) -> bytes:
    """One page of ``width`` × ``height`` points holding only the stamp: two rows of three
    cells (全宗号 年度 件号 / 机构 保管期限 页数) in the top right corner, on white so it
    stays legible over a running header."""
    font = register_font()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(width, height), initialFontName=font)
    x0 = width - RIGHT - 3 * CELL_W
    y0 = height - TOP - 2 * CELL_H
    canvas.setStrokeColor(STAMP_RED)
    canvas.setFillColor(STAMP_RED)
    canvas.setLineWidth(0.8)
    for i, text in enumerate(cells[:6]):
        col, row = i % 3, i // 3
        x, y = x0 + col * CELL_W, y0 + (1 - row) * CELL_H
        canvas.setFillColor(colors.white)
        canvas.rect(x, y, CELL_W, CELL_H, stroke=1, fill=1)
        canvas.setFillColor(STAMP_RED)
        size = 7.5
        while size > 4 and canvas.stringWidth(text, font, size) > CELL_W - 1.5 * mm:
            size -= 0.5
        canvas.setFont(font, size)
        canvas.drawCentredString(x + CELL_W / 2, y + (CELL_H - 0.7 * size) / 2, text)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def stamp_first_page(pdf: bytes, cells: Sequence[str]) -> tuple[bytes, int]:
    """``pdf`` with the stamp drawn over page 1, and its page count."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    first = writer.pages[0]
    box = first.mediabox
    overlay = PdfReader(io.BytesIO(stamp_page(cells, float(box.width), float(box.height))))
    page = overlay.pages[0]
    if box.left or box.bottom:
        from pypdf import Transformation

        page.add_transformation(Transformation().translate(float(box.left), float(box.bottom)))
    first.merge_page(page, over=True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(reader.pages)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
