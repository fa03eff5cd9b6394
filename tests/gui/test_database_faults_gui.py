"""Database faults in the GUI: a dialog in words, the window stays usable, nothing created or
changed (issue 9, point 5). Error dialogs are saved as screenshots, Chinese and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from congress_app.gui.app import make_application
from congress_app.gui.dialogs.files import DatabaseFileDialog
from congress_app.gui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch) -> list:
    """Errors the app would show in a message box (recorded, not shown)."""
    from congress_app.gui import errors

    recorded: list = []
    monkeypatch.setattr(
        errors, "show_error", lambda parent, error, details="": recorded.append(errors.error_text(error))
    )
    return recorded


def _start(qtbot, url: str, create: bool) -> MainWindow:
    """What run_gui does: the window first, the database opened in the background."""
    from congress_app.gui.app import _open
    from congress_app.gui.ops import BackgroundOp

    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    BackgroundOp(window, "…", lambda _p: _open(url, False, create)).failure(window.open_failed).run()
    return window


def test_a_mistyped_path_at_start_is_refused_and_the_window_stays(
    qtbot, tmp_path, shown, template_db, monkeypatch
) -> None:
    from congress_app.paths import sqlite_url

    missing = tmp_path / "congres.db"
    window = _start(qtbot, sqlite_url(missing), create=False)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "数据库文件不存在" in shown[0] and str(missing) in shown[0]
    assert not missing.exists() and window.isVisible()
    assert window.open_action.isEnabled() and window.new_action.isEnabled()
    assert "未能打开数据库" in window.loading.text()
    # the office opens the right database from the File menu: the pages appear
    import shutil

    good = tmp_path / "good.db"
    shutil.copyfile(template_db, good)
    monkeypatch.setattr(DatabaseFileDialog, "ask_open", classmethod(lambda cls, parent: good))
    attached: list = []
    window.state_attached.connect(attached.append)
    window.open_database()
    qtbot.waitUntil(lambda: window.state is not None, timeout=10000)
    assert window.pages and attached and str(good) in window.db_label.text()


def test_random_bytes_opened_from_the_menu(qtbot, app_state, tmp_path, shown, monkeypatch) -> None:
    make_application()
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    bad = tmp_path / "photo.db"
    bad.write_bytes(b"\x89PNG\r\n" + bytes(range(256)) * 8)
    before = bad.read_bytes()
    current = app_state.db.file
    monkeypatch.setattr(DatabaseFileDialog, "ask_open", classmethod(lambda cls, parent: bad))
    window.open_database()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "不是数据库文件" in shown[0] and bad.read_bytes() == before
    assert app_state.db.file == current and window.nav.isEnabled()


def test_reopening_the_open_database_never_touches_it(qtbot, app_state, monkeypatch) -> None:
    """Checking the open file again would open and close it in this process (dropping locks)."""
    make_application()
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        DatabaseFileDialog, "ask_open", classmethod(lambda cls, parent: Path(app_state.db.file))
    )
    import congress_app.services.database_faults as faults

    monkeypatch.setattr(faults, "check_sqlite_file", lambda *a, **k: pytest.fail("file was checked"))
    window.open_database()
    assert "已经打开" in window.statusBar().currentMessage()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_error_dialog_screenshots(qtbot, shots, lang, tmp_path) -> None:
    from congress_app.gui import settings
    from congress_app.gui.errors import error_box
    from congress_app.gui.i18n import install_language
    from congress_app.services.database_faults import DatabaseFault

    make_application()
    settings.LANGUAGE.set(lang)
    install_language(lang)
    faults = {
        "missing": DatabaseFault("db_missing", path=str(tmp_path / "congres.db")),
        "newer": DatabaseFault("db_newer", path=str(tmp_path / "congress.db"), revision="0999", head="0005"),
        "locked": DatabaseFault("db_locked", path="", seconds=5, reason=""),
        "full": DatabaseFault("db_disk_full", path="", reason=""),
    }
    for name, fault in faults.items():
        box = error_box(None, fault)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        text = box.text()
        assert ("数据库" in text) if lang == "zh" else ("database" in text.lower() or "disk" in text)
        assert "Traceback" not in text and "{" not in text
        box.grab().save(str(shots / f"error_{name}_{lang}.png"))
        box.close()


def test_restore_from_the_file_menu(qtbot, app_state, tmp_path, monkeypatch) -> None:
    import sqlite3

    from congress_app.gui.dialogs.confirm import ConfirmDialog
    from congress_app.services.backup import backup_database

    make_application()
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    with sqlite3.connect(app_state.db.file) as con:
        con.execute(
            "INSERT INTO school (name, fonds_no, org_code, created_at) "
            "VALUES ('备份前的学校', '', 'JDH', '2026-01-01')"
        )
    backup = backup_database(app_state.db, tmp_path / "b.db")
    with sqlite3.connect(app_state.db.file) as con:
        con.execute("DELETE FROM school")
    asked: list = []
    monkeypatch.setattr(DatabaseFileDialog, "ask_restore_source", classmethod(lambda cls, parent: backup))
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: asked.append(a) or True))
    window.restore_backup()
    qtbot.waitUntil(lambda: "已从" in window.statusBar().currentMessage(), timeout=10000)
    assert asked and "另存为带日期的副本" in asked[0][2]
    with sqlite3.connect(app_state.db.file) as con:
        assert con.execute("SELECT name FROM school").fetchall() == [("备份前的学校",)]
    assert list(Path(app_state.db.file).parent.glob("*.before-restore-*"))


def test_closing_makes_an_automatic_backup_and_keeps_n(qtbot, app_state, tmp_path, monkeypatch) -> None:
    from congress_app.gui import settings
    from congress_app.gui.state import automatic_backup_folder
    from congress_app.services import backup

    make_application()
    settings.BACKUP_KEEP.set(2)
    names = []
    for i in range(3):
        window = MainWindow(app_state)
        qtbot.addWidget(window)
        window.show()
        monkeypatch.setattr(backup, "_stamp", lambda i=i: f"20261203-0900{i:02d}")
        window.close()  # closing backs up
        names.append(f"{Path(app_state.db.file).stem}-auto-20261203-0900{i:02d}.db")
    assert sorted(p.name for p in automatic_backup_folder().iterdir()) == sorted(names[1:])
    page = MainWindow(app_state).show_page("settings")
    assert page.backup_keep_spin.value() == 2
