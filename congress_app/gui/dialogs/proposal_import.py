"""The problems of a proposal-form import (导入纸质提案表): one line per problem with its row
and column, in a table that scrolls however many there are. Nothing was imported."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui import settings
from congress_app.wording.proposals import describe_import_problem

if TYPE_CHECKING:
    from congress_app.services.proposal_import import ImportProblem


class ImportProblemsDialog(QDialog):
    def __init__(self, parent: QWidget | None, file_name: str, problems: Sequence[ImportProblem]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("提案表有问题，未导入"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("「{file}」有 {count} 处问题，一份提案表也没有导入。请在文件中改正后重新导入。").format(
                file=file_name, count=len(problems)
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(problems), 3)
        self.table.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("问题")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        lang = settings.LANGUAGE.get()
        for r, problem in enumerate(problems):
            for c, text in enumerate(
                (str(problem.row), problem.column, describe_import_problem(problem, lang))
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_problems(cls, parent: QWidget | None, file_name: str, problems: Sequence[ImportProblem]) -> None:
        """Show the problems (tests patch this classmethod)."""
        cls(parent, file_name, problems).exec()
