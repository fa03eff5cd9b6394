"""The papers' shortcuts write what ReportLab's own code writes: the canvas's text and lines,
the font subsets and their checksums, a table's cell styles, a frame's copy."""

from __future__ import annotations

import copy
import io
import random
import struct

import pytest
from reportlab import rl_config
from reportlab.lib.rl_accel import calcChecksum
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from congress_app.reports import fonts
from congress_app.reports.layout import (
    FastTextCanvas,
    _Frame,
    _resolve_cells,
    _whole_table_first,
    cell,
    data_table,
    font_table,
    styles,
)

MANY = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 300))  # more than one 256-glyph subset


@pytest.mark.parametrize("length", [0, 1, 3, 4, 7, 8, 252, 253, 256, 1001, 40_000, 240_003])
def test_checksum_is_reportlabs(length):
    data = random.Random(length).randbytes(length)
    padded = data + b"\0" * (-length % 4)
    assert fonts.checksum(data) == calcChecksum(padded)
    assert fonts.checksum(b"\xff" * length) == calcChecksum(b"\xff" * length + b"\0" * (-length % 4))


@pytest.mark.parametrize("register", [fonts.register_song, fonts.register_font])
def test_font_subset_bytes_are_reportlabs(register, monkeypatch):
    face = pdfmetrics.getFont(register()).face
    subset = [0, 32, *map(ord, "教职工代表大会第九届（一）ABC123《》，。")]
    plain = ttfonts.TTFontFace.makeSubset(face, subset)
    monkeypatch.setattr(ttfonts, "TTFontMaker", fonts._FontMaker)
    made = ttfonts.TTFontFace.makeSubset(face, subset)
    assert made == plain
    assert calcChecksum(made) == 0xB1B0AFBA  # the whole font sums to the magic number


def _pdf(canvas_class: type, draw) -> bytes:
    out = io.BytesIO()
    saved = rl_config.invariant
    rl_config.invariant = 1
    try:
        canvas = canvas_class(out, initialFontName=fonts.register_song())
        draw(canvas)
        canvas.showPage()
        canvas.save()
    finally:
        rl_config.invariant = saved
    return out.getvalue()


def _draw_everything(canvas: Canvas) -> None:
    song, hei = fonts.register_song(), fonts.register_font()
    for k, text in enumerate(["", "教职工代表大会", "R13.5（第十三条）", "(a\\b)", MANY, "1.2 ÷ 3"]):
        canvas.setFont(song if k % 2 else hei, 9 + k / 3, 12.5)
        canvas.drawString(10 + k * 1.234567, 700 - 20 * k, text)
        canvas.drawRightString(500.1, 690 - 20 * k, text)
        canvas.drawCentredString(300, 680.33333 - 20 * k, text)
    canvas.drawString(10, 100, "带模式", mode=0)  # ReportLab's own way (a text render mode)
    canvas.drawString(10, 90, "字距", charSpace=1)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(10, 80, "Helvetica is not ours")
    canvas.line(0.1, 1 / 3, 595.2756, -0.0)
    canvas.rect(10, 20.5, 100.25, 1e-9, stroke=1, fill=1)
    canvas.rect(10, 20.5, 100.25, 3, stroke=0, fill=1)


def test_fast_canvas_writes_what_reportlab_writes():
    assert _pdf(FastTextCanvas, _draw_everything) == _pdf(Canvas, _draw_everything)


def test_whole_table_commands_go_first_only_while_nothing_narrower_came_before():
    everywhere, rest = _whole_table_first(
        [
            ("FONT", (0, 0), (-1, -1), "F", 9),
            ("GRID", (0, 0), (-1, -1), 0.5, "grey"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("ALIGN", (0, 0), (-1, -1), "LEFT"),  # after a narrower ALIGN: stays in order
        ]
    )
    assert everywhere == [("FONT", ("F", 9)), ("VALIGN", ("MIDDLE",))]
    assert [c[0] for c in rest] == ["GRID", "ALIGN", "ALIGN"]


def _cell_styles(table: Table) -> list[list[dict]]:
    first = table._cellStyles[0][0]
    keys = [
        k for k in dir(first) if not k.startswith("_") and k != "name" and not callable(getattr(first, k))
    ]
    return [[{k: getattr(cs, k) for k in keys} for cs in row] for row in table._cellStyles]


def test_font_table_cell_styles_are_those_of_plain_set_style():
    s = styles()
    rows = [[cell("序号", s.cell_head), "姓名", "单位"], ["1", cell("张三", s.cell_right), "人文学院"]] * 3
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
    ]
    ours = font_table(rows, [60, 60, 60], commands, font_size=9)
    resolved, cell_commands = _resolve_cells(rows, [60, 60, 60], 6, 9)
    plain = Table(resolved, colWidths=[60, 60, 60])
    font = fonts.register_song()
    plain.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9, 9 * 1.35), *commands, *cell_commands]))
    assert _cell_styles(ours) == _cell_styles(plain)
    assert ours._cellvalues == plain._cellvalues


def test_data_table_splits_and_draws_the_same_after_layout_once():
    rows = [["序号", "姓名"]] + [[str(i), f"代表{i}"] for i in range(80)]
    table = data_table(rows, [40, 100])
    w, h = table.wrap(400, 300)
    assert h > 300
    parts = table.split(400, 300)
    assert len(parts) == 2
    assert sum(len(p._cellvalues) for p in parts) == len(rows) + 1  # the header repeats


def test_frame_copy_is_deep_for_its_lists():
    frame = _Frame(0, 0, 100, 100, id="f")
    frame._frameBGs = [("bg",)]
    twin = copy.deepcopy(frame)
    assert twin.__dict__ == frame.__dict__ and type(twin) is _Frame
    twin._frameBGs.append(("more",))
    twin.add_generated_content("x")
    assert frame._frameBGs == [("bg",)] and not hasattr(frame, "_generated_content")


def test_struct_reference():  # the checksum's reference, spelled out
    assert calcChecksum(struct.pack(">2L", 0xFFFFFFFF, 2)) == 1
