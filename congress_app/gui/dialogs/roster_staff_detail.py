"""One member of staff: the fields of the roster and the dated status history."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.models.staff_history import StaffHistoryModel
from congress_app.gui.staff_values import value_label
from congress_app.gui.widgets.data_table import DataTableView
from congress_app.rules.seats import is_on_duty
from congress_app.services.staff import StaffDetail


def _date(value: date | None) -> str:
    return value.isoformat() if value else "—"


class StaffDetailDialog(QDialog):
    def __init__(self, parent: QWidget | None, detail: StaffDetail) -> None:
        super().__init__(parent)
        row = detail.row
        self.setWindowTitle(self.tr("教职工：{name}（{no}）").format(name=row.name, no=row.staff_no))
        self.resize(720, 520)
        layout = QVBoxLayout(self)

        fields = QGroupBox(self.tr("名册信息"))
        grid = QGridLayout(fields)
        grid.setHorizontalSpacing(16)
        unit = (
            row.unit
            if row.election_unit == row.unit
            else self.tr("{unit}（并入联合选举单位「{joint}」）").format(
                unit=row.unit, joint=row.election_unit
            )
        )
        on_duty = (
            self.tr("计入在岗教职工")
            if is_on_duty(row.status) and row.listed
            else self.tr("不计入在岗教职工")
        )
        pairs = [
            (self.tr("工号"), row.staff_no),
            (self.tr("姓名"), row.name),
            (self.tr("性别"), value_label(row.gender)),
            (self.tr("出生日期"), _date(row.birth_date)),
            (self.tr("选举单位"), unit),
            (self.tr("岗位类别"), value_label(row.category)),
            (
                self.tr("状态"),
                self.tr("{status}（{on_duty}）").format(status=value_label(row.status), on_duty=on_duty),
            ),
            (self.tr("状态起始日期"), _date(row.status_since)),
            (self.tr("职务"), row.post or "—"),
            (self.tr("名册"), self.tr("列入") if row.listed else self.tr("不再列入")),
        ]
        self.values: dict[str, QLabel] = {}
        for i, (label, value) in enumerate(pairs):
            r, c = divmod(i, 2)
            name = QLabel(self.tr("{label}：").format(label=label))
            name.setStyleSheet("color: #555555;")
            shown = QLabel(value)
            shown.setWordWrap(True)
            grid.addWidget(name, r, c * 2)
            grid.addWidget(shown, r, c * 2 + 1)
            self.values[label] = shown
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(fields)

        history = QGroupBox(self.tr("状态历史（按生效日期）"))
        history_layout = QVBoxLayout(history)
        self.history_model = StaffHistoryModel(detail.history, self)
        self.history_table = DataTableView()
        self.history_table.setModel(self.history_model)
        self.history_table.set_column_widths({0: 104, 1: 72, 2: 190, 3: 72, 4: 80})
        history_layout.addWidget(self.history_table)
        layout.addWidget(history, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, detail: StaffDetail) -> None:
        cls(parent, detail).exec()
