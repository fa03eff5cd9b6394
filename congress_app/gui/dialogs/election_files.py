"""Where to write the elections' PDFs, behind classmethods (tests patch these, never Qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from congress_app.gui.dialogs.files import chosen_path
from congress_app.gui.dialogs.safe_files import get_save_file_name

PDF_FILTER = "PDF (*.pdf)"


class ElectionFileDialog:
    @classmethod
    def _ask_pdf(cls, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = get_save_file_name(parent, title, suggested, PDF_FILTER)
        return chosen_path(name, ".pdf")

    @classmethod
    def ask_ballots(cls, parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("ElectionFileDialog", "选票保存到")
        return cls._ask_pdf(parent, title, suggested)

    @classmethod
    def ask_result_sheet(cls, parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("ElectionFileDialog", "选举结果报告单保存到")
        return cls._ask_pdf(parent, title, suggested)

    @classmethod
    def ask_credentials_report(cls, parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("ElectionFileDialog", "代表资格审查报告保存到")
        return cls._ask_pdf(parent, title, suggested)

    @classmethod
    def ask_delegate_list(cls, parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("ElectionFileDialog", "代表名单保存到")
        return cls._ask_pdf(parent, title, suggested)
