"""Migration 0015 (the school's unit order): upgrade keeps the units and their staff, the new
column starts empty (stroke order); downgrade drops it and keeps the rows."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from congress_app.paths import sqlite_url
from congress_app.storage.engine import make_engine
from congress_app.storage.migrate import alembic_config


def _migrate(url: str, target: str, *, down: bool = False) -> None:
    engine = make_engine(url, foreign_keys=False)
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)
    engine.dispose()


def _columns(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return {c["name"] for c in inspect(engine).get_columns("election_unit")}
    finally:
        engine.dispose()


def test_0015_adds_position_and_downgrade_keeps_rows(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "u.db")
    _migrate(url, "0014")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO election_unit (id, name, code, is_joint, created_at) VALUES "
                "(1, '机械工程学院', '', 0, '2026-01-01'), (2, '图书馆', '', 0, '2026-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO staff (id, staff_no, name, gender, unit_id, category, status, post, "
                "listed, created_at) VALUES (1, '100001', '张三', 'm', 1, 'teaching', 'on_duty', '', 1, "
                "'2026-01-01')"
            )
        )
    engine.dispose()
    assert "position" not in _columns(url)

    _migrate(url, "0015")
    assert "position" in _columns(url)
    engine = make_engine(url)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT id, position FROM election_unit ORDER BY id")).all() == [
            (1, None),
            (2, None),
        ]
        connection.execute(text("UPDATE election_unit SET position = 1 WHERE id = 2"))
    engine.dispose()

    _migrate(url, "0014", down=True)
    assert "position" not in _columns(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM election_unit")).scalar() == 2
        assert connection.execute(text("SELECT unit_id FROM staff")).scalar() == 1
    engine.dispose()
