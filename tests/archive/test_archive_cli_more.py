"""`archive export` / `archive verify` on the command line: exit codes (0 done or intact,
1 problems found, 2 refused), one line per problem naming the file, and --zip."""

from __future__ import annotations

import json
import zipfile

import pytest

from congress_app.paths import sqlite_url
from congress_app.services.database import open_database
from congress_app.storage.models import Vote
from tests.cli.test_archive_cli import db, run  # noqa: F401 (the demo copy and the CLI runner)
from tests.services.records_fixtures import demo_template  # noqa: F401


@pytest.fixture
def exported(capsys, db, tmp_path):
    out = tmp_path / "archive"
    code, _, err = run(capsys, "--db", db, "archive", "export", "--session", "1", "--out", str(out))
    assert code == 0, err
    return out


def test_verify_prints_one_line_per_problem_in_file_order(capsys, exported) -> None:
    files = sorted(p for p in exported.iterdir() if p.suffix == ".pdf" and p.name != "catalogue.pdf")
    files[0].write_bytes(files[0].read_bytes() + b"\n")
    files[1].unlink()
    (exported / "a-notes.txt").write_text("x", encoding="utf-8")
    code, text, err = run(capsys, "archive", "verify", str(exported))
    assert code == 1
    assert text.splitlines() == sorted(
        [
            f"{files[0].name}：内容已被改动（SHA-256 与清单不符）",
            f"{files[1].name}：文件缺失",
            "a-notes.txt：清单中没有这个文件",
        ]
    )
    assert err.strip() == "错误：核验未通过：发现 3 处问题。"
    code, text, err = run(capsys, "--lang", "en", "archive", "verify", str(exported))
    assert code == 1 and len(text.splitlines()) == 3 and f"{files[1].name}: missing" in text.splitlines()
    assert err.strip() == "Error: Verification failed: 3 problem(s)."


def test_verify_intact_in_english_and_with_the_database(capsys, db, exported) -> None:
    files = len(json.loads((exported / "manifest.json").read_text(encoding="utf-8"))["files"])
    code, text, err = run(capsys, "--lang", "en", "archive", "verify", str(exported))
    assert code == 0 and text.strip() == f"Intact: {files} files match the manifest." and err == ""
    code, text, _ = run(capsys, "archive", "verify", str(exported))
    assert code == 0 and text.strip() == f"核验通过：{files} 个文件与清单一致。"
    code, text, _ = run(capsys, "--db", db, "archive", "verify", str(exported))
    assert code == 0 and text.strip() == f"核验通过：{files} 个文件与清单一致。封存码与数据库一致。"
    code, text, _ = run(capsys, "--db", db, "--lang", "en", "archive", "verify", str(exported))
    assert (
        code == 0
        and text.strip()
        == f"Intact: {files} files match the manifest. Register and seals match the database."
    )


def test_verify_with_the_database_names_a_changed_source(capsys, db, exported) -> None:
    database = open_database(sqlite_url(db))
    with database.session() as session:
        vote = session.query(Vote).filter(Vote.session_id == 1).first()
        vote.seal = "0" * 64
        session.commit()
    database.close()
    code, text, _ = run(capsys, "archive", "verify", str(exported))
    assert code == 0  # the files alone are intact
    code, text, err = run(capsys, "--db", db, "archive", "verify", str(exported))
    manifest = json.loads((exported / "manifest.json").read_text(encoding="utf-8"))
    resolutions = next(e["file"] for e in manifest["files"] if e.get("source", "").startswith("resolutions:"))
    assert code == 1 and text.splitlines() == [f"{resolutions}：来源记录在导出后已改变"]
    code, text, _ = run(capsys, "--db", db, "archive", "verify", str(exported), "--json")
    report = json.loads(text)
    assert code == 1 and report["checked_database"] is True and report["ok"] is False
    assert [(p["code"], p["file"]) for p in report["problems"]] == [("source_changed", resolutions)]


def test_verify_nothing_there_is_refused_in_words(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "archive", "verify", str(tmp_path / "none"))
    assert code == 2 and out == "" and str(tmp_path / "none") in err and "不存在" in err


def test_export_zip_in_words_then_verify(capsys, db, tmp_path) -> None:
    out = tmp_path / "a.zip"
    code, text, err = run(
        capsys, "--db", db, "archive", "export", "--session", "1", "--out", str(out), "--zip"
    )
    assert code == 0, err
    first = text.splitlines()[0]
    assert first.startswith("已导出第 1 号会议的归档：") and first.endswith(f"→ {out}")
    assert zipfile.is_zipfile(out) and not (tmp_path / "a.zip.incomplete").exists()
    assert not (tmp_path / "a.zip.files.incomplete").exists()
    names = zipfile.ZipFile(out).namelist()
    assert "manifest.json" in names and "catalogue.pdf" in names and "INCOMPLETE.txt" not in names
    assert all(
        n.startswith("0123-WS·")
        for n in names
        if n not in {"manifest.json", "catalogue.pdf", "catalogue.xlsx"}
    )
    code, text, _ = run(capsys, "--db", db, "archive", "verify", str(out))
    assert code == 0 and text.startswith("核验通过")


def test_export_refusals_exit_2(capsys, db, exported, tmp_path) -> None:
    code, out, err = run(capsys, "--db", db, "archive", "export", "--out", str(exported), "--json")
    assert code == 2 and json.loads(out)["error"]["code"] == "archive_out_exists" and str(exported) in err
    code, out, _ = run(
        capsys, "--db", db, "archive", "export", "--session", "99", "--out", str(tmp_path / "x"), "--json"
    )
    assert code == 2 and json.loads(out)["error"]["code"] == "not_found"
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.incomplete").exists()


def test_export_json_reports_the_result(capsys, db, tmp_path) -> None:
    out = tmp_path / "b"
    code, text, _ = run(
        capsys, "--db", db, "archive", "export", "--session", "1", "--out", str(out), "--json"
    )
    result = json.loads(text)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert code == 0 and result["session"] == 1 and result["path"] == str(out)
    assert result["files"] == len(manifest["files"]) and result["items"] == len(manifest["files"]) - 2
    assert result["pages"] == sum(e["pages"] for e in manifest["files"])
    assert result["missing_groups"] == [] and result["pdfa"] is False
