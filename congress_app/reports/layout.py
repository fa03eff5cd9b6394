"""The shared A4 page template (portrait or landscape) every report uses, modelled on the
公文 format of GB/T 9704: title in a Song face, body in Song, first-level headings in 黑体,
headings numbered 一、（一）1.（1）, Chinese line breaking (``kinsoku``).

Header: school name (left, shrunk to its half of the line so a long name never runs into the
number) and the document number 编号 (right). Footer: generation date (left), "第 N 页 共 M
页" (centre) and the norms' articles the document rests on (right), with the app's rule ids
at most in a small grey footnote below. The page total is only known when the story has been
laid out, so the canvas keeps every page and draws the header and footer at ``save()``.
Every PDF carries its own metadata: Title = the document, Author = the school, Subject =
the session / what the paper is, Creator = Congress Desk.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import functools
import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import PATH_OPS, Canvas
from reportlab.pdfgen.textobject import rtlSupport as _RTL_SUPPORT
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine
from reportlab.platypus.tables import CellStyle, _setCellStyle

from congress_app.norms import article_citation, formal_text
from congress_app.reports import stamp_zone
from congress_app.reports.fonts import register_font, register_song
from congress_app.reports.kinsoku import break_lines, may_break
from congress_app.reports.numerals import chinese_numeral

MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
GRID = colors.HexColor("#7f7f7f")
HEAD_FILL = colors.HexColor("#ededed")
TOTAL_FILL = colors.HexColor("#f3f3f3")
PASS_COLOR = colors.HexColor("#1b6e20")
FAIL_COLOR = colors.HexColor("#b00020")


@dataclass(frozen=True)
class PageLabels:
    """Captions of the page furniture; the defaults are Chinese."""

    page_of: str = "第 {page} 页 共 {pages} 页"
    generated: str = "生成日期：{date}"
    rules: str = "依据：《规范》{rules}"
    rule_ids: str = "系统规则编号：{rules}"
    rule_separator: str = "、"
    number: str = "编号：{number}"
    date_format: str = "{d.year}年{d.month}月{d.day}日"
    seal: str = "封存码：{seal}（与本系统审计链中的封存记录一致，可用 audit verify 核对）"
    citation_lang: str = "zh"  # how {rules} cites the norms: 第十三条第一款 / art. 13(1)


ENGLISH_PAGE_LABELS = PageLabels(
    page_of="Page {page} of {pages}",
    generated="Generated {date}",
    rules="Norms, {rules}",
    rule_ids="Rule ids: {rules}",
    rule_separator=", ",
    number="No. {number}",
    date_format="{d:%Y-%m-%d}",
    seal="Seal: {seal} (matches the sealed record in the audit chain; check with audit verify)",
    citation_lang="en",
)


_NUMBER: contextvars.ContextVar[str] = contextvars.ContextVar("document_number", default="")


@contextlib.contextmanager
def numbered(number: str) -> Iterator[None]:
    """Every document built inside the block carries ``number`` as its 编号 (e.g. the number
    a document register gives it), whichever report function builds it."""
    token = _NUMBER.set(number)
    try:
        yield
    finally:
        _NUMBER.reset(token)


@dataclass(frozen=True)
class PageSpec:
    school: str
    title: str
    rule_ids: tuple[str, ...]
    generated_on: date | None = None  # None: today
    landscape: bool = False
    page_numbers: bool = True
    labels: PageLabels = field(default_factory=PageLabels)
    subject: str = ""  # PDF Subject: the session and what the paper is; "" → the title
    doc_number: str | None = None  # 编号; None: derived from kind, school, title and date
    kind: str = "DOC"  # short code of the document kind in the derived 编号 (XP, JG, ZG …)
    rule_footnote: bool = True  # the app's rule ids in a small grey footnote
    paper: str = "A4"  # "A4" or "A5"
    two_up: bool = False  # two A5 portrait papers side by side on an A4 landscape sheet, cut marks

    @property
    def number(self) -> str:
        """The document number printed on every page (编号): given (``doc_number``, or the
        ``numbered()`` block the document is built in), or derived — the kind's code, the
        generation date and six hex digits of the school and title."""
        if self.doc_number:
            return self.doc_number
        if _NUMBER.get():
            return _NUMBER.get()
        on = self.generated_on or date.today()
        digest = hashlib.sha256(f"{self.school}\n{self.title}\n{self.subject}".encode()).hexdigest()
        return f"{self.kind}-{on:%Y%m%d}-{digest[:6].upper()}"


def page_size(landscape: bool, paper: str = "A4") -> tuple[float, float]:
    size = A5 if paper == "A5" else A4
    width, height = _landscape(size) if landscape else size
    return float(width), float(height)


def frame_width(landscape: bool = False, paper: str = "A4") -> float:
    return float(page_size(landscape, paper)[0] - 2 * MARGIN_X)


def frame_height(landscape: bool = False, paper: str = "A4") -> float:
    # Frame() pads 6 pt on every side by default; we build frames with zero padding.
    return float(page_size(landscape, paper)[1] - MARGIN_TOP - MARGIN_BOTTOM)


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
    title: ParagraphStyle  # 标题: Song, centred
    subtitle: ParagraphStyle
    heading: ParagraphStyle  # first level 一、: 黑体
    body: ParagraphStyle  # Song
    prose: ParagraphStyle  # running text: first line indented two characters (公文 style)
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    heading2: ParagraphStyle  # second level （一）: Song
    cell_head: ParagraphStyle  # a table's header cells: 黑体, centred


@functools.cache
def styles() -> Styles:
    song, hei = register_song(), register_font()

    def style(
        name: str,
        size: float,
        *,
        align: int = TA_LEFT,
        leading: float | None = None,
        before: float = 0,
        after: float = 0,
        font: str = song,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading or size * 1.35,
            alignment=align,
            spaceBefore=before,
            spaceAfter=after,
            wordWrap="CJK",
        )

    body = style("body", 11, leading=17, after=3)
    return Styles(
        title=style("title", 20, align=TA_CENTER, leading=28, after=6),
        subtitle=style("subtitle", 11.5, align=TA_CENTER, leading=17, after=6),
        heading=style("heading", 12.5, before=8, after=4, font=hei),
        body=body,
        prose=ParagraphStyle("prose", parent=body, firstLineIndent=2 * body.fontSize),
        small=style("small", 8.5, after=2),
        cell=style("cell", 9),
        cell_center=style("cell_center", 9, align=TA_CENTER),
        cell_right=style("cell_right", 9, align=TA_RIGHT),
        heading2=style("heading2", 11.5, before=5, after=3),
        cell_head=style("cell_head", 9, align=TA_CENTER, font=hei),
    )


def heading_number(level: int, n: int) -> str:
    """The 公文 order of heading numbers: 一、 （一） 1. （1） for levels 1–4."""
    if level == 1:
        return f"{chinese_numeral(n)}、"
    if level == 2:
        return f"（{chinese_numeral(n)}）"
    if level == 3:
        return f"{n}."
    return f"（{n}）"


class KinsokuParagraph(Paragraph):  # ReportLab is untyped
    """A Paragraph whose CJK lines break by the Chinese rule of ``kinsoku.break_lines``
    (ReportLab's own CJK wrap lets ，；：！？》 start a line and （《 end one)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # a table wraps a cell's paragraph to size its row and again, at the same width, to
        # draw it; ReportLab's wrap reads nothing but the width (and the paragraph's own
        # text and style), so the lines broken the first time are the lines
        last = self.__dict__.get("_wrapped")
        if last is not None and last[0] == availWidth and self.__dict__.get("blPara") is last[1]:
            return last[2]
        result = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara, result)
        return result

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 (ReportLab's names)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]  # noqa: N806
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        frags = self.frags
        if not frags or any(hasattr(f, "cbDefn") for f in frags) or style.endDots:
            return super().breakLinesCJK(maxWidths)
        if len(frags) == 1 and not hasattr(frags[0], "lineBreak"):
            return self._single_frag(frags[0], maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        units: list[Any] = []
        widths: list[float] = []
        for f in frags:
            text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
            pieces = list(text) if text else [text]
            piece_widths = char_widths(text, f.fontName, f.fontSize) if text else [0.0]
            for piece, width in zip(pieces, piece_widths, strict=True):
                unit = str.__new__(cjkU, piece)  # cjkU without its own stringWidth call
                unit._frag, unit._width = f, width
                units.append(unit)
                widths.append(width)
        forced = {i for i, u in enumerate(units) if hasattr(u.frag, "lineBreak")}
        ends = break_lines([str(u) for u in units], widths, list(maxWidths), forced)
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto not in ("", "off")
        lines, start = [], 0
        for k, end in enumerate(ends):
            max_width = maxWidths[min(k, len(maxWidths) - 1)]
            used = sum(widths[start:end])
            lines.append(
                makeCJKParaLine(
                    units[start:end], max_width, used, max_width - used, (end - 1) in forced, calc_bounds
                )
            )
            start = end
        return ParaLines(kind=1, lines=lines)

    def _single_frag(self, f: Any, max_widths: Sequence[float]) -> Any:
        """One run of text in one font (most paragraphs): plain-string lines, as ReportLab's
        own single-fragment path returns them, without a glyph object per character."""
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return f.clone(kind=0, lines=self.blPara.lines)
        # the rest of a paragraph split across pages carries its lines' words, not its text
        raw = f.text if hasattr(f, "text") else "".join(getattr(f, "words", ()))
        text = raw.decode("utf8") if isinstance(raw, bytes) else raw
        widths = char_widths(text, f.fontName, f.fontSize)
        limits = list(max_widths)
        if sum(widths) <= limits[0] + 1e-6:
            ends = [len(text)]
        else:
            ends = break_lines(text, widths, limits)
        lines, start = [], 0
        for k, end in enumerate(ends):
            limit = limits[min(k, len(limits) - 1)]
            lines.append((limit - sum(widths[start:end]), [text[start:end]]))
            start = end
        return f.clone(kind=0, lines=lines, ascent=f.fontSize, descent=-0.2 * f.fontSize)


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def char_widths(text: str, font: str, size: float) -> list[float]:
    """The advance width of each character of ``text`` (cached per font and size)."""
    table = _WIDTHS.setdefault((font, size), {})
    out = []
    for ch in text:
        w = table.get(ch)
        if w is None:
            w = table[ch] = stringWidth(ch, font, size)
        out.append(w)
    return out


TITLE_BREAKS = "学校届会院部）"  # a title's line may well end after these (the end of a name part)


def balanced_title(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A title that needs more than one line, broken into lines of even length (no line of
    two characters under a long one), at a place the line-breaking rule allows."""
    widths = char_widths(text, style.fontName, style.fontSize)
    total = sum(widths)
    if total <= width or "\n" in text:
        return para(text, style)
    lines = -(-total // width)
    target = total / lines
    breaks: list[int] = []
    used, last = 0.0, 0
    for i, w in enumerate(widths):
        used += w
        if len(breaks) < lines - 1 and used >= target * (len(breaks) + 1) and 0 < i + 1 < len(text):
            at = i + 1
            # prefer the end of a name part near the even point: 大学 | 第九届 | 大会 | 学院
            near = [
                p
                for p in range(max(last + 1, at - 5), min(len(text), at + 5))
                if text[p - 1] in TITLE_BREAKS and may_break(text, p)
            ]
            if near:
                at = min(near, key=lambda p: abs(p - at))
            while at > last + 1 and not may_break(text, at):
                at -= 1
            breaks.append(at)
            last = at
    pieces = [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]
    return para("\n".join(pieces), style)


def para(
    text: str, style: ParagraphStyle, *, color: colors.Color | None = None, cite: bool = True
) -> Paragraph:
    """A Paragraph of plain text (escaped: names may hold ``&`` or ``<``), broken by the
    Chinese rule; ``cite``: rule ids (R13.5) become the norms' articles (第十三条)."""
    markup = escape(formal_text(text) if cite else text).replace("\n", "<br/>")
    if color is not None:
        markup = f'<font color="{color.hexval()}">{markup}</font>'
    return KinsokuParagraph(markup, style)


@dataclass(frozen=True)
class CellText:
    """A table cell's plain text in a paragraph style, laid out when the table is built: a
    one-line text that fits its column is drawn as a plain string (no Paragraph to parse and
    wrap — most cells of a long list), anything longer as a ``para``."""

    text: str
    style: ParagraphStyle
    color: colors.Color | None = None


def cell(text: str, style: ParagraphStyle, *, color: colors.Color | None = None) -> CellText:
    return CellText(text, style, color)


_ALIGN = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


def _resolve_cells(
    rows: Sequence[Sequence[object]], col_widths: Sequence[float | None], padding: float, font_size: float
) -> tuple[list[list[object]], list[tuple[Any, ...]]]:
    """``rows`` with every CellText turned into a string (one line that fits) or a Paragraph,
    and the per-cell commands that give a string its style's font, size, alignment and colour."""
    song = register_song()
    out: list[list[object]] = []
    commands: list[tuple[Any, ...]] = []
    cells: dict[tuple[Any, ...], list[tuple[int, int]]] = {}  # a command → the cells it is for
    for r, row in enumerate(rows):
        new_row: list[object] = []
        for c, value in enumerate(row):
            if isinstance(value, list):
                value = [
                    para(v.text, v.style, color=v.color) if isinstance(v, CellText) else v for v in value
                ]
            elif isinstance(value, CellText):
                text = formal_text(value.text)
                st = value.style
                width = col_widths[c] if c < len(col_widths) else None
                if (
                    "\n" in text
                    or width is None
                    or stringWidth(text, st.fontName, st.fontSize) > width - 2 * padding - 0.5
                    or st.alignment not in _ALIGN
                ):
                    value = para(text, st, color=value.color, cite=False)
                else:
                    if st.fontName != song or st.fontSize != font_size:
                        cells.setdefault(("FONT", st.fontName, st.fontSize, st.leading), []).append((c, r))
                    cells.setdefault(("ALIGN", _ALIGN[st.alignment]), []).append((c, r))
                    color = value.color or st.textColor
                    if color is not None and color != colors.black:
                        cells.setdefault(("TEXTCOLOR", color), []).append((c, r))
                    value = text
            new_row.append(value)
        out.append(new_row)
    for (name, *args), where in cells.items():
        commands += [(name, start, end, *args) for start, end in _blocks(where)]
    return out, commands


def _blocks(where: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (column, row) cells ``where`` as few rectangles (start, end): a command per run of
    rows in a column, runs of the same rows in neighbouring columns joined — a command per
    cell made setStyle cost more than laying out the table. No cell appears twice."""
    runs: dict[tuple[int, int], list[int]] = {}  # (first row, last row) → columns
    by_column: dict[int, list[int]] = {}
    for c, r in where:
        by_column.setdefault(c, []).append(r)
    for c, rows in sorted(by_column.items()):
        rows.sort()
        first = last = rows[0]
        for r in rows[1:]:
            if r != last + 1:
                runs.setdefault((first, last), []).append(c)
                first = r
            last = r
        runs.setdefault((first, last), []).append(c)
    blocks = []
    for (first, last), columns in runs.items():
        left = prev = columns[0]
        for c in columns[1:]:
            if c != prev + 1:
                blocks.append(((left, first), (prev, last)))
                left = c
            prev = c
        blocks.append(((left, first), (prev, last)))
    return blocks


def fitting_size(text: str, width: float, size: float, *, minimum: float = 7.0) -> float:
    """The largest font size up to ``size`` (not below ``minimum``) at which ``text`` fits on
    one line of ``width`` points: a plain-string table cell does not wrap, it overflows into
    its neighbours."""
    natural = stringWidth(text, register_song(), size)
    if natural <= width:
        return size
    return max(minimum, int(size * width / natural * 10) / 10)


def unbroken_list(
    head: str,
    items: Sequence[str],
    style: ParagraphStyle,
    width: float,
    *,
    separator: str = "、",
    tail: str = "。",
) -> Paragraph:
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
    return KinsokuParagraph("<br/>".join(escape(x) for x in lines), style)


class _Table(Table):  # ReportLab is untyped
    """A Table that lays itself out once per space offered: a frame asks ``wrap`` and then,
    when the table does not fit, ``split`` with the same width and height, and each
    computed every row's height again."""

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803
        if self.__dict__.get("_calculated_for") == (availWidth, availHeight):
            return
        super()._calc(availWidth, availHeight)
        self._calculated_for = (availWidth, availHeight)


def font_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    commands: Sequence[tuple] = (),
    *,
    font_size: float = 10,
    cell_padding: float = 6,
    **table_kwargs,
) -> Table:
    """A Table whose every cell starts in the embedded Song face: a Table without a FONT
    command draws (even empty) cells in Helvetica, which would not be embedded. Plain-string
    cells are printed with rule ids turned into articles."""
    font = register_song()
    rows = [[formal_text(c) if isinstance(c, str) else c for c in row] for row in rows]
    rows, cell_commands = _resolve_cells(rows, list(col_widths), cell_padding, font_size)
    table = _Table(rows, colWidths=list(col_widths), **table_kwargs)
    everywhere, rest = _whole_table_first(
        [("FONT", (0, 0), (-1, -1), font, font_size, font_size * 1.35), *commands, *cell_commands]
    )
    if everywhere:
        # the commands for every cell (font, padding, vertical alignment) once, not cell by cell
        # and command by command: their effect on one fresh cell style, copied to each cell
        template = CellStyle("table")
        for op, values in everywhere:
            _setCellStyle([[template]], 0, 0, op, values)
        touched = {k: v for k, v in template.__dict__.items() if k != "name"}
        for styles_row in table._cellStyles:
            for cell_style in styles_row:
                cell_style.__dict__.update(touched)
    table.setStyle(TableStyle(rest))
    return table


_CELL_OPS = frozenset(
    "FONT FONTNAME FACE SIZE FONTSIZE LEADING TEXTCOLOR ALIGN ALIGNMENT VALIGN LEFTPADDING RIGHTPADDING "
    "TOPPADDING BOTTOMPADDING HREF DESTINATION DIRECTION SHAPING".split()
)


def _whole_table_first(
    commands: Sequence[tuple[Any, ...]],
) -> tuple[list[tuple[str, tuple[Any, ...]]], list[tuple[Any, ...]]]:
    """The leading cell-style commands for the whole table (op, values) — those that no
    command for fewer cells comes before, so applying them first changes nothing — and the
    other commands in their order. Lines, backgrounds and spans are kept apart by the
    Table whatever their order."""
    everywhere: list[tuple[str, tuple[Any, ...]]] = []
    rest: list[tuple[Any, ...]] = []
    open_ = True
    for command in commands:
        if command[0] in _CELL_OPS:
            if open_ and command[1] == (0, 0) and command[2] == (-1, -1):
                everywhere.append((command[0], tuple(command[3:])))
                continue
            open_ = False
        rest.append(command)
    return everywhere, rest


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
            ("FONTNAME", (0, 0), (-1, header_rows - 1), register_font()),
        ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    return font_table(
        rows,
        col_widths,
        commands + list(extra),
        font_size=font_size,
        rowHeights=row_heights,
        repeatRows=header_rows,
        cell_padding=3,
    )


def key_value_table(
    pairs: Sequence[tuple[str, str]], width: float, *, columns: int = 2, label_share: float = 0.36
) -> Table:
    """Label/value pairs laid out ``columns`` pairs per row (labels shaded)."""
    s = styles()
    cells: list[list[object]] = [[cell(k, s.cell), cell(v, s.cell)] for k, v in pairs]
    rows: list[list[object]] = []
    for i in range(0, len(cells), columns):
        chunk = cells[i : i + columns]
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
        chunk = list(captions[i : i + per_row]) + [""] * (per_row - len(captions[i : i + per_row]))
        rows.append([x for c in chunk for x in (c, "")])
    cap_w = width / per_row * 0.42
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for r, row in enumerate(rows):
        for c in range(per_row):
            if row[2 * c]:
                commands.append(("LINEBELOW", (2 * c + 1, r), (2 * c + 1, r), 0.6, colors.black))
    return font_table(
        rows, [cap_w, width / per_row - cap_w] * per_row, commands, font_size=10.5, rowHeights=30
    )


# ---------------------------------------------------------------- the document
_FP: dict[float, str] = {}


def _fp(value: float) -> str:
    """ReportLab's ``fp_str`` of one number, remembered (a table's column and row positions,
    font sizes and leadings repeat on every line of every page)."""
    text = _FP.get(value)
    if text is None:
        if len(_FP) > 50_000:
            _FP.clear()
        text = _FP[value] = fp_str(value)
    return text


class FastTextCanvas(Canvas):  # ReportLab is untyped
    """A Canvas whose ``drawString`` / ``drawRightString`` / ``drawCentredString`` of plain text
    in an embedded TrueType face write the very operators ReportLab's text object writes
    (``BT 1 0 0 1 x y Tm /F1+0 9 Tf 11 TL (…) Tj T* ET``, byte for byte) without building a
    text object per string: a long table draws thousands of cells. Anything else (a text
    mode, character or word spacing, a direction, shaping, a built-in font, a top-down
    canvas) goes ReportLab's own way."""

    def _fast_text(self, x: float, y: float, text: str) -> None:
        font = self._fast_font
        doc = self._doc
        parts = ["BT 1 0 0 1 " + _fp(x) + " " + _fp(y) + " Tm"]
        current = -1
        escape_pdf = self._escape
        for subset, chunk in font.splitString(text, doc):
            if subset != current:
                name = font.getSubsetInternalName(subset, doc)
                parts.append(f"{name} {_fp(self._fontsize)} Tf {_fp(self._leading)} TL")
                current = subset
            parts.append(f"({escape_pdf(chunk)}) Tj")
        if len(parts) == 1:
            parts.append("")  # ReportLab writes an empty line as "BT … Tm  T* ET"
        parts.append("T* ET")
        self._code.append(" ".join(parts))

    def _fast_ok(self, text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
        if args or kwargs or type(text) is not str or not self.bottomup or _RTL_SUPPORT:
            return False
        font = getFont(self._fontname)
        if not font._dynamicFont:
            return False
        self._fast_font = font
        return True

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self._code.append(f"n {_fp(x1)} {_fp(y1)} m {_fp(x2)} {_fp(y2)} l S")

    def rect(self, x: float, y: float, width: float, height: float, stroke: int = 1, fill: int = 0) -> None:
        self._code.append(
            f"n {_fp(x)} {_fp(y)} {_fp(width)} {_fp(height)} re " + PATH_OPS[stroke, fill, self._fillMode]
        )

    def drawString(self, x: float, y: float, text: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        if not self._fast_ok(text, args, kwargs):
            return super().drawString(x, y, text, *args, **kwargs)
        self._fast_text(x, y, text)

    def drawRightString(self, x: float, y: float, text: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        if not self._fast_ok(text, args, kwargs):
            return super().drawRightString(x, y, text, *args, **kwargs)
        self._fast_text(x - self._fast_font.stringWidth(text, self._fontsize), y, text)

    def drawCentredString(self, x: float, y: float, text: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        if not self._fast_ok(text, args, kwargs):
            return super().drawCentredString(x, y, text, *args, **kwargs)
        self._fast_text(x - 0.5 * self._fast_font.stringWidth(text, self._fontsize), y, text)


class FurnishedCanvas(FastTextCanvas):
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


def _fit(text: str, font: str, size: float, width: float, minimum: float = 6.0) -> float:
    natural = stringWidth(text, font, size)
    return size if natural <= width else max(minimum, size * width / natural)


def _furnish(
    spec: PageSpec, known: dict[float, tuple[Any, ...]], canvas: Canvas, page: int, pages: int
) -> None:
    if spec.two_up:  # each half is an A5 paper; a dashed cut line with marks between them
        half = A5[0]
        for offset in (0.0, half):
            canvas.saveState()
            canvas.translate(offset, 0)
            # the sheet's top right corner (the right half's) is kept for the 归档章
            _furnish_one(spec, known, canvas, page, pages, A5, corner=page == 1 and offset > 0)
            canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#7f7f7f"))
        canvas.setLineWidth(0.4)
        canvas.setDash(4, 3)
        canvas.line(half, 6 * mm, half, A5[1] - 6 * mm)
        canvas.setDash()
        canvas.setLineWidth(0.8)
        for y in (0.0, A5[1] - 5 * mm):  # cut marks at the sheet's edges
            canvas.line(half, y, half, y + 5 * mm)
        canvas.restoreState()
        return
    _furnish_one(spec, known, canvas, page, pages, page_size(spec.landscape, spec.paper), corner=page == 1)


def _furniture(spec: PageSpec, width: float) -> tuple[Any, ...]:
    """What every page's header and footer print that is the same on every page: the texts
    and the sizes they fit at (worked out once a document: ``_furnish``'s ``known``)."""
    labels = spec.labels
    song = register_song()
    line_w = width - 2 * MARGIN_X
    number_text = labels.number.format(number=spec.number)
    number_size = _fit(number_text, song, 8.5, line_w * 0.4)
    room = line_w - stringWidth(number_text, song, number_size) - 6 * mm
    school_size = _fit(spec.school, song, 9.5, room)
    # page 1's number stands left of the stamp's corner: the school has that much less room
    first_room = room - (width - MARGIN_X - stamp_zone.header_right(width, width - MARGIN_X))
    first_school_size = _fit(spec.school, song, 9.5, first_room)
    generated = labels.generated.format(date=fmt_date(spec.generated_on or date.today(), labels))
    cited = article_citation(spec.rule_ids, lang=labels.citation_lang)
    cited_text = labels.rules.format(rules=cited) if cited else ""
    rule_ids = labels.rule_ids.format(rules=labels.rule_separator.join(spec.rule_ids))
    return number_text, number_size, school_size, first_school_size, generated, cited_text, rule_ids


def _furnish_one(
    spec: PageSpec,
    known: dict[float, tuple[Any, ...]],
    canvas: Canvas,
    page: int,
    pages: int,
    size: tuple[float, float],
    *,
    corner: bool,
) -> None:
    """One page's header and footer; with ``corner``, the top right corner kept blank for the
    归档章 (page 1: its 编号 stands left of it)."""
    labels = spec.labels
    song = register_song()
    width, height = size
    left, right = MARGIN_X, width - MARGIN_X
    if width not in known:
        known[width] = _furniture(spec, width)
    number, number_size, school_size, first_school_size, generated, cited, rule_ids = known[width]
    line_w = right - left
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.setFillColor(colors.HexColor("#333333"))
    # header: the school (never into the number's half) and the document number — on page 1
    # left of the top right corner, which every paper keeps blank for the 归档章 (stamp_zone)
    number_right = stamp_zone.header_right(width, right) if corner else right
    canvas.setFont(song, number_size)
    canvas.drawRightString(number_right, height - 12 * mm, number)
    canvas.setFont(song, first_school_size if corner else school_size)
    canvas.drawString(left, height - 12 * mm, spec.school)
    canvas.line(left, height - 13.8 * mm, right, height - 13.8 * mm)
    # footer
    canvas.line(left, 12.5 * mm, right, 12.5 * mm)
    canvas.setFont(song, 8.5)
    canvas.drawString(left, 8.5 * mm, generated)
    if spec.page_numbers:
        page_text = labels.page_of.format(page=page, pages=pages)
        canvas.drawCentredString(width / 2, 8.5 * mm, page_text)
        room = line_w / 2 - stringWidth(page_text, song, 8.5) / 2 - 5 * mm
    else:
        room = line_w - stringWidth(generated, song, 8.5) - 5 * mm
    lines = _citation_lines(cited, song, room) if cited else []
    if len(lines) == 1:
        canvas.setFont(song, _fit(lines[0], song, 8.5, room, minimum=7.0))
        canvas.drawRightString(right, 8.5 * mm, lines[0])
    elif lines:  # a long citation on two lines, the rule ids' footnote under the date instead
        canvas.setFont(song, min(_fit(line, song, 7.5, room, minimum=5.0) for line in lines))
        canvas.drawRightString(right, 9.6 * mm, lines[0])
        canvas.drawRightString(right, 6.4 * mm, lines[1])
    if spec.rule_ids and spec.rule_footnote:
        canvas.setFont(song, 6)
        canvas.setFillColor(colors.HexColor("#8a8a8a"))
        if len(lines) > 1:
            canvas.drawString(left, 5 * mm, rule_ids)
        else:
            canvas.drawRightString(right, 5 * mm, rule_ids)
    canvas.restoreState()


def _citation_lines(text: str, font: str, room: float) -> list[str]:
    """The footer's citation on one line if it fits at 7 pt or more, else on two lines of
    7.5 pt broken after a separator (、 ; ,) near the middle, never inside an article's clause."""
    if stringWidth(text, font, 7.0) <= room:
        return [text]
    breaks = [i + 1 for i, ch in enumerate(text) if ch in "、;," and i + 1 < len(text)]
    if not breaks:
        return [text]

    # prefer a break before a new article (第…条 / art.), then the most even one
    def score(at: int) -> tuple[bool, float]:
        new_article = bool(re.match(r"\s*(第[一二三四五六七八九十]+条|art\.)", text[at:]))
        widths = (stringWidth(text[:at], font, 7.5), stringWidth(text[at:].strip(), font, 7.5))
        return (not new_article or max(widths) > room, max(widths))

    at = min(breaks, key=score)
    return [text[:at], text[at:].strip()]


_SCALARS = (str, int, float, bool, type(None))


class _Frame(Frame):  # ReportLab is untyped
    """A Frame copied quickly: KeepTogether (a delegation's names, a vote's block) wraps its
    flowables against a deep copy of the frame each time, and ``copy.deepcopy`` walked every
    number of it; only its lists (backgrounds, generated content) need copies of their own."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        new = Frame.__new__(type(self))
        memo[id(self)] = new
        new.__dict__.update(
            {k: v if isinstance(v, _SCALARS) else copy.deepcopy(v, memo) for k, v in self.__dict__.items()}
        )
        return new


def build_pdf(out: Path | str | BinaryIO, story: Sequence[Flowable], spec: PageSpec) -> None:
    """Lay ``story`` out on A4 pages furnished per ``spec`` and write the PDF to ``out``."""
    song = register_song()
    register_font()
    if spec.two_up:
        size = _landscape(A4)
        frames = [
            _Frame(
                x + MARGIN_X,
                MARGIN_BOTTOM,
                frame_width(paper="A5"),
                frame_height(paper="A5"),
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=f"half{k}",
            )
            for k, x in enumerate((0.0, A5[0]))
        ]
    else:
        size = page_size(spec.landscape, spec.paper)
        frames = [
            _Frame(
                MARGIN_X,
                MARGIN_BOTTOM,
                frame_width(spec.landscape, spec.paper),
                frame_height(spec.landscape, spec.paper),
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id="body",
            )
        ]
    target = str(out) if isinstance(out, (str, Path)) else out
    doc = BaseDocTemplate(
        target,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="page", frames=frames, pagesize=size)],
        initialFontName=song,  # else ReportLab sets an unembedded Helvetica on every page
        initialFontSize=10,
        title=spec.title,
        author=spec.school,
        subject=spec.subject or spec.title,
        keywords=[spec.number],
        creator="Congress Desk",
        producer="Congress Desk (ReportLab)",
        lang="zh-CN",
    )
    with binary_streams():
        doc.build(
            list(story),
            canvasmaker=functools.partial(FurnishedCanvas, furnish=functools.partial(_furnish, spec, {})),
        )


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Write the PDF's streams compressed only, not also ASCII85-encoded (ReportLab's default,
    for 7-bit mail): a quarter smaller, and the pure-Python encoder cost more than the pages."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


class EmbeddedFontDrawing(Drawing):  # ReportLab is untyped
    """A Drawing whose initial graphics state uses the embedded CJK font: renderPDF starts
    every drawing with STATE_DEFAULTS' font (Helvetica, which would not be embedded)."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> Any:  # noqa: N802, N803
        saved = shapes.STATE_DEFAULTS["fontName"]
        shapes.STATE_DEFAULTS["fontName"] = register_song()
        try:
            return super().drawOn(canvas, x, y, _sW)
        finally:
            shapes.STATE_DEFAULTS["fontName"] = saved


def _nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 × 10^k) giving about ``ticks`` intervals up to ``top``."""
    raw = max(top, 1) / ticks
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


class HBarChart(Flowable):  # ReportLab is untyped
    """A horizontal bar chart drawn straight on the canvas (ReportLab's chart widgets validate
    every attribute and cost more than the rest of a page): a title, one bar per
    (label, value) from the top down in the given order, the value after each bar, a light
    grid with round steps. Text in the embedded Song face."""

    def __init__(
        self,
        pairs: Sequence[tuple[str, int]],
        width: float,
        title: str,
        *,
        bar: float = 6 * mm,
        label_size: float = 8.0,
        title_size: float = 9.5,
        color: colors.Color = colors.HexColor("#3a6ea5"),
        gap: float = 0.45,
    ) -> None:
        super().__init__()
        self.pairs = list(pairs) or [("—", 0)]
        self.width, self.title, self.bar = width, title, bar
        self.label_size, self.title_size, self.color, self.gap = label_size, title_size, color, gap
        self.plot_h = bar * (1 + gap) * len(self.pairs)
        self.height = self.plot_h + title_size + 8 + 14  # title above, axis labels below

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N802, N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        song = register_song()
        label_w = max(stringWidth(k, song, self.label_size) for k, _v in self.pairs) + 8
        x0, y0 = label_w, 14.0
        plot_w = self.width - label_w - 30
        top = max(v for _k, v in self.pairs)
        step = _nice_step(top)
        scale_max = max(step, -(-top // step) * step) if top else step
        c.saveState()
        c.setFont(song, self.title_size)
        c.drawString(0, self.height - self.title_size, self.title)
        c.setStrokeColor(colors.HexColor("#dddddd"))
        c.setLineWidth(0.5)
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont(song, 7)
        tick = 0.0
        while tick <= scale_max + 1e-9:
            x = x0 + plot_w * tick / scale_max
            c.line(x, y0, x, y0 + self.plot_h)
            c.drawCentredString(x, y0 - 9, f"{tick:g}")
            tick += step
        c.setStrokeColor(colors.HexColor("#555555"))
        c.line(x0, y0, x0, y0 + self.plot_h)
        pitch = self.bar * (1 + self.gap)
        for i, (label, value) in enumerate(self.pairs):
            y = y0 + self.plot_h - (i + 1) * pitch + self.bar * self.gap / 2
            length = plot_w * value / scale_max
            c.setFillColor(self.color)
            if length > 0:
                c.rect(x0, y, length, self.bar, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(song, self.label_size)
            c.drawRightString(x0 - 4, y + self.bar / 2 - self.label_size * 0.35, label)
            c.setFont(song, min(7.5, self.label_size))
            c.drawString(x0 + length + 3, y + self.bar / 2 - self.label_size * 0.35, f"{value}")
        c.restoreState()


class SealBlock(Flowable):  # ReportLab is untyped
    """The issuing body's signature block at the right (公文: 发文机关署名 and 成文日期): the
    body's name with （盖章）, the date below it, and a dashed circle where the seal goes —
    over the name and date, as seals are set (骑年压月). ``signers``: lines to sign on the left
    (e.g. 主任委员：______)."""

    SEAL_DIAMETER = 40 * mm

    def __init__(
        self,
        body: str,
        date_text: str,
        *,
        signers: Sequence[str] = (),
        seal_caption: str = "（盖章）",
        width: float | None = None,
    ) -> None:
        super().__init__()
        self.body, self.date_text, self.signers = body, date_text, tuple(signers)
        self.seal_caption = seal_caption
        self.width = width if width is not None else frame_width()
        self.height = max(self.SEAL_DIAMETER + 6, 30 * len(self.signers) + 10)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N802, N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        song = register_song()
        size = 12
        right = self.width - 6 * mm
        name = self.body + self.seal_caption
        name_size = _fit(name, song, size, self.width * 0.5)
        widest = max(stringWidth(name, song, name_size), stringWidth(self.date_text, song, size))
        centre_x = right - widest / 2
        base = self.height / 2
        c.saveState()
        c.setStrokeColor(colors.HexColor("#b0b0b0"))
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.circle(centre_x, base + 2, self.SEAL_DIAMETER / 2)
        c.setDash()
        c.setFillColor(colors.black)
        c.setFont(song, name_size)
        c.drawCentredString(centre_x, base + 8, name)
        c.setFont(song, size)
        c.drawCentredString(centre_x, base - 12, self.date_text)
        for k, signer in enumerate(self.signers):
            y = self.height - 22 - 30 * k
            c.setFont(song, 11)
            c.drawString(0, y, signer)
            x0 = stringWidth(signer, song, 11) + 2
            c.setLineWidth(0.6)
            c.line(x0, y - 2, x0 + 42 * mm, y - 2)
        c.restoreState()


def seal_line(seal: str, labels: PageLabels) -> Paragraph:
    """The record's seal (short form) printed on a frozen record's paper (R15.2)."""
    s = styles()
    style = ParagraphStyle(
        "seal", parent=s.body, fontSize=8, leading=11, textColor=colors.HexColor("#555555")
    )
    return para(labels.seal.format(seal=seal), style)
