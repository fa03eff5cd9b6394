"""Helpers for making database faults for real: a database with data, small and read-only
file systems (tmpfs mounts, when this user may mount), the CLI run in-process."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from congress_app.launcher import main


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def json_error(out: str) -> dict:
    data = json.loads(out)
    assert set(data) == {"error"} and set(data["error"]) == {"code", "message"}, data
    return data["error"]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of ``folder`` and its bytes (so "nothing changed" compares the whole folder)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="session")
def roster_csv(tmp_path_factory) -> Path:
    from congress_app.demo.people import make_roster_csv

    return make_roster_csv(tmp_path_factory.mktemp("roster") / "roster.csv", rows=300, units=4, seed=3)


@pytest.fixture(scope="session")
def big_roster_csv(tmp_path_factory) -> Path:
    from congress_app.demo.people import make_roster_csv

    return make_roster_csv(tmp_path_factory.mktemp("roster") / "big.csv", rows=3000, units=12, seed=5)


@pytest.fixture
def filled_db(template_db, tmp_path, roster_csv) -> Path:
    """A database with 300 staff, checkpointed (no -wal beside it)."""
    import shutil
    import sqlite3

    from congress_app.paths import sqlite_url
    from congress_app.roster_file import read_roster
    from congress_app.services.database import open_database
    from congress_app.services.roster import import_roster

    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "congress.db"
    shutil.copyfile(template_db, path)
    db = open_database(sqlite_url(path))
    with db.session() as session:
        import_roster(session, read_roster(roster_csv), file_name="roster.csv", actor="t")
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


class Mount:
    """A small tmpfs mounted for one test (root only); unmounted afterwards."""

    def __init__(self, where: Path, size_kb: int) -> None:
        self.where = where
        where.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.where)], check=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.where)], check=False)


@pytest.fixture
def tmpfs(tmp_path):
    import shutil

    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root and mount(8)")
    mounts: list[Mount] = []

    def make(size_kb: int = 1024, name: str = "mnt") -> Mount:
        mount = Mount(tmp_path / name, size_kb)
        mounts.append(mount)
        return mount

    yield make
    for mount in mounts:
        mount.unmount()
