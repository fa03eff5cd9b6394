"""Pick candidates from the unit's eligible staff: type to search, select several, add."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from congress_app.gui.models.election_candidates import EligibleStaffModel, StaffChoice
from congress_app.gui.widgets.common import fitted_table, ok_cancel_buttons


class CandidatePickerDialog(QDialog):
    def __init__(self, parent: QWidget | None, unit: str, choices: Sequence[StaffChoice]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加候选人 — {unit}").format(unit=unit))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("本单位在岗教职工（R12.1）。输入姓名或工号查找；按住 Ctrl 或 Shift 可选多人。")
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找姓名、工号或岗位类别…"))
        self.search.setClearButtonEnabled(True)
        self.model = EligibleStaffModel(self)
        self.model.set_rows(choices)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = fitted_table(self.proxy)
        self.count_label = QLabel()
        self.buttons = ok_cancel_buttons(self, None, self.tr("取消"))  # OK says how many: _update
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.view.doubleClicked.connect(lambda _i: self.accept() if self.selected_ids() else None)
        for widget in (intro, self.search, self.view, self.count_label, self.buttons):
            layout.addWidget(widget)
        self.search.setFocus()
        self._update()

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.at(r).staff_id for r in sorted(rows) if not self.model.at(r).nominated]

    def _update(self) -> None:
        n = len(self.selected_ids())
        self.count_label.setText(self.tr("已选 {n} 人").format(n=n))
        self.ok_button.setText(self.tr("添加 {n} 人").format(n=n) if n else self.tr("添加"))
        self.ok_button.setEnabled(n > 0)

    @classmethod
    def ask(cls, parent: QWidget | None, unit: str, choices: Sequence[StaffChoice]) -> list[int] | None:
        dialog = cls(parent, unit, choices)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.selected_ids() or None
        return None
