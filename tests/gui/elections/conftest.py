"""Fixtures of the elections page: a small university (roster-small.csv) with a seat plan,
the 9th term and one election per unit, built once per run and copied per test; the page
itself; error dialogs recorded instead of shown; dialogs answered through ask()."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from congress_app.paths import sqlite_url
from congress_app.services.database import open_database

HELD_ON = date(2026, 11, 20)
REF = date(2026, 11, 1)


def _build(template: Path, target: Path, samples: Path, *, prepare: bool) -> Path:
    from congress_app.roster_file import read_roster
    from congress_app.services.elections import prepare_elections
    from congress_app.services.roster import import_roster
    from congress_app.services.seats import save_seat_plan, seat_overview
    from congress_app.services.terms import create_term

    shutil.copyfile(template, target)
    db = open_database(sqlite_url(target))
    try:
        with db.session() as session:
            roster = read_roster(samples / "roster-small.csv", today=date(2026, 11, 23))
            import_roster(
                session, roster, file_name="roster-small.csv", actor="t", effective_on=date(2026, 10, 1)
            )
            total = seat_overview(session, REF).range.recommended
            save_seat_plan(session, total=total, actor="t", reference_date=REF)
            term = create_term(session, number=9, starts_on=date(2026, 12, 1), years=5, actor="t")
            if prepare:
                prepare_elections(session, term_id=term.term_id, actor="t")
    finally:
        db.close()
    return target


@pytest.fixture(scope="session")
def planned_template(template_db, samples, tmp_path_factory) -> Path:
    return _build(template_db, tmp_path_factory.mktemp("el") / "planned.db", samples, prepare=False)


@pytest.fixture(scope="session")
def prepared_template(template_db, samples, tmp_path_factory) -> Path:
    return _build(template_db, tmp_path_factory.mktemp("el") / "prepared.db", samples, prepare=True)


def _open(template: Path, tmp_path: Path):
    target = tmp_path / "congress.db"
    shutil.copyfile(template, target)
    return open_database(sqlite_url(target))


@pytest.fixture
def planned_db(planned_template, tmp_path):
    db = _open(planned_template, tmp_path)
    yield db
    db.close()


@pytest.fixture
def prepared_db(prepared_template, tmp_path):
    db = _open(prepared_template, tmp_path)
    yield db
    db.close()


@pytest.fixture
def errors(monkeypatch) -> list:
    """Errors the page would show in a message box (recorded, not shown)."""
    from congress_app.gui.pages.elections import common

    shown: list = []
    monkeypatch.setattr(common, "show_error", lambda parent, error, details="": shown.append(error))
    return shown


def make_page(qtbot, db):
    from congress_app.gui.app import make_application
    from congress_app.gui.pages.elections.page import ElectionsPage
    from congress_app.gui.state import AppState

    make_application()
    state = AppState(db)
    state.actor = "office"
    page = ElectionsPage(state)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, prepared_db, errors):
    return make_page(qtbot, prepared_db)


@pytest.fixture
def answer(monkeypatch):
    """answer(DialogClass, value): the dialog's ask() returns ``value`` (a callable is called
    with ask's arguments); each call is recorded in the returned list."""

    def patch(dialog, value, name="ask"):
        calls: list = []

        def ask(cls, *args, **kwargs):
            calls.append((args, kwargs))
            return value(*args, **kwargs) if callable(value) else value

        monkeypatch.setattr(dialog, name, classmethod(ask))
        return calls

    return patch
