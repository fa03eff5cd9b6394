"""Upgrades that cannot brick (issue 9, point 6): the upgrade is one transaction; killed midway
(SIGKILL inside a migration step) the previous version stays intact and openable; one clearly
named backup per attempt; leftovers of older interrupted upgrades are cleaned at the next start."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from alembic import command

from congress_app.paths import sqlite_url
from congress_app.storage.engine import make_engine
from congress_app.storage.migrate import (
    alembic_config,
    clean_leftovers,
    current_revision,
    head_revision,
    upgrade_to_head,
)


def _old_database(path: Path, revision: str = "0001") -> None:
    url = sqlite_url(path)
    engine = make_engine(url, foreign_keys=False)
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO election_unit (id, name, code, is_joint, created_at) "
            "VALUES (1, '机械工程学院', '', 0, '2026-01-01')"
        )
        con.execute(
            "INSERT INTO staff (id, staff_no, name, gender, unit_id, category, status, post, "
            "listed, created_at) VALUES (1, '100001', '张三', '男', 1, '教学', '在岗', '', 1, "
            "'2026-01-01')"
        )
        con.execute(
            "INSERT INTO staff_event (staff_id, effective_on, status, unit_id, category, post, "
            "source, recorded_at) VALUES (1, '2020-01-01', '在岗', 1, '教学', '', 'x', '2026-01-01')"
        )


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _kill_midway(path: Path, after: str) -> str:
    env = {**os.environ, "CONGRESS_MIGRATION_PAUSE_AFTER": after, "CONGRESS_MIGRATION_PAUSE_SECONDS": "60"}
    process = subprocess.Popen(
        [sys.executable, "-m", "congress_app", "--db", str(path), "init"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    seen = ""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            seen += line
            if "migration paused" in line or not line:
                break
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stderr.close()
    return seen


def test_an_upgrade_killed_midway_leaves_the_previous_version_intact(tmp_path) -> None:
    path = tmp_path / "congress.db"
    _old_database(path)
    before = _dump(path)
    head = head_revision()
    assert head != "0004"

    seen = _kill_midway(path, after="0004")  # 0002–0004 applied, 0005 not yet, nothing committed
    assert "migration paused after 0004" in seen

    assert _dump(path) == before  # the previous version, exactly
    engine = make_engine(sqlite_url(path))
    assert current_revision(engine) == "0001"
    engine.dispose()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert not con.execute("SELECT name FROM sqlite_master WHERE name LIKE '_alembic_tmp_%'").fetchall()
    backups = sorted(tmp_path.glob("congress.before-upgrade-0001-to-*.db"))
    assert len(backups) == 1 and backups[0].name.startswith(f"congress.before-upgrade-0001-to-{head}-")
    assert _dump(backups[0]) == before

    # the next start upgrades for real (with its own backup), nothing lost
    time.sleep(1.1)  # backups are named by the second
    result = upgrade_to_head(sqlite_url(path))
    assert (result.from_revision, result.to_revision) == ("0001", head)
    assert len(sorted(tmp_path.glob("congress.before-upgrade-0001-to-*.db"))) == 2
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM staff_event").fetchone() == (1,)
        assert con.execute("SELECT name FROM staff").fetchall() == [("张三",)]


def test_the_upgrade_runs_in_one_transaction(tmp_path, monkeypatch) -> None:
    """A step that fails rolls back every step before it (no half-upgraded file)."""
    import pytest

    path = tmp_path / "congress.db"
    _old_database(path, "0002")
    before = _dump(path)
    monkeypatch.setenv("CONGRESS_MIGRATION_FAIL_AFTER", "0004")  # 0003 and 0004 ran, then a fault
    with pytest.raises(RuntimeError, match="after 0004"):
        upgrade_to_head(sqlite_url(path))
    assert _dump(path) == before
    engine = make_engine(sqlite_url(path))
    assert current_revision(engine) == "0002"
    engine.dispose()


def test_leftovers_of_an_older_interrupted_upgrade_are_cleaned(db_path) -> None:
    with sqlite3.connect(db_path) as con:
        con.execute("CREATE TABLE _alembic_tmp_staff (id INTEGER)")
    partial = db_path.with_name(f"{db_path.stem}.before-upgrade-0004-to-0005-20260101-000000.db.partial")
    partial.write_bytes(b"half a backup")
    upgrade_to_head(sqlite_url(db_path))
    with sqlite3.connect(db_path) as con:
        assert not con.execute("SELECT name FROM sqlite_master WHERE name LIKE '_alembic_tmp_%'").fetchall()
    assert not partial.exists()
    engine = make_engine(sqlite_url(db_path))
    assert clean_leftovers(engine) == []
    engine.dispose()
