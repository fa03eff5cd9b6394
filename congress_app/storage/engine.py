"""Engines: SQLite gets WAL, foreign keys and a busy timeout on every connection."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = int(os.environ.get("CONGRESS_BUSY_TIMEOUT_MS", "5000"))  # how long to wait
# for another desk's write before saying the database is busy (settable for tests and slow LANs)


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """Create an engine. ``foreign_keys=False`` is only for running migrations (see migrate.py)."""
    is_sqlite = url.startswith("sqlite")
    engine = create_engine(url, future=True)
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if ":memory:" not in url and url not in ("sqlite://", "sqlite:///"):
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()
            if not foreign_keys:  # migrations: real transactional DDL (see below)
                dbapi_connection.isolation_level = None

        if not foreign_keys:
            # pysqlite runs DDL outside any transaction unless told otherwise: with BEGIN
            # emitted here an upgrade is one transaction, and a killed upgrade leaves the
            # previous version intact (SQLAlchemy's "serializable isolation" recipe)
            @event.listens_for(engine, "begin")
            def _begin(connection: Connection) -> None:  # pragma: no cover - trivial
                connection.exec_driver_sql("BEGIN")

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def sqlite_file(engine: Engine) -> str | None:
    """The database file of a SQLite engine, or None (memory or another server)."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return database
