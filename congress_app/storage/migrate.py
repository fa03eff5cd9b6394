"""Upgrade a database to the newest Alembic revision, after a backup.

Migrations run on their own engine with ``PRAGMA foreign_keys=OFF``: a batch migration on
SQLite copies the table, drops the old one and would fire ON DELETE CASCADE otherwise.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from congress_app.paths import migrations_dir
from congress_app.storage.engine import make_engine, sqlite_file


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(source: str | Path, target: str | Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while the app has it open)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade_to_head(url: str) -> UpgradeResult:
    """Create or upgrade the database at ``url``. A no-op when it is at head already.

    An existing SQLite database that is behind is copied first to
    ``<file>.bak-<revision>-<timestamp>`` beside it.
    """
    engine = make_engine(url, foreign_keys=False)
    try:
        before = current_revision(engine)
        head = head_revision()
        if before == head:
            return UpgradeResult(before, head, None)
        backup = None
        db_file = sqlite_file(engine)
        has_tables = bool(inspect(engine).get_table_names())
        if db_file and has_tables:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = backup_sqlite(db_file, f"{db_file}.bak-{before or 'none'}-{stamp}")
        config = alembic_config(url)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return UpgradeResult(before, head, backup)
    finally:
        engine.dispose()
