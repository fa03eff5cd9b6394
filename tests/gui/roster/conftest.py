"""Fixtures for the roster page: a database with the 160-row sample, the page shown, and
errors recorded instead of shown in a modal box (an unexpected one fails the test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.roster_helpers import HEADER, write_csv  # noqa: F401 - used by the tests
from tests.services.roster_helpers import read_sample_rows as sample_rows  # noqa: F401


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
