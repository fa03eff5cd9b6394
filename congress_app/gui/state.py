"""The open database and who is working, shared by the window and its pages."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # kept out of start-up: the window shows before SQLAlchemy is imported
    from congress_app.services.database import Database


def operator_name() -> str:
    """Who is recorded with each change: the 操作人 set in 设置, else the login name."""
    from congress_app.gui import settings

    chosen = settings.OPERATOR.get().strip()
    if chosen:
        return chosen
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "office"


def automatic_backup_folder():
    """Where the backups made at each close go (the user's data folder, 备份 per database)."""
    from congress_app.paths import data_dir

    return data_dir() / "backups"


class AppState(QObject):
    """Emits ``database_changed`` when another database is opened, ``data_changed`` after writes."""

    database_changed = Signal()
    data_changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.actor = operator_name()

    def replace_database(self, db: Database) -> None:
        old, self.db = self.db, db
        old.close()
        self.database_changed.emit()
