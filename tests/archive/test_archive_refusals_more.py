"""The archive register's refusals and verdicts at their edges (R48.1/R48.2): each check is
seen by calling the service, so breaking it on purpose fails a test (mutation testing found
which ones nothing guarded)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from congress_app.services import archive_register
from congress_app.services.archive_register import (
    add_file,
    collect_generated,
    group_checklist,
    item_content,
    items_content,
    latest_session_with_documents,
    list_items,
    missing_groups,
    remove_item,
    set_retention,
)
from congress_app.services.meetings import create_meeting
from congress_app.storage.models import ArchiveItem, AuditEntry
from tests.archive.archive_fixtures import PNG, held, raw_pdf, refused, small_pdf  # noqa: F401

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _add(session, sid, **kw):
    args = {"group": 1, "title": "批复", "filename": "a.pdf", "data": small_pdf(), "actor": "t"}
    args.update(kw)
    return add_file(session, sid, **args)


def _audits(session, action: str) -> list[tuple[str, int, dict]]:
    """(actor, entity id, data) of each audit entry with ``action``, in order."""
    entries = session.query(AuditEntry).filter(AuditEntry.action == action).order_by(AuditEntry.id)
    assert all(a.entity == "archive_item" for a in entries)
    return [(a.actor, int(a.entity_id), json.loads(a.payload)) for a in entries]


def test_the_size_limit_is_inclusive_and_its_refusal_names_the_facts(db, held, monkeypatch):
    monkeypatch.setattr(archive_register, "MAX_FILE_BYTES", len(PNG))
    with db.session() as session:
        error = refused(
            lambda: _add(session, held.session_id, filename="b.png", data=PNG + b"x"), "archive_file_too_big"
        )
        assert error.details == {"field": "file", "name": "b.png", "size": len(PNG) + 1, "limit": len(PNG)}
        item = _add(session, held.session_id, filename="a.png", data=PNG)  # exactly at the limit
        assert item.size == len(PNG)


def test_a_refused_file_writes_nothing(db, held):
    with db.session() as session:
        for kw, code in (
            ({"group": 0}, "archive_unknown_group"),
            ({"group": 10}, "archive_unknown_group"),
            ({"title": " \t "}, "archive_missing_title"),
            ({"filename": "a.doc"}, "archive_unsupported_file"),
            ({"filename": "pdf"}, "archive_unsupported_file"),  # no suffix at all
            ({"data": b""}, "archive_empty_file"),
            ({"retention": "D5"}, "archive_bad_retention"),
            ({"retention": "y"}, "archive_bad_retention"),
            ({"data": b"%PDF-1.4 broken"}, "archive_bad_pdf"),
        ):
            refused(lambda kw=kw: _add(session, held.session_id, **kw), code)
        assert list_items(session, held.session_id) == []
        assert session.query(AuditEntry).filter(AuditEntry.entity == "archive_item").count() == 0
        refused(lambda: _add(session, 99999), "not_found")
        assert session.query(ArchiveItem).count() == 0


def test_refusals_name_the_file_and_value(db, held):
    with db.session() as session:
        sid = held.session_id
        assert refused(lambda: _add(session, sid, group=12), "archive_unknown_group").details == {
            "field": "group",
            "value": 12,
        }
        assert refused(
            lambda: _add(session, sid, filename="/x/y/a.exe"), "archive_unsupported_file"
        ).details == {
            "field": "file",
            "name": "a.exe",
        }
        assert refused(
            lambda: _add(session, sid, filename="e.png", data=b""), "archive_empty_file"
        ).details == {
            "field": "file",
            "name": "e.png",
        }
        assert refused(lambda: _add(session, sid, retention="D20"), "archive_bad_retention").details == {
            "field": "retention",
            "value": "D20",
        }
        assert refused(lambda: _add(session, sid, data=b"junk"), "archive_bad_pdf").details == {
            "field": "file",
            "name": "a.pdf",
        }
        first = _add(session, sid, title="原件")
        assert refused(lambda: _add(session, sid, title="副本", group=2), "archive_duplicate").details == {
            "field": "file",
            "title": first.title,
        }


def test_every_group_and_retention_is_accepted_and_each_group_has_its_default(db, held):
    defaults = {1: "Y", 2: "D30", 3: "Y", 4: "Y", 5: "D30", 6: "Y", 7: "Y", 8: "D30", 9: "D30"}
    with db.session() as session:
        for group in range(1, 10):
            item = _add(
                session, held.session_id, group=group, filename=f"{group}.png", data=PNG + bytes([group])
            )
            assert (item.group, item.retention) == (group, defaults[group])
        for code in ("Y", "D30", "D10"):
            item = _add(
                session, held.session_id, group=2, retention=code, filename="r.png", data=PNG + code.encode()
            )
            assert item.retention == code
        assert missing_groups(session, held.session_id) == []
        assert [g.items for g in group_checklist(session, held.session_id)] == [1, 4, 1, 1, 1, 1, 1, 1, 1]


def test_what_an_added_item_records(db, held):
    with db.session() as session:
        pdf = _add(session, held.session_id, title="  批复  ", filename="C:/上级/批复.PDF", author=" 市工会 ")
        assert (pdf.title, pdf.filename, pdf.author, pdf.pages) == ("批复", "批复.PDF", "市工会", 1)
        assert pdf.media_type == "application/pdf" and pdf.day == held.held_on and pdf.kind == "imported"
        assert pdf.source == f"file:{pdf.sha256}" and pdf.source_seal == ""
        assert item_content(session, pdf.item_id) == small_pdf()
        dated = _add(session, held.session_id, filename="d.jpeg", data=b"\xff\xd8jpeg", day=date(2026, 5, 4))
        assert (dated.day, dated.media_type, dated.pages) == (date(2026, 5, 4), "image/jpeg", 1)
        # a PDF's pages are counted, whatever the caller says; other files take the caller's count
        assert _add(session, held.session_id, filename="p.pdf", data=small_pdf("另一份"), pages=7).pages == 1
        assert _add(session, held.session_id, filename="a.docx", data=b"PK1").pages == 0
        assert _add(session, held.session_id, filename="b.docx", data=b"PK2", pages=3).pages == 3
        assert _add(session, held.session_id, filename="c.docx", data=b"PK3", pages=0).pages == 0
        assert _add(session, held.session_id, filename="d.docx", data=b"PK4", pages=-1).pages == 0
        assert _add(session, held.session_id, filename="e.png", data=PNG + b"e", pages=-1).pages == 1
        assert _add(session, held.session_id, filename="g.png", data=PNG + b"g", pages=0).pages == 0
        docx = _add(session, held.session_id, filename="f.docx", data=b"PK5")
        assert docx.media_type == DOCX
        (audit,) = [a for a in _audits(session, "archive.add") if a[1] == pdf.item_id]
        assert audit == (
            "t",
            pdf.item_id,
            {"session_id": held.session_id, "group": 1, "title": "批复", "sha256": pdf.sha256},
        )


def test_the_same_bytes_may_be_filed_for_another_session(db, held):
    with db.session() as session:
        other = create_meeting(session, held_on=date(2027, 6, 1), actor="t", title="第二次会议")
        _add(session, held.session_id)
        again = _add(session, other.session_id)
        assert again.session_id == other.session_id
        refused(lambda: _add(session, other.session_id, title="又一份"), "archive_duplicate")
        assert latest_session_with_documents(session) == other.session_id


def test_no_session_has_documents_yet(db, held):
    with db.session() as session:
        assert latest_session_with_documents(session) is None
        assert missing_groups(session, held.session_id) == list(range(1, 10))
        assert items_content(session, []) == {}


def test_remove_takes_only_that_item_and_records_it(db, held):
    with db.session() as session:
        keep = _add(session, held.session_id, filename="k.png", data=PNG)
        gone = _add(session, held.session_id)
        remove_item(session, gone.item_id, actor="clerk")
        assert [i.item_id for i in list_items(session, held.session_id)] == [keep.item_id]
        assert _audits(session, "archive.remove") == [
            ("clerk", gone.item_id, {"session_id": held.session_id, "title": "批复", "sha256": gone.sha256})
        ]
        error = refused(lambda: remove_item(session, gone.item_id, actor="t"), "archive_item_missing")
        assert error.details == {"item": gone.item_id}
        refused(lambda: item_content(session, gone.item_id), "archive_item_missing")
        assert items_content(session, [keep.item_id, gone.item_id]) == {keep.item_id: PNG}


def test_a_generated_item_cannot_be_removed_and_stays(db, held):
    with db.session() as session:
        collect_generated(session, held.session_id, actor="t")
        generated = next(i for i in list_items(session, held.session_id) if i.kind == "generated")
        error = refused(lambda: remove_item(session, generated.item_id, actor="t"), "archive_generated_item")
        assert error.details == {"title": generated.title}
        assert generated.item_id in [i.item_id for i in list_items(session, held.session_id)]
        assert _audits(session, "archive.remove") == []


def test_set_retention_refusals_and_record(db, held):
    with db.session() as session:
        item = _add(session, held.session_id)
        for bad in ("D5", "", "永久", "d30"):
            error = refused(
                lambda bad=bad: set_retention(session, item.item_id, bad, actor="t"), "archive_bad_retention"
            )
            assert error.details == {"field": "retention", "value": bad}
        refused(lambda: set_retention(session, 99999, "D10", actor="t"), "archive_item_missing")
        assert list_items(session, held.session_id)[0].retention == "Y"
        assert _audits(session, "archive.retention") == []
        set_retention(session, item.item_id, "D10", actor="clerk")
        set_retention(session, item.item_id, "D30", actor="clerk")
        assert list_items(session, held.session_id)[0].retention == "D30"
        assert _audits(session, "archive.retention") == [
            ("clerk", item.item_id, {"from": "Y", "to": "D10"}),
            ("clerk", item.item_id, {"from": "D10", "to": "D30"}),
        ]


def test_collect_for_no_session_is_refused(db, held):
    with db.session() as session:
        refused(lambda: collect_generated(session, 99999, actor="t"), "not_found")


def test_collect_reports_progress_and_a_replacement_keeps_the_retention_the_school_set(db, held):
    from congress_app.services.votes import record_vote

    seen: list[tuple[int, int]] = []
    with db.session() as session:
        first = collect_generated(
            session, held.session_id, actor="t", progress=lambda n, total: seen.append((n, total))
        )
        total = first.added
        assert seen == [(n, total) for n in range(1, total + 1)]
        resolutions = next(
            i for i in list_items(session, held.session_id) if i.source.startswith("resolutions:")
        )
        set_retention(session, resolutions.item_id, "D30", actor="t")
        record_vote(
            session, held.session_id, title="关于食堂改革方案的决议", yes=8, no=1, abstain=0, actor="t"
        )
        again = collect_generated(session, held.session_id, actor="t")
        assert (again.added, again.replaced, again.unchanged) == (0, 1, total - 1)
        items = list_items(session, held.session_id)
        new = next(i for i in items if i.source == resolutions.source)
        assert new.item_id != resolutions.item_id and new.retention == "D30"
        assert new.sha256 != resolutions.sha256 and new.source_seal != resolutions.source_seal
        assert len(items) == total
        filed = _audits(session, "archive.file")
        assert len(filed) == total + 1
        assert filed[-1][1] == new.item_id
        assert filed[-1][2]["replaced"] is True and filed[-1][2]["source"] == resolutions.source
        assert filed[-1][2]["seal"] == new.source_seal and filed[-1][2]["sha256"] == new.sha256
        assert [a[2]["replaced"] for a in filed[:-1]] == [False] * total


def test_generated_items_page_counts_match_the_pdfs(db, held):
    from io import BytesIO

    from pypdf import PdfReader

    with db.session() as session:
        collect_generated(session, held.session_id, actor="t")
        items = list_items(session, held.session_id)
        stored = items_content(session, [i.item_id for i in items])
        for item in items:
            assert item.pages == len(PdfReader(BytesIO(stored[item.item_id])).pages), item.source
            assert item.filename == item.source.replace(":", "-") + ".pdf"
            assert item.media_type == "application/pdf" and item.size == len(stored[item.item_id])


@pytest.mark.parametrize("pages", [1, 3])
def test_built_page_count_reads_the_page_tree_and_falls_back_to_parsing(pages):
    from congress_app.services.archive_register import _built_pages

    lines = tuple(f"第{n}行" for n in range(60 * pages))
    data = small_pdf(lines=lines)
    count = _built_pages(data, "x.pdf")
    assert count >= pages
    # a page tree that does not list every page is parsed instead
    assert _built_pages(data.replace(b"/Type /Pages", b"/Type  /Pages", 1), "x.pdf") == count
    refused(lambda: _built_pages(b"%PDF-1.4 nothing", "x.pdf"), "archive_bad_pdf")


def test_a_nested_page_tree_is_counted_whole():
    from congress_app.services.archive_register import _built_pages

    page = b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] >>"
    data = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 >>",  # the root, written otherwise
            b"<< /Count 2 /Kids [ 5 0 R 6 0 R ] /Type /Pages >>",  # a branch in ReportLab's form
            page % 2,
            page % 3,
            page % 3,
        ]
    )
    assert _built_pages(data, "nested.pdf") == 3


def test_a_page_tree_whose_count_disagrees_with_its_kids_is_parsed():
    from congress_app.services.archive_register import _built_pages

    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    data = raw_pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Count 5 /Kids [ 3 0 R ] /Type /Pages >>", page]
    )
    assert _built_pages(data, "odd.pdf") == 1


def test_over_long_fields_are_refused_naming_the_field_never_cut_short(db, held):
    """题名 300, 责任者 200, 文号 100 characters (the register's columns): one more is refused
    with ``too_long`` naming the field; exactly the limit is kept whole."""
    from congress_app.wording.errors import describe_error

    with db.session() as session:
        for field, limit in (("title", 300), ("author", 200), ("doc_number", 100)):
            error = refused(
                lambda f=field, n=limit: _add(session, held.session_id, **{f: "文" * (n + 1)}), "too_long"
            )
            assert error.details["field"] == f"archive_{field}" and error.details["limit"] == limit
            assert error.details["length"] == limit + 1
            if field == "title":
                assert describe_error(error) == "「题名」过长（301 个字符），最多 300 个字符。"
                assert "'title' is too long (301 characters)" in describe_error(error, "en")
        assert list_items(session, held.session_id) == []
        item = _add(session, held.session_id, title="题" * 300, author="责" * 200, doc_number="号" * 100)
        assert (len(item.title), len(item.author), len(item.doc_number)) == (300, 200, 100)


def test_one_flat_page_tree_is_read_without_parsing_the_file():
    """The builders' one flat page tree gives the count even where the rest of the file could
    not be parsed (the shortcut is taken, not the parse)."""
    from congress_app.services.archive_register import _built_pages

    data = b"%PDF-1.4\n2 0 obj\n<< /Count 2 /Kids [ 3 0 R 4 0 R ] /Type /Pages >>\nendobj\n"
    assert _built_pages(data, "flat.pdf") == 2
    # two such trees: not the builders' form, so parsed (and this one cannot be)
    refused(lambda: _built_pages(data + data, "flat.pdf"), "archive_bad_pdf")


def test_a_single_page_tree_written_otherwise_is_parsed():
    from congress_app.services.archive_register import _built_pages

    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    data = raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page])
    assert _built_pages(data, "other.pdf") == 1


def test_a_file_name_longer_than_its_column_keeps_its_first_255_characters(db, held):
    """The file name is only a note of where the bytes came from (the export names files by
    their 档号 and media type): one longer than the column is kept to its length."""
    name = "名" * 300 + ".png"
    with db.session() as session:
        item = _add(session, held.session_id, filename=f"D:/扫描/{name}", data=PNG)
        assert item.filename == name[:255] and item.media_type == "image/png"
        assert [i.filename for i in list_items(session, held.session_id)] == [name[:255]]
