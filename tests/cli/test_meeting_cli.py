"""meeting new / checkin / undo, quorum, vote record: exact JSON keys, refusals exit non-zero
with a Chinese message and record nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from congress_app.launcher import main
from congress_app.paths import sqlite_url
from congress_app.services.database import open_database
from congress_app.storage.models import Attendance, Vote
from tests.services.meeting_fixtures import add_delegates, number_of


def run(capsys, *argv: str) -> tuple[int, dict | str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except json.JSONDecodeError:
        return code, out, err


@pytest.fixture
def cli_db(db_path):
    db = open_database(sqlite_url(db_path))
    with db.session() as session:
        add_delegates(session, formal=10, observer=1)
    db.close()
    return str(db_path)


def _count(path: str, model) -> int:
    db = open_database(sqlite_url(path))
    with db.session() as session:
        n = session.scalar(select(func.count()).select_from(model))
    db.close()
    return n


def test_meeting_day_end_to_end(capsys, cli_db) -> None:
    code, new, _ = run(
        capsys,
        "--db",
        cli_db,
        "meeting",
        "new",
        "--date",
        "2026-12-17",
        "--title",
        "第九届教代会第二次会议",
        "--json",
    )
    assert code == 0 and new == {"session": new["session"], "date": "2026-12-17", "expected": 10}
    for i in range(1, 7):
        code, out, _ = run(capsys, "--db", cli_db, "meeting", "checkin", number_of(i), "--json")
        assert code == 0
        assert set(out) == {"delegate", "expected", "present", "required", "reached"}
        assert out["present"] == i and out["required"] == 7 and out["reached"] is False
    assert out["delegate"] == {"number": number_of(6), "name": "代表0006", "kind": "formal"}
    code, out, _ = run(
        capsys, "--db", cli_db, "meeting", "checkin", "代表0007", "--json", "--session", str(new["session"])
    )
    assert code == 0 and out["present"] == 7 and out["reached"] is True

    code, q, _ = run(capsys, "--db", cli_db, "quorum", "--json")
    assert q == {"expected": 10, "present": 7, "required": 7, "reached": True, "on_leave": 0}

    code, _, err = run(
        capsys,
        "--db",
        cli_db,
        "vote",
        "record",
        "--title",
        "议案",
        "--yes",
        "7",
        "--no",
        "0",
        "--abstain",
        "0",
        "--json",
    )
    assert code == 2 and "表决、选举办法尚未通过" in err and "第二十五条" in err
    code, v, _ = run(
        capsys,
        "--db",
        cli_db,
        "vote",
        "record",
        "--title",
        "表决办法",
        "--kind",
        "method",
        "--yes",
        "7",
        "--no",
        "0",
        "--abstain",
        "0",
        "--json",
    )
    assert code == 0 and v == {"expected": 10, "present": 7, "yes": 7, "no": 0, "abstain": 0, "passed": True}
    code, v, _ = run(
        capsys,
        "--db",
        cli_db,
        "vote",
        "record",
        "--title",
        "议案甲",
        "--yes",
        "5",
        "--no",
        "2",
        "--abstain",
        "0",
        "--json",
    )
    assert code == 0 and v["passed"] is False  # floor(10/2) = 5 fails
    code, v, _ = run(
        capsys,
        "--db",
        cli_db,
        "vote",
        "record",
        "--title",
        "议案乙",
        "--yes",
        "6",
        "--no",
        "1",
        "--abstain",
        "0",
        "--method",
        "ballot",
        "--json",
    )
    assert code == 0 and v["passed"] is True  # floor(10/2) + 1 passes
    code, _, err = run(
        capsys,
        "--db",
        cli_db,
        "vote",
        "record",
        "--title",
        "议案丙",
        "--yes",
        "6",
        "--no",
        "1",
        "--abstain",
        "1",
    )
    assert code == 2 and "超过到会的正式代表 7 人" in err
    assert _count(cli_db, Vote) == 3


def test_checkin_refusals_exit_non_zero_and_record_nothing(capsys, cli_db) -> None:
    code, _, err = run(capsys, "--db", cli_db, "quorum")
    assert code == 2 and "还没有会议" in err
    run(capsys, "--db", cli_db, "meeting", "new", "--date", "2026-12-17")
    assert run(capsys, "--db", cli_db, "meeting", "checkin", number_of(1))[0] == 0
    code, _, err = run(capsys, "--db", cli_db, "meeting", "checkin", number_of(1), "--json")
    assert code == 2 and "已经签到" in err
    code, _, err = run(capsys, "--db", cli_db, "meeting", "checkin", "无此人")
    assert code == 2 and "查无此代表" in err
    assert _count(cli_db, Attendance) == 1
    code, out, _ = run(capsys, "--db", cli_db, "meeting", "checkin", number_of(11), "--json")
    assert code == 0 and out["delegate"]["kind"] == "observer" and out["present"] == 1
    code, out, _ = run(capsys, "--db", cli_db, "meeting", "undo", number_of(1), "--json")
    assert code == 0 and out["present"] == 0
    code, _, err = run(capsys, "--db", cli_db, "meeting", "undo", number_of(1))
    assert code == 2 and "还没有签到" in err
    code, out, _ = run(capsys, "--db", cli_db, "quorum")
    assert code == 0 and "应到 10，实到 0" in out


def test_new_meeting_outside_any_term_and_bad_date(capsys, cli_db) -> None:
    code, _, err = run(capsys, "--db", cli_db, "meeting", "new", "--date", "2019-01-01")
    assert code == 2 and "不在任何一届" in err
    with pytest.raises(SystemExit):
        main(["--db", cli_db, "meeting", "new", "--date", "17/12/2026"])
