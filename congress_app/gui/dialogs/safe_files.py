"""File dialogs that never open a file (issue 9, point 1).

Closing ANY file descriptor of a file drops all of this process's POSIX locks on it (SQLite's
"How To Corrupt" §2.2). Qt's file dialog opens every listed file to guess its type
(QMimeDatabase reads the first bytes for the "Type" column and the icon), so pointing it at the
folder of the live database silently dropped SQLite's locks: another desk then deleted the WAL
and committed counts were gone. Every dialog of the app is built here: Qt's own widget dialog
(native ones draw previews and thumbnails we cannot control) with an icon provider that
answers from the name alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from QFileInfo's cached stat data and the suffix, never the content."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, what) -> QIcon:  # noqa: D102 - both overloads: IconType and QFileInfo
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            is_dir = what.isDir()
        else:
            is_dir = what != QAbstractFileIconProvider.IconType.File
        return style.standardIcon(
            QStyle.StandardPixmap.SP_DirIcon if is_dir else QStyle.StandardPixmap.SP_FileIcon
        )

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt's name
        if info.isDir():
            return QCoreApplication.translate("SafeFileDialog", "文件夹")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("SafeFileDialog", "文件")
        return QCoreApplication.translate("SafeFileDialog", "{suffix} 文件").format(suffix=suffix.upper())


_PROVIDER: NameOnlyIconProvider | None = None


def icon_provider() -> NameOnlyIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
    return _PROVIDER


def safe_file_dialog(
    parent: QWidget | None, title: str, directory: str = "", filters: str = "", *, save: bool = False
) -> QFileDialog:
    """A QFileDialog that never opens the files it lists (see the module note)."""
    dialog = QFileDialog(parent, title, directory, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(icon_provider())
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    # the labels Qt's own catalogue may leave English ("Look in:", "Files of type:"), in the
    # UI's language
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("FilePicker", "查找范围："))
    dialog.setLabelText(label.FileName, QCoreApplication.translate("FilePicker", "文件名："))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("FilePicker", "文件类型："))
    dialog.setLabelText(
        label.Accept,
        QCoreApplication.translate("FilePicker", "保存")
        if save
        else QCoreApplication.translate("FilePicker", "打开"),
    )
    dialog.setLabelText(label.Reject, QCoreApplication.translate("FilePicker", "取消"))
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def get_open_file_name(
    parent: QWidget | None, title: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    """Like QFileDialog.getOpenFileName, through a dialog that never opens a listed file."""
    return _run(safe_file_dialog(parent, title, directory, filters))


def get_save_file_name(
    parent: QWidget | None, title: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    """Like QFileDialog.getSaveFileName (asks before overwriting), never opening a listed file."""
    return _run(safe_file_dialog(parent, title, directory, filters, save=True))


def start_folder(path: str | Path | None) -> str:
    return str(Path(path).parent) if path else ""


def get_existing_directory(parent: QWidget | None, title: str, directory: str = "") -> str:
    """Like QFileDialog.getExistingDirectory, through a dialog that never opens a listed file."""
    dialog = safe_file_dialog(parent, title, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)[0]
