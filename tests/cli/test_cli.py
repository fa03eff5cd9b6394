"""The command line: exact JSON contracts, Chinese errors on stderr, nothing half-written."""

from __future__ import annotations

import getpass
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from congress_app import __version__
from congress_app.launcher import main
from congress_app.rules import apportion, seat_range
from tests.services.roster_helpers import read_sample_rows, write_csv


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_through_the_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "congress_app", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"congress-app {__version__}"


def test_init_creates_then_is_a_no_op(capsys, tmp_path) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run(capsys, "--db", db, "init", "--json")
    first = json.loads(out)
    assert code == 0 and first["from_revision"] is None and first["changed"] is True
    code, out, _ = run(capsys, "--db", db, "init", "--json")
    second = json.loads(out)
    assert code == 0 and second["changed"] is False and second["backup"] is None
    assert second["revision"] == first["revision"]


def test_db_option_after_the_subcommand_and_env_url(capsys, tmp_path, monkeypatch) -> None:
    db = tmp_path / "late.db"
    assert run(capsys, "init", "--db", str(db))[0] == 0 and db.exists()
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("CONGRESS_DB_URL", f"sqlite:///{env_db}")
    assert run(capsys, "init")[0] == 0 and env_db.exists()


def test_staff_import_then_seats_and_allocate_contracts(capsys, tmp_path, samples) -> None:
    db = str(tmp_path / "x.db")
    assert run(capsys, "--db", db, "init")[0] == 0  # only init and demo create a database
    code, out, _ = run(
        capsys, "--db", db, "staff", "import", str(samples / "roster-university.xlsx"), "--json"
    )
    assert code == 0 and json.loads(out)["added"] == 2400

    code, out, _ = run(capsys, "--db", db, "seats", "--json")
    seats = json.loads(out)
    assert code == 0 and set(seats) == {"on_duty", "minimum", "maximum", "recommended"}
    expected = seat_range(seats["on_duty"])
    assert (seats["minimum"], seats["maximum"], seats["recommended"]) == (
        expected.minimum,
        expected.maximum,
        expected.recommended,
    )

    total = seats["recommended"]
    code, out, _ = run(capsys, "--db", db, "allocate", "--seats", str(total), "--method", "dhondt", "--json")
    plan = json.loads(out)
    assert code == 0 and set(plan) == {"seats", "method", "units", "leaders", "warnings"}
    assert set(plan["leaders"]) == {"党委书记", "校长", "工会主席"}
    assert all(w["code"] == "seats_not_below_staff" and w["unit"] in plan["units"] for w in plan["warnings"])
    assert plan["seats"] == total and plan["method"] == "dhondt"
    assert sum(plan["units"].values()) == total
    with sqlite3.connect(db) as con:
        staff = dict(
            con.execute(
                "SELECT u.name, count(*) FROM staff s JOIN election_unit u ON s.unit_id = u.id "
                "WHERE s.status IN ('on_duty','away_study','away_work') GROUP BY u.name"
            ).fetchall()
        )
        saved = con.execute("SELECT total, method FROM seat_plan").fetchall()
    assert plan["units"] == apportion(staff, total, "dhondt")
    assert saved == [(total, "dhondt")]


def test_allocate_out_of_range_is_refused_in_chinese(capsys, tmp_path, samples) -> None:
    db = str(tmp_path / "x.db")
    assert run(capsys, "--db", db, "init")[0] == 0
    run(capsys, "--db", db, "staff", "import", str(samples / "roster-small.csv"))
    code, out, err = run(capsys, "--db", db, "allocate", "--seats", "5")
    assert code != 0 and out == ""
    assert "超出允许范围" in err and "R13.2" in err
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM seat_plan").fetchone() == (0,)


def test_bad_roster_lists_every_problem_and_changes_nothing(capsys, tmp_path, samples) -> None:
    rows = read_sample_rows(samples)
    rows[4][0] = rows[1][0]  # duplicate 工号, data row 6
    rows[9][3] = "2023-02-30"  # impossible date, row 11
    rows[20][4] = ""  # missing unit, row 22
    bad = write_csv(tmp_path / "bad.csv", rows)
    db = str(tmp_path / "x.db")
    code, out, err = run(capsys, "--db", db, "staff", "import", str(bad), "--json")
    assert code != 0 and out == ""
    assert "第 6 行" in err and "工号" in err
    assert "第 11 行" in err and "2023-02-30" in err
    assert "第 22 行" in err and "选举单位" in err
    assert "未导入任何数据" in err
    with sqlite3.connect(db) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "staff" in tables:
            assert con.execute("SELECT count(*) FROM staff").fetchone() == (0,)


def test_missing_file_is_a_chinese_error(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "staff", "import", str(tmp_path / "nope.xlsx"))
    assert code != 0 and "找不到文件" in err


def test_demo_fills_once_and_backup_copies(capsys, tmp_path) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run(capsys, "--db", db, "demo", "--json")
    summary = json.loads(out)
    assert code == 0 and 1400 <= summary["staff"] <= 1600 and summary["units"] == 20
    code, _, err = run(capsys, "--db", db, "demo")
    assert code != 0 and "演示数据只能装入空数据库" in err

    code, out, _ = run(capsys, "--db", db, "election", "results", "--json")
    results = json.loads(out)
    # 20 roster units, two of them merged into one joint unit: 19 elections, plus two second rounds
    assert (
        code == 0 and len({r["unit"] for r in results}) == 19 and len(results) == 19 + 2 + 1
    )  # + the by-election (R19.1)
    keys = {
        "unit",
        "round",
        "seats",
        "electorate",
        "issued",
        "returned",
        "invalid",
        "votes",
        "elected",
        "runoff",
        "unfilled",
        "void",
    }
    assert all(set(r) == keys for r in results)
    ties = [r for r in results if r["runoff"]]
    assert len(ties) == 1 and len(ties[0]["runoff"]) == 2 and ties[0]["unfilled"] >= 1
    second_rounds = [r for r in results if r["round"] == 2]
    assert len(second_rounds) == 2 and all(len(r["elected"]) == r["seats"] for r in second_rounds)
    for r in results:  # R14.3: every elected candidate has more than half of ALL the unit's staff
        assert all(2 * r["votes"][name] > r["electorate"] for name in r["elected"])
    assert sum(len(r["elected"]) for r in results) == summary["seat_total"] + 1  # the by-elected
    # the delegate-body chapter: one delegate away a year exactly on the second session's date
    rolls = {}
    for day in ("2026-12-16", "2026-12-17"):
        code, out, _ = run(capsys, "--db", db, "delegates", "--on", day, "--json")
        rolls[day] = {r["number"]: r for r in json.loads(out)}
    changed = [n for n in rolls["2026-12-16"] if rolls["2026-12-16"][n] != rolls["2026-12-17"][n]]
    assert [(rolls["2026-12-17"][n]["status"], rolls["2026-12-17"][n]["away_from"]) for n in changed] == [
        ("away", "2025-12-17")
    ]
    statuses = {r["status"] for r in rolls["2026-12-17"].values()}
    kinds = {r["kind"] for r in rolls["2026-12-17"].values()}
    assert statuses == {"active", "transferred", "away", "retired", "absent", "recalled"}
    assert kinds == {"formal", "invited", "observer"}

    code, out, _ = run(capsys, "--db", db, "info", "--json")
    info = json.loads(out)
    assert info["school"] == "大连滨海理工大学" and info["staff"] == summary["staff"]

    out_file = tmp_path / "copy.db"
    code, out, _ = run(capsys, "--db", db, "backup", "--out", str(out_file), "--json")
    assert code == 0 and json.loads(out)["backup"] == str(out_file.resolve())
    with sqlite3.connect(out_file) as con:
        assert con.execute("SELECT count(*) FROM staff").fetchone() == (summary["staff"],)


@pytest.mark.parametrize("argv", [["allocate"], ["staff"], ["seats", "--date", "2026-02-30"]])
def test_argument_errors_exit_non_zero(argv, tmp_path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(tmp_path / "x.db"), *argv])
    assert caught.value.code != 0


def test_operator_is_recorded_with_the_change(capsys, tmp_path) -> None:
    db = tmp_path / "x.db"
    samples = Path(__file__).resolve().parents[1] / "data"
    roster = write_csv(tmp_path / "r.csv", read_sample_rows(samples)[:20])
    assert run(capsys, "--db", str(db), "init")[0] == 0  # only init and demo create a database
    code, _out, err = run(capsys, "--db", str(db), "--operator", "张老师", "staff", "import", str(roster))
    assert code == 0, err
    code, _out, err = run(capsys, "staff", "import", str(roster), "--db", str(db))
    assert code == 0, err
    with sqlite3.connect(db) as con:
        actors = [row[0] for row in con.execute("SELECT actor FROM audit_entry ORDER BY id")]
    assert actors[0] == "张老师" and actors[-1] == getpass.getuser()  # never a placeholder
