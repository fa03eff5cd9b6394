"""Shared fixtures: a migrated template database built once per run and copied per test
(Anki's getEmptyCol idea), and per-test isolation of the user data directory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from congress_app.paths import sqlite_url
from congress_app.services.database import Database, open_database
from congress_app.storage.migrate import upgrade_to_head

# small synthetic rosters committed with the tests (tests/data/README.md): a clone needs nothing beside it
SAMPLES = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade_to_head(sqlite_url(path))
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "congress.db"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def db(db_path: Path) -> Database:
    database = open_database(sqlite_url(db_path))
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONGRESS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CONGRESS_DB_URL", raising=False)
