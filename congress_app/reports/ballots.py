"""选票 — ballot papers for a unit election (R14.1–R14.3), one numbered paper each.

The paper's size follows the candidate count (``paper_for``): up to ``TWO_UP_MAX`` candidates,
two A5 papers on each A4 sheet (landscape) with a cut line and cut marks; up to ``A5_MAX`` an
A5 paper; longer lists an A4 paper — always the smallest that fits. Every paper says how the
candidates are ordered (按姓氏笔画为序) and has a box for the counting team's seal (监票人)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, PageBreak, Paragraph, Spacer, Table

from congress_app.reports.fonts import register_font, register_song
from congress_app.reports.layout import (
    PageLabels,
    PageSpec,
    balanced_title,
    build_pdf,
    data_table,
    fitting_size,
    fmt_date,
    font_table,
    frame_height,
    frame_width,
    para,
    styles,
)

RULE_IDS = ("R14.1", "R14.2", "R14.3")
MAX_ROW_HEIGHT = 30.0
COMFORT_ROW_HEIGHT = 20.0  # below this, spread the names over more columns
MIN_ROW_HEIGHT = 14.0  # below this the paper cannot be marked: refuse
MAX_COLUMNS = 3
CELL_PADDING = 3  # data_table's left and right cell padding
READABLE_NAME_SIZE = 10.0  # a name shrunk below this goes onto two lines if it can
MIN_NAME_SIZE = 6.0
TWO_UP_MAX = 6  # candidates: two A5 papers per A4 sheet
A5_MAX = 15  # candidates: an A5 paper; more: A4
A4_2UP, A5_PAPER, A4_PAPER = "A4-2up", "A5", "A4"


@dataclass(frozen=True)
class BallotData:
    school: str
    title: str  # e.g. "某某大学第三届教职工代表大会代表选举选票"
    unit: str
    seats: int
    candidates: tuple[str, ...]  # names in ballot order (e.g. by stroke count)
    copies: int
    first_serial: int = 1
    round_label: str | None = None  # e.g. "第1轮" or "另行选举"; None prints nothing
    election_date: date | None = None
    generated_on: date | None = None
    order_note: str | None = None  # None: labels.order_note (按姓氏笔画为序); "" prints none
    doc_number: str | None = None  # 编号 (None: derived)
    specimen: bool = False  # 选票样张 (kept in the archive): "样张" where the serial goes

    def __post_init__(self) -> None:
        if self.seats < 1:
            raise ValueError("seats must be at least 1")
        if len(self.candidates) <= self.seats:  # R14.1: 差额 — more candidates than seats
            raise ValueError("R14.1: candidates must outnumber seats; the ballot cannot be issued")
        if self.copies < 1 or self.first_serial < 0:
            raise ValueError("copies must be at least 1 and serials non-negative")


@dataclass(frozen=True)
class BallotLabels:
    unit: str = "选举单位：{unit}"
    election_date: str = "选举日期：{date}"
    serial: str = "No. {serial:04d}"
    specimen: str = "样　张"
    seats_sentence: str = "本单位应选代表{seats}名，最多可选{seats}人"
    # a paper with a round label (a runoff or further round fills only the seats left)
    round_seats_sentence: str = "本轮应选代表{seats}名，最多可选{seats}人"
    columns: tuple[str, str, str] = ("序号", "姓名", "同意")
    order_note: str = "（候选人按姓氏笔画为序）"
    seal: str = "监票人盖章"
    instructions_heading: str = "填写说明"
    instructions: tuple[str, ...] = (
        "请在同意的候选人姓名后的“同意”栏内画“○”或“✓”；不同意的，不作任何标记。",
        "所选人数等于或少于{seats}人的为有效票；所选人数多于{seats}人的，本选票无效。",
        "只能在本选票所列候选人中选择，不得另选他人，另写的姓名不计票。",
        "本次选举为无记名投票，请勿在选票上书写姓名或作其他记号。",
    )
    page: PageLabels = field(default_factory=PageLabels)


@dataclass(frozen=True)
class _Grid:
    columns: int
    rows: int
    row_height: float
    font_size: float
    width: float = 0.0


def _heading(data: BallotData, labels: BallotLabels, serial: int, width: float) -> list[Flowable]:
    s = styles()
    title = s.title if width >= 400 else ParagraphStyle("title_a5", parent=s.title, fontSize=16, leading=22)
    story: list[Flowable] = [balanced_title(data.title, title, width)]
    if data.round_label:
        story.append(para(data.round_label, s.subtitle))
    # unit and date on lines of their own: a long (joint) unit name wraps in its own cell
    # instead of running into the date, and the serial stays at the right of the first line
    # serial < 0: the slot is left blank (_Paper prints each paper's number there)
    rows: list[list[object]] = [
        [
            para(labels.unit.format(unit=data.unit), s.body),
            labels.serial.format(serial=serial) if serial >= 0 else "",
        ]
    ]
    if data.election_date:
        rows.append(
            [para(labels.election_date.format(date=fmt_date(data.election_date, labels.page)), s.body), ""]
        )
    line = font_table(
        rows,
        [width * 0.78, width * 0.22],
        [
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
        font_size=12,
    )
    seats_style = ParagraphStyle(
        "seats", parent=s.body, fontSize=14, leading=20, alignment=TA_CENTER, spaceBefore=4, spaceAfter=6
    )
    sentence = labels.round_seats_sentence if data.round_label else labels.seats_sentence
    line.serial_slot = True
    story += [Spacer(1, 4), line, para(sentence.format(seats=data.seats), seats_style)]
    note = labels.order_note if data.order_note is None else data.order_note
    if note:
        story.append(para(note, ParagraphStyle("order", parent=s.small, alignment=TA_CENTER, spaceAfter=4)))
    return story


def _instructions(data: BallotData, labels: BallotLabels, width: float) -> list[Flowable]:
    """The instructions, with the counting team's seal box at their right."""
    s = styles()
    body = ParagraphStyle(
        "ballot_body", parent=s.body, fontSize=9.5 if width < 400 else 10.5, leading=14 if width < 400 else 16
    )
    items: list[Flowable] = [para(labels.instructions_heading, s.heading)]
    items += [
        para(f"{i}. {text.format(seats=data.seats)}", body)
        for i, text in enumerate(labels.instructions, start=1)
    ]
    box = 26 * mm
    seal = font_table(
        [[labels.seal], [""]],
        [box],
        [
            ("BOX", (0, 1), (0, 1), 0.8, colors.black),
            ("ALIGN", (0, 0), (0, 0), "CENTER"),
            ("FONTSIZE", (0, 0), (0, 0), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
        font_size=8,
        rowHeights=[12, box],
    )
    return [
        font_table(
            [[items, seal]],
            [width - box - 6, box + 6],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ],
        )
    ]


def _height(flowables: list[Flowable], width: float, height: float) -> float:
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, height)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def paper_for(candidates: int) -> str:
    """The paper a ballot of ``candidates`` names is printed on: A4_2UP, A5_PAPER or A4_PAPER."""
    if candidates <= TWO_UP_MAX:
        return A4_2UP
    return A5_PAPER if candidates <= A5_MAX else A4_PAPER


def _frame(paper: str) -> tuple[float, float]:
    small = paper in (A4_2UP, A5_PAPER)
    return frame_width(paper="A5" if small else "A4"), frame_height(paper="A5" if small else "A4")


def _grid(data: BallotData, labels: BallotLabels, paper: str = A4_PAPER) -> _Grid:
    """Choose columns and row height so that every candidate fits on one paper."""
    width, height = _frame(paper)
    fixed = (
        _heading(data, labels, data.first_serial, width)
        + [Spacer(1, 10)]
        + _instructions(data, labels, width)
    )
    available = height - _height(fixed, width, height) - 12  # slack for rounding
    n = len(data.candidates)
    max_columns = 1 if paper != A4_PAPER else MAX_COLUMNS
    for columns in range(1, max_columns + 1):
        rows = -(-n // columns)
        row_height = min(MAX_ROW_HEIGHT, available / (rows + 1))  # +1: the header row
        if row_height >= COMFORT_ROW_HEIGHT:
            break
    if row_height < MIN_ROW_HEIGHT:
        raise ValueError(f"{n} candidates do not fit on one ballot page")
    font_size = max(10.0, min(14.0, row_height * 0.5))
    return _Grid(columns, rows, row_height, font_size, width)


def _split_name(name: str) -> tuple[str, str]:
    """Where a long name goes onto a second line: before a bracketed staff number
    (王伟（101234）), after the middle dot nearest the middle (热依拉·阿不都热依木), else midway."""
    if "（" in name[1:]:
        k = name.index("（", 1)
    elif "·" in name:
        k = min((j + 1 for j, ch in enumerate(name) if ch == "·"), key=lambda j: abs(2 * j - len(name)))
    else:
        k = (len(name) + 1) // 2
    return name[:k], name[k:]


def _name_cell(name: str, width: float, grid: _Grid) -> tuple[object, float]:
    """The name as a cell and its font size: whole on one line if that stays readable, else on
    two lines (when the row has room), shrunk as a last resort — never over the boxes."""
    one_line = fitting_size(name, width, grid.font_size, minimum=MIN_NAME_SIZE)
    if one_line >= min(grid.font_size, READABLE_NAME_SIZE):
        return name, one_line
    lines = _split_name(name)
    two_lines = min(
        grid.font_size,
        (grid.row_height - 5) / (2 * 1.1),
        *(fitting_size(x, width, grid.font_size, minimum=MIN_NAME_SIZE) for x in lines),
    )
    if two_lines <= one_line or not all(lines):
        return name, one_line
    style = ParagraphStyle(
        "name2", fontName=register_font(), fontSize=two_lines, leading=two_lines * 1.1, alignment=TA_CENTER
    )
    return Paragraph("<br/>".join(escape(x) for x in lines), style), grid.font_size


def _candidate_table(data: BallotData, labels: BallotLabels, grid: _Grid) -> Table:
    width = grid.width or frame_width()
    group = width / grid.columns
    # side by side, the number and mark columns give the names what room they can spare
    number_w, box_w = (34, 64) if grid.columns == 1 else (32, 44)
    widths = [number_w, group - number_w - box_w, box_w] * grid.columns
    font = register_font()
    extra: list[tuple] = [
        ("FONT", (0, 1), (-1, -1), font, grid.font_size),
        ("FONT", (0, 0), (-1, 0), font, min(grid.font_size, 12)),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
    ]
    name_w = widths[1] - 2 * CELL_PADDING
    header: list[object] = [*labels.columns] * grid.columns
    rows: list[list[object]] = [header]
    for r in range(grid.rows):
        row: list[object] = []
        for c in range(grid.columns):
            i = c * grid.rows + r  # column-major: read down, then across
            if i >= len(data.candidates):
                row += ["", "", ""]
                continue
            cell, size = _name_cell(data.candidates[i], name_w, grid)
            row += [str(i + 1), cell, ""]
            if size < grid.font_size:  # a long name shrinks rather than run into the boxes
                extra.append(("FONT", (3 * c + 1, r + 1), (3 * c + 1, r + 1), font, size))
        rows.append(row)
    extra += [
        ("LINEAFTER", (3 * c - 1, 0), (3 * c - 1, -1), 1.6, colors.black) for c in range(1, grid.columns)
    ]
    extra.append(("BOX", (0, 0), (-1, -1), 1.2, colors.black))
    # the mark column: a heavier frame and no fill, so that ○ and ✓ stand out
    extra += [("LINEBEFORE", (3 * c + 2, 0), (3 * c + 2, -1), 1.0, colors.black) for c in range(grid.columns)]
    return data_table(rows, widths, row_heights=grid.row_height, extra=extra)


class _Paper(Flowable):  # ReportLab is untyped
    """One ballot paper: the papers of a batch differ only in their serial, so the paper is
    drawn once into a PDF form (XObject) and each page shows the form and writes its number
    in the unit line's right-hand slot — a batch of 300 papers is one paper's drawing."""

    def __init__(self, flowables: list[Flowable], serial: str, form: str, width: float) -> None:
        super().__init__()
        self.flowables, self.serial, self.form, self.width = flowables, serial, form, width
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N802, N803
        self.height = _height(self.flowables, self.width, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        forms = c.__dict__.setdefault("_ballot_forms", {})
        if self.form not in forms:
            c.beginForm(self.form, 0, 0, self.width, self.height)
            y = self.height
            for f in self.flowables:
                _w, h = f.wrap(self.width, self.height)
                y -= f.getSpaceBefore() + h
                f.drawOn(c, 0, y)
                if getattr(f, "serial_slot", False):
                    forms[self.form] = y + f._rowpositions[1] + 1 + 12 * 0.22
                y -= f.getSpaceAfter()
            c.endForm()
        c.doForm(self.form)
        c.setFont(register_song(), 12)
        c.drawRightString(self.width, forms[self.form], self.serial)


def build_ballots_pdf(
    data: BallotData, out: Path | BinaryIO, *, labels: BallotLabels | None = None, paper: str | None = None
) -> None:
    """``data.copies`` identical papers numbered from ``data.first_serial``, on the paper the
    candidate count asks for (``paper_for``; ``paper`` overrides), one paper per A5/A4 page or
    two per A4 sheet."""
    labels = labels or BallotLabels()
    paper = paper or paper_for(len(data.candidates))
    try:
        grid = _grid(data, labels, paper)
    except ValueError:
        if paper == A4_PAPER:
            raise
        paper = A4_PAPER  # a long name list that does not fit the small paper
        grid = _grid(data, labels, paper)
    width = grid.width
    paper_story = (
        _heading(data, labels, -1, width)
        + [_candidate_table(data, labels, grid), Spacer(1, 10)]
        + _instructions(data, labels, width)
    )
    story: list[Flowable] = []
    form = f"ballot{id(paper_story)}"
    for k in range(data.copies):
        if k:
            story.append(FrameBreak() if paper == A4_2UP else PageBreak())
        serial = labels.specimen if data.specimen else labels.serial.format(serial=data.first_serial + k)
        story.append(_Paper(paper_story, serial, form, width))
    build_pdf(
        out,
        story,
        PageSpec(
            data.school,
            data.title,
            RULE_IDS,
            data.generated_on,
            page_numbers=False,
            labels=labels.page,
            kind="XP",
            subject=f"{data.title}：{data.unit}",
            doc_number=data.doc_number,
            paper="A5" if paper == A5_PAPER else "A4",
            two_up=paper == A4_2UP,
        ),
    )
