"""The demo university, loaded once per test module and copied per test: closed rounds, an
approved review and a published list, all sealed (R15.2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from congress_app.paths import sqlite_url
from congress_app.services.database import open_database
from congress_app.services.demo import load_demo


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(sqlite_url(path))
    load_demo(db)
    db.close()
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(sqlite_url(path))
    yield db
    db.close()
