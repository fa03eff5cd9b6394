"""The shared A4 page template (portrait or landscape) every report uses.

Header: school name (left) and document title (right). Footer: generation date (left),
"第 N 页 共 M 页" (centre) and the rule ids the document applies (right). The page total
is only known when the story has been laid out, so the canvas keeps every page and draws
the header and footer at ``save()``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from congress_app.reports.fonts import register_font

MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
GRID = colors.HexColor("#7f7f7f")
HEAD_FILL = colors.HexColor("#e8ecf2")
TOTAL_FILL = colors.HexColor("#f3f3f3")
PASS_COLOR = colors.HexColor("#1b6e20")
FAIL_COLOR = colors.HexColor("#b00020")


@dataclass(frozen=True)
class PageLabels:
    """Captions of the page furniture; the defaults are Chinese."""

    page_of: str = "第 {page} 页 共 {pages} 页"
    generated: str = "生成日期：{date}"
    rules: str = "依据：{rules}"
    rule_separator: str = "、"
    date_format: str = "{d.year}年{d.month}月{d.day}日"
    seal: str = "封存码：{seal}（与本系统审计链中的封存记录一致，可用 audit verify 核对）"


ENGLISH_PAGE_LABELS = PageLabels(
    page_of="Page {page} of {pages}",
    generated="Generated {date}",
    rules="Rules: {rules}",
    rule_separator=", ",
    date_format="{d:%Y-%m-%d}",
    seal="Seal: {seal} (matches the sealed record in the audit chain; check with audit verify)",
)


@dataclass(frozen=True)
class PageSpec:
    school: str
    title: str
    rule_ids: tuple[str, ...]
    generated_on: date | None = None  # None: today
    landscape: bool = False
    page_numbers: bool = True
    labels: PageLabels = field(default_factory=PageLabels)


def page_size(landscape: bool) -> tuple[float, float]:
    return _landscape(A4) if landscape else A4


def frame_width(landscape: bool = False) -> float:
    return page_size(landscape)[0] - 2 * MARGIN_X


def frame_height(landscape: bool = False) -> float:
    # Frame() pads 6 pt on every side by default; we build frames with zero padding.
    return page_size(landscape)[1] - MARGIN_TOP - MARGIN_BOTTOM


def fmt_date(d: date, labels: PageLabels) -> str:
    return labels.date_format.format(d=d)


def fmt_pct(part: int, whole: int) -> str:
    """``part / whole`` as a percentage with one decimal, rounded half up, exact."""
    if whole <= 0:
        return "—"
    tenths = (2000 * part + whole) // (2 * whole)
    return f"{tenths // 10}.{tenths % 10}%"


# ---------------------------------------------------------------- styles and helpers
@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    prose: ParagraphStyle  # running text: first line indented two characters (公文 style)
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle


@functools.cache
def styles() -> Styles:
    font = register_font()

    def style(name: str, size: float, *, align: int = TA_LEFT, leading: float | None = None,
              before: float = 0, after: float = 0) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading or size * 1.35,
            alignment=align, spaceBefore=before, spaceAfter=after, wordWrap="CJK",
        )

    body = style("body", 10.5, leading=16, after=3)
    return Styles(
        title=style("title", 18, align=TA_CENTER, after=4),
        subtitle=style("subtitle", 10.5, align=TA_CENTER, after=6),
        heading=style("heading", 12.5, before=8, after=4),
        body=body,
        prose=ParagraphStyle("prose", parent=body, firstLineIndent=2 * body.fontSize),
        small=style("small", 8.5, after=2),
        cell=style("cell", 9),
        cell_center=style("cell_center", 9, align=TA_CENTER),
        cell_right=style("cell_right", 9, align=TA_RIGHT),
    )


def para(text: str, style: ParagraphStyle, *, color: colors.Color | None = None) -> Paragraph:
    """A Paragraph of plain text (escaped: names may hold ``&`` or ``<``)."""
    markup = escape(text).replace("\n", "<br/>")
    if color is not None:
        markup = f'<font color="{color.hexval()}">{markup}</font>'
    return Paragraph(markup, style)


def fitting_size(text: str, width: float, size: float, *, minimum: float = 7.0) -> float:
    """The largest font size up to ``size`` (not below ``minimum``) at which ``text`` fits on
    one line of ``width`` points: a plain-string table cell does not wrap, it overflows into
    its neighbours."""
    natural = stringWidth(text, register_font(), size)
    if natural <= width:
        return size
    return max(minimum, int(size * width / natural * 10) / 10)


def unbroken_list(head: str, items: Sequence[str], style: ParagraphStyle, width: float, *,
                  separator: str = "、", tail: str = "。") -> Paragraph:
    """``head`` + ``items`` joined by ``separator`` + ``tail``, broken only between items.

    A CJK paragraph breaks between any two characters, which would cut a name in two
    (张涵 / 晨 reads as two people); here each line is measured and ended before an item.
    """
    pieces = [item + (separator if i < len(items) - 1 else tail) for i, item in enumerate(items)]
    if not pieces:
        return para(head + tail, style)
    lines: list[str] = []
    line = head
    first_indent = style.firstLineIndent
    for piece in pieces:
        available = width - (first_indent if not lines else 0) - 0.5
        if line and stringWidth(line + piece, style.fontName, style.fontSize) > available:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return Paragraph("<br/>".join(escape(x) for x in lines), style)


def font_table(rows: Sequence[Sequence[object]], col_widths: Sequence[float],
               commands: Sequence[tuple] = (), *, font_size: float = 10, **table_kwargs) -> Table:
    """A Table whose every cell starts in the embedded font: a Table without a FONT
    command draws (even empty) cells in Helvetica, which would not be embedded."""
    font = register_font()
    table = Table(list(map(list, rows)), colWidths=list(col_widths), **table_kwargs)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, font_size, font_size * 1.35),
                               *commands]))
    return table


def data_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    total_row: bool = False,
    font_size: float = 9,
    row_heights: Sequence[float] | float | None = None,
    extra: Sequence[tuple] = (),
) -> Table:
    """A grid table: shaded header repeated on each page, an optional shaded totals row;
    callers add ALIGN commands for their numeric columns."""
    if isinstance(row_heights, (int, float)):
        row_heights = [row_heights] * len(rows)
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    return font_table(rows, col_widths, commands + list(extra), font_size=font_size,
                      rowHeights=row_heights, repeatRows=header_rows)


def key_value_table(pairs: Sequence[tuple[str, str]], width: float, *, columns: int = 2,
                    label_share: float = 0.36) -> Table:
    """Label/value pairs laid out ``columns`` pairs per row (labels shaded)."""
    s = styles()
    cells = [[para(k, s.cell), para(v, s.cell)] for k, v in pairs]
    rows: list[list[object]] = []
    for i in range(0, len(cells), columns):
        chunk = cells[i:i + columns]
        chunk += [["", ""]] * (columns - len(chunk))
        rows.append([c for pair in chunk for c in pair])
    label_w = width / columns * label_share
    widths = [label_w, width / columns - label_w] * columns
    shade = [("BACKGROUND", (2 * c, 0), (2 * c, -1), HEAD_FILL) for c in range(columns)]
    return data_table(rows, widths, header_rows=0, extra=shade)


def signature_table(captions: Sequence[str], width: float, *, per_row: int = 3) -> Table:
    """Caption followed by a line to sign on, ``per_row`` per row, with space to write."""
    rows = []
    for i in range(0, len(captions), per_row):
        chunk = list(captions[i:i + per_row]) + [""] * (per_row - len(captions[i:i + per_row]))
        rows.append([x for c in chunk for x in (c, "")])
    cap_w = width / per_row * 0.42
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for r, row in enumerate(rows):
        for c in range(per_row):
            if row[2 * c]:
                commands.append(("LINEBELOW", (2 * c + 1, r), (2 * c + 1, r), 0.6, colors.black))
    return font_table(rows, [cap_w, width / per_row - cap_w] * per_row, commands, font_size=10.5,
                      rowHeights=30)


# ---------------------------------------------------------------- the document
class _FurnishedCanvas(Canvas):
    """Keeps every page until ``save()`` so the footer can say how many there are."""

    def __init__(self, *args, furnish: Callable[[Canvas, int, int], None], **kwargs):
        super().__init__(*args, **kwargs)
        self._furnish = furnish
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furnish(self, number, total)
            super().showPage()
        super().save()


def _furnish(spec: PageSpec, canvas: Canvas, page: int, pages: int) -> None:
    labels = spec.labels
    font = register_font()
    width, height = page_size(spec.landscape)
    left, right = MARGIN_X, width - MARGIN_X
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.setFillColor(colors.HexColor("#333333"))
    # header
    canvas.setFont(font, 9)
    canvas.drawString(left, height - 12 * mm, spec.school)
    canvas.drawRightString(right, height - 12 * mm, spec.title)
    canvas.line(left, height - 13.8 * mm, right, height - 13.8 * mm)
    # footer
    canvas.line(left, 12.5 * mm, right, 12.5 * mm)
    canvas.setFont(font, 8)
    generated = spec.generated_on or date.today()
    canvas.drawString(left, 8.5 * mm, labels.generated.format(date=fmt_date(generated, labels)))
    if spec.page_numbers:
        canvas.drawCentredString(width / 2, 8.5 * mm, labels.page_of.format(page=page, pages=pages))
    if spec.rule_ids:
        rules = labels.rule_separator.join(spec.rule_ids)
        canvas.drawRightString(right, 8.5 * mm, labels.rules.format(rules=rules))
    canvas.restoreState()


def build_pdf(out: Path | str | BinaryIO, story: Sequence[Flowable], spec: PageSpec) -> None:
    """Lay ``story`` out on A4 pages furnished per ``spec`` and write the PDF to ``out``."""
    font = register_font()
    size = page_size(spec.landscape)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width(spec.landscape), frame_height(spec.landscape),
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    target = str(out) if isinstance(out, (str, Path)) else out
    doc = BaseDocTemplate(
        target,
        pagesize=size,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="page", frames=[frame], pagesize=size)],
        initialFontName=font,  # else ReportLab sets an unembedded Helvetica on every page
        initialFontSize=10,
        title=spec.title,
        author=spec.school,
        creator="Congress Desk",
        lang="zh-CN",
    )
    doc.build(list(story), canvasmaker=functools.partial(_FurnishedCanvas,
                                                         furnish=functools.partial(_furnish, spec)))


def seal_line(seal: str, labels: PageLabels) -> Paragraph:
    """The record's seal (short form) printed on a frozen record's paper (R15.2)."""
    s = styles()
    style = ParagraphStyle("seal", parent=s.body, fontSize=8, leading=11,
                           textColor=colors.HexColor("#555555"))
    return para(labels.seal.format(seal=seal), style)
