"""Opening a database: resolve the URL, upgrade it to head (after a backup), hand out sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from congress_app.storage.engine import make_engine, make_sessionmaker, sqlite_file
from congress_app.storage.migrate import UpgradeResult, upgrade_to_head


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    upgrade: UpgradeResult | None = field(default=None)

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
        finally:
            session.close()

    @property
    def file(self) -> str | None:
        return sqlite_file(self.engine)

    def describe(self) -> str:
        """Where the data lives, safe to show (no password)."""
        return self.file or make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True, create: bool = True) -> Database:
    """Open (and by default create or upgrade) the database at ``url``.

    ``create=False`` refuses a missing SQLite file instead of creating an empty database (only
    ``init``, ``demo`` and 新建数据库 create one). Every fault is a ``DatabaseFault`` with a
    code (folder or file missing, not a database, corrupt, newer version, read-only, locked,
    driver missing, server unreachable); a refused file is left exactly as it was."""
    from congress_app.services.database_faults import (
        DatabaseFault,
        check_sqlite_file,
        database_fault,
        driver_fault,
    )
    from congress_app.storage.migrate import NewerDatabase, head_revision, known_revisions

    where = _safe_url(url)
    path = _sqlite_path(url)
    engine = None
    try:
        if path is not None:
            check_sqlite_file(path, create=create, known_revisions=known_revisions(), head=head_revision())
        result = upgrade_to_head(url) if upgrade else None
        engine = make_engine(url)
        db = Database(url=url, engine=engine, sessions=make_sessionmaker(engine), upgrade=result)
        if upgrade:  # records closed or approved by an older version: sealed once (R15.2)
            from congress_app.services.operator import default_operator
            from congress_app.services.verification import seal_legacy_records

            with db.session() as session:
                seal_legacy_records(session, actor=default_operator())
        return db
    except DatabaseFault:
        raise
    except NewerDatabase as error:
        raise DatabaseFault(
            "db_newer", path=path or where, revision=error.revision, head=error.head
        ) from error
    except Exception as error:
        if engine is not None:
            engine.dispose()
        fault = driver_fault(error, where) or database_fault(error, path or where)
        if fault is None:
            raise
        raise fault from error


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL is shown as typed
        return url


def _sqlite_path(url: str) -> str | None:
    """The file of a sqlite:/// URL (None for memory databases and servers)."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - the engine will say what is wrong
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return database
