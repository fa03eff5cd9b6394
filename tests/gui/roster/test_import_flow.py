"""Importing from the page end to end: file picker and dialogs' ask() patched, the work in
background ops waited for with qtbot.waitUntil."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from congress_app.gui.dialogs.roster_files import RosterFileDialog
from congress_app.gui.dialogs.roster_import import RosterPreviewDialog, RosterProblemsDialog
from congress_app.gui.dialogs.roster_staff_detail import StaffDetailDialog
from congress_app.gui.models.staff_table import COL_STAFF_NO
from congress_app.gui.state import AppState
from congress_app.roster_file import describe_problem, read_roster
from congress_app.storage.models import RosterImport

from .conftest import sample_rows, staff_count, write_csv


def pick(monkeypatch, path) -> None:
    monkeypatch.setattr(RosterFileDialog, "ask_roster_file", classmethod(lambda cls, parent: path))


def capture_preview(monkeypatch, answer):
    seen = []

    def ask(cls, parent, file_name, preview):
        seen.append(cls(parent, file_name, preview))  # the real dialog, not shown
        return answer

    monkeypatch.setattr(RosterPreviewDialog, "ask", classmethod(ask))
    return seen


def test_a_bad_roster_lists_every_problem_and_imports_nothing(
    app_state, make_page, qtbot, monkeypatch, samples, tmp_path
) -> None:
    rows = sample_rows(samples)[:20]
    rows[3][2] = "M"  # gender
    rows[5][0] = rows[4][0]  # duplicate 工号
    rows[7][3] = "1980-02-30"  # impossible date
    rows[9][4] = ""  # no unit
    rows[11][5] = "教授"  # category
    rows[12][6] = "退休"  # status without 状态起始日期
    bad = write_csv(tmp_path / "坏名册.csv", rows)
    problems = read_roster(bad).problems
    assert len(problems) >= 6
    pick(monkeypatch, bad)
    shown = []

    def ask(cls, parent, file_name, found):
        shown.append(cls(parent, file_name, found))

    monkeypatch.setattr(RosterProblemsDialog, "ask", classmethod(ask))
    monkeypatch.setattr(
        RosterPreviewDialog, "ask", classmethod(lambda *a: pytest.fail("no preview for a bad file"))
    )
    page = make_page(app_state)
    assert page.staff_tab.stack.currentIndex() == 0  # empty state: import / template
    page.staff_tab.empty_import.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    qtbot.waitUntil(lambda: not page.staff_tab.flow.busy)

    dialog = shown[0]
    assert dialog.model.rowCount() == len(problems)
    listed = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert listed == [describe_problem(replace(p, line=0)) for p in problems]
    assert all(not text.startswith("第") for text in listed)  # the row is in its own column
    assert [dialog.model.index(r, 0).data() for r in range(len(problems))] == [str(p.line) for p in problems]
    assert "没有导入任何数据" in dialog.note.text()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "行\t列\t问题" and len(copied) == len(problems) + 1
    assert staff_count(app_state.db) == 0
    assert page.staff_tab.model.rowCount() == 0
    assert "未导入" in page.notice_label.text()


def test_the_good_sample_imports_160_and_the_table_shows_them(
    app_state, make_page, qtbot, monkeypatch, samples, shown_errors
) -> None:
    pick(monkeypatch, samples / "roster-small.csv")
    previews = capture_preview(monkeypatch, date(2024, 9, 1))
    page = make_page(app_state)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.staff_tab.empty_import, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Ctrl+I
    qtbot.waitUntil(lambda: page.staff_tab.model.rowCount() == 160, timeout=15000)

    preview = previews[0]
    assert preview.added_model.rowCount() == 160
    assert preview.changed_model.rowCount() == 0 and preview.unlisted_model.rowCount() == 0
    assert "新增 160" in preview.summary.text()
    assert preview.date_edit.date().toPython() == date.today()
    assert staff_count(app_state.db) == 160
    assert page.staff_tab.stack.currentIndex() == 1
    assert page.staff_tab.count_label.text() == "显示 160 / 共 160 人"
    assert "新增 160 人" in page.notice_label.text()
    with app_state.db.session() as session:
        assert session.scalar(select(RosterImport.effective_on)) == date(2024, 9, 1)
    qtbot.keyClick(page.staff_tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.staff_tab.search_edit.hasFocus()  # Ctrl+F
    page.staff_tab.search_edit.insert("于明")  # live: no button to press (keyClicks is ASCII-only)
    assert page.staff_tab.count_label.text() == "显示 1 / 共 160 人"
    assert shown_errors == []


def test_cancelling_the_preview_changes_nothing(app_state, make_page, qtbot, monkeypatch, samples) -> None:
    pick(monkeypatch, samples / "roster-small.csv")
    previews = capture_preview(monkeypatch, None)
    page = make_page(app_state)
    page.staff_tab.import_button.click()
    qtbot.waitUntil(lambda: bool(previews) and not page.staff_tab.flow.busy, timeout=10000)
    assert staff_count(app_state.db) == 0
    assert "已取消" in page.notice_label.text()


def test_reimport_shows_changes_and_the_detail_shows_dated_history(
    small_db, make_page, qtbot, monkeypatch, samples, tmp_path
) -> None:
    rows = sample_rows(samples)
    rows[0][6], rows[0][7] = "退休", "2025-01-01"  # 100000 邹梓 retires
    rows[1][4] = "化工学院新址"  # 100001 moves to a new unit
    del rows[-1]  # 100159 is no longer listed
    pick(monkeypatch, write_csv(tmp_path / "名册-2025.csv", rows))
    previews = capture_preview(monkeypatch, date(2025, 3, 1))
    state = AppState(small_db)
    page = make_page(state)
    page.staff_tab.import_button.click()
    qtbot.waitUntil(lambda: "名册-2025.csv" in page.notice_label.text(), timeout=15000)
    preview = previews[0]
    assert preview.changed_model.rowCount() == 2
    assert preview.unlisted_model.rowCount() == 1
    changes = dict((r[0], r[2]) for r in preview.changed_model.rows())
    assert changes["100000"].startswith("状态：在岗 → 退休")
    assert "选举单位：化工学院 → 化工学院新址" in changes["100001"]
    assert "化工学院新址" in preview.summary.text()  # a new unit is announced

    details = []
    monkeypatch.setattr(
        StaffDetailDialog, "ask", classmethod(lambda cls, parent, d: details.append(cls(parent, d)))
    )
    table = page.staff_tab.table
    table.setFocus()
    table.setCurrentIndex(page.staff_tab.proxy.index(0, COL_STAFF_NO))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    history = details[0].history_model
    assert details[0].values["工号"].text() == "100000"
    assert [history.index(r, 0).data() for r in range(history.rowCount())] == ["首次导入前", "2025-01-01"]
    assert [history.index(r, 1).data() for r in range(history.rowCount())] == ["在岗", "退休"]
    page.staff_tab.status_combo.setCurrentIndex(page.staff_tab.status_combo.findData("__unlisted__"))
    assert page.staff_tab.proxy.rowCount() == 1


def test_template_download_writes_a_template_that_reads_back(
    app_state, make_page, qtbot, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "模板.xlsx"
    monkeypatch.setattr(RosterFileDialog, "ask_template_target", classmethod(lambda cls, parent: target))
    page = make_page(app_state)
    page.staff_tab.template_button.click()
    qtbot.waitUntil(lambda: "模板" in page.notice_label.text(), timeout=15000)
    assert read_roster(target).ok
    assert str(target) in page.notice_label.text()
