"""The archive page's questions, each behind an ask() classmethod (tests patch these)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from congress_app.gui.dialogs.safe_files import get_existing_directory, get_open_file_name
from congress_app.gui.models.archive_tables import group_title, retention_label
from congress_app.gui.widgets.common import date_edit, ok_cancel_buttons
from congress_app.rules.archive import ARCHIVE_GROUPS, RETENTION_CODES, default_retention
from congress_app.services.archive_register import AUTHOR_LENGTH, DOC_NUMBER_LENGTH, TITLE_LENGTH


@dataclass(frozen=True)
class NewArchiveFile:
    path: Path
    group: int
    title: str
    author: str
    doc_number: str
    day: date
    retention: str


class ArchiveFolderDialog:
    @classmethod
    def ask_export(cls, parent: QWidget | None) -> Path | None:
        """The folder to create the archive in (the archive is a new folder inside it)."""
        name = get_existing_directory(
            parent, QCoreApplication.translate("ArchiveDialogs", "选择导出归档的位置")
        )
        return Path(name) if name else None

    @classmethod
    def ask_verify(cls, parent: QWidget | None) -> Path | None:
        name = get_existing_directory(
            parent, QCoreApplication.translate("ArchiveDialogs", "选择要核验的归档文件夹")
        )
        return Path(name) if name else None


class AddArchiveFileDialog(QDialog):
    def __init__(self, parent: QWidget | None, held_on: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ArchiveDialogs", "添加归档文件"))
        form = QFormLayout(self)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        browse = QPushButton(QCoreApplication.translate("ArchiveDialogs", "选择文件…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "文件"), row)
        self.group_combo = QComboBox()
        for g in ARCHIVE_GROUPS:
            self.group_combo.addItem(f"({g.number}) {group_title(g.number, g.title_zh)}", g.number)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "分组"), self.group_combo)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_LENGTH)
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "题名"), self.title_edit)
        self.author_edit = QLineEdit()
        self.author_edit.setMaxLength(AUTHOR_LENGTH)
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "责任者"), self.author_edit)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(DOC_NUMBER_LENGTH)
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "文号"), self.number_edit)
        self.day_edit = date_edit()
        self.day_edit.setDate(QDate(held_on.year, held_on.month, held_on.day))
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "日期"), self.day_edit)
        self.retention_combo = QComboBox()
        for code in RETENTION_CODES:
            self.retention_combo.addItem(retention_label(code), code)
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "保管期限"), self.retention_combo)
        form.addRow(
            ok_cancel_buttons(
                self,
                QCoreApplication.translate("ArchiveDialogs", "添加"),
                QCoreApplication.translate("ArchiveDialogs", "取消"),
            )
        )
        self._group_changed()
        self.resize(560, self.sizeHint().height())

    def _group_changed(self) -> None:
        code = default_retention(int(self.group_combo.currentData() or 1))
        self.retention_combo.setCurrentIndex(self.retention_combo.findData(code))

    def _browse(self) -> None:
        name, _ = get_open_file_name(
            self,
            QCoreApplication.translate("ArchiveDialogs", "选择要归档的文件"),
            "",
            QCoreApplication.translate("ArchiveDialogs", "文件 (*.pdf *.docx *.xlsx *.png *.jpg *.jpeg)"),
        )
        if name:
            self.path_edit.setText(name)
            if not self.title_edit.text():
                self.title_edit.setText(Path(name).stem)

    def value(self) -> NewArchiveFile | None:
        if not self.path_edit.text():
            return None
        d = self.day_edit.date()
        return NewArchiveFile(
            Path(self.path_edit.text()),
            int(self.group_combo.currentData()),
            self.title_edit.text(),
            self.author_edit.text(),
            self.number_edit.text(),
            date(d.year(), d.month(), d.day()),
            str(self.retention_combo.currentData()),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, held_on: date) -> NewArchiveFile | None:
        dialog = cls(parent, held_on)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()


class RetentionDialog(QDialog):
    """Choose an item's retention period (R48.2: the school sets it)."""

    def __init__(self, parent: QWidget | None, title: str, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ArchiveDialogs", "保管期限"))
        form = QFormLayout(self)
        name = QLineEdit(title)
        name.setReadOnly(True)
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "题名"), name)
        self.retention_combo = QComboBox()
        for code in RETENTION_CODES:
            self.retention_combo.addItem(retention_label(code), code)
        self.retention_combo.setCurrentIndex(max(0, self.retention_combo.findData(current)))
        form.addRow(QCoreApplication.translate("ArchiveDialogs", "保管期限"), self.retention_combo)
        form.addRow(
            ok_cancel_buttons(
                self,
                QCoreApplication.translate("ArchiveDialogs", "确定"),
                QCoreApplication.translate("ArchiveDialogs", "取消"),
            )
        )
        self.resize(480, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, current: str) -> str | None:
        """The chosen retention code, or None (cancelled)."""
        dialog = cls(parent, title, current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.retention_combo.currentData())
