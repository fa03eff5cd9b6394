"""`staff import --dry-run [--json]` writes nothing; a half-empty re-import needs
`--allow-removals` and says how many staff it would take off duty."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from congress_app.launcher import main
from tests.services.reimport_helpers import file_rows, write_csv, write_xlsx

TABLES = ("staff", "staff_event", "election_unit", "roster_import", "audit_entry")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(db: Path) -> tuple[str, dict[str, int]]:
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with sqlite3.connect(db) as con:
        rows = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    con.close()
    return digest, rows


def imported(capsys, tmp_path: Path) -> tuple[Path, list[list[object]]]:
    db = tmp_path / "x.db"
    rows = file_rows()
    assert run(capsys, "--db", str(db), "init")[0] == 0  # only init and demo create a database
    code, _, err = run(capsys, "--db", str(db), "staff", "import", str(write_csv(tmp_path / "v1.csv", rows)))
    assert code == 0, err
    return db, rows


def test_dry_run_json_previews_with_the_exact_keys_and_writes_nothing(capsys, tmp_path) -> None:
    db, rows = imported(capsys, tmp_path)
    rows[0][4] = "新设研究院"
    path = write_xlsx(tmp_path / "v2.xlsx", rows[:-3], numbers=True)  # Excel lost the zeros
    before = snapshot(db)
    code, out, err = run(capsys, "--db", str(db), "staff", "import", str(path), "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["new", "changed", "unlisted", "unchanged", "new_units", "warnings"]
    assert (data["new"], data["changed"], data["unlisted"], data["unchanged"]) == (0, 1, 3, 156)
    assert data["new_units"] == ["新设研究院"]
    [zeros] = data["warnings"]
    assert zeros["code"] == "staff_no_zeros_restored" and zeros["count"] == 157
    assert "开头的 0" in zeros["message"]
    assert snapshot(db) == before  # file bytes and row counts


def test_dry_run_in_words(capsys, tmp_path) -> None:
    db, rows = imported(capsys, tmp_path)
    before = snapshot(db)
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "staff",
        "import",
        str(write_csv(tmp_path / "v2.csv", rows[:-2])),
        "--dry-run",
    )
    assert code == 0
    assert "未写入数据库" in out and "不再列入 2 人" in out
    assert snapshot(db) == before


def test_half_empty_reimport_needs_allow_removals_and_says_how_many(capsys, tmp_path) -> None:
    db, rows = imported(capsys, tmp_path)
    half = write_csv(tmp_path / "half.csv", rows[:80])
    before = snapshot(db)
    code, out, err = run(capsys, "--db", str(db), "staff", "import", str(half))
    assert code != 0 and out == ""
    with sqlite3.connect(db) as con:
        on_duty = con.execute(
            "SELECT count(*) FROM staff WHERE status IN ('on_duty','away_study','away_work')"
        ).fetchone()[0]
        ending = con.execute(
            "SELECT count(*) FROM staff WHERE staff_no > ? AND status IN "
            "('on_duty','away_study','away_work')",
            (str(rows[79][0]),),
        ).fetchone()[0]
    con.close()
    assert f"将使 {ending} 名在岗教职工（现有 {on_duty} 名在岗）" in err
    assert "--allow-removals" in err
    assert snapshot(db)[1] == before[1]
    code, out, err = run(capsys, "--db", str(db), "staff", "import", str(half), "--allow-removals", "--json")
    assert code == 0, err
    assert json.loads(out)["unlisted"] == 80
