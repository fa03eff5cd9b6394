"""Upgrade a database to the newest Alembic revision, after a backup.

Migrations run on their own engine with ``PRAGMA foreign_keys=OFF``: a batch migration on
SQLite copies the table, drops the old one and would fire ON DELETE CASCADE otherwise.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


def _revision_graph() -> dict[str, str | None]:
    revisions: dict[str, str | None] = {}
    for path in (migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision and down:
            revisions[revision.group(1)] = down.group(1)
    return revisions


def head_revision() -> str:
    """The newest revision, read from migrations/versions/ without importing Alembic (which
    costs a fifth of a second at start-up). A test checks it against Alembic's own answer."""
    revisions = _revision_graph()
    heads = set(revisions) - set(revisions.values())
    if len(heads) != 1:
        raise RuntimeError(f"expected one head revision, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> frozenset[str]:
    """Every revision this version of the app knows; any other comes from a newer version."""
    return frozenset(_revision_graph())


class NewerDatabase(Exception):
    """The database carries a revision this app does not know: made by a newer version."""

    def __init__(self, revision: str, head: str) -> None:
        super().__init__(revision, head)
        self.revision, self.head = revision, head


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None for a new database)."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None


def backup_sqlite(source: str | Path, target: str | Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while the app has it open).
    Written to a partial file first and renamed when complete, so a copy cut short never
    looks like a backup (leftover partial files are removed by ``clean_leftovers``)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}{PARTIAL}")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return target


PARTIAL = ".partial"


def upgrade_backup_path(db_file: str | Path, before: str | None, head: str) -> Path:
    """One clearly named backup per upgrade attempt, beside the database."""
    db_file = Path(db_file)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return db_file.with_name(f"{db_file.stem}.before-upgrade-{before or 'none'}-to-{head}-{stamp}.db")


def clean_leftovers(engine: Engine) -> list[str]:
    """Remove what an interrupted upgrade (of this or an older version) left: ``_alembic_tmp_*``
    tables and partial backup files beside the database. Returns what was removed."""
    removed: list[str] = []
    db_file = sqlite_file(engine)
    if db_file is None:
        return removed
    folder = Path(db_file).parent
    for partial in folder.glob(f"{Path(db_file).stem}.before-upgrade-*{PARTIAL}"):
        partial.unlink(missing_ok=True)
        removed.append(partial.name)
    tables = [t for t in inspect(engine).get_table_names() if t.startswith("_alembic_tmp_")]
    if tables:
        with engine.begin() as connection:
            for table in tables:
                connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}"')
        removed += tables
    return removed


def upgrade_to_head(url: str) -> UpgradeResult:
    """Create or upgrade the database at ``url``. A no-op when it is at head already.

    An existing SQLite database that is behind is first copied to
    ``<name>.before-upgrade-<from>-to-<to>-<timestamp>.db`` beside it; the upgrade then runs
    as ONE transaction (foreign keys off, on its own connection), so an interrupted upgrade
    leaves the previous version intact. A database from a newer version is refused.
    """
    engine = make_engine(url, foreign_keys=False)
    try:
        before = current_revision(engine)
        head = head_revision()
        if before is not None and before != head and before not in known_revisions():
            raise NewerDatabase(before, head)  # never "upgrade" (or downgrade) it
        clean_leftovers(engine)
        if before == head:
            return UpgradeResult(before, head, None)
        backup = None
        db_file = sqlite_file(engine)
        has_tables = bool(inspect(engine).get_table_names())
        if db_file and has_tables:
            backup = backup_sqlite(db_file, upgrade_backup_path(db_file, before, head))
        from alembic import command

        config = alembic_config(url)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return UpgradeResult(before, head, backup)
    finally:
        engine.dispose()
