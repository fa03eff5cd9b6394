"""The stamp's page-one update (reports/archive_increment.py) part by part: the stamp's font
names, the objects copied from the overlay, the cross-reference section, the trailer."""

from __future__ import annotations

import pytest
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

from congress_app.reports.archive_increment import OverlayParts, _renamed


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
    assert _renamed(name) == renamed


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
