"""Database faults as typed errors: checked before a file is opened, and recognised after.

``check_sqlite_file`` looks at a SQLite file before anything writes to it (a missing folder or
file, random bytes, a corrupt or foreign database, one from a newer version, a read-only file or
folder), so a refused file is never changed. ``database_fault`` turns what the driver raised
later (locked, disk full, I/O error, read-only, driver missing, server unreachable) into a
``DatabaseFault`` with a code; the fronts word it (wording/database.py). No prose here.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from congress_app.services.errors import ServiceError

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseFault(ServiceError):
    """A database that cannot be used as asked; ``code`` is one of the ``db_*`` codes."""

    code = "db_fault"


def _read_only_folder(folder: Path) -> bool:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:  # pragma: no cover - statvfs missing (Windows)
        pass
    return not os.access(folder, os.W_OK)


def _read_only(path: Path) -> bool:
    return _read_only_folder(path.parent) or (path.exists() and not os.access(path, os.W_OK))


def check_sqlite_file(path: str | Path, *, create: bool, known_revisions: frozenset[str], head: str) -> None:
    """Refuse a SQLite file that cannot be opened safely; change nothing.

    ``create``: a missing (or empty) file may be created (only ``init``, ``demo`` and the
    GUI's 新建数据库 pass True)."""
    path = Path(path)
    where = str(path)
    if not path.parent.is_dir():
        raise DatabaseFault("db_folder_missing", path=where, folder=str(path.parent))
    if not path.exists():
        if not create:
            raise DatabaseFault("db_missing", path=where)
        if _read_only_folder(path.parent):
            raise DatabaseFault("db_read_only", path=where)
        return
    if path.is_dir():
        raise DatabaseFault("db_not_database", path=where)
    with path.open("rb") as fh:  # only ever before this process opens the database itself
        header = fh.read(len(SQLITE_HEADER))
    if not header:
        if not create:
            raise DatabaseFault("db_missing", path=where)
    elif header != SQLITE_HEADER:
        raise DatabaseFault("db_not_database", path=where)
    if _read_only(path):
        raise DatabaseFault("db_read_only", path=where)
    if not header:
        return
    revision = _inspect(path)
    if revision is _FOREIGN:
        raise DatabaseFault("db_foreign", path=where)
    if revision is not None and revision not in known_revisions:
        raise DatabaseFault("db_newer", path=where, revision=revision, head=head)


_FOREIGN = object()


def _inspect(path: Path) -> object:
    """The file's revision (None: no tables yet), after SQLite's quick integrity check."""
    # read-write but only reading: a read-only connection would leave -wal/-shm files behind
    connection = sqlite3.connect(path, timeout=5)
    try:
        status = connection.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise DatabaseFault("db_corrupt", path=str(path), reason=str(status)[:200])
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            return _FOREIGN
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as error:
        fault = database_fault(error, str(path))
        raise (fault or DatabaseFault("db_corrupt", path=str(path), reason=str(error))) from error
    finally:
        connection.close()


_SQLITE_CODES = {
    "SQLITE_BUSY": "db_locked",
    "SQLITE_LOCKED": "db_locked",
    "SQLITE_FULL": "db_disk_full",
    "SQLITE_READONLY": "db_read_only",
    "SQLITE_PERM": "db_read_only",
    "SQLITE_NOTADB": "db_not_database",
    "SQLITE_CORRUPT": "db_corrupt",
    "SQLITE_IOERR": "db_io_error",
    "SQLITE_CANTOPEN": "db_cannot_open",
}
_SQLITE_WORDS = (
    ("database is locked", "db_locked"),
    ("database table is locked", "db_locked"),
    ("database or disk is full", "db_disk_full"),
    ("disk i/o error", "db_io_error"),
    ("readonly database", "db_read_only"),
    ("read-only", "db_read_only"),
    ("file is not a database", "db_not_database"),
    ("malformed", "db_corrupt"),
    ("unable to open database file", "db_cannot_open"),
)


def _sqlite_code(error: BaseException) -> str | None:
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str):
        for prefix, code in _SQLITE_CODES.items():
            if name == prefix or name.startswith(prefix + "_"):
                return code
    text = str(error).lower()
    for words, code in _SQLITE_WORDS:
        if words in text:
            return code
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:300] if text else type(error).__name__


def database_fault(error: BaseException, where: str = "") -> DatabaseFault | None:
    """The fault behind a driver's or SQLAlchemy's error, or None when it is not one."""
    if isinstance(error, DatabaseFault):
        return error
    from congress_app.storage.engine import BUSY_TIMEOUT_MS  # noqa: PLC0415

    orig = getattr(error, "orig", None) or error
    if isinstance(orig, sqlite3.Error):
        code = _sqlite_code(orig)
        if code is None:
            return None
        return DatabaseFault(code, path=where, seconds=BUSY_TIMEOUT_MS // 1000, reason=_first_line(orig))
    if isinstance(error, OSError) and error.errno == 28:  # ENOSPC while copying a file
        return DatabaseFault("db_disk_full", path=where, reason=_first_line(error))
    module = type(orig).__module__ or ""
    if module.startswith(("psycopg", "pg8000", "asyncpg", "pymysql", "MySQLdb")):
        return DatabaseFault("db_unreachable", url=where, reason=_first_line(orig))
    return None


def driver_fault(error: BaseException, url: str) -> DatabaseFault | None:
    """A missing database driver (e.g. psycopg for a postgresql:// URL) or an unknown dialect."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    if isinstance(error, NoSuchModuleError):
        return DatabaseFault("db_driver_missing", url=url, driver=_first_line(error))
    if isinstance(error, ModuleNotFoundError):
        return DatabaseFault("db_driver_missing", url=url, driver=error.name or _first_line(error))
    if isinstance(error, ArgumentError):
        return DatabaseFault("db_bad_url", url=url, reason=_first_line(error))
    return None
