"""`audit verify`, `audit log`, `export` and the operator recorded with every CLI change."""

from __future__ import annotations

import json
import sqlite3

import openpyxl
import pytest

from congress_app.launcher import main
from tests.services.records_fixtures import demo_template  # noqa: F401


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(demo_template, tmp_path) -> str:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    return str(path)


def test_demo_then_verify_is_clean(capsys, tmp_path) -> None:
    db = str(tmp_path / "x.db")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, err = run(capsys, "--db", db, "audit", "verify")
    assert code == 0 and "核验通过" in out and not err
    code, out, _ = run(capsys, "--db", db, "audit", "verify", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["problems"] == [] and report["records"] > 2


def test_a_vote_count_changed_by_sql_fails_verify_naming_unit_and_round(capsys, db) -> None:
    with sqlite3.connect(db) as raw:
        unit, number, entry = raw.execute(
            "SELECT u.name, r.number, rc.id FROM round_candidate rc JOIN election_round r ON "
            "rc.round_id = r.id"
            " JOIN unit_election e ON r.election_id = e.id JOIN election_unit u ON e.unit_id = u.id"
            " WHERE r.closed = 1 ORDER BY rc.id DESC LIMIT 1"
        ).fetchone()
        raw.execute("UPDATE round_candidate SET yes_votes = yes_votes - 1 WHERE id = ?", (entry,))
    code, out, err = run(capsys, "--db", db, "audit", "verify")
    lines = [line for line in err.splitlines() if "封存" in line]
    assert code == 1 and len(lines) == 1
    assert f"「{unit}」第{number}轮选举结果" in lines[0] and "纸面封存码" in lines[0]
    code, out, _ = run(capsys, "--db", db, "audit", "verify", "--json")
    report = json.loads(out)
    assert code == 1 and [p["code"] for p in report["problems"]] == ["data_changed"]
    assert report["problems"][0]["seal"] != report["problems"][0]["recomputed"]


def test_audit_log_lists_entries_with_the_contract_keys(capsys, db) -> None:
    code, out, _ = run(capsys, "--db", db, "audit", "log", "--limit", "3", "--json")
    entries = json.loads(out)
    assert code == 0 and len(entries) == 3
    assert all(set(e) == {"at", "actor", "action", "subject"} for e in entries)
    code, out, _ = run(capsys, "--db", db, "audit", "log", "--limit", "2")
    assert code == 0 and len(out.strip().splitlines()) == 2
    code, _, err = run(capsys, "--db", db, "audit", "log", "--limit", "0")
    assert code == 2 and "--limit 须为正整数" in err


def _last_actor(db: str) -> tuple[str, str]:
    with sqlite3.connect(db) as raw:
        return raw.execute("SELECT actor, action FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()


def test_the_operator_is_recorded_with_every_cli_change(capsys, db, monkeypatch) -> None:
    change = ("allocate", "--seats", "139", "--date", "2025-10-01")
    assert run(capsys, "--db", db, "--operator", "王晓燕", *change)[0] == 0
    assert _last_actor(db)[0] == "王晓燕"
    monkeypatch.setenv("CONGRESS_OPERATOR", "李建国")
    assert run(capsys, "--db", db, *change)[0] == 0
    assert _last_actor(db)[0] == "李建国"
    monkeypatch.delenv("CONGRESS_OPERATOR")
    monkeypatch.setattr("getpass.getuser", lambda: "zhang.ming")
    assert run(capsys, "--db", db, *change)[0] == 0
    assert _last_actor(db)[0] == "zhang.ming"
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM audit_entry WHERE actor = 'cli'").fetchone() == (0,)


@pytest.mark.parametrize("kind", ["seat-plan", "results", "credentials", "delegates"])
def test_export_writes_each_kind_as_pdf_and_xlsx(capsys, db, tmp_path, kind) -> None:
    pdf, xlsx = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.xlsx"
    assert run(capsys, "--db", db, "export", kind, "--out", str(pdf))[0] == 0
    code, out, _ = run(capsys, "--db", db, "export", kind, "--out", str(xlsx), "--json")
    assert code == 0 and json.loads(out)["bytes"] == xlsx.stat().st_size
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    assert sheet.max_row > 5
    if kind != "seat-plan":
        seals = [c for c in next(sheet.iter_cols(min_col=sheet.max_column, values_only=True))][1:]
        assert all(len(str(s)) == 19 for s in seals)  # every row carries its record's seal


def test_export_refuses_an_unknown_suffix_kind_or_missing_record(capsys, db, tmp_path) -> None:
    code, _, err = run(capsys, "--db", db, "export", "results", "--out", str(tmp_path / "r.docx"))
    assert code == 2 and ".pdf 或 .xlsx" in err and not (tmp_path / "r.docx").exists()
    code, _, err = run(capsys, "--db", db, "export", "minutes", "--out", str(tmp_path / "m.pdf"))
    assert code == 2 and "未知的导出内容" in err
    empty = str(tmp_path / "empty.db")
    assert run(capsys, "--db", empty, "init")[0] == 0
    code, _, err = run(capsys, "--db", empty, "export", "delegates", "--out", str(tmp_path / "d.pdf"))
    assert code == 2 and "还没有建立届次" in err and not (tmp_path / "d.pdf").exists()
    code, _, err = run(capsys, "--db", empty, "export", "seat-plan", "--out", str(tmp_path / "s.pdf"))
    assert code == 2 and "名额" in err and not (tmp_path / "s.pdf").exists()


def test_export_xlsx_writes_formula_like_text_as_text(tmp_path) -> None:
    from congress_app.services.exports import _write_xlsx

    out = tmp_path / "t.xlsx"
    texts = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "人文学院"]
    _write_xlsx(out, [("s", ["h"] * len(texts), [texts])])
    row = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))[0]
    # read back as the same text (XML turns a lone CR into LF): nothing was stored as a formula
    assert list(row) == [t.replace("\r", "\n") for t in texts]
    raw = openpyxl.load_workbook(out).active
    assert all(cell.data_type == "s" for cell in raw[2])
