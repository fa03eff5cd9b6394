"""File pickers of the roster page behind classmethods (tests patch these, never Qt's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from congress_app.gui.dialogs.files import chosen_path
from congress_app.gui.dialogs.safe_files import get_open_file_name, get_save_file_name


class RosterFileDialog:
    @classmethod
    def ask_roster_file(cls, parent: QWidget) -> Path | None:
        name, _ = get_open_file_name(
            parent,
            QCoreApplication.translate("RosterFileDialog", "选择教职工名册"),
            "",
            QCoreApplication.translate("RosterFileDialog", "教职工名册 (*.xlsx *.xlsm *.csv);;所有文件 (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def ask_template_target(cls, parent: QWidget) -> Path | None:
        name, chosen = get_save_file_name(
            parent,
            QCoreApplication.translate("RosterFileDialog", "保存导入模板"),
            QCoreApplication.translate("RosterFileDialog", "教职工名册导入模板.xlsx"),
            QCoreApplication.translate("RosterFileDialog", "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path

    @classmethod
    def ask_export_target(cls, parent: QWidget, fmt: str, suggested: str) -> Path | None:
        """``fmt`` is "pdf" or "xlsx"; the returned path carries that suffix."""
        filters = {
            "pdf": QCoreApplication.translate("RosterFileDialog", "PDF 文件 (*.pdf)"),
            "xlsx": QCoreApplication.translate("RosterFileDialog", "Excel 工作簿 (*.xlsx)"),
        }
        title = QCoreApplication.translate("RosterFileDialog", "导出名额分配表")
        name, _ = get_save_file_name(parent, title, suggested, filters[fmt])
        return chosen_path(name, f".{fmt}")
