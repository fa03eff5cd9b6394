"""File pickers behind classmethods, so tests patch these and never Qt's own methods."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from congress_app.gui.dialogs.safe_files import get_open_file_name, get_save_file_name
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP

DB_FILTER = QT_TRANSLATE_NOOP("DatabaseFileDialog", "教代会数据库 (*.db *.sqlite);;所有文件 (*)")


def chosen_path(name: str, suffix: str) -> Path | None:
    """The file picked in a save dialog (None if cancelled), made to end in ``suffix``."""
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def _db_filter() -> str:
    return QCoreApplication.translate("DatabaseFileDialog", DB_FILTER)


class DatabaseFileDialog:
    @classmethod
    def ask_new(cls, parent: QWidget) -> Path | None:
        title = QCoreApplication.translate("DatabaseFileDialog", "新建数据库")
        name, _ = get_save_file_name(parent, title, "congress.db", _db_filter())
        return Path(name) if name else None

    @classmethod
    def ask_open(cls, parent: QWidget) -> Path | None:
        title = QCoreApplication.translate("DatabaseFileDialog", "打开数据库")
        name, _ = get_open_file_name(parent, title, "", _db_filter())
        return Path(name) if name else None

    @classmethod
    def ask_backup_target(cls, parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("DatabaseFileDialog", "备份数据库到")
        name, _ = get_save_file_name(parent, title, suggested, _db_filter())
        return Path(name) if name else None

    @classmethod
    def ask_restore_source(cls, parent: QWidget) -> Path | None:
        title = QCoreApplication.translate("DatabaseFileDialog", "选择要恢复的备份")
        name, _ = get_open_file_name(parent, title, "", _db_filter())
        return Path(name) if name else None
