"""The shell: every navigation entry, the database in the status bar, File menu, language."""

from __future__ import annotations

from pathlib import Path

from congress_app.gui.app import Controller, make_application
from congress_app.gui.dialogs.files import DatabaseFileDialog
from congress_app.gui.main_window import MainWindow
from congress_app.gui.pages.registry import WORKFLOW_KEYS

NAV_TITLES = ["名册与名额", "代表选举", "代表管理", "会议与表决", "提案", "归档", "设置"]


def test_walks_every_navigation_entry_and_saves_screenshots(qtbot, app_state, shots) -> None:
    make_application()
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == NAV_TITLES
    for row, title in enumerate(titles):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[row]
        assert window.pages[row].heading.text() == title
        window.grab().save(str(shots / f"main_{row}_{window.pages[row].nav_key}.png"))
    assert app_state.db.describe() in window.db_label.text()
    assert [p.nav_key for p in window.pages] == [*WORKFLOW_KEYS, "settings"]


def test_language_switch_rebuilds_the_window_in_english(qtbot, app_state, shots) -> None:
    make_application()
    controller = Controller(app_state)
    window = controller.show()
    qtbot.addWidget(window)
    settings_page = window.show_page("settings")
    english = settings_page.language_combo.findData("en")
    settings_page.language_combo.setCurrentIndex(english)
    new_window = controller.window
    assert new_window is not window
    qtbot.addWidget(new_window)
    assert new_window.nav.item(0).text() == "Roster & Seats"
    assert new_window.nav.item(6).text() == "Settings"
    assert new_window.stack.currentWidget().nav_key == "settings"
    new_window.grab().save(str(shots / "main_english_settings.png"))


def test_school_settings_are_saved_through_the_service(qtbot, app_state) -> None:
    from congress_app.services.school import school_info

    make_application()
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    page.name_edit.setText("大连测试大学")
    page.fonds_edit.setText("0456")
    page.save_button.click()
    with app_state.db.session() as session:
        assert school_info(session).name == "大连测试大学"
        assert school_info(session).fonds_no == "0456"


def test_open_database_switches_the_status_bar(qtbot, app_state, tmp_path, monkeypatch) -> None:
    make_application()
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    target = tmp_path / "other.db"
    monkeypatch.setattr(DatabaseFileDialog, "ask_new", classmethod(lambda cls, parent: target))
    window.new_database()
    qtbot.waitUntil(lambda: str(target) in window.db_label.text(), timeout=10000)
    assert Path(app_state.db.file) == target.resolve()


def test_backup_writes_a_copy(qtbot, app_state, tmp_path, monkeypatch) -> None:
    make_application()
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    target = tmp_path / "backup.db"
    monkeypatch.setattr(
        DatabaseFileDialog, "ask_backup_target", classmethod(lambda cls, parent, suggested: target)
    )
    window.backup_database()
    qtbot.waitUntil(lambda: "已备份到" in window.statusBar().currentMessage(), timeout=10000)
    import sqlite3

    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_the_operator_named_in_settings_is_recorded_with_changes(qtbot, app_state) -> None:
    from congress_app.gui.state import AppState

    make_application()
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    page.operator_edit.setText("校工会 王老师")
    page.operator_edit.editingFinished.emit()
    assert app_state.actor == "校工会 王老师"
    assert AppState(app_state.db).actor == "校工会 王老师"  # kept for the next start
    page.name_edit.setText("大连测试大学")
    page.save_button.click()
    with app_state.db.session() as session:
        from sqlalchemy import select

        from congress_app.storage.models import AuditEntry

        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert last.actor == "校工会 王老师"
    page.operator_edit.setText("  ")  # a blank name is not taken
    page.operator_edit.editingFinished.emit()
    assert app_state.actor == "校工会 王老师" and page.operator_edit.text() == "校工会 王老师"
