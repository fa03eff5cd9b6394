"""The stamp's page-one update (reports/archive_increment.py) part by part: the stamp's font
names, the objects copied from the overlay, the cross-reference section, the trailer."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

from congress_app.reports.archive_increment import OverlayParts, stamp_font_name
from tests.archive.archive_fixtures import raw_pdf, small_pdf


@pytest.mark.parametrize(
    "name,renamed",
    [
        ("/AAAAAA+SimSun", "/STAMPA+SimSun"),
        ("/AAAAAB+SimSun", "/STAMPB+SimSun"),  # a second subset keeps a name of its own
        ("AAAAAC+Hei", "/STAMPC+Hei"),
        ("/ABCDEF", None),  # a tag without a font name is no subset
        ("/ABC+SimSun", None),  # a tag of another length is no ReportLab subset
        ("/Helvetica", None),
    ],
)
def test_the_stamps_subsets_are_renamed_and_nothing_else(name, renamed):
    assert stamp_font_name(name) == renamed


def test_only_font_names_are_renamed_when_the_overlay_is_copied():
    parts = OverlayParts(reader=None)  # direct objects only: nothing is read
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/BaseFont"): NameObject("/AAAAAB+SimSun"),
            NameObject("/FontName"): NameObject("/AAAAAA+Hei"),
            NameObject("/Other"): NameObject("/AAAAAA+Keep"),
            NameObject("/Widths"): ArrayObject([NumberObject(500), NameObject("/AAAAAA+Keep")]),
        }
    )
    deps: set[int] = set()
    copied = parts._copy(font, deps)
    assert copied == {
        "/Type": "/Font",
        "/BaseFont": "/STAMPB+SimSun",
        "/FontName": "/STAMPA+Hei",
        "/Other": "/AAAAAA+Keep",
        "/Widths": [500, "/AAAAAA+Keep"],
    }
    assert deps == set()


def test_a_direct_stream_in_the_overlay_is_refused():
    with pytest.raises(ValueError, match="direct stream"):
        OverlayParts(reader=None)._copy(DictionaryObject({NameObject("/S"): StreamObject()}), set())


def test_the_overlays_content_is_taken_as_encoded_with_its_filter():
    """The stamp's drawing goes into the file as the overlay wrote it (compressed), not
    decoded and written again."""
    import io

    from pypdf import PdfReader

    from congress_app.reports.archive_increment import stamp_page_of
    from congress_app.reports.archive_stamp import stamp_pages

    cells = ["0123", "2026", "0007", "JDH", "永久", "3"]
    overlay = PdfReader(io.BytesIO(stamp_pages([(cells, (595.0, 842.0), (400.0, 780.0))]))).pages[0]
    stream = overlay.raw_get("/Contents").get_object()
    page = stamp_page_of(overlay)
    assert page.filters == {"/Filter": stream["/Filter"]} and "/FlateDecode" in stream["/Filter"]
    assert page.content == stream._data
    assert page.box == (0.0, 0.0, 595.0, 842.0)
    assert set(page.resources) >= {"/Font"} and page.needs  # its fonts come along


class _NoWalk:
    """A reader that fails when pypdf's walk of the whole page tree is asked for."""

    @staticmethod
    def reader(data: bytes):
        import io

        from pypdf import PdfReader

        class Reader(PdfReader):
            @property
            def pages(self):  # type: ignore[override]
                raise AssertionError("the whole page tree was walked")

        return Reader(io.BytesIO(data))


@pytest.mark.parametrize("lines", [1, 200])
def test_page_one_of_a_flat_tree_is_found_without_walking_it(lines):
    from congress_app.reports.archive_increment import first_page, open_native

    data = small_pdf(lines=tuple(f"第{n}行" for n in range(lines)))
    page, count = first_page(_NoWalk.reader(data))
    assert count == len(PdfReader(io.BytesIO(data)).pages) and (count > 1) == (lines > 1)
    assert page["/Type"] == "/Page" and page.indirect_reference is not None
    opened = open_native(data, _NoWalk.reader(data))
    assert opened is not None and opened.first.indirect_reference.idnum == page.indirect_reference.idnum


def test_page_one_takes_what_it_inherits_from_the_flat_root():
    from congress_app.reports.archive_increment import first_page

    data = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 200 300] /Rotate 90"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Type /Page /Parent 2 0 R /Rotate 0 >>",
            b"<< /Type /Page /Parent 2 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
    page, count = first_page(_NoWalk.reader(data))
    assert count == 2 and page.indirect_reference.idnum == 3
    assert [float(v) for v in page.mediabox] == [0, 0, 200, 300]
    assert page["/Rotate"] == 0  # its own, not the root's
    assert "/F1" in page["/Resources"]["/Font"] and "/CropBox" not in page


def test_an_overlay_page_drawn_in_several_streams_or_none_is_taken_decoded():
    def stream(text: bytes) -> bytes:
        return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text)

    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 50] %s >>"
    data = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            page % b"/Contents [5 0 R 6 0 R]",
            page % b"",
            stream(b"0 0 m 10 10 l S"),
            stream(b"1 0 0 RG"),
        ]
    )
    reader = PdfReader(io.BytesIO(data))
    parts = OverlayParts(reader)
    several, empty = (parts.page(p) for p in reader.pages)
    assert several.content.split() == b"0 0 m 10 10 l S 1 0 0 RG".split()
    assert several.filters == {} and several.box == (0.0, 0.0, 100.0, 50.0)
    assert (empty.content, empty.filters, empty.needs) == (b"", {}, [])
    assert empty.resources == {}


def test_an_encrypted_pdf_is_left_to_pypdfs_writer():
    from pypdf import PdfWriter

    from congress_app.reports.archive_increment import open_native

    writer = PdfWriter()
    writer.add_blank_page(200, 300)
    writer.encrypt("", "owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    data = buf.getvalue()
    assert b"\nxref\n" in data and b"/Encrypt" in data  # a classic table: only the encryption says no
    assert open_native(data) is None


def test_a_root_whose_one_kid_is_a_pages_node_is_walked():
    from congress_app.reports.archive_increment import first_page

    data = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",  # one kid, counted: flat at first sight
            b"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 200 300] >>",
        ]
    )
    page, count = first_page(PdfReader(io.BytesIO(data)))
    assert (page["/Type"], page.indirect_reference.idnum, count) == ("/Page", 4, 1)


def test_a_document_information_written_in_the_trailer_itself_is_left_to_pypdfs_writer():
    from congress_app.reports.archive_increment import open_native

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 300] >>",
        b"<< /Title (x) >>",
    ]
    assert open_native(raw_pdf(objects)) is not None
    assert open_native(raw_pdf(objects, b"/Info 4 0 R ")) is not None
    assert open_native(raw_pdf(objects, b"/Info << /Title (x) >> ")) is None


def test_the_cross_reference_section_lists_runs_of_numbers():
    from congress_app.reports.archive_increment import _xref

    assert _xref({9: (1, 90), 1: (0, 10), 2: (0, 20), 4: (0, 40), 6: (0, 60)}) == (
        b"xref\n"
        b"1 2\n0000000010 00000 n\r\n0000000020 00000 n\r\n"
        b"4 1\n0000000040 00000 n\r\n"
        b"6 1\n0000000060 00000 n\r\n"
        b"9 1\n0000000090 00001 n\r\n"
    )
    assert _xref({}) == b"xref\n"


@pytest.mark.parametrize(
    "given",
    [b"80956162", b"00ff1380", b"0123456789abcdef0123456789abcdef", b"7f9f", b"ad0102"],
)
def test_the_update_keeps_the_files_id_byte_for_byte(given):
    """pypdf reads some IDs as text (PDFDocEncoding), others (7f, 9f, ad) as bytes; the update
    writes the bytes it read."""
    from congress_app.reports.archive_increment import open_native, write_update

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 300] >>",
    ]
    data = raw_pdf(objects, b"/ID [<%s> <%s>] " % (given, given))
    opened = open_native(data)
    assert opened is not None
    out = write_update(opened, None, pdfa=True)  # as make_pdfa calls it
    assert out.startswith(data)
    assert b"/ID [<%s><%s>]" % (given, given) in out[len(data) :]
    assert PdfReader(io.BytesIO(out)).trailer["/ID"][0].original_bytes == bytes.fromhex(given.decode())


def test_an_id_that_is_no_string_is_written_as_its_text():
    from congress_app.reports.archive_increment import open_native, write_update

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 300] >>",
    ]
    data = raw_pdf(objects, b"/ID [<ad01> 5] ")
    out = write_update(open_native(data), None, pdfa=True)
    assert b"/ID [<ad01><35>]" in out[len(data) :]


def _overlay_page():
    from congress_app.reports.archive_increment import stamp_page_of
    from congress_app.reports.archive_stamp import stamp_pages

    cells = ["0123", "2026", "0007", "JDH", "永久", "3"]
    return stamp_page_of(
        PdfReader(io.BytesIO(stamp_pages([(cells, (595.0, 842.0), (400.0, 780.0))]))).pages[0]
    )


def _defined(update: bytes) -> list[tuple[int, int]]:
    """(number, generation) of each object an update defines, in order."""
    return [(int(n), int(g)) for n, g in re.findall(rb"(?m)^(\d+) (\d+) obj$", update)]


def test_the_stamp_adds_objects_from_the_trailers_size_and_rewrites_only_page_one():
    from congress_app.reports.archive_increment import open_native, write_update

    pdf = small_pdf(lines=tuple(f"第{n}行" for n in range(200)))
    opened = open_native(pdf)
    assert opened is not None and len(opened.reader.pages) > 1
    page_one = opened.first.indirect_reference.idnum
    out = write_update(opened, _overlay_page(), pdfa=False)
    defined = _defined(out[len(pdf) :])
    new = [n for n, _g in defined if n != page_one]
    assert new == list(range(opened.size, opened.size + len(new)))  # after every number in use
    assert (page_one, 0) in defined and all(g == 0 for _n, g in defined)
    assert re.search(rb"/Size %d\n" % (opened.size + len(new)), out[len(pdf) :])
    before, after = PdfReader(io.BytesIO(pdf)), PdfReader(io.BytesIO(out))
    # every other object is still read where it was written
    assert {n: at for n, at in after.xref[0].items() if n != page_one} == {
        n: at for n, at in before.xref[0].items() if n != page_one
    } | {n: after.xref[0][n] for n in new}
    assert after.xref[0][page_one] > len(pdf)


@pytest.mark.parametrize("info", [b"", b"/Info 4 0 R "])
def test_pdfa_parts_keep_the_informations_number_or_give_it_one(info):
    from congress_app.reports.archive_increment import open_native, write_update

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 300] >>",
        b"<< /Title (old) >>",
    ]
    data = raw_pdf(objects, info)
    out = write_update(open_native(data), None, pdfa=True)
    update = out[len(data) :]
    # the information in place (its number kept) or new after /Size 5; metadata, ICC profile,
    # output intent; the catalogue again
    first = 4 if info else 5
    assert _defined(update) == [(n, 0) for n in range(first, first + 4)] + [(1, 0)]
    info_number = first
    assert re.search(rb"/Info %d 0 R\n" % info_number, update)
    reader = PdfReader(io.BytesIO(out))
    assert reader.metadata is not None and "/OutputIntents" in reader.trailer["/Root"]


def test_the_stamps_name_is_the_first_free_one():
    from pypdf.generic import NullObject

    from congress_app.reports.archive_increment import _free_name

    def names(*taken: str) -> DictionaryObject:
        return DictionaryObject({NameObject(n): NullObject() for n in taken})

    assert _free_name(names(), "/ArchiveStamp") == "/ArchiveStamp"
    assert _free_name(names("/ArchiveStamp"), "/ArchiveStamp") == "/ArchiveStamp2"
    assert _free_name(names("/ArchiveStamp", "/ArchiveStamp2"), "/ArchiveStamp") == "/ArchiveStamp3"
    assert _free_name(names("/ArchiveStamp", "/ArchiveStamp3"), "/ArchiveStamp") == "/ArchiveStamp2"


def _two_pages(box: bytes) -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [%s] >>" % box,
            b"<< /Type /Page /Parent 2 0 R >>",
            b"<< /Type /Page /Parent 2 0 R >>",
        ]
    )


def test_without_page_one_at_hand_the_update_takes_pypdfs_page_one():
    import dataclasses

    from congress_app.reports.archive_increment import open_native, write_update

    data = _two_pages(b"0 0 595 842")
    opened = dataclasses.replace(open_native(data), first=None)
    out = write_update(opened, _overlay_page(), pdfa=False)
    first, second = PdfReader(io.BytesIO(out)).pages
    assert "/ArchiveStamp" in first["/Resources"]["/XObject"] and "/Resources" not in second
    assert (3, 0) in _defined(out[len(data) :]) and (4, 0) not in _defined(out[len(data) :])


@pytest.mark.parametrize(
    "box,matrix",
    [(b"10 0 605 842", [1, 0, 0, 1, 10, 0]), (b"0 20 595 862", [1, 0, 0, 1, 0, 20]), (b"0 0 595 842", None)],
)
def test_the_stamp_moves_with_a_media_box_off_the_origin(box, matrix):
    from congress_app.reports.archive_increment import open_native, write_update

    out = write_update(open_native(_two_pages(box)), _overlay_page(), pdfa=False)
    form = PdfReader(io.BytesIO(out)).pages[0]["/Resources"]["/XObject"]["/ArchiveStamp"].get_object()
    assert ([float(v) for v in form["/Matrix"]] if "/Matrix" in form else None) == matrix


@pytest.mark.parametrize("ending", [b"\n", b"\r", b""])
def test_every_offset_in_the_update_points_at_its_object(ending):
    from congress_app.reports.archive_increment import open_native, write_update

    data = _two_pages(b"0 0 595 842").rstrip(b"\r\n") + ending
    out = write_update(open_native(data), _overlay_page(), pdfa=True)
    assert out.startswith(data)
    table = out[out.rindex(b"\nxref\n") + 6 : out.rindex(b"trailer")].splitlines()
    checked, i = 0, 0
    while i < len(table):
        start, count = map(int, table[i].split())
        for k, entry in enumerate(table[i + 1 : i + 1 + count]):
            offset, generation = int(entry[:10]), int(entry[11:16])
            assert out[offset:].startswith(b"%d %d obj\n" % (start + k, generation)), start + k
            assert out[offset - 1 : offset] in (b"\n", b"\r"), start + k  # on a line of its own
            checked += 1
        i += 1 + count
    assert checked == len(_defined(out[len(data) :])) > 0
    assert int(out.rsplit(b"startxref\n", 1)[1].split()[0]) == out.rindex(b"\nxref\n") + 1
