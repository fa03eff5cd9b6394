"""Backups on demand and at each close, and restoring one (SQLite's online backup API).

A backup is written to a hidden partial file beside the target, verified (``PRAGMA
integrity_check`` and every table's row count against the same snapshot of the source), and
only then renamed into place; a failed backup leaves no file. Restoring validates the backup
(intact, a Congress Desk database, not from a newer version), keeps the current database as a
dated copy beside it, and copies the backup INTO the live file through the backup API, so no
stale ``-wal``/``-shm`` can be replayed over it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from congress_app.services.database import Database
from congress_app.services.database_faults import SQLITE_HEADER, DatabaseFault, database_fault
from congress_app.services.errors import InvalidInput

SPACE_MARGIN = 1.2  # free space wanted: the database's size and a fifth more


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int
    rows: int  # all tables' rows together, verified in the copy


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    previous_copy: Path | None
    revision: str


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(connection)}


def _size_with_wal(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def copy_verified(source: Path, out: Path, *, force: bool = False) -> BackupResult:
    """A verified consistent copy of the SQLite file ``source`` at ``out``."""
    out = Path(out).expanduser().resolve()
    if out == Path(source).resolve():
        raise InvalidInput("backup_onto_itself", field="out", path=str(out))
    if not out.parent.is_dir():
        raise DatabaseFault("db_folder_missing", path=str(out), folder=str(out.parent))
    if out.exists() and not force:
        raise InvalidInput("backup_exists", field="out", path=str(out))
    needed = int(_size_with_wal(Path(source)) * SPACE_MARGIN) + 64 * 1024
    free = shutil.disk_usage(out.parent).free
    if free < needed:
        raise InvalidInput(
            "backup_no_space",
            field="out",
            path=str(out),
            needed_mb=f"{needed / 1e6:.1f}",
            free_mb=f"{free / 1e6:.1f}",
        )
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        src = sqlite3.connect(str(source), isolation_level=None)
        try:
            src.execute("BEGIN")  # one snapshot: the counts and the copy see the same data
            expected = _counts(src)
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is a single file
                status = dst.execute("PRAGMA integrity_check").fetchone()[0]
                copied = _counts(dst)
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        if status != "ok" or copied != expected:
            raise InvalidInput("backup_verify_failed", path=str(out), reason=str(status)[:200])
        os.replace(partial, out)
    except BaseException as error:
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(error, Exception) and not isinstance(error, (InvalidInput, DatabaseFault)):
            fault = database_fault(error, str(out))
            if fault is not None:
                raise fault from error
        raise
    return BackupResult(out, out.stat().st_size, sum(expected.values()))


def backup_database(db: Database, out: Path, *, force: bool = False) -> Path:
    """Write a verified consistent copy of the open SQLite database to ``out``."""
    return backup_result(db, out, force=force).path


def backup_result(db: Database, out: Path, *, force: bool = False) -> BackupResult:
    source = db.file
    if source is None:
        raise InvalidInput("backup_needs_sqlite", url=db.describe())
    return copy_verified(Path(source), out, force=force)


# -- automatic backups at each close ----------------------------------------------------------
def automatic_backup(db: Database, folder: Path, keep: int) -> Path | None:
    """A dated backup of ``db`` in ``folder``; only the newest ``keep`` of this database stay."""
    source = db.file
    if source is None or keep <= 0:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(source).stem
    result = copy_verified(Path(source), folder / f"{stem}-auto-{_stamp()}.db", force=True)
    for old in sorted(folder.glob(f"{stem}-auto-*.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return result.path


# -- restore ----------------------------------------------------------------------------------
def check_backup_file(path: Path) -> str:
    """Refuse a file that is not an intact Congress Desk database this version can open;
    returns its revision. The file is only read (immutable: not even a -shm is created)."""
    from congress_app.storage.migrate import head_revision, known_revisions

    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise DatabaseFault("db_missing", path=str(path))
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseFault("db_not_database", path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            status = con.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                raise DatabaseFault("db_corrupt", path=str(path), reason=str(status)[:200])
            if "alembic_version" not in _tables(con):
                raise DatabaseFault("db_foreign", path=str(path))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as error:
        raise (
            database_fault(error, str(path)) or DatabaseFault("db_corrupt", path=str(path), reason=str(error))
        ) from error
    revision: str | None = row[0] if row else None
    if revision is None:
        raise DatabaseFault("db_foreign", path=str(path))
    if revision not in known_revisions():
        raise DatabaseFault("db_newer", path=str(path), revision=revision, head=head_revision())
    return revision


def restore_database(target: Path, source: Path) -> RestoreResult:
    """Replace the database file ``target`` by the backup ``source`` (see the module note)."""
    target = Path(target).expanduser().resolve()
    source = Path(source).expanduser().resolve()
    if source == target:
        raise InvalidInput("backup_onto_itself", field="file", path=str(source))
    revision = check_backup_file(source)
    if not target.exists():
        raise DatabaseFault("db_missing", path=str(target))
    previous = target.with_name(f"{target.stem}.before-restore-{_stamp()}{target.suffix or '.db'}")
    try:
        copy_verified(target, previous)
    except (DatabaseFault, InvalidInput, sqlite3.DatabaseError) as error:
        if isinstance(error, InvalidInput) and error.code == "backup_no_space":
            raise
        shutil.copy2(target, previous)  # a damaged database is kept as it is, byte for byte
        wal = Path(f"{target}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{previous}-wal"))
    src = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
    try:
        try:
            dst = sqlite3.connect(str(target), timeout=10)
            try:
                src.backup(dst)  # through the live file's own journal and locks
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        except sqlite3.DatabaseError as error:
            fault = database_fault(error, str(target))
            if fault is not None and fault.code in (
                "db_locked",
                "db_disk_full",
                "db_read_only",
                "db_io_error",
            ):
                raise fault from error
            for stale in (Path(f"{target}-wal"), Path(f"{target}-shm"), target):
                stale.unlink(missing_ok=True)  # the damaged file is kept in ``previous``
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
    finally:
        src.close()
    return RestoreResult(target, source, previous, revision)
