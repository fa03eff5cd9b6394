"""0006 on a database the previous release made: Chinese words become codes, the leaders 0004
left empty are filled (whole titles only), and the new constraints refuse what cannot be."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from congress_app.paths import sqlite_url
from congress_app.rules import seats as S
from congress_app.storage.engine import make_engine
from congress_app.storage.migrate import alembic_config, upgrade_to_head

STAFF = [  # id, 工号, name, gender, unit, category, status, post — as 0005 stored them
    (1, "000101", "王书记", "男", 1, "管理", "在岗", "党委书记"),
    (2, "000102", "李副校", "女", 1, "管理", "在岗", "副校长"),
    (3, "000103", "赵校长", "男", 2, "教学", "离校学习", "党委副书记、校长"),
    (4, "000104", "钱主席", "女", 2, "科研", "退休", "工会主席"),  # retired: no seat here
    (5, "000105", "孙老师", "女", 3, "教辅", "调离", ""),
    (6, "000106", "周师傅", "男", 3, "工勤", "离校工作", "工会副主席"),
]


def _database_at_0005(path: Path) -> str:
    url = sqlite_url(path)
    engine = make_engine(url, foreign_keys=False)
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO election_unit (id, name, code, is_joint, merged_into_id, "
            "created_at) VALUES (?, ?, '', 0, NULL, '2025-01-01')",
            [(1, "机关党委"), (2, "机械工程学院"), (3, "后勤保障处")],
        )
        for sid, no, name, gender, unit, category, status, post in STAFF:
            con.execute(
                "INSERT INTO staff (id, staff_no, name, gender, birth_date, unit_id, "
                "category, status, status_since, post, listed, created_at) VALUES "
                "(?, ?, ?, ?, '1970-01-01', ?, ?, ?, NULL, ?, 1, '2025-01-01')",
                (sid, no, name, gender, unit, category, status, post),
            )
            con.execute(
                "INSERT INTO staff_event (staff_id, effective_on, status, unit_id, "
                "category, post, source, recorded_at) VALUES (?, NULL, ?, ?, ?, ?, "
                "'v1.xlsx', '2025-01-01')",
                (sid, status, unit, category, post),
            )
        con.execute(
            "INSERT INTO seat_plan (id, reference_date, on_duty, minimum, maximum, "
            "recommended, total, method, manual_reason, youth_age_limit, decided_by, "
            "decided_at) VALUES (1, '2025-10-01', 4, NULL, NULL, NULL, 3, 'hamilton', "
            "'小规模', 35, '工会', '2025-10-15 01:30:00')"
        )
        con.executemany(
            "INSERT INTO seat_plan_unit (plan_id, unit_id, unit_name, on_duty, "
            "teaching_staff, women, youth, seats, teaching_target, women_target, "
            "youth_target, leaders) VALUES (1, ?, ?, ?, 0, 0, 0, 1, 0, 0, 0, '')",
            [(1, "机关党委", 2), (2, "机械工程学院", 1), (3, "后勤保障处", 1)],
        )
    con.close()
    return url


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    url = _database_at_0005(path)
    result = upgrade_to_head(url)
    assert result.from_revision == "0005" and result.backup is not None
    return path


def test_words_become_the_rules_codes(upgraded: Path) -> None:
    with sqlite3.connect(upgraded) as con:
        staff = con.execute(
            "SELECT staff_no, gender, category, status FROM staff ORDER BY staff_no"
        ).fetchall()
        events = con.execute("SELECT status, category FROM staff_event ORDER BY staff_id").fetchall()
    assert staff == [
        ("000101", S.MALE, S.MANAGEMENT, S.ON_DUTY),
        ("000102", S.FEMALE, S.MANAGEMENT, S.ON_DUTY),
        ("000103", S.MALE, S.TEACHING, S.AWAY_STUDY),
        ("000104", S.FEMALE, S.RESEARCH, S.RETIRED),
        ("000105", S.FEMALE, S.TEACHING_SUPPORT, S.TRANSFERRED),
        ("000106", S.MALE, S.SERVICE, S.AWAY_WORK),
    ]
    assert events == [(s[3], s[2]) for s in staff]


def test_empty_leaders_are_filled_by_whole_titles(upgraded: Path) -> None:
    with sqlite3.connect(upgraded) as con:
        leaders = dict(con.execute("SELECT unit_name, leaders FROM seat_plan_unit").fetchall())
    # 副校长 is not 校长, 工会副主席 not 工会主席; the retired 工会主席 holds no seat
    assert leaders == {"机关党委": "党委书记", "机械工程学院": "校长", "后勤保障处": ""}


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE staff SET status = '在岗' WHERE id = 1",
        "UPDATE staff SET gender = '女' WHERE id = 1",
        "UPDATE staff SET category = 'teacher' WHERE id = 1",
        "UPDATE staff SET name = printf('%.600c', 'x') WHERE id = 1",
        "UPDATE election_unit SET name = '' WHERE id = 1",
        "UPDATE seat_plan SET total = 0",
        "UPDATE seat_plan_unit SET seats = -1",
    ],
)
def test_constraints_refuse_what_cannot_be(upgraded: Path, statement: str) -> None:
    engine = make_engine(sqlite_url(upgraded))
    with pytest.raises(Exception, match="CHECK constraint failed"):
        with engine.begin() as connection:
            connection.execute(text(statement))
    engine.dispose()


def test_counts_and_regular_elections(upgraded: Path) -> None:
    engine = make_engine(sqlite_url(upgraded))
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO term (id, number, starts_on, years, created_at) "
                "VALUES (1, 9, '2025-12-18', 5, '2025-01-01')"
            )
        )
        insert = (
            "INSERT INTO unit_election (term_id, unit_id, kind, seats, candidate_order, "
            "created_at) VALUES (1, 2, :kind, 1, 'strokes', '2025-01-01')"
        )
        connection.execute(text(insert), {"kind": "regular"})
        connection.execute(text(insert), {"kind": "by_election"})
        connection.execute(text(insert), {"kind": "by_election"})  # by-elections may recur
    with pytest.raises(Exception, match="UNIQUE constraint failed"):
        with engine.begin() as connection:
            connection.execute(text(insert), {"kind": "regular"})
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO election_round (election_id, number, kind, seats, held_on, electorate, "
                "entry_mode, issued, returned, invalid, require_two_thirds, waiver_reason, closed, "
                "void, void_reason, closed_by) VALUES (1, 1, 'first', 1, '2025-11-01', 10, 'totals', "
                "10, 9, 1, 1, '', 0, 0, '', '')"
            )
        )
    for bad in ("invalid = 10", "issued = -1", "returned = -2"):
        with pytest.raises(Exception, match="CHECK constraint failed"):
            with engine.begin() as connection:
                connection.execute(text(f"UPDATE election_round SET {bad}"))
    engine.dispose()
