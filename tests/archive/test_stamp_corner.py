"""The 归档章's place: the app's own papers are filed as keeping page 1's top right corner
blank (ArchiveItem.stamp_corner) and stamped there without reading the page; imported PDFs
and papers filed before that are looked at for a free place (archive_stamp_place)."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from congress_app.reports import stamp_zone
from congress_app.reports.archive_stamp import prepare_stamp
from congress_app.reports.fonts import register_fonts
from congress_app.services.archive_register import collect_generated, list_items
from tests.archive.archive_fixtures import file_pdf, held  # noqa: F401


def _text_in_the_corner() -> bytes:
    """An outside PDF with its own number printed in the top right corner."""
    song, _hei = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont(song, 10)
    width, height = A4
    canvas.drawRightString(width - 20, height - 25, "大工发〔2026〕12号 第一页右上角")
    canvas.drawString(72, 400, "正文")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_generated_papers_are_filed_keeping_the_corner_imported_files_not(db, held):
    with db.session() as session:
        collect_generated(session, held.session_id, actor="t")
        file_pdf(session, held.session_id)
        items = list_items(session, held.session_id)
    kept = {item.kind: set() for item in items}
    for item in items:
        kept[item.kind].add(item.stamp_corner)
    assert kept == {"generated": {True}, "imported": {False}}


def test_a_kept_corner_is_used_as_it_is_otherwise_the_text_is_read():
    pdf = _text_in_the_corner()
    width, height = A4
    corner = stamp_zone.corner(width, height)
    assert prepare_stamp(pdf, corner_kept=True).at == pytest.approx(corner, abs=0.01)
    looked = prepare_stamp(pdf).at  # the number is there: the stamp slides down, off the text
    assert looked != corner and looked[1] < corner[1]


def test_the_export_stamps_our_papers_in_the_corner_and_looks_on_others(db, held, tmp_path):
    from congress_app.services.archive_export import MANIFEST, export_archive

    with db.session() as session:
        file_pdf(session, held.session_id, _text_in_the_corner(), title="上级来文")
        export_archive(session, held.session_id, tmp_path / "out", actor="t", pdfa=False)
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_text(encoding="utf-8"))
    stamped = 0
    for entry in manifest["files"]:
        if entry.get("kind") not in ("generated", "imported"):
            continue
        path = tmp_path / "out" / entry["file"]
        page = PdfReader(path).pages[0]
        form = page["/Resources"]["/XObject"]["/ArchiveStamp"].get_object()
        x0, y0 = stamp_zone.corner(float(page.mediabox.width), float(page.mediabox.height))
        drawn = form.get_data().decode("latin-1")
        # the stamp's cells: the first (top left) one's rectangle starts at the corner
        x, y, w, h = (float(v) for v in re.search(r"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re", drawn).groups())
        at_corner = (round(x, 1), round(y, 1)) == (round(x0, 1), round(y0 + stamp_zone.CELL_H, 1))
        # ours in the corner; the outside paper's number is there: its stamp slid down
        assert at_corner == (entry["kind"] == "generated"), path.name
        stamped += 1
    assert stamped >= 4
