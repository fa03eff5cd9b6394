"""Closing the window (or Ctrl+Q) with unsaved counts asks: save / discard / cancel (issue 9.1).
The data is made here (a generated roster), not read from the shared samples."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtGui import QKeySequence

from congress_app.gui.dialogs.unsaved import CANCEL, DISCARD, SAVE, UnsavedChangesDialog
from tests.gui.elections.helpers import nominate, open_round, type_count

REF = date(2026, 11, 1)


@pytest.fixture(scope="module")
def prepared_own(template_db, tmp_path_factory):
    from congress_app.demo.people import make_roster_csv
    from congress_app.paths import sqlite_url
    from congress_app.roster_file import read_roster
    from congress_app.services.database import open_database
    from congress_app.services.elections import prepare_elections
    from congress_app.services.roster import import_roster
    from congress_app.services.seats import save_seat_plan, seat_overview
    from congress_app.services.terms import create_term

    folder = tmp_path_factory.mktemp("unsaved")
    target = folder / "prepared.db"
    shutil.copyfile(template_db, target)
    roster = read_roster(
        make_roster_csv(folder / "r.csv", rows=150, units=3, seed=4, as_of=date(2026, 10, 1)),
        today=date(2026, 11, 23),
    )
    db = open_database(sqlite_url(target))
    with db.session() as session:
        import_roster(session, roster, file_name="r.csv", actor="t", effective_on=date(2026, 10, 1))
        total = seat_overview(session, REF).range.recommended
        save_seat_plan(session, total=total, actor="t", reference_date=REF)
        term = create_term(session, number=9, starts_on=date(2026, 12, 1), years=5, actor="t")
        prepare_elections(session, term_id=term.term_id, actor="t")
    db.close()
    return target


@pytest.fixture
def window(qtbot, prepared_own, tmp_path, errors, answer):
    from congress_app.gui.app import make_application
    from congress_app.gui.main_window import MainWindow
    from congress_app.gui.state import AppState
    from congress_app.paths import sqlite_url
    from congress_app.services.database import open_database

    make_application()
    target = tmp_path / "congress.db"
    shutil.copyfile(prepared_own, target)
    db = open_database(sqlite_url(target))
    window = MainWindow(AppState(db))
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("elections")
    page.refresh()
    unit = page.overview.model.rows()[0].unit
    nominate(page, answer, unit)
    open_round(page, answer)
    totals = page.detail.round.totals
    type_count(qtbot, totals.issued, 9)
    assert totals.dirty
    yield window, totals, unit
    totals.dirty = False  # let the fixture's teardown close the window
    db.close()


def _saved_issued(window) -> int | None:
    from sqlalchemy import text

    with window.state.db.session() as session:
        return session.execute(text("SELECT issued FROM election_round")).scalar()


def test_cancel_keeps_the_window_and_the_typing(window, answer) -> None:
    win, totals, unit = window
    asked = answer(UnsavedChangesDialog, CANCEL)
    assert not win.close()
    assert win.isVisible() and totals.dirty and totals.issued.value() == 9
    parent, items = asked[0][0]
    assert parent is win and items == [f"「{unit}」第1轮的票数"]


def test_discard_closes_without_saving(window, answer) -> None:
    win, totals, _ = window
    answer(UnsavedChangesDialog, DISCARD)
    assert win.close()
    assert _saved_issued(win) in (None, 0)


def test_save_saves_then_closes(window, answer) -> None:
    win, totals, _ = window
    answer(UnsavedChangesDialog, SAVE)
    assert win.close()
    assert _saved_issued(win) == 9 and not totals.dirty


def test_ctrl_q_asks_too(window, answer, qtbot) -> None:
    win, totals, _ = window
    asked = answer(UnsavedChangesDialog, CANCEL)
    assert win.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    win.quit_action.trigger()
    assert asked and win.isVisible()


def test_nothing_unsaved_closes_without_asking(qtbot, app_state, answer) -> None:
    from congress_app.gui.app import make_application
    from congress_app.gui.main_window import MainWindow

    make_application()
    win = MainWindow(app_state)
    qtbot.addWidget(win)
    win.show()
    asked = answer(UnsavedChangesDialog, CANCEL)
    assert win.close() and asked == []


def test_a_locked_database_on_save_says_so_and_keeps_the_typing(window, answer, monkeypatch) -> None:
    """Another desk holds the write lock: the counts are not saved, the office is told in
    words (no traceback), the typing stays and the window stays usable."""
    import sqlite3

    from congress_app.storage import engine

    win, totals, _ = window
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    win.state.db.engine.dispose()  # new connections take the short timeout
    holder = sqlite3.connect(win.state.db.file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert totals.save() is False
        assert "数据库正被其他程序或另一台工作台占用" in totals.state_label.text()
        assert totals.dirty and totals.issued.value() == 9
        answer(UnsavedChangesDialog, SAVE)
        assert not win.close() and win.isVisible()  # saving failed: the window stays
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert totals.save() and _saved_issued(win) == 9
