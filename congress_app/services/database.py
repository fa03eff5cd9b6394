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


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open (and by default create or upgrade) the database at ``url``."""
    result = upgrade_to_head(url) if upgrade else None
    engine = make_engine(url)
    db = Database(url=url, engine=engine, sessions=make_sessionmaker(engine), upgrade=result)
    if upgrade:  # records closed or approved by an older version: sealed once (R15.2)
        from congress_app.services.operator import default_operator
        from congress_app.services.verification import seal_legacy_records

        with db.session() as session:
            seal_legacy_records(session, actor=default_operator())
    return db
