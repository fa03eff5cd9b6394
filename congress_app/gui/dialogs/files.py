"""File pickers behind classmethods, so tests patch these and never Qt's own methods."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

DB_FILTER = "教代会数据库 (*.db *.sqlite);;所有文件 (*)"


class DatabaseFileDialog:
    @classmethod
    def ask_new(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("新建数据库"), "congress.db", DB_FILTER)
        return Path(name) if name else None

    @classmethod
    def ask_open(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, parent.tr("打开数据库"), "", DB_FILTER)
        return Path(name) if name else None

    @classmethod
    def ask_backup_target(cls, parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("备份数据库到"), suggested, DB_FILTER)
        return Path(name) if name else None
