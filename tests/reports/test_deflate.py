"""Every PDF stream is compressed through reports/deflate.py (zlib-ng where installed): the
same zlib format any reader inflates."""

from __future__ import annotations

import io
import zlib

from pypdf import PdfReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from congress_app.reports import deflate
from congress_app.reports.fonts import register_fonts


def test_compress_round_trips_through_the_standard_zlib():
    data = ("教职工代表大会" * 500).encode() + bytes(range(256)) * 40
    packed = deflate.compress(data)
    assert zlib.decompress(packed) == data
    assert len(packed) < len(data) // 5
    assert zlib.decompress(deflate.compress(memoryview(data))) == data


def test_reportlab_streams_go_through_deflate_once_fonts_are_loaded():
    register_fonts()  # importing fonts installs it
    text = "第四十八条 归档文件".encode()
    assert pdfdoc.PDFZCompress.encode(text) == deflate.compress(text)
    with deflate.standard():
        assert pdfdoc.PDFZCompress.encode(text) == zlib.compress(text)
    assert pdfdoc.PDFZCompress.encode(text) == deflate.compress(text)


def test_a_paper_made_with_it_reads_back():
    song, _hei = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    canvas.setFont(song, 14)
    canvas.drawString(72, 700, "大连市高等学校教职工代表大会工作规范")
    canvas.showPage()
    canvas.save()
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    assert "工作规范" in page.extract_text()
    assert "/FlateDecode" in str(page["/Contents"].get_object()["/Filter"])
