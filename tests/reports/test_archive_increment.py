"""The filing stamp's page-one incremental update (reports/archive_increment.py): the stamp on
page 1, the original bytes kept, a file qpdf accepts, the PDF/A-2b parts; PDFs it does not
handle itself (a cross-reference stream) still stamped by pypdf's writer."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

from congress_app.reports.archive_increment import first_page, open_native
from congress_app.reports.archive_papers import ListPaperData, build_list_paper_pdf
from congress_app.reports.archive_stamp import (
    apply_stamp,
    make_pdfa,
    pdfa_qualifies,
    prepare_stamp,
    stamp_pages,
)

CELLS = ["0123", "2026", "0007", "JDH", "永久", "3"]


def paper(lines: int = 3) -> bytes:
    buf = io.BytesIO()
    build_list_paper_pdf(
        ListPaperData(
            "测试大学",
            "关于召开教代会的批复",
            "上级来文",
            date(2026, 3, 1),
            (),
            (),
            tuple(f"第{n}段：同意召开。" for n in range(lines)),
        ),
        buf,
    )
    return buf.getvalue()


def stamped(pdf: bytes, *, pdfa: bool = False) -> bytes:
    prepared = prepare_stamp(pdf, pdfa_check=pdfa)
    overlay = PdfReader(io.BytesIO(stamp_pages([(CELLS, prepared.size, prepared.at)]))).pages[0]
    return apply_stamp(prepared, overlay, pdfa=pdfa and prepared.pdfa)


def qpdf_ok(tmp_path: Path, data: bytes) -> None:
    if shutil.which("qpdf") is None:
        return
    path = tmp_path / "checked.pdf"
    path.write_bytes(data)
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def fonts_embedded(tmp_path: Path, data: bytes) -> None:
    if shutil.which("pdffonts") is None:
        return
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = rows.splitlines()[2:]
    assert fonts and all(" yes " in row for row in fonts), rows
    assert any(row.startswith("STAMP") for row in fonts)  # the stamp's own subset, renamed


def test_the_stamp_is_an_update_of_page_one_only(tmp_path):
    pdf = paper()
    assert open_native(pdf) is not None  # ReportLab: a classic xref table, written here
    out = stamped(pdf)
    assert out.startswith(pdf)  # the original bytes are kept as they were
    tail = out[len(pdf) :]
    assert tail.count(b"\nxref\n") == 1 and b"/XRef" not in tail
    assert re.search(rb"/Prev %d\b" % PdfReader(io.BytesIO(pdf))._startxref, tail)
    reader = PdfReader(io.BytesIO(out))
    text = reader.pages[0].extract_text()
    assert all(cell in text for cell in CELLS) and "同意召开" in text
    assert "/ArchiveStamp" in reader.pages[0]["/Resources"]["/XObject"]
    assert len(reader.trailer["/ID"]) == 2
    qpdf_ok(tmp_path, out)
    fonts_embedded(tmp_path, out)


def test_the_pdfa_parts_come_in_the_same_update(tmp_path):
    pdf = paper()
    assert pdfa_qualifies(pdf)
    out = stamped(pdf, pdfa=True)
    assert out.startswith(pdf) and out[len(pdf) :].count(b"\nxref\n") == 1
    reader = PdfReader(io.BytesIO(out))
    root = reader.trailer["/Root"]
    metadata = root["/Metadata"].get_object()
    assert "/Filter" not in metadata  # PDF/A: the metadata stream is not filtered
    xmp = metadata.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert reader.xmp_metadata.dc_title["x-default"] == reader.metadata.title
    assert reader.xmp_metadata.pdf_producer == reader.metadata.producer
    (intent,) = [i.get_object() for i in root["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"  # an ICC profile
    assert len(reader.trailer["/ID"]) == 2
    assert "0007" in reader.pages[0].extract_text()
    qpdf_ok(tmp_path, out)
    fonts_embedded(tmp_path, out)
    # the catalogue's way: the PDF/A parts alone
    alone = make_pdfa(pdf)
    assert alone.startswith(pdf)
    assert "/OutputIntents" in PdfReader(io.BytesIO(alone)).trailer["/Root"]
    qpdf_ok(tmp_path, alone)


def test_a_stamped_file_stamped_again_keeps_both(tmp_path):
    once = stamped(paper())
    assert open_native(once) is not None  # its update ends with a classic table too
    twice = stamped(once)
    assert twice.startswith(once)
    xobjects = PdfReader(io.BytesIO(twice)).pages[0]["/Resources"]["/XObject"]
    assert {"/ArchiveStamp", "/ArchiveStamp2"} <= set(xobjects)
    qpdf_ok(tmp_path, twice)


def test_a_pdf_with_a_cross_reference_stream_is_stamped_by_pypdf(tmp_path):
    writer = PdfWriter(io.BytesIO(paper()), incremental=True)
    writer.add_metadata({"/Subject": "xref stream"})
    buf = io.BytesIO()
    writer.write(buf)  # pypdf writes its update with a cross-reference stream
    pdf = buf.getvalue()
    assert open_native(pdf) is None
    out = stamped(pdf)
    assert out.startswith(pdf)
    text = PdfReader(io.BytesIO(out)).pages[0].extract_text()
    assert "0007" in text and "永久" in text
    qpdf_ok(tmp_path, out)


def _hand_made_pdf() -> bytes:
    """Two pages inheriting /Resources and /MediaBox from /Pages (a media box not at the
    origin), page 1's content as an array of two streams, a classic xref table."""
    streams = [b"BT /F1 12 Tf 72 700 Td (Hello one) Tj ET", b"BT /F1 12 Tf 72 680 Td (more) Tj ET"]
    streams.append(b"BT /F1 12 Tf 72 700 Td (Hello two) Tj ET")
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [10 20 605 862]"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /Contents [6 0 R 7 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 8 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ] + [b"<< /Length %d >>\nstream\n%s\nendstream" % (len(s), s) for s in streams]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, xref)
    return bytes(out)


def test_inherited_resources_and_several_pages(tmp_path):
    pdf = _hand_made_pdf()
    assert open_native(pdf) is not None
    out = stamped(pdf)
    assert out.startswith(pdf)
    reader = PdfReader(io.BytesIO(out))
    first, second = reader.pages
    assert "Hello one" in first.extract_text() and "more" in first.extract_text()
    assert "0007" in first.extract_text()
    assert "0007" not in second.extract_text() and "Hello two" in second.extract_text()
    resources = first["/Resources"]
    assert "/F1" in resources["/Font"] and "/ArchiveStamp" in resources["/XObject"]
    assert len(first["/Contents"]) == 4  # q, the two streams, Q and the stamp
    assert re.search(rb"\n3 0 obj\n<<.*/Parent 2 0 R", out[len(pdf) :], re.DOTALL)  # references kept
    form = resources["/XObject"]["/ArchiveStamp"].get_object()
    assert [float(v) for v in form["/Matrix"]] == [1, 0, 0, 1, 10, 20]  # the offset media box
    assert "/Resources" not in reader.get_object(4) and len(reader.trailer["/ID"]) == 2
    qpdf_ok(tmp_path, out)


def _same_page_one(pdf: bytes) -> tuple[int, int]:
    """first_page against pypdf's own walk of the whole tree: the same page 1 (its number and
    every entry, inherited ones included) and the same count; returns (fast count, pypdf's)."""
    reader = PdfReader(io.BytesIO(pdf))
    fast, count = first_page(reader)
    slow = reader.pages[0]
    assert fast.indirect_reference is not None and slow.indirect_reference is not None
    assert fast.indirect_reference.idnum == slow.indirect_reference.idnum
    assert sorted(fast) == sorted(slow)
    for key in slow:
        assert repr(fast.raw_get(key)) == repr(slow.raw_get(key)), key
    return count, len(reader.pages)


def test_page_one_without_the_whole_tree_is_pypdfs_page_one():
    for pdf in (paper(), paper(120), _hand_made_pdf()):
        count, pages = _same_page_one(pdf)
        assert count == pages
    assert _same_page_one(paper(120))[0] > 1


def test_page_one_of_a_nested_or_miscounted_tree_is_found_by_pypdf():
    flat = _hand_made_pdf()
    # /Count disagreeing with the kids: pypdf's walk decides (two pages)
    miscounted = flat.replace(b"/Count 2 ", b"/Count 3 ")
    assert _same_page_one(miscounted) == (2, 2)
    # a nested tree (the root's one kid a /Pages node): pypdf's walk, all three pages counted
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(200, 300)
    inner = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Kids"): writer._root_object["/Pages"]["/Kids"],
                NameObject("/Count"): NumberObject(3),
            }
        )
    )
    writer._root_object["/Pages"][NameObject("/Kids")] = ArrayObject([inner])
    for page in writer.pages:
        page[NameObject("/Parent")] = inner
    buf = io.BytesIO()
    writer.write(buf)
    assert _same_page_one(buf.getvalue()) == (3, 3)


def test_the_stamp_overlay_is_reportlabs_own_bytes(monkeypatch):
    """The overlay's quick canvas writes what ReportLab's own Canvas writes."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from congress_app.reports import archive_stamp

    monkeypatch.setattr(rl_config, "invariant", 1)
    stamps = [
        (["0123", "2026", f"{n:04d}", "JDH" if n % 2 else "", "永久", str(n)], size, (400.0 - n, 790.0))
        for n, size in enumerate([(595.2756, 841.8898), (841.8898, 595.2756)] * 3)
    ]
    quick = stamp_pages(stamps)
    monkeypatch.setattr(archive_stamp, "FastTextCanvas", Canvas)
    assert quick == stamp_pages(stamps)
