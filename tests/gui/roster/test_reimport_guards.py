"""The import dialog explains a re-import (工号 zeros restored, unit names matched) and asks
before a file takes more than a tenth of the on-duty staff off duty."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.roster_files import RosterFileDialog
from congress_app.gui.dialogs.roster_import import WARNING_STYLE, RosterPreviewDialog
from congress_app.gui.state import AppState
from tests.services.reimport_helpers import file_rows, write_csv, write_xlsx

from .conftest import import_file, staff_count


@pytest.fixture
def rows_db(db, tmp_path):
    rows = file_rows()
    import_file(db, write_csv(tmp_path / "v1.csv", rows))
    return db, rows


def imports(db) -> int:
    from sqlalchemy import func, select

    from congress_app.storage.models import RosterImport

    with db.session() as session:
        return session.scalar(select(func.count()).select_from(RosterImport))


def run_import(monkeypatch, qtbot, make_page, db, path, confirm: bool):
    monkeypatch.setattr(RosterFileDialog, "ask_roster_file", classmethod(lambda cls, p: path))
    previews, questions = [], []

    def preview(cls, parent, file_name, found):
        previews.append(cls(parent, file_name, found))  # the real dialog, not shown
        return date(2026, 9, 1)

    def ask(cls, parent, title, text, confirm_text):
        questions.append((title, text, confirm_text))
        return confirm

    monkeypatch.setattr(RosterPreviewDialog, "ask", classmethod(preview))
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(ask))
    page = make_page(AppState(db))
    page.staff_tab.import_button.click()
    qtbot.waitUntil(lambda: bool(previews) and not page.staff_tab.flow.busy, timeout=30000)
    return page, previews[0], questions


def test_half_empty_file_asks_and_cancelling_imports_nothing(
    rows_db, make_page, qtbot, monkeypatch, tmp_path
) -> None:
    db, rows = rows_db
    page, preview, questions = run_import(
        monkeypatch, qtbot, make_page, db, write_csv(tmp_path / "half.csv", rows[:80]), False
    )
    ending = preview.preview.ending_on_duty
    [(title, text, button)] = questions
    assert f"将有 {ending} 名不再在岗" in text and str(ending) in button
    assert preview.warnings.isVisibleTo(preview) and preview.warnings.styleSheet() == WARNING_STYLE
    assert "已取消" in page.notice_label.text()
    from sqlalchemy import func, select

    from congress_app.storage.models import RosterImport, Staff

    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(RosterImport)) == 1
        assert session.scalar(select(func.count()).where(Staff.listed.is_(False))) == 0


def test_half_empty_file_confirmed_is_imported(
    rows_db, make_page, qtbot, monkeypatch, tmp_path, shown_errors
) -> None:
    db, rows = rows_db
    page, _preview, questions = run_import(
        monkeypatch, qtbot, make_page, db, write_csv(tmp_path / "half.csv", rows[:80]), True
    )
    assert len(questions) == 1
    qtbot.waitUntil(lambda: imports(db) == 2, timeout=30000)
    assert shown_errors == [] and staff_count(db) == 160
    qtbot.waitUntil(lambda: "不再列入 80 人" in page.notice_label.text(), timeout=30000)


def test_excel_mangled_file_is_matched_and_the_preview_says_so(
    rows_db, make_page, qtbot, monkeypatch, tmp_path
) -> None:
    db, rows = rows_db
    path = write_xlsx(tmp_path / "v2.xlsx", rows, numbers=True)
    page, preview, questions = run_import(monkeypatch, qtbot, make_page, db, path, False)
    assert questions == []  # nobody leaves: no question
    assert "160 个工号开头的 0 已丢失" in preview.warnings.text()
    assert preview.added_model.rowCount() == 0 and preview.unlisted_model.rowCount() == 0
    qtbot.waitUntil(lambda: imports(db) == 2, timeout=30000)
    assert staff_count(db) == 160
