"""`archive export` and `archive verify` (第四十八条): exit codes, one line per problem naming
the file, --json."""

from __future__ import annotations

import json

import pytest

from congress_app.launcher import main
from congress_app.paths import sqlite_url
from congress_app.services.database import open_database
from tests.services.records_fixtures import demo_template  # noqa: F401


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(demo_template, tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("CONGRESS_NO_GS", "1")  # PDF/A has its own test; keep this one quick
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    return str(path)


def test_export_the_demo_session_then_verify_and_tamper(capsys, db, tmp_path) -> None:
    out = tmp_path / "archive"
    code, text, err = run(capsys, "--db", db, "archive", "export", "--session", "1", "--out", str(out))
    assert code == 0, err
    assert "不是 PDF/A" in text
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pdfa"] is False
    assert sorted({f["group"] for f in manifest["files"]} - {0}) == list(range(1, 10))
    code, text, err = run(capsys, "archive", "verify", str(out))
    assert code == 0 and "核验通过" in text
    code, text, _ = run(capsys, "--db", db, "archive", "verify", str(out), "--json")
    assert code == 0 and json.loads(text)["ok"] is True and json.loads(text)["checked_database"]

    files = sorted(p for p in out.iterdir() if p.suffix == ".pdf" and p.name != "catalogue.pdf")
    changed = files[3]
    data = bytearray(changed.read_bytes())
    data[len(data) // 2] ^= 0x20
    changed.write_bytes(bytes(data))
    code, text, err = run(capsys, "archive", "verify", str(out))
    assert code != 0 and text.splitlines() == [f"{changed.name}：内容已被改动（SHA-256 与清单不符）"]
    assert "核验未通过" in err

    files[5].unlink()
    (out / "notes.txt").write_text("x", encoding="utf-8")
    code, text, _ = run(capsys, "archive", "verify", str(out), "--json")
    report = json.loads(text)
    assert code != 0 and report["ok"] is False
    assert {(p["code"], p["file"]) for p in report["problems"]} == {
        ("file_changed", changed.name),
        ("file_missing", files[5].name),
        ("file_unlisted", "notes.txt"),
    }


def test_export_without_session_takes_the_latest_with_documents(capsys, db, tmp_path) -> None:
    code, text, _ = run(
        capsys, "--db", db, "archive", "export", "--out", str(tmp_path / "a.zip"), "--zip", "--json"
    )
    assert code == 0
    result = json.loads(text)
    assert result["path"].endswith("a.zip") and result["items"] > 0
    code, text, _ = run(capsys, "archive", "verify", str(tmp_path / "a.zip"))
    assert code == 0


def test_verify_a_folder_without_manifest(capsys, tmp_path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    code, out, _ = run(capsys, "archive", "verify", str(tmp_path), "--json")
    report = json.loads(out)
    assert code == 1 and [(p["code"], p["file"]) for p in report["problems"]] == [
        ("manifest_missing", "manifest.json")
    ]
    code, out, _ = run(capsys, "archive", "verify", str(tmp_path))
    assert code == 1 and out.splitlines() == ["manifest.json：清单文件缺失，无法核验归档中的文件"]


def test_verify_a_manifest_that_is_not_json(capsys, tmp_path) -> None:
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    code, out, _ = run(capsys, "--lang", "en", "archive", "verify", str(tmp_path))
    assert code == 1 and out.splitlines() == [
        "manifest.json: not readable JSON; the archive's files cannot be checked"
    ]


def test_verify_nothing_there_is_refused(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "archive", "verify", str(tmp_path / "none"), "--json")
    assert code == 2 and json.loads(out)["error"]["code"] == "archive_not_found"


def test_verify_an_interrupted_export(capsys, db, tmp_path, monkeypatch) -> None:
    from congress_app.services import archive_export

    def broken(*_args, **_kw):
        raise OSError("disk full")

    monkeypatch.setattr("congress_app.reports.archive_catalogue.build_catalogue_xlsx", broken)
    out = tmp_path / "archive"
    database = open_database(sqlite_url(db))
    with database.session() as session, pytest.raises(OSError):
        archive_export.export_archive(session, 1, out, actor="t", pdfa=False)
    database.close()
    assert not out.exists()
    left = tmp_path / "archive.incomplete"
    assert (left / archive_export.INCOMPLETE_NOTE).is_file()
    assert "incomplete" in (left / archive_export.INCOMPLETE_NOTE).read_text(encoding="utf-8")
    for path in (out, left):
        code, text, _ = run(capsys, "archive", "verify", str(path))
        lines = text.splitlines()
        assert code == 1 and lines[0] == f"{left}：导出未完成（被中断），不是完整的归档，请重新导出"
        assert lines[1:] == ["manifest.json：清单文件缺失，无法核验归档中的文件"]
