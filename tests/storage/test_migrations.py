"""Migrations: a linear chain, models == migrated schema, upgrades keep data and back up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from congress_app.paths import sqlite_url
from congress_app.storage.base import Base
from congress_app.storage.engine import make_engine
from congress_app.storage.migrate import alembic_config, current_revision, head_revision, upgrade_to_head


def test_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    heads = script.get_heads()
    assert len(heads) == 1
    revisions = list(script.walk_revisions())
    bases = [r for r in revisions if r.down_revision is None]
    assert len(bases) == 1
    for revision in revisions:
        assert not isinstance(revision.down_revision, (tuple, list)), revision.revision
        assert len(script.get_revision(revision.revision).nextrev) <= 1


def test_head_read_from_the_files_is_alembics_head() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert head_revision() == script.get_current_head()


def test_upgraded_database_matches_the_models(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "a.db")
    upgrade_to_head(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    engine.dispose()
    assert diff == []


def test_upgrade_is_a_no_op_at_head(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "a.db")
    first = upgrade_to_head(url)
    second = upgrade_to_head(url)
    assert first.from_revision is None and first.to_revision == head_revision()
    assert not second.changed and second.backup is None


def test_upgrade_from_first_revision_keeps_child_rows_and_leaves_a_backup(tmp_path: Path) -> None:
    """The batch copy of `staff` must not cascade into `staff_event` (foreign_keys=OFF)."""
    path = tmp_path / "old.db"
    url = sqlite_url(path)
    engine = make_engine(url, foreign_keys=False)
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO election_unit (id, name, code, is_joint, created_at) "
                "VALUES (1, '机械工程学院', '', 0, '2026-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO staff (id, staff_no, name, gender, unit_id, category, status, post, "
                "listed, created_at) VALUES (1, '100001', '张三', '男', 1, '教学', '在岗', '', 1, "
                "'2026-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO staff_event (staff_id, effective_on, status, unit_id, category, post, "
                "source, recorded_at) VALUES (1, '2020-01-01', '在岗', 1, '教学', '', 'x', "
                "'2026-01-01')"
            )
        )
    assert current_revision(engine) == "0001"
    engine.dispose()

    result = upgrade_to_head(url)

    assert result.from_revision == "0001" and result.to_revision == head_revision()
    assert result.backup is not None and result.backup.exists()
    assert result.backup.parent == path.parent
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM staff_event").fetchone() == (1,)
        assert connection.execute("SELECT unlisted_on FROM staff").fetchone() == (None,)
    with sqlite3.connect(result.backup) as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == ("0001",)


def test_connections_have_foreign_keys_wal_and_busy_timeout(db) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_audit_log_refuses_update_and_delete(db) -> None:
    from congress_app.services.audit import append_audit

    with db.session() as session, session.begin():
        append_audit(session, actor="t", action="x", entity="e", entity_id=1)
    with db.engine.begin() as connection:
        with pytest.raises(Exception, match="append-only"):
            connection.execute(text("UPDATE audit_entry SET actor = 'mallory'"))
    with db.engine.begin() as connection:
        with pytest.raises(Exception, match="append-only"):
            connection.execute(text("DELETE FROM audit_entry"))
