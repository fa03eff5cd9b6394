"""Every database fault, made for real, gives its message and exit code 2 and leaves the
file (and its folder) byte for byte as it was (issue 9, point 5)."""

from __future__ import annotations

import shutil
import socket
import sqlite3

import pytest

from tests.faults.conftest import json_error, run_cli, snapshot

COMMANDS = [
    ["info"],
    ["seats"],
    ["allocate", "--seats", "20"],
    ["election", "results"],
    ["backup", "--out", "{folder}/copy.db"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_mistyped_db_is_refused_and_nothing_is_created(capsys, tmp_path, command) -> None:
    missing = tmp_path / "congres.db"
    argv = [a.format(folder=tmp_path) for a in command]
    code, out, err = run_cli(capsys, "--db", str(missing), *argv, "--json")
    assert code == 2 and str(missing) in err  # the person reads stderr, the script stdout
    error = json_error(out)
    assert error["code"] == "db_missing" and str(missing) in error["message"]
    assert "数据库文件不存在" in error["message"]
    assert list(tmp_path.iterdir()) == []


def test_staff_import_on_a_missing_file_creates_nothing(capsys, tmp_path, roster_csv) -> None:
    code, _, err = run_cli(capsys, "--db", str(tmp_path / "x.db"), "staff", "import", str(roster_csv))
    assert code == 2 and err.startswith("错误：数据库文件不存在") and list(tmp_path.iterdir()) == []


def test_init_and_demo_may_create(capsys, tmp_path) -> None:
    assert run_cli(capsys, "--db", str(tmp_path / "a.db"), "init")[0] == 0
    assert (tmp_path / "a.db").exists()


def test_a_path_in_a_missing_folder(capsys, tmp_path) -> None:
    target = tmp_path / "nowhere" / "deeper" / "x.db"
    for command in (["init"], ["info"]):
        code, out, err = run_cli(capsys, "--db", str(target), *command)
        assert code == 2 and "找不到数据库所在的文件夹" in err and str(target.parent) in err
    code, out, err = run_cli(capsys, "--db", str(target), "init", "--lang", "en")
    assert code == 2 and err.startswith("Error: The folder of the database does not exist")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("command", [["init"], ["info"], ["seats"]], ids=lambda c: c[0])
def test_a_file_of_random_bytes(capsys, tmp_path, command) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(bytes(range(256)) * 40)
    before = snapshot(tmp_path)
    code, out, err = run_cli(capsys, "--db", str(path), *command, "--json")
    assert code == 2 and json_error(out)["code"] == "db_not_database"
    assert "不是数据库文件" in json_error(out)["message"]
    assert snapshot(tmp_path) == before


def test_a_corrupt_database(capsys, filled_db) -> None:
    size = filled_db.stat().st_size
    with filled_db.open("r+b") as fh:  # wipe two pages near the end (the staff table)
        fh.seek(size - 4096 * 3)
        fh.write(b"\xff" * 4096 * 2)
    before = snapshot(filled_db.parent)
    for command in (["init"], ["info"], ["allocate", "--seats", "20"]):
        code, out, err = run_cli(capsys, "--db", str(filled_db), *command)
        assert code == 2 and "数据库文件已损坏" in err and "Traceback" not in err
        assert snapshot(filled_db.parent) == before
    code, _, err = run_cli(capsys, "--db", str(filled_db), "info", "--lang", "en")
    assert code == 2 and "The database file is damaged" in err


def test_a_sqlite_database_that_is_not_ours(capsys, tmp_path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = snapshot(tmp_path)
    code, out, _ = run_cli(capsys, "--db", str(path), "init", "--json")
    assert code == 2 and json_error(out)["code"] == "db_foreign"
    assert snapshot(tmp_path) == before


def test_a_database_from_a_newer_version_is_refused_untouched(capsys, filled_db, roster_csv) -> None:
    con = sqlite3.connect(filled_db)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()
    before = snapshot(filled_db.parent)
    for command in (["init"], ["info"], ["staff", "import", str(roster_csv)]):
        code, out, err = run_cli(capsys, "--db", str(filled_db), *command)
        assert code == 2 and "来自更新版本的教代会工作台" in err and "0999" in err
        assert snapshot(filled_db.parent) == before
    code, out, _ = run_cli(capsys, "--db", str(filled_db), "info", "--json", "--lang", "en")
    error = json_error(out)
    assert error["code"] == "db_newer" and "comes from a newer version" in error["message"]


def test_locked_beyond_the_busy_timeout(capsys, filled_db, monkeypatch) -> None:
    from congress_app.storage import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(filled_db, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN IMMEDIATE")  # another desk holds the write lock
    holder.execute("UPDATE school SET name = name")
    try:
        before = filled_db.read_bytes()
        code, out, err = run_cli(capsys, "--db", str(filled_db), "allocate", "--seats", "60")
        assert code == 2 and "数据库正被其他程序或另一台工作台占用" in err and "本次修改没有保存" in err
        code, out, _ = run_cli(capsys, "--db", str(filled_db), "allocate", "--seats", "60", "--json")
        assert code == 2 and json_error(out)["code"] == "db_locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert filled_db.read_bytes() == before
    with sqlite3.connect(filled_db) as con:
        assert con.execute("SELECT count(*) FROM seat_plan").fetchone()[0] == 0


def test_a_read_only_folder(capsys, filled_db, tmpfs) -> None:
    mount = tmpfs(2048)
    shutil.copyfile(filled_db, mount.where / "congress.db")
    mount.read_only()
    before = snapshot(mount.where)
    for command in (["info"], ["allocate", "--seats", "60"], ["init"]):
        code, out, err = run_cli(capsys, "--db", str(mount.where / "congress.db"), *command)
        assert code == 2 and "数据库是只读的" in err, err
    code, out, _ = run_cli(capsys, "--db", str(mount.where / "new.db"), "init", "--json")
    assert code == 2 and json_error(out)["code"] == "db_read_only"
    assert snapshot(mount.where) == before


def test_a_read_only_file(capsys, filled_db, tmp_path) -> None:
    import os
    import subprocess

    if os.geteuid() == 0:  # root writes through file modes: bind-mount the file read-only
        if shutil.which("mount") is None:
            pytest.skip("needs mount(8)")
        bound = subprocess.run(["mount", "--bind", str(filled_db), str(filled_db)], capture_output=True)
        if bound.returncode != 0:
            pytest.skip("cannot bind-mount here (root without mount rights)")
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(filled_db)], check=True)
            before = filled_db.read_bytes()
            code, out, err = run_cli(capsys, "--db", str(filled_db), "allocate", "--seats", "60")
            assert code == 2 and "数据库是只读的" in err and filled_db.read_bytes() == before
        finally:
            subprocess.run(["umount", "-l", str(filled_db)], check=False)
    else:
        filled_db.chmod(0o444)
        before = filled_db.read_bytes()
        code, out, err = run_cli(capsys, "--db", str(filled_db), "allocate", "--seats", "60")
        assert code == 2 and "数据库是只读的" in err and filled_db.read_bytes() == before


def test_disk_full_during_a_save_rolls_back(capsys, template_db, big_roster_csv, tmpfs) -> None:
    """A real full disk: a file system 120 KB larger than a fresh database; importing 3,000
    staff needs more. The import is rolled back and the database reads as before."""
    mount = tmpfs(template_db.stat().st_size // 1024 + 120)
    path = mount.where / "congress.db"
    shutil.copyfile(template_db, path)
    before = path.read_bytes()
    code, out, err = run_cli(capsys, "--db", str(path), "staff", "import", str(big_roster_csv))
    assert code == 2 and "磁盘已满" in err and "本次修改没有保存" in err, err
    assert "Traceback" not in err
    code, out, _ = run_cli(capsys, "--db", str(path), "info", "--json")
    assert code == 0 and '"staff": 0' in out
    assert path.read_bytes() == before


def test_disk_full_simulated_by_a_size_limit(capsys, filled_db, big_roster_csv, monkeypatch) -> None:
    """SQLite's own SQLITE_FULL (max_page_count reached) without a small file system."""
    from sqlalchemy import event

    from congress_app.storage import engine as engine_module

    real = engine_module.make_engine

    def limited(url, **kwargs):
        made = real(url, **kwargs)

        @event.listens_for(made, "connect")
        def _limit(dbapi_connection, _record):
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

        return made

    monkeypatch.setattr("congress_app.services.database.make_engine", limited)
    before = filled_db.read_bytes()
    code, out, err = run_cli(
        capsys, "--db", str(filled_db), "staff", "import", str(big_roster_csv), "--lang", "en"
    )
    assert code == 2 and "The disk is full" in err and "was not saved" in err
    assert filled_db.read_bytes() == before


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_postgres_without_its_driver(capsys) -> None:
    code, out, _ = run_cli(
        capsys, "--db-url", f"postgresql+pg8000://desk@127.0.0.1:{_unused_port()}/c", "info", "--json"
    )
    error = json_error(out)
    assert code == 2 and error["code"] == "db_driver_missing" and "pg8000" in error["message"]


def test_postgres_server_unreachable(capsys) -> None:
    pytest.importorskip("psycopg")
    port = _unused_port()
    code, out, err = run_cli(capsys, "--db-url", f"postgresql+psycopg://desk@127.0.0.1:{port}/c", "info")
    assert code == 2 and "无法连接数据库服务器" in err and str(port) in err
    code, out, err = run_cli(
        capsys, "--db-url", f"postgresql+psycopg://desk:pw@127.0.0.1:{port}/c", "info", "--lang", "en"
    )
    assert code == 2 and "Cannot connect to the database server" in err and "pw" not in err
