"""Two processes, one database: a file dialog must not drop the app's SQLite locks (issue 9.1).

Closing any descriptor of a file drops all of the process's POSIX locks on it. Process A (the
app) has the database open and has written a row; it then shows a file dialog on the database's
folder. Process B (another desk) opens and closes the database: if A's locks are gone, B thinks
it is the last user, checkpoints and deletes the WAL. A saves a second row into the deleted WAL;
process C (a third desk) never sees it. The controls reproduce that loss (closing a descriptor,
and Qt's own dialog, which reads every file to guess its type); the app's dialog keeps both rows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROCESS_A = textwrap.dedent("""
    import json, os, sqlite3, subprocess, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    mode, db = sys.argv[1], sys.argv[2]
    from congress_app.paths import sqlite_url
    from congress_app.services.database import open_database

    database = open_database(sqlite_url(db), create=False)
    with database.engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE probe (x INTEGER)")
        c.exec_driver_sql("INSERT INTO probe VALUES (1)")

    def show(ask):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QFileDialog
        app = QApplication.instance() or QApplication([])
        def close():
            for w in app.topLevelWidgets():
                if isinstance(w, QFileDialog) and w.isVisible():
                    w.reject()
        QTimer.singleShot(1500, close)  # the office looks at the folder, then cancels
        return ask()

    if mode == "app_open":
        from congress_app.gui.dialogs.files import DatabaseFileDialog
        show(lambda: DatabaseFileDialog.ask_open(None))
    elif mode == "app_backup":
        from congress_app.gui.dialogs.files import DatabaseFileDialog
        show(lambda: DatabaseFileDialog.ask_backup_target(None, "copy.db"))
    elif mode == "qt_default":
        from PySide6.QtWidgets import QFileDialog
        def plain():
            d = QFileDialog(None, "x", os.path.dirname(db), "db (*.db)")
            d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            return d.exec()
        show(plain)
    elif mode == "fd_close":
        os.close(os.open(db, os.O_RDONLY))

    other = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT count(*) FROM probe').fetchone(); c.close()"
    )
    subprocess.run([sys.executable, "-c", other, db], check=True)  # process B
    wal_after_b = os.path.exists(db + "-wal")
    with database.engine.begin() as c:  # A saves another row
        c.exec_driver_sql("INSERT INTO probe VALUES (2)")
    count = (
        "import sqlite3, sys; "
        "print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM probe').fetchone()[0])"
    )
    seen = subprocess.run([sys.executable, "-c", count, db], capture_output=True, text=True, check=True)
    print(json.dumps({"wal_after_b": wal_after_b, "rows_seen_by_c": int(seen.stdout)}))
    os._exit(0)  # leave without closing, as a running app would still be open
""")


def _run_a(mode: str, db_path: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROCESS_A, mode, str(db_path)],
        cwd=db_path.parent,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_closing_a_descriptor_loses_a_saved_row(db_path) -> None:
    """The loss is real: one os.close() of the database file in A, and C never sees row 2."""
    outcome = _run_a("fd_close", db_path)
    assert outcome == {"wal_after_b": False, "rows_seen_by_c": 1}


def test_qt_default_dialog_loses_a_saved_row(db_path) -> None:
    """Before the fix: Qt's dialog, on the database's folder, drops A's locks the same way."""
    outcome = _run_a("qt_default", db_path)
    if outcome["rows_seen_by_c"] == 2:
        pytest.skip("this Qt build guessed the file type without reading the file")
    assert outcome == {"wal_after_b": False, "rows_seen_by_c": 1}


@pytest.mark.parametrize("mode", ["none", "app_open", "app_backup"])
def test_the_apps_file_dialogs_keep_the_locks(db_path, mode) -> None:
    outcome = _run_a(mode, db_path)
    assert outcome == {"wal_after_b": True, "rows_seen_by_c": 2}


def test_every_dialog_is_built_with_the_name_only_icon_provider(qapp, monkeypatch, tmp_path) -> None:
    """Every file picker of the app goes through safe_files (no static QFileDialog calls)."""
    from PySide6.QtWidgets import QFileDialog

    from congress_app.gui.dialogs import election_files, files, roster_files, safe_files

    built: list[QFileDialog] = []
    real = safe_files.safe_file_dialog

    def spy(*args, **kwargs):
        dialog = real(*args, **kwargs)
        built.append(dialog)
        return dialog

    monkeypatch.setattr(safe_files, "safe_file_dialog", spy)
    monkeypatch.setattr(safe_files, "_run", lambda dialog: ("", ""))
    asks = [
        lambda: files.DatabaseFileDialog.ask_new(None),
        lambda: files.DatabaseFileDialog.ask_open(None),
        lambda: files.DatabaseFileDialog.ask_backup_target(None, "x.db"),
        lambda: roster_files.RosterFileDialog.ask_roster_file(None),
        lambda: roster_files.RosterFileDialog.ask_template_target(None),
        lambda: roster_files.RosterFileDialog.ask_export_target(None, "xlsx", "x.xlsx"),
        lambda: election_files.ElectionFileDialog.ask_ballots(None, "x.pdf"),
        lambda: election_files.ElectionFileDialog.ask_result_sheet(None, "x.pdf"),
        lambda: election_files.ElectionFileDialog.ask_credentials_report(None, "x.pdf"),
        lambda: election_files.ElectionFileDialog.ask_delegate_list(None, "x.pdf"),
    ]
    for ask in asks:
        assert ask() is None
    assert len(built) == len(asks)
    for dialog in built:
        assert isinstance(dialog.iconProvider(), safe_files.NameOnlyIconProvider)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert dialog.testOption(QFileDialog.Option.DontUseCustomDirectoryIcons)
    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in Path(files.__file__).resolve().parents[1].rglob("*.py")
        if p.name != "safe_files.py"
    )
    assert "QFileDialog" not in source and "QFileSystemModel" not in source


def test_the_provider_names_types_from_the_suffix(qapp, tmp_path) -> None:
    from PySide6.QtCore import QFileInfo

    from congress_app.gui.dialogs.safe_files import NameOnlyIconProvider

    (tmp_path / "congress.db").write_bytes(b"SQLite format 3\x00")
    provider = NameOnlyIconProvider()
    assert provider.type(QFileInfo(str(tmp_path / "congress.db"))) == "DB 文件"
    assert provider.type(QFileInfo(str(tmp_path))) == "文件夹"
    assert not provider.icon(QFileInfo(str(tmp_path / "congress.db"))).isNull()
