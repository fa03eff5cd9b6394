"""archive export's refusals and results (R48.2), each seen by calling the service: nothing to
export, where it may write, names by 档号 in arrangement order, the incomplete marker, cancel
at any point, and the ZIP."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from congress_app.services.archive_export import INCOMPLETE_NOTE, MANIFEST, export_archive
from congress_app.services.archive_register import add_file, set_retention
from congress_app.services.archive_verify import verify_archive
from congress_app.services.school import SchoolInfo, save_school, school_info
from tests.archive.archive_fixtures import PNG, held, refused, small_pdf  # noqa: F401


def _add_two(session, sid) -> None:
    add_file(
        session, sid, group=2, title="筹备方案照片", filename="plan.JPEG", data=b"\xff\xd8jpeg", actor="t"
    )
    add_file(
        session,
        sid,
        group=1,
        title="批复",
        filename="批复.pdf",
        data=small_pdf(),
        day=date(2026, 3, 1),
        actor="t",
    )


@pytest.fixture
def place(tmp_path):
    """A folder of its own for the exports (the database lies in tmp_path)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _manifest(out) -> dict:
    return json.loads((out / MANIFEST).read_text(encoding="utf-8"))


def test_nothing_to_export_is_refused(db, held, place):
    with db.session() as session:
        refused(
            lambda: export_archive(session, None, place / "a", actor="t", pdfa=False), "archive_no_documents"
        )
        refused(
            lambda: export_archive(
                session, held.session_id, place / "a", actor="t", collect=False, pdfa=False
            ),
            "archive_no_documents",
        )
    assert list(place.iterdir()) == []


def test_where_it_may_not_write(db, held, place):
    taken = place / "taken.zip"
    taken.write_bytes(b"x")
    with db.session() as session:
        error = refused(
            lambda: export_archive(session, held.session_id, taken, actor="t"), "archive_out_exists"
        )
        assert error.details == {"field": "out", "path": str(taken)}
        refused(
            lambda: export_archive(session, held.session_id, taken, actor="t", as_zip=True),
            "archive_out_exists",
        )
    assert taken.read_bytes() == b"x"


def test_an_empty_folder_and_a_stale_incomplete_one_are_written_over(db, held, place):
    out = place / "a"
    out.mkdir()
    stale = place / "a.incomplete"
    stale.mkdir()
    (stale / "old.pdf").write_bytes(b"old")
    with db.session() as session:
        _add_two(session, held.session_id)
        export_archive(session, held.session_id, out, actor="t", pdfa=False)
    assert not stale.exists() and not (out / "old.pdf").exists() and not (out / INCOMPLETE_NOTE).exists()
    assert verify_archive(out).intact


def test_names_follow_the_arrangement_and_the_retention(db, held, place):
    out = place / "a"
    with db.session() as session:
        _add_two(session, held.session_id)
        result = export_archive(session, held.session_id, out, actor="t", collect=False, pdfa=False)
    files = _manifest(out)["files"]
    # group 1 before group 2 whatever the filing order; a group 2 item is kept 30 years
    assert [f["file"] for f in files] == [
        "0123-WS·2026-Y-JDH-0001.pdf",
        "0123-WS·2026-D30-JDH-0002.jpg",
        "catalogue.pdf",
        "catalogue.xlsx",
    ]
    assert [f["code"] for f in files] == ["0123-WS·2026-Y-JDH-0001", "0123-WS·2026-D30-JDH-0002"] + [
        "catalogue"
    ] * 2
    assert (result.items, result.files) == (2, 4)
    assert result.missing_groups == (3, 4, 5, 6, 7, 8, 9)
    assert _manifest(out)["missing_groups"] == [3, 4, 5, 6, 7, 8, 9]
    assert result.pages == sum(f["pages"] for f in files) and files[1]["pages"] == 1
    assert files[2]["pages"] >= 1 and files[3]["pages"] == 0  # the catalogue: its PDF's pages; XLSX none
    assert [f["media_type"] for f in files[2:]] == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]
    assert (out / files[1]["file"]).read_bytes() == b"\xff\xd8jpeg"  # not a PDF: copied as filed


def test_a_retention_set_by_the_school_and_no_org_code_change_the_names(db, held, place):
    out = place / "a"
    with db.session() as session:
        _add_two(session, held.session_id)
        item = add_file(
            session, held.session_id, group=3, title="名册", filename="r.png", data=PNG, actor="t"
        )
        set_retention(session, item.item_id, "D10", actor="t")
        info = school_info(session)
        save_school(session, SchoolInfo(info.name, "0123", ""), actor="t")
        export_archive(session, held.session_id, out, actor="t", collect=False, pdfa=False)
    names = [f["file"] for f in _manifest(out)["files"]]
    assert names[:3] == ["0123-WS·2026-Y-0001.pdf", "0123-WS·2026-D30-0002.jpg", "0123-WS·2026-D10-0003.png"]


def test_progress_counts_every_file_to_the_manifest(db, held, place):
    seen = []
    with db.session() as session:
        _add_two(session, held.session_id)
        export_archive(
            session,
            held.session_id,
            place / "a",
            actor="t",
            collect=False,
            pdfa=False,
            progress=lambda *a: seen.append(a),
        )
    assert [(d, t) for d, t, _ in seen] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert [n for *_, n in seen] == [
        "0123-WS·2026-Y-JDH-0001.pdf",
        "0123-WS·2026-D30-JDH-0002.jpg",
        "catalogue.pdf",
        MANIFEST,
    ]


@pytest.mark.parametrize("after", [0, 1, 2, 3, 4])  # the last: after the catalogue
@pytest.mark.parametrize("as_zip", [False, True])
def test_cancel_at_any_point_leaves_nothing(db, held, place, after, as_zip):
    out = place / ("a.zip" if as_zip else "a")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > after

    with db.session() as session:
        _add_two(session, held.session_id)
        refused(
            lambda: export_archive(
                session,
                held.session_id,
                out,
                actor="t",
                collect=False,
                pdfa=False,
                as_zip=as_zip,
                cancelled=cancelled,
            ),
            "archive_cancelled",
        )
    assert len(calls) == after + 1  # it stops at the first check that says so
    assert list(place.iterdir()) == []


def test_a_zip_holds_the_files_flat_and_nothing_is_left_beside_it(db, held, place):
    out = place / "a.zip"
    with db.session() as session:
        _add_two(session, held.session_id)
        result = export_archive(session, held.session_id, out, actor="t", pdfa=False, as_zip=True)
    assert result.path == out and [p.name for p in place.iterdir()] == ["a.zip"]
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read(MANIFEST))
    assert sorted(names) == sorted([f["file"] for f in manifest["files"]] + [MANIFEST])
    assert all("/" not in n for n in names) and INCOMPLETE_NOTE not in names
    with db.session() as session:
        assert verify_archive(out, session).intact


def test_an_item_whose_bytes_are_gone_is_refused(db, held, place, monkeypatch):
    monkeypatch.setattr("congress_app.services.archive_export.items_content", lambda _session, _ids: {})
    with db.session() as session:
        _add_two(session, held.session_id)
        refused(
            lambda: export_archive(
                session, held.session_id, place / "a", actor="t", collect=False, pdfa=False
            ),
            "archive_item_missing",
        )


def test_without_pdfa_no_file_is_made_pdfa(db, held, place):
    from pypdf import PdfReader

    out = place / "a"
    with db.session() as session:
        _add_two(session, held.session_id)
        export_archive(session, held.session_id, out, actor="t", pdfa=False)
    generated = [f["file"] for f in _manifest(out)["files"] if f["kind"] == "generated"]
    assert generated
    for name in [*generated, "catalogue.pdf"]:
        assert "/OutputIntents" not in PdfReader(out / name).trailer["/Root"], name


def test_the_pdfa_note_counts_own_and_imported_pdfs(db, held, place, monkeypatch):
    monkeypatch.setenv("CONGRESS_NO_GS", "1")
    out = place / "a"
    with db.session() as session:
        _add_two(session, held.session_id)
        result = export_archive(session, held.session_id, out, actor="t", pdfa=True)
    manifest = _manifest(out)
    own = sum(1 for f in manifest["files"] if f["kind"] == "generated") + 1  # and the catalogue
    assert result.pdfa is False and manifest["pdfa"] is False
    assert manifest["pdfa_note"] == (
        f"not PDF/A: {own} made PDF/A-2b in-process; 1 imported PDF(s) could not be converted "
        "(Ghostscript unavailable or failed)"
    )


def test_the_catalogue_remarks_name_a_file_that_is_not_a_pdf(db, held, place):
    from openpyxl import load_workbook

    out = place / "a"
    with db.session() as session:
        _add_two(session, held.session_id)
        export_archive(session, held.session_id, out, actor="t", collect=False, pdfa=False)
    rows = [
        [c.value for c in row] for row in load_workbook(out / "catalogue.xlsx").active.iter_rows(min_row=2)
    ]
    assert [(r[1], r[8]) for r in rows] == [
        ("0123-WS·2026-Y-JDH-0001", None),
        ("0123-WS·2026-D30-JDH-0002", "JPG"),
    ]


def test_no_session_named_exports_the_latest_with_documents(db, held, place):
    from congress_app.services.meetings import create_meeting

    out = place / "a"
    with db.session() as session:
        _add_two(session, held.session_id)
        create_meeting(session, held_on=date(2027, 6, 1), actor="t", title="第二次会议")  # nothing filed
        result = export_archive(session, None, out, actor="t", collect=False, pdfa=False)
    assert result.session_id == held.session_id and result.items == 2
    assert _manifest(out)["session"]["id"] == held.session_id


def test_a_zip_export_writes_over_what_an_interrupted_one_left(db, held, place):
    out = place / "a.zip"
    for stale in (place / "a.zip.incomplete", place / "a.zip.files.incomplete"):
        stale.mkdir()
        (stale / "old.pdf").write_bytes(b"old")
    with db.session() as session:
        _add_two(session, held.session_id)
        export_archive(session, held.session_id, out, actor="t", pdfa=False, as_zip=True)
    assert [p.name for p in place.iterdir()] == ["a.zip"]
    with zipfile.ZipFile(out) as archive:
        assert "old.pdf" not in archive.namelist()
    assert verify_archive(out).intact


@pytest.mark.parametrize(
    "most,most_bytes,sizes",
    [
        (2, 10**9, [2, 2, 1]),  # at most two items at once
        (100, 2 * (len(PNG) + 1), [2, 2, 1]),  # at most two items' bytes at once (exactly fitting)
        (100, 2 * (len(PNG) + 1) - 1, [1, 1, 1, 1, 1]),  # one byte less: one at a time
        (100, 1, [1, 1, 1, 1, 1]),  # each item larger than the bound: a chunk of its own
        (100, 10**9, [5]),  # no bound reached: all in one read
    ],
)
def test_items_are_read_in_chunks_as_large_as_the_bounds_allow(
    db, held, place, monkeypatch, most, most_bytes, sizes
):
    """The stored bytes are read a chunk of items at a time: as many as STAMP_CHUNK items and
    STAMP_CHUNK_BYTES bytes allow (an item larger than the bound is a chunk of its own)."""
    from congress_app.services import archive_export

    reads: list[list[int]] = []

    def items_content(session, item_ids):
        reads.append(list(item_ids))
        return real(session, item_ids)

    real = archive_export.items_content
    monkeypatch.setattr(archive_export, "items_content", items_content)
    monkeypatch.setattr(archive_export, "STAMP_CHUNK", most)
    monkeypatch.setattr(archive_export, "STAMP_CHUNK_BYTES", most_bytes)
    out = place / "a"
    with db.session() as session:
        ids = [
            add_file(
                session,
                held.session_id,
                group=g,
                title=f"图{g}",
                filename=f"{g}.png",
                data=PNG + bytes([g]),
                actor="t",
            ).item_id
            for g in range(1, 6)
        ]
        export_archive(session, held.session_id, out, actor="t", collect=False, pdfa=False)
    assert [len(r) for r in reads] == sizes
    assert [i for r in reads for i in r] == ids
    assert verify_archive(out).intact


def test_the_catalogue_cover_counts_each_groups_items(db, held, place):
    from io import BytesIO

    from pypdf import PdfReader

    out = place / "a"
    with db.session() as session:
        _add_two(session, held.session_id)
        add_file(session, held.session_id, group=1, title="又一批复", filename="b.png", data=PNG, actor="t")
        export_archive(session, held.session_id, out, actor="t", collect=False, pdfa=False)
    cover = PdfReader(BytesIO((out / "catalogue.pdf").read_bytes())).pages[0].extract_text()
    lines = [line.replace(" ", "") for line in cover.splitlines()]
    assert "全宗号：0123年度：2026共3件" in lines
    counts = [lines[lines.index(f"（{n}）") + 2] for n in range(1, 10)]  # number, title, count
    assert counts == ["2件", "1件"] + ["无"] * 7


def test_a_catalogue_that_cannot_be_made_pdfa_in_process_goes_to_ghostscript(db, held, place, monkeypatch):
    from congress_app.reports import archive_stamp

    given: list[list[str]] = []

    def convert_to_pdfa(paths):
        given.append([p.name for p in paths])
        return True

    monkeypatch.setattr(archive_stamp, "pdfa_qualifies", lambda _pdf: False)
    monkeypatch.setattr("congress_app.services.archive_pdfa.convert_to_pdfa", convert_to_pdfa)
    out = place / "a"
    with db.session() as session:
        add_file(session, held.session_id, group=2, title="照片", filename="p.png", data=PNG, actor="t")
        result = export_archive(session, held.session_id, out, actor="t", collect=False, pdfa=True)
    assert given == [["catalogue.pdf"]]
    assert result.pdfa is True
    assert (
        _manifest(out)["pdfa_note"]
        == "PDF/A-2b: 0 made in-process (XMP, sRGB output intent), 1 by Ghostscript"
    )
    assert verify_archive(out).intact


def test_the_catalogues_manifest_entries_belong_to_no_group(db, held, place):
    out = place / "a"
    with db.session() as session:
        _add_two(session, held.session_id)
        export_archive(session, held.session_id, out, actor="t", collect=False, pdfa=False)
    entries = [f for f in _manifest(out)["files"] if f["kind"] == "catalogue"]
    assert [{k: v for k, v in f.items() if k not in ("sha256", "pages")} for f in entries] == [
        {
            "file": name,
            "code": "catalogue",
            "title": "归档文件目录",
            "group": 0,
            "media_type": kind,
            "kind": "catalogue",
        }
        for name, kind in (
            ("catalogue.pdf", "application/pdf"),
            ("catalogue.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        )
    ]


def test_a_zip_may_take_the_place_of_an_empty_folder(db, held, place):
    out = place / "a.zip"
    out.mkdir()
    with db.session() as session:
        _add_two(session, held.session_id)
        export_archive(session, held.session_id, out, actor="t", collect=False, pdfa=False, as_zip=True)
    assert out.is_file() and zipfile.is_zipfile(out)
    assert [p.name for p in place.iterdir()] == ["a.zip"]
    assert verify_archive(out).intact
