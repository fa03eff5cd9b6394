"""Fixtures for the roster page: a database with the 160-row sample, the page shown, and
errors recorded instead of shown in a modal box (an unexpected one fails the test)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

HEADER = ["工号", "姓名", "性别", "出生日期", "选举单位", "岗位类别", "状态", "状态起始日期", "职务"]


def sample_rows(samples: Path) -> list[list[str]]:
    with open(samples / "roster-small.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADER
    return rows[1:]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def import_file(db, path: Path, actor: str = "tester"):
    from congress_app.roster_file import read_roster
    from congress_app.services.roster import import_roster

    roster = read_roster(path)
    assert roster.ok, roster.problems[:3]
    with db.session() as session:
        return import_roster(session, roster, file_name=path.name, actor=actor)


def staff_count(db) -> int:
    from sqlalchemy import func, select

    from congress_app.storage.models import Staff

    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Staff))


@pytest.fixture
def small_db(db, samples):
    import_file(db, samples / "roster-small.csv")
    return db


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch) -> list[BaseException]:
    """Errors the page would show; tests expecting none get a failure if one appears."""
    import congress_app.gui.pages.roster.common as common

    errors: list[BaseException] = []
    monkeypatch.setattr(common, "show_error", lambda parent, error, details="": errors.append(error))
    yield errors


@pytest.fixture
def make_page(qtbot):
    from congress_app.gui.app import make_application
    from congress_app.gui.pages.roster import RosterPage

    make_application()

    def make(state):
        page = RosterPage(state)
        qtbot.addWidget(page)
        page.resize(1020, 720)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make
