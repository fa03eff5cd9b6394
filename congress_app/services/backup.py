"""Backups on demand (the same SQLite online backup used before migrations)."""

from __future__ import annotations

from pathlib import Path

from congress_app.services.database import Database
from congress_app.services.errors import InvalidInput
from congress_app.storage.migrate import backup_sqlite


def backup_database(db: Database, out: Path) -> Path:
    """Write a consistent copy of the open SQLite database to ``out``."""
    source = db.file
    if source is None:
        raise InvalidInput("backup_needs_sqlite", url=db.describe())
    out = Path(out).expanduser().resolve()
    if out == Path(source).resolve():
        raise InvalidInput("backup_onto_itself", field="out", path=str(out))
    return backup_sqlite(source, out)
