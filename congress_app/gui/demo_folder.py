"""The temporary folder of `congress-app --demo`: made at start, removed at exit.

The demo database lives in a fresh temporary folder; the window says so in its status bar,
and 文件 → 备份数据库… saves a copy anywhere. When the app quits, the database is closed and
the folder removed, so demo runs leave nothing behind.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from congress_app.paths import sqlite_url

if TYPE_CHECKING:
    from congress_app.services.database import Database

PREFIX = "congress-demo-"


class DemoFolder:
    def __init__(self, parent: str | None = None) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))

    @property
    def database(self) -> Path:
        return self.path / "demo.db"

    @property
    def url(self) -> str:
        return sqlite_url(self.database)

    def announce(self, window: QMainWindow) -> None:
        """A lasting note in the window's status bar: this database is temporary."""
        note = QLabel(
            QCoreApplication.translate(
                "demo", "演示数据库在临时文件夹中，退出时删除；要保留，请用“文件 → 备份数据库…”另存。"
            )
        )
        note.setObjectName("demoNote")
        window.statusBar().addPermanentWidget(note)

    def remove(self, db: Database | None = None) -> None:
        """Close the demo database (Windows cannot delete an open file), then the folder."""
        if db is not None:
            db.close()
        shutil.rmtree(self.path, ignore_errors=True)
