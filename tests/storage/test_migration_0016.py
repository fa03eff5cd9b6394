"""Migration 0016 (the stamp's corner): items filed before it keep their bytes and are marked
as not keeping the corner (the export looks for the stamp's place on them); downgrade drops
the column and keeps the rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from congress_app.paths import sqlite_url
from congress_app.storage.engine import make_engine
from tests.storage.test_migration_0015 import _migrate


def _columns(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return {c["name"] for c in inspect(engine).get_columns("archive_item")}
    finally:
        engine.dispose()


def test_0016_marks_earlier_items_as_not_keeping_the_corner(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "a.db")
    _migrate(url, "0015")
    engine = make_engine(url, foreign_keys=False)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO archive_item (id, session_id, group_no, title, author, doc_number, "
                "doc_date, retention, pages, filename, media_type, size, sha256, kind, source, "
                "source_seal, content, created_at, created_by) VALUES (1, 1, 7, '决议', '', '', "
                "'2026-03-01', 'Y', 1, 'a.pdf', 'application/pdf', 3, 'ab', 'generated', 'vote:1', "
                "'cd', X'256464', '2026-03-01', 't')"
            )
        )
    engine.dispose()
    assert "stamp_corner" not in _columns(url)

    _migrate(url, "0016")
    engine = make_engine(url, foreign_keys=False)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT stamp_corner, content FROM archive_item")).one() == (0, b"%dd")
    engine.dispose()

    _migrate(url, "0015", down=True)
    assert "stamp_corner" not in _columns(url)
    engine = make_engine(url, foreign_keys=False)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT source FROM archive_item")).scalar() == "vote:1"
    engine.dispose()
