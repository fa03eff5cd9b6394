"""The filing stamp (归档章, R48.2) on the first page of a PDF: the stamps of a whole export
are drawn by ReportLab as one overlay document (one page per item, one font subset), and each
item's page 1 gets its stamp as a Form XObject painted after the page's own content (wrapped
in q … Q), in one incremental update after the original bytes. The update is written by
archive_increment (which reads only the trailer, the catalogue and page 1) for a PDF with a
classic cross-reference table, by pypdf's incremental writer for any other. Every other page
and every other object of the document is kept as it was."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from pypdf import PageObject, PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from congress_app.reports.archive_increment import (
    STAMP_NAME,
    Opened,
    first_page,
    open_native,
    stamp_font_name,
    stamp_page_of,
    write_update,
)
from congress_app.reports.archive_pdfa_parts import (
    ClassicIncrementWriter,
    add_pdfa_parts,
    own_pdfa_possible,
)
from congress_app.reports.fonts import register_font
from congress_app.reports.layout import (
    FastTextCanvas,  # same bytes, quicker
    binary_streams,
)
from congress_app.reports.stamp_zone import CELL_H, CELL_W, HEIGHT, RIGHT, TOP, WIDTH, corner

STAMP_RED = colors.HexColor("#c00000")
A4_PORTRAIT = (595.2756, 841.8898)


def _draw(
    canvas: Canvas,
    font: str,
    cells: Sequence[str],
    width: float,
    height: float,
    at: tuple[float, float] | None = None,
) -> None:
    x0, y0 = at if at is not None else corner(width, height)
    canvas.setStrokeColor(STAMP_RED)
    canvas.setLineWidth(0.8)
    for i, text in enumerate(cells[:6]):
        row, col = divmod(i, 3)
        x, y = x0 + col * CELL_W, y0 + (1 - row) * CELL_H
        canvas.setFillColor(colors.white)
        canvas.rect(x, y, CELL_W, CELL_H, stroke=1, fill=1)
        canvas.setFillColor(STAMP_RED)
        size = 7.5
        while size > 4 and canvas.stringWidth(text, font, size) > CELL_W - 1.5 * mm:
            size -= 0.5
        canvas.setFont(font, size)
        canvas.drawCentredString(x + CELL_W / 2, y + (CELL_H - 0.7 * size) / 2, text)


Stamp = (
    tuple[Sequence[str], tuple[float, float]] | tuple[Sequence[str], tuple[float, float], tuple[float, float]]
)


def stamp_pages(stamps: Sequence[Stamp]) -> bytes:
    """One overlay page per ``(cells, (width, height))``: two rows of three cells
    (全宗号 年度 件号 / 机构 保管期限 页数) in the top right corner, on white so they stay
    legible over a running header."""
    font = register_font()
    buf = io.BytesIO()
    canvas = FastTextCanvas(buf, pagesize=A4_PORTRAIT, initialFontName=font)
    with binary_streams():  # compressed only, not also ASCII85 (see layout)
        for stamp in stamps:
            cells, (width, height) = stamp[0], stamp[1]
            canvas.setPageSize((width, height))
            _draw(canvas, font, cells, width, height, stamp[2] if len(stamp) > 2 else None)
            canvas.showPage()
        canvas.save()
    return buf.getvalue()


def stamp_page(cells: Sequence[str], width: float, height: float) -> bytes:
    return stamp_pages([(cells, (width, height))])


def first_page_layout(
    pdf: bytes, *, pdfa_check: bool = False
) -> tuple[tuple[float, float], int, tuple[float, float], bool]:
    """(width, height) of page 1, the page count, where the stamp goes on page 1 (its lower
    left corner) so that it covers no text, and — with ``pdfa_check`` — whether
    :func:`apply_stamp` can make the file PDF/A-2b itself."""
    ready = prepare_stamp(pdf, pdfa_check=pdfa_check)
    return ready.size, ready.pages, ready.at, ready.pdfa


def first_page_size(pdf: bytes) -> tuple[tuple[float, float], int]:
    """(width, height) of page 1 (its media box) and the page count."""
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    return (float(box.width), float(box.height)), len(reader.pages)


def _renamed_fonts(resources: DictionaryObject) -> DictionaryObject:
    """The stamp's font subsets renamed ``STAMPx+…``: ReportLab tags every document's first
    subset ``AAAAAA+``, which would give page 1 two different fonts of the same name."""
    fonts = resources.get("/Font")
    for ref in fonts.get_object().values() if fonts is not None else ():
        font = ref.get_object()
        new_name = stamp_font_name(str(font.get("/BaseFont", "")))
        if new_name is None:
            continue
        renamed = NameObject(new_name)
        font[NameObject("/BaseFont")] = renamed
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None:
            descriptor.get_object()[NameObject("/FontName")] = renamed
    return resources


def pdfa_qualifies(pdf: bytes) -> bool:
    """Whether :func:`apply_stamp` can make ``pdf`` PDF/A-2b itself (see archive_pdfa_parts)."""
    return own_pdfa_possible(PdfReader(io.BytesIO(pdf)))


def make_pdfa(pdf: bytes) -> bytes:
    """``pdf`` (qualifying) with only the PDF/A-2b parts added, in one incremental update."""
    opened = open_native(pdf)
    if opened is not None:
        return write_update(opened, None, pdfa=True)
    writer = ClassicIncrementWriter(io.BytesIO(pdf), incremental=True)
    add_pdfa_parts(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class Prepared:
    """A PDF opened once for its stamp: the bytes, a lazy reader (the update is written by
    archive_increment when ``native``, else by pypdf's incremental writer), page 1's size, the
    page count, the stamp's place and whether the update can make it PDF/A-2b."""

    pdf: bytes
    reader: PdfReader
    native: Opened | None
    size: tuple[float, float]
    pages: int
    at: tuple[float, float]
    pdfa: bool


def prepare_stamp(pdf: bytes, *, pdfa_check: bool = False, corner_kept: bool = False) -> Prepared:
    """Open ``pdf`` once (only what page 1 needs is read) and find the stamp's place on page 1
    — the top right corner where the paper kept it blank (``corner_kept``: the app's own papers,
    stamp_zone), else a free place found in the page's text (archive_stamp_place) — and, with
    ``pdfa_check``, whether it qualifies for PDF/A-2b here."""
    from congress_app.reports.archive_stamp_place import stamp_place

    reader = PdfReader(io.BytesIO(pdf))
    page, count = first_page(reader)
    native = open_native(pdf, reader, page)
    box = page.mediabox
    size = (float(box.width), float(box.height))
    data: bytes | None = None
    if pdfa_check or not corner_kept:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    if corner_kept:
        at = corner(*size)
    else:
        at = stamp_place(page, WIDTH, HEIGHT, TOP, RIGHT, data)
    qualifies = pdfa_check and own_pdfa_possible(reader, data)
    return Prepared(pdf, reader, native, size, count, at, qualifies)


def apply_stamp(pdf: bytes | Prepared, overlay: PageObject, *, pdfa: bool = False) -> bytes:
    """``pdf`` with ``overlay`` painted over page 1 as a Form XObject; with ``pdfa`` (for a
    file :func:`pdfa_qualifies` accepts) the PDF/A-2b parts are added in the same update.
    The original bytes stay as they were; the update ends with a classic xref table."""
    prepared = pdf if isinstance(pdf, Prepared) else None
    raw = prepared.pdf if prepared is not None else pdf
    assert isinstance(raw, bytes)
    native = prepared.native if prepared is not None else open_native(raw)
    if native is not None:
        return write_update(native, stamp_page_of(overlay), pdfa=pdfa)
    return _apply_with_pypdf(raw, overlay, pdfa=pdfa)


def _apply_with_pypdf(pdf: bytes, overlay: PageObject, *, pdfa: bool) -> bytes:
    """The general way (any PDF pypdf reads): pypdf's incremental writer."""
    writer = ClassicIncrementWriter(io.BytesIO(pdf), incremental=True)
    page = writer.pages[0]
    form = StreamObject()
    drawn = overlay.get_contents()
    form.set_data(drawn.get_data() if drawn is not None else b"")
    box = page.mediabox
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): overlay.mediabox,
            NameObject("/Resources"): _renamed_fonts(
                cast(DictionaryObject, overlay["/Resources"].clone(writer))
            ),
        }
    )
    if box.left or box.bottom:
        form[NameObject("/Matrix")] = ArrayObject(
            [FloatObject(v) for v in (1, 0, 0, 1, float(box.left), float(box.bottom))]
        )
    form_ref = writer._add_object(form)
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else DictionaryObject()
    xobjects[NameObject(STAMP_NAME)] = form_ref
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    parts = []
    for data in (b"q\n", None, f"\nQ\nq {STAMP_NAME} Do Q\n".encode("ascii")):
        if data is None:
            contents = page.get("/Contents")
            if contents is not None:
                obj = contents.get_object()
                parts += list(obj) if isinstance(obj, ArrayObject) else [contents]
            continue
        stream = StreamObject()
        stream.set_data(data)
        parts.append(writer._add_object(stream))
    page[NameObject("/Contents")] = ArrayObject(parts)
    if pdfa:
        add_pdfa_parts(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stamp_first_page(pdf: bytes, cells: Sequence[str]) -> tuple[bytes, int]:
    """``pdf`` with the stamp drawn over page 1, and its page count."""
    size, pages, at, _ = first_page_layout(pdf)
    overlay = PdfReader(io.BytesIO(stamp_pages([(cells, size, at)]))).pages[0]
    return apply_stamp(pdf, overlay), pages


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
