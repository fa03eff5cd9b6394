"""The archive (第四十八条): register, refusals, arrangement, export and verify (R48.1/R48.2)."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from pypdf import PdfReader

from congress_app.rules.archive import ARCHIVE_GROUPS, MAX_FILE_BYTES
from congress_app.services.archive_export import MANIFEST, export_archive
from congress_app.services.archive_register import (
    add_file,
    collect_generated,
    group_checklist,
    list_items,
    remove_item,
)
from congress_app.services.archive_verify import verify_archive
from congress_app.services.audit import verify_audit_chain
from congress_app.services.errors import ServiceError
from congress_app.services.school import SchoolInfo, save_school, school_info
from congress_app.services.votes import record_vote
from congress_app.storage.models import AuditEntry, Vote
from tests.archive.archive_fixtures import held, small_pdf  # noqa: F401
from tests.archive.archive_fixtures import refused as _refused


def test_collect_files_generated_documents_once_with_audit(db, held):
    with db.session() as session:
        first = collect_generated(session, held.session_id, actor="t")
        again = collect_generated(session, held.session_id, actor="t")
        items = list_items(session, held.session_id)
        groups = {g.number: g.items for g in group_checklist(session, held.session_id)}
        filed = session.query(AuditEntry).filter(AuditEntry.action == "archive.file").count()
        assert verify_audit_chain(session).intact
    assert first.added == len(items) and first.added > 0
    assert again.added == 0 and again.replaced == 0 and again.unchanged == first.added
    assert groups[7] == 1 and groups[9] == 2  # resolutions; sign-in sheet and attendance
    assert filed == first.added
    resolutions = next(i for i in items if i.source.startswith("resolutions:"))
    assert resolutions.retention == "Y" and resolutions.kind == "generated" and resolutions.pages >= 1


def test_a_new_vote_replaces_the_resolutions_paper(db, held):
    with db.session() as session:
        collect_generated(session, held.session_id, actor="t")
        record_vote(
            session, held.session_id, title="关于食堂改革方案的决议", yes=8, no=1, abstain=0, actor="t"
        )
        result = collect_generated(session, held.session_id, actor="t")
    assert result.replaced == 1 and result.added == 0


def test_add_and_remove_an_imported_file(db, held):
    data = small_pdf()
    with db.session() as session:
        item = add_file(
            session,
            held.session_id,
            group=1,
            title="关于召开教代会的批复",
            filename="批复.pdf",
            data=data,
            author="市教育工会",
            doc_number="教工发〔2026〕3号",
            day=date(2026, 3, 1),
            actor="t",
        )
        assert item.pages == 1 and item.kind == "imported" and item.retention == "Y"
        assert [i.title for i in list_items(session, held.session_id)] == ["关于召开教代会的批复"]
        remove_item(session, item.item_id, actor="t")
        assert list_items(session, held.session_id) == []
        actions = [a for (a,) in session.query(AuditEntry.action).filter(AuditEntry.entity == "archive_item")]
    assert actions == ["archive.add", "archive.remove"]


def test_refusals(db, held):
    sid, pdf = held.session_id, small_pdf()
    with db.session() as session:

        def add(**kw):
            args = {"group": 1, "title": "批复", "filename": "a.pdf", "data": pdf, "actor": "t"}
            args.update(kw)
            return lambda: add_file(session, sid, **args)

        _refused(add(group=10), "archive_unknown_group")
        _refused(add(group=0), "archive_unknown_group")
        _refused(add(title="  "), "archive_missing_title")
        _refused(add(filename="a.exe"), "archive_unsupported_file")
        _refused(add(data=b""), "archive_empty_file")
        _refused(add(filename="a.png", data=b"x" * (MAX_FILE_BYTES + 1)), "archive_file_too_big")
        _refused(add(retention="D5"), "archive_bad_retention")
        _refused(add(data=b"not a pdf"), "archive_bad_pdf")
        add()()
        _refused(add(title="同一文件"), "archive_duplicate")
        collect_generated(session, sid, actor="t")
        generated = next(i for i in list_items(session, sid) if i.kind == "generated")
        _refused(lambda: remove_item(session, generated.item_id, actor="t"), "archive_generated_item")
        _refused(lambda: remove_item(session, 99999, actor="t"), "archive_item_missing")


def test_export_without_fonds_is_refused(db, held, tmp_path):
    with db.session() as session:
        info = school_info(session)
        save_school(session, SchoolInfo(info.name, "", "JDH"), actor="t")
        _refused(
            lambda: export_archive(session, held.session_id, tmp_path / "a", actor="t", pdfa=False),
            "archive_no_fonds",
        )


def _export(db, held, out, **kw):
    with db.session() as session:
        add_file(
            session,
            held.session_id,
            group=1,
            title="关于召开教代会的批复",
            filename="批复.pdf",
            data=small_pdf(),
            actor="t",
        )
        add_file(
            session,
            held.session_id,
            group=2,
            title="筹备工作方案照片",
            filename="plan.png",
            data=b"\x89PNG\r\n\x1a\nfake",
            actor="t",
        )
        return export_archive(session, held.session_id, out, actor="t", **kw)


def test_export_names_stamps_and_lists_every_file(db, held, tmp_path):
    out = tmp_path / "archive"
    result = _export(db, held, out, pdfa=False)
    assert out.is_dir() and not (tmp_path / "archive.incomplete").exists()
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    files = manifest["files"]
    assert manifest["session"]["id"] == held.session_id and manifest["school"]["fonds_no"] == "0123"
    assert manifest["pdfa"] is False and "not PDF/A" in manifest["pdfa_note"]
    assert {f["file"] for f in files} | {MANIFEST} == {p.name for p in out.iterdir()}
    first = files[0]
    assert first["file"] == "0123-WS·2026-Y-JDH-0001.pdf" and first["group"] == 1
    assert first["title"] == "关于召开教代会的批复"
    assert set(first) >= {"code", "title", "group", "pages", "sha256"}
    assert files[1]["file"].endswith("-0002.png") and files[1]["group"] == 2
    assert [f["group"] for f in files if f["kind"] != "catalogue"] == sorted(
        f["group"] for f in files if f["kind"] != "catalogue"
    )
    assert result.items == len(files) - 2
    assert {"catalogue.pdf", "catalogue.xlsx"} <= {f["file"] for f in files}
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-l", "1", str(out / first["file"]), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "0123" in text and "0001" in text and "永久" in text  # the 归档章
        catalogue = subprocess.run(
            ["pdftotext", str(out / "catalogue.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "归档文件目录" in catalogue and "0123-WS·2026-Y-JDH-0001" in catalogue
    page = PdfReader(out / "catalogue.pdf").pages[1]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 landscape


def test_catalogue_xlsx(db, held, tmp_path):
    from openpyxl import load_workbook

    _export(db, held, tmp_path / "a", pdfa=False)
    ws = load_workbook(tmp_path / "a" / "catalogue.xlsx").active
    assert [c.value for c in ws[1]] == [
        "序号",
        "档号",
        "文号",
        "责任者",
        "题名",
        "日期",
        "密级",
        "页数",
        "备注",
    ]
    assert ws.freeze_panes == "A2" and ws.page_setup.orientation == "landscape"
    assert ws.cell(row=2, column=1).value == 1 and isinstance(ws.cell(row=2, column=8).value, int)
    assert ws.print_title_rows == "$1:$1"


def test_verify_passes_then_names_changed_missing_and_extra_files(db, held, tmp_path):
    out = tmp_path / "a"
    _export(db, held, out, pdfa=False)
    with db.session() as session:
        assert verify_archive(out, session).intact
    files = sorted(p for p in out.iterdir() if p.name.endswith(".pdf"))
    changed, removed = files[0], files[1]
    data = bytearray(changed.read_bytes())
    data[100] ^= 1
    changed.write_bytes(bytes(data))
    removed.unlink()
    (out / "extra.txt").write_text("x")
    problems = {(p.code, p.file) for p in verify_archive(out).problems}
    assert problems == {
        ("file_changed", changed.name),
        ("file_missing", removed.name),
        ("file_unlisted", "extra.txt"),
    }


def test_verify_sees_one_byte_changed_in_a_stamp_update(db, held, tmp_path, monkeypatch):
    monkeypatch.setenv("CONGRESS_NO_GS", "1")
    out = tmp_path / "a"
    _export(db, held, out, pdfa=True)
    with db.session() as session:
        assert verify_archive(out, session).intact
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    generated = next(out / f["file"] for f in manifest["files"] if f["kind"] == "generated")
    data = bytearray(generated.read_bytes())
    data[-40] ^= 1  # inside the update the stamp appended (its trailer)
    generated.write_bytes(bytes(data))
    assert [(p.code, p.file) for p in verify_archive(out).problems] == [("file_changed", generated.name)]


def test_verify_sees_a_seal_that_no_longer_matches_the_database(db, held, tmp_path):
    out = tmp_path / "a"
    _export(db, held, out, pdfa=False)
    with db.session() as session:
        vote = session.query(Vote).filter(Vote.session_id == held.session_id).first()
        vote.seal = "0" * 64
        session.commit()
        problems = verify_archive(out, session).problems
    assert [p.code for p in problems] == ["source_changed"]
    assert "-0" in problems[0].file  # names the resolutions' file


def test_zip_export_verifies(db, held, tmp_path):
    out = tmp_path / "a.zip"
    _export(db, held, out, pdfa=False, as_zip=True)
    assert zipfile.is_zipfile(out) and MANIFEST in zipfile.ZipFile(out).namelist()
    assert verify_archive(out).intact


def test_cancelled_export_leaves_nothing(db, held, tmp_path):
    out = tmp_path / "a"
    calls = []
    with pytest.raises(ServiceError) as caught:
        _export(
            db, held, out, pdfa=False, cancelled=lambda: len(calls) > 0, progress=lambda *a: calls.append(a)
        )
    assert caught.value.code == "archive_cancelled"
    assert [p for p in tmp_path.iterdir() if p.name.startswith("a")] == []


def test_out_folder_not_empty_is_refused(db, held, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_text("x")
    with db.session() as session:
        _refused(
            lambda: export_archive(session, held.session_id, tmp_path / "a", actor="t"), "archive_out_exists"
        )


@pytest.mark.skipif(shutil.which("gs") is None, reason="Ghostscript not installed")
def test_pdfa_export_has_pdfa_metadata_and_embedded_fonts(db, held, tmp_path):
    out = tmp_path / "a"
    result = _export(db, held, out, pdfa=True)
    assert result.pdfa
    for pdf in sorted(out.glob("*.pdf"))[:3] + [out / "catalogue.pdf"]:
        meta = subprocess.run(["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True).stdout
        assert "pdfaid:part='2'" in meta or 'pdfaid:part="2"' in meta or "<pdfaid:part>2<" in meta
        assert "/OutputIntents" in PdfReader(pdf).trailer["/Root"]  # the sRGB output intent
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        assert all(" yes " in row for row in fonts.splitlines()[2:])
    assert verify_archive(out).intact


def test_groups_are_the_nine_of_article_48():
    assert [g.number for g in ARCHIVE_GROUPS] == list(range(1, 10))
    assert ARCHIVE_GROUPS[2].title_zh == "代表选举资料（基层选举情况报告、代表名册、代表资格审查报告）"


def _pdfa_parts(pdf) -> dict:
    """What a PDF/A-2b file must carry, read back with pypdf."""
    reader = PdfReader(pdf)
    root = reader.trailer["/Root"]
    intents = [i.get_object() for i in root.get("/OutputIntents", [])]
    xmp = reader.xmp_metadata
    raw = root["/Metadata"].get_object() if "/Metadata" in root else None
    fonts_embedded = True
    for page in reader.pages:
        resources = page["/Resources"]
        forms = [
            x.get_object()["/Resources"]
            for x in resources.get("/XObject", {}).values()
            if x.get_object().get("/Subtype") == "/Form"
        ]
        for res in [resources, *forms]:
            for font in res.get("/Font", {}).values():
                descriptor = font.get_object().get("/FontDescriptor")
                fonts_embedded &= descriptor is not None and "/FontFile2" in descriptor.get_object()
    text = raw.get_data().decode("utf-8") if raw is not None else ""

    def pdfaid(name: str) -> str | None:
        found = re.search(rf"pdfaid:{name}(?:>|=[\"'])(\w)", text)
        return found.group(1) if found else None

    return {
        "part": pdfaid("part"),
        "conformance": pdfaid("conformance"),
        "metadata_filtered": raw is not None and "/Filter" in raw,
        "title_matches": xmp is not None and xmp.dc_title.get("x-default") == reader.metadata.title,
        "creator_matches": xmp is not None and xmp.dc_creator == [reader.metadata.author],
        "producer_matches": xmp is not None and xmp.pdf_producer == reader.metadata.producer,
        "trapped": "/Trapped" in reader.metadata,
        "intent": [(str(i["/S"]), int(i["/DestOutputProfile"].get_object()["/N"])) for i in intents],
        "icc": bytes(intents[0]["/DestOutputProfile"].get_object().get_data()[36:40]) if intents else b"",
        "id": len(reader.trailer.get("/ID", [])),
        "fonts_embedded": fonts_embedded,
    }


def test_own_pdfs_are_made_pdfa_without_ghostscript(db, held, tmp_path, monkeypatch):
    monkeypatch.setenv("CONGRESS_NO_GS", "1")
    out = tmp_path / "a"
    result = _export(db, held, out, pdfa=True)
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    generated = [out / f["file"] for f in manifest["files"] if f.get("kind") == "generated"]
    assert generated and all(p.suffix == ".pdf" for p in generated)
    for pdf in generated + [out / "catalogue.pdf"]:
        parts = _pdfa_parts(pdf)
        assert parts == {
            "part": "2",
            "conformance": "B",
            "metadata_filtered": False,
            "title_matches": True,
            "creator_matches": True,
            "producer_matches": True,
            "trapped": False,
            "intent": [("/GTS_PDFA1", 3)],
            "icc": b"acsp",
            "id": 2,
            "fonts_embedded": True,
        }, pdf.name
    imported = out / manifest["files"][0]["file"]
    assert manifest["files"][0]["kind"] == "imported" and _pdfa_parts(imported)["part"] is None
    # the imported PDF needs Ghostscript, which is "absent": the export says it is not PDF/A
    assert result.pdfa is False and "could not be converted" in manifest["pdfa_note"]
    assert verify_archive(out).intact
    if shutil.which("qpdf"):
        for pdf in generated[:3] + [out / "catalogue.pdf"]:
            assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0


def _page_with(lines) -> bytes:
    """An A4 page with the given (x, y_from_top, size, text) strings."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from congress_app.reports.fonts import register_font

    font, buf = register_font(), io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, initialFontName=font)
    for x, y, size, text in lines:
        canvas.setFont(font, size)
        canvas.drawRightString(x, A4[1] - y, text) if x > 300 else canvas.drawString(x, A4[1] - y, text)
    canvas.save()
    return buf.getvalue()


def test_the_stamp_keeps_off_the_text_of_page_one():
    from congress_app.reports.archive_stamp import CELL_H, CELL_W, RIGHT, TOP, first_page_layout
    from congress_app.reports.archive_stamp_place import text_boxes

    w, h = 3 * CELL_W, 2 * CELL_H
    # a blank top: the top right corner (DA/T 22)
    size, pages, at, _ = first_page_layout(_page_with([(80, 300, 12, "正文")]))
    assert pages == 1 and at == pytest.approx((size[0] - RIGHT - w, size[1] - TOP - h))
    # a running header at the top right and a centred title: below the header, off the title
    pdf = _page_with(
        [
            (550, 33, 9, "大连滨海理工大学第九届教职工代表大会代表名册"),
            (60, 33, 9, "大连滨海理工大学"),
            (200, 75, 18, "代表名册"),
            (60, 110, 10, "名册共 142 人"),
        ]
    )
    size, _, (x, y), _ = first_page_layout(pdf)
    boxes = list(text_boxes(PdfReader(io.BytesIO(pdf)).pages[0]))
    assert len(boxes) == 4
    header = boxes[0]
    assert header[2] == pytest.approx(550, abs=0.5) and header[0] < 400  # its width from the font
    for x0, y0, x1, y1 in boxes:
        assert x1 <= x or x0 >= x + w or y1 <= y or y0 >= y + h, (x, y, (x0, y0, x1, y1))
    assert y + h < header[1]  # below the header, still at the top right
    assert x == pytest.approx(size[0] - RIGHT - w)
