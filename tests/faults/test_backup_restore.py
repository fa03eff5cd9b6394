"""backup refuses to overwrite, checks space, verifies, leaves no partial file; restore
validates the backup, keeps the current database, and brings back exactly the backed-up data
(issue 9, point 7)."""

from __future__ import annotations

import sqlite3

import pytest

from tests.faults.conftest import json_error, run_cli, snapshot


def _dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_backup_refuses_an_existing_file_unless_forced(capsys, filled_db, tmp_path) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(b"another office's database")
    code, out, _ = run_cli(capsys, "--db", str(filled_db), "backup", "--out", str(other), "--json")
    assert code == 2 and json_error(out)["code"] == "backup_exists"
    assert other.read_bytes() == b"another office's database"
    code, out, _ = run_cli(capsys, "--db", str(filled_db), "backup", "--out", str(other), "--force", "--json")
    assert code == 0 and '"verified": true' in out
    assert _dump(other) == _dump(filled_db)


def test_backup_checks_free_space_first(capsys, filled_db, tmp_path, monkeypatch) -> None:
    import shutil

    from congress_app.services import backup

    real = shutil.disk_usage
    monkeypatch.setattr(
        backup.shutil, "disk_usage", lambda p: real(p)._replace(free=filled_db.stat().st_size // 2)
    )
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    code, _, err = run_cli(capsys, "--db", str(filled_db), "backup", "--out", str(out_dir / "b.db"))
    assert code == 2 and "磁盘空间不足，未备份" in err and list(out_dir.iterdir()) == []


def test_backup_to_a_full_disk_leaves_no_file(capsys, filled_db, tmpfs, monkeypatch) -> None:
    """A real full disk (the space check is switched off to reach the copy): no partial file."""
    from congress_app.services import backup

    monkeypatch.setattr(backup, "SPACE_MARGIN", 0)
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda p: type("U", (), {"free": 1 << 40})())
    mount = tmpfs(64)
    code, _, err = run_cli(capsys, "--db", str(filled_db), "backup", "--out", str(mount.where / "b.db"))
    assert code == 2 and "磁盘已满" in err and "Traceback" not in err
    assert list(mount.where.iterdir()) == []


def test_backup_that_does_not_verify_is_removed(capsys, filled_db, tmp_path, monkeypatch) -> None:
    from congress_app.services import backup

    real = backup._counts
    calls = []

    def counts(connection):
        calls.append(1)
        found = real(connection)
        return found if len(calls) == 1 else {**found, "staff": found["staff"] - 1}

    monkeypatch.setattr(backup, "_counts", counts)
    code, out, _ = run_cli(
        capsys, "--db", str(filled_db), "backup", "--out", str(tmp_path / "b.db"), "--json"
    )
    assert code == 2 and json_error(out)["code"] == "backup_verify_failed"
    assert not (tmp_path / "b.db").exists() and not list(tmp_path.glob(".b.db.partial*"))


def test_restore_brings_back_exactly_the_backed_up_data(capsys, filled_db, tmp_path) -> None:
    backup_file = tmp_path / "backup.db"
    assert run_cli(capsys, "--db", str(filled_db), "backup", "--out", str(backup_file))[0] == 0
    saved = _dump(backup_file)
    # later work, part of it still in the WAL of a desk that stays open
    desk = sqlite3.connect(filled_db, isolation_level=None)
    desk.execute("PRAGMA wal_autocheckpoint=0")
    desk.execute("UPDATE staff SET name = name || '改'")
    desk.execute("DELETE FROM staff WHERE id % 3 = 0")
    changed = _dump(filled_db)
    assert changed != saved
    code, out, _ = run_cli(capsys, "--db", str(filled_db), "restore", str(backup_file), "--json")
    assert code == 0, out
    import json

    data = json.loads(out)
    assert data["restored_from"] == str(backup_file.resolve())
    previous = tmp_path / "desk" / data["previous_copy"].rsplit("/", 1)[-1]
    assert previous.exists() and ".before-restore-" in previous.name
    assert _dump(filled_db) == saved  # exactly the backed-up data
    assert [r for r in desk.execute("SELECT count(*) FROM staff WHERE name LIKE '%改'")] == [(0,)]
    desk.close()
    assert _dump(previous) == changed  # and the work of before is kept beside it
    code, out, _ = run_cli(capsys, "--db", str(filled_db), "info", "--json")
    assert code == 0 and json.loads(out)["staff"] == 300


@pytest.mark.parametrize("kind", ["random", "newer", "corrupt", "foreign"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(capsys, filled_db, tmp_path, kind) -> None:
    bad = tmp_path / "bad.db"
    if kind == "random":
        bad.write_bytes(bytes(range(256)) * 64)
    else:
        run_cli(capsys, "--db", str(filled_db), "backup", "--out", str(bad))
        con = sqlite3.connect(bad)
        if kind == "newer":
            con.execute("UPDATE alembic_version SET version_num = '0999'")
        elif kind == "foreign":
            con.execute("DROP TABLE alembic_version")
        con.commit()
        con.close()
        if kind == "corrupt":
            size = bad.stat().st_size
            with bad.open("r+b") as fh:
                fh.seek(size - 4096 * 3)
                fh.write(b"\xff" * 4096 * 2)
    before = snapshot(filled_db.parent)
    code, out, _ = run_cli(capsys, "--db", str(filled_db), "restore", str(bad), "--json")
    expected = {
        "random": "db_not_database",
        "newer": "db_newer",
        "corrupt": "db_corrupt",
        "foreign": "db_foreign",
    }[kind]
    assert code == 2 and json_error(out)["code"] == expected
    assert snapshot(filled_db.parent) == before


def test_restore_while_the_app_has_the_database_open(filled_db, tmp_path) -> None:
    """The GUI keeps its engine: after the restore it reads the restored data, no stale WAL."""
    from sqlalchemy import text

    from congress_app.paths import sqlite_url
    from congress_app.services.backup import backup_database, restore_database
    from congress_app.services.database import open_database

    db = open_database(sqlite_url(filled_db), create=False)
    try:
        backup_database(db, tmp_path / "b.db")
        with db.engine.begin() as c:
            c.execute(text("DELETE FROM staff"))
        restore_database(filled_db, tmp_path / "b.db")
        with db.engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM staff")).scalar() == 300
    finally:
        db.close()
    assert _dump(filled_db) == _dump(tmp_path / "b.db")


def test_automatic_backups_keep_the_last_n(filled_db, tmp_path, monkeypatch) -> None:
    from congress_app.paths import sqlite_url
    from congress_app.services import backup
    from congress_app.services.database import open_database

    db = open_database(sqlite_url(filled_db), create=False)
    folder = tmp_path / "auto"
    made = []
    try:
        for i in range(4):
            monkeypatch.setattr(backup, "_stamp", lambda i=i: f"20261203-0800{i:02d}")
            made.append(backup.automatic_backup(db, folder, keep=2))
    finally:
        db.close()
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [made[2].name, made[3].name]
    assert _dump(made[3]) == _dump(filled_db)
