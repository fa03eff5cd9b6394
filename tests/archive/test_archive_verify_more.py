"""archive verify's verdicts (R48.2), each seen by calling the service: a manifest that is
missing or not what an export writes, an interrupted export, register entries and sealed
records that no longer match the database."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest

from congress_app.services.archive_export import INCOMPLETE_NOTE, MANIFEST, export_archive
from congress_app.services.archive_register import add_file, list_items, remove_item
from congress_app.services.archive_verify import read_manifest, verify_archive
from congress_app.services.records import seal_of
from congress_app.storage.models import ArchiveItem, SealedRecord
from tests.archive.archive_fixtures import PNG, held, refused, small_pdf  # noqa: F401
from tests.services.records_fixtures import demo, demo_template  # noqa: F401


def _codes(result) -> set[tuple[str, str]]:
    return {(p.code, p.file) for p in result.problems}


@pytest.fixture
def exported(db, held, tmp_path):
    """An export of the held meeting with one imported PDF and one PNG (no PDF/A)."""
    out = tmp_path / "a"
    with db.session() as session:
        add_file(
            session, held.session_id, group=1, title="批复", filename="批复.pdf", data=small_pdf(), actor="t"
        )
        add_file(session, held.session_id, group=2, title="照片", filename="p.png", data=PNG, actor="t")
        export_archive(session, held.session_id, out, actor="t", pdfa=False)
    return out


def _manifest(folder) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "raw",
    [
        b"[]",
        b'"files"',
        b"{}",
        b'{"files": {}}',
        b'{"files": "a.pdf"}',
        b'{"files": ["a.pdf"]}',
        b'{"files": [{"sha256": "00"}]}',
        b'{"files": [{"file": "a.pdf"}, {"name": "b.pdf"}]}',
        b"\xff\xfe not utf-8",
        b"{not json",
    ],
)
def test_a_manifest_not_as_written_is_unreadable(tmp_path, raw):
    assert read_manifest(raw) is None
    (tmp_path / MANIFEST).write_bytes(raw)
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    result = verify_archive(tmp_path)
    assert [(p.code, p.file) for p in result.problems] == [("manifest_unreadable", MANIFEST)]
    assert not result.intact and result.files == 1 and not result.checked_database


def test_a_manifest_listing_files_is_read():
    manifest = read_manifest(json.dumps({"files": [{"file": "a.pdf"}], "x": 1}).encode())
    assert manifest == {"files": [{"file": "a.pdf"}], "x": 1}
    assert read_manifest(b'{"files": []}') == {"files": []}


def test_a_plain_file_is_no_archive(tmp_path):
    plain = tmp_path / "notes.pdf"
    plain.write_bytes(b"%PDF-1.4 not a zip")
    result = verify_archive(plain)
    assert [(p.code, p.file) for p in result.problems] == [("manifest_missing", MANIFEST)]
    assert result.files == 0


def test_an_intact_export_and_its_counts(db, held, exported):
    manifest = _manifest(exported)
    result = verify_archive(exported)
    assert result.intact and result.problems == () and result.files == len(manifest["files"])
    assert result.path == exported and not result.checked_database
    with db.session() as session:
        checked = verify_archive(exported, session)
    assert checked.intact and checked.checked_database


def test_a_digest_in_capitals_still_matches(exported):
    manifest = _manifest(exported)
    for entry in manifest["files"]:
        entry["sha256"] = entry["sha256"].upper()
    (exported / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert verify_archive(exported).intact


def test_a_file_listed_without_its_digest_is_changed(exported):
    manifest = _manifest(exported)
    name = manifest["files"][0]["file"]
    del manifest["files"][0]["sha256"]
    (exported / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert _codes(verify_archive(exported)) == {("file_changed", name)}


def test_files_in_a_subfolder_and_a_stray_incomplete_note_are_unlisted(exported):
    (exported / "sub").mkdir()
    (exported / "sub" / "x.pdf").write_bytes(b"x")
    (exported / INCOMPLETE_NOTE).write_text("?", encoding="utf-8")
    assert _codes(verify_archive(exported)) == {
        ("file_unlisted", "sub/x.pdf"),
        ("file_unlisted", INCOMPLETE_NOTE),
    }


def test_a_zip_with_folder_entries_and_a_tampered_member(exported, tmp_path):
    zipped = tmp_path / "a.zip"
    manifest = _manifest(exported)
    first = manifest["files"][0]["file"]
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("extra/", b"")  # a folder entry is not a file
        for path in sorted(exported.iterdir()):
            data = path.read_bytes()
            archive.writestr(path.name, data + b"x" if path.name == first else data)
    result = verify_archive(zipped)
    assert _codes(result) == {("file_changed", first)}
    assert result.files == len(manifest["files"])


def test_an_interrupted_folder_with_its_manifest_is_still_incomplete(exported, tmp_path):
    left = tmp_path / "b.incomplete"
    shutil.copytree(exported, left)
    (left / INCOMPLETE_NOTE).write_text("incomplete", encoding="utf-8")
    for path in (left, tmp_path / "b"):
        result = verify_archive(path)
        assert [(p.code, p.file) for p in result.problems] == [("export_incomplete", str(left))]
        assert result.path == left and result.files == len(_manifest(exported)["files"])
    shutil.rmtree(exported)
    exported.with_name("a.incomplete").mkdir()
    result = verify_archive(exported)
    assert [p.code for p in result.problems] == ["export_incomplete", "manifest_missing"]


def test_nothing_at_the_path_is_refused(tmp_path):
    error = refused(lambda: verify_archive(tmp_path / "none"), "archive_not_found")
    assert error.details == {"field": "path", "path": str(tmp_path / "none")}


def test_a_removed_register_entry_is_named(db, held, exported):
    manifest = _manifest(exported)
    imported = next(e for e in manifest["files"] if e.get("kind") == "imported")
    with db.session() as session:
        remove_item(session, imported["register_id"], actor="t")
        assert _codes(verify_archive(exported, session)) == {("register_missing", imported["file"])}
        assert verify_archive(exported).intact  # without the database only the files are checked


def test_a_register_entry_whose_file_differs_is_named(db, held, exported):
    manifest = _manifest(exported)
    png = next(e for e in manifest["files"] if e.get("media_type") == "image/png")
    with db.session() as session:
        item = session.get(ArchiveItem, png["register_id"])
        item.sha256 = "0" * 64
        session.commit()
        assert _codes(verify_archive(exported, session)) == {("register_changed", png["file"])}


def test_a_generated_item_replaced_after_the_export_is_missing_from_the_register(db, held, exported):
    from congress_app.services.archive_register import collect_generated
    from congress_app.services.votes import record_vote

    manifest = _manifest(exported)
    resolutions = next(e for e in manifest["files"] if str(e.get("source", "")).startswith("resolutions:"))
    with db.session() as session:
        record_vote(
            session, held.session_id, title="关于食堂改革方案的决议", yes=8, no=1, abstain=0, actor="t"
        )
        collect_generated(session, held.session_id, actor="t")
        # the entry is gone from the register: that is said once (not its source's change too)
        assert _codes(verify_archive(exported, session)) == {("register_missing", resolutions["file"])}


def test_entries_without_a_register_id_or_seal_are_not_asked_of_the_database(db, held, exported):
    manifest = _manifest(exported)
    for entry in manifest["files"]:
        if entry.get("kind") == "generated":
            entry["source_seal"] = ""
    with db.session() as session:
        for item in list_items(session, held.session_id):
            if item.kind == "generated":
                session.get(ArchiveItem, item.item_id).source_seal = "changed"
        session.commit()
        (exported / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        # the manifest's own digests still match: only the database is asked, and it is not
        problems = _codes(verify_archive(exported, session))
    assert problems == set()


def test_a_sealed_record_altered_after_the_export_is_a_seal_mismatch(demo, tmp_path):
    out = tmp_path / "demo"
    with demo.session() as session:
        export_archive(session, 1, out, actor="t", pdfa=False)
        manifest = _manifest(out)
        sealed = {
            e["source"]: e["file"]
            for e in manifest["files"]
            if str(e.get("source", "")).partition(":")[0] in ("round", "review", "list")
        }
        assert {s.partition(":")[0] for s in sealed} == {"round", "review", "list"}
        assert verify_archive(out, session).intact
        # a round's stored content altered (its seal kept), a review's stored seal altered
        # (its content kept: the content decides, and it still matches), the list gone
        rounds = sorted((s for s in sealed if s.startswith("round:")), key=lambda s: int(s.partition(":")[2]))
        reviews = sorted(s for s in sealed if s.startswith("review:"))
        lists = sorted(s for s in sealed if s.startswith("list:"))

        def record(source: str) -> SealedRecord:
            kind, _, ident = source.partition(":")
            return session.query(SealedRecord).filter_by(kind=kind, subject_id=int(ident)).one()

        altered = record(rounds[0])
        altered.content = altered.content.replace("}", ', "x": 1}', 1)
        assert seal_of(altered.content) != altered.seal
        record(reviews[0]).seal = "f" * 64
        for source in lists:
            session.delete(record(source))
        session.commit()
        problems = _codes(verify_archive(out, session))
    assert problems == {("seal_mismatch", sealed[s]) for s in [rounds[0], *lists]}


def test_an_interrupted_zip_export_is_incomplete_not_absent(db, held, tmp_path, monkeypatch):
    def broken(*_args, **_kw):
        raise OSError("disk full")

    monkeypatch.setattr("congress_app.reports.archive_catalogue.build_catalogue_xlsx", broken)
    out = tmp_path / "a.zip"
    with db.session() as session, pytest.raises(OSError):
        add_file(
            session, held.session_id, group=1, title="批复", filename="批复.pdf", data=small_pdf(), actor="t"
        )
        export_archive(session, held.session_id, out, actor="t", pdfa=False, as_zip=True)
    assert not out.exists()
    (left,) = [p for p in tmp_path.iterdir() if p.name.startswith("a.zip")]
    result = verify_archive(out)
    assert [(p.code, p.file) for p in result.problems] == [
        ("export_incomplete", str(left)),
        ("manifest_missing", MANIFEST),
    ]


@pytest.mark.parametrize(
    "change",
    [
        {"session": "1"},
        {"session": {"id": "one"}},
        {"session": {"id": None}},
        {"register_id": "x"},
        {"register_id": None},
    ],
)
def test_a_manifest_with_ids_that_are_not_numbers_is_unreadable_not_a_crash(db, held, exported, change):
    manifest = _manifest(exported)
    if "session" in change:
        manifest["session"] = change["session"]
    else:
        manifest["files"][0]["register_id"] = change["register_id"]
    (exported / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with db.session() as session:
        result = verify_archive(exported, session)
    assert [(p.code, p.file) for p in result.problems] == [("manifest_unreadable", MANIFEST)]
    assert not result.checked_database


def test_a_manifest_naming_no_session_matches_no_register_entry(db, held, exported):
    manifest = _manifest(exported)
    del manifest["session"]
    (exported / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    listed = {e["file"] for e in manifest["files"] if "register_id" in e}
    assert listed
    with db.session() as session:
        assert _codes(verify_archive(exported, session)) == {("register_missing", name) for name in listed}
