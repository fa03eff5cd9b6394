"""选举单位: on-duty counts per unit on a reference date; merge small units into a joint unit
(联合选举单位), rename, split a joint unit again; the school's order of units (上移 / 下移,
恢复按笔画排序) that every paper, workbook and screen uses (issue 15).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.roster_prompts import UnitNameDialog
from congress_app.gui.models.units_table import (
    COL_MEMBERS,
    COL_NAME,
    COL_ON_DUTY,
    COL_TEACHING,
    COL_WOMEN,
    COL_YOUTH,
    SORT_ROLE,
    UNIT_ROLE,
    UnitsTableModel,
)
from congress_app.gui.ops import WriteOp
from congress_app.gui.pages.roster.common import empty_or_panel, link_button, report_error
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import add_labelled, date_edit, hint_label
from congress_app.gui.widgets.data_table import DataTableView
from congress_app.gui.widgets.empty_state import EmptyState
from congress_app.rules.seats import DEFAULT_YOUTH_AGE_LIMIT
from congress_app.services import unit_order
from congress_app.services.errors import ServiceError
from congress_app.services.units import (
    UnitCount,
    merge_units,
    rename_unit,
    split_joint_unit,
    unit_counts,
)


class UnitsTab(QWidget):
    notice = Signal(str)
    next_step = Signal()
    go_import = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.youth_age_limit = DEFAULT_YOUTH_AGE_LIMIT
        self._writing: WriteOp | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)

        top = QHBoxLayout()
        self.date_edit = date_edit()
        self.date_edit.dateChanged.connect(self.refresh)
        add_labelled(top, self.tr("基准日期"), self.date_edit, 12)
        top.addWidget(
            hint_label(
                self.tr(
                    "按基准日的状态统计在岗教职工（R13.1）。代表总数少于选举单位数时，"
                    "须先把小单位合并为联合选举单位（RA.1）。"
                )
            ),
            1,
        )
        layout.addLayout(top)

        self.empty = EmptyState(
            self.tr("还没有选举单位"), self.tr("选举单位来自教职工名册的「选举单位」列。请先导入名册。")
        )
        self.empty.add_button(self.tr("前往导入名册"), self.go_import, primary=True)
        self.stack = empty_or_panel(layout, self.empty, self._build_table_panel())

    def _build_table_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = UnitsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = DataTableView(multi_select=True)
        self.table.set_sortable_model(self.proxy)
        self.table.set_column_widths(
            {COL_NAME: 210, COL_MEMBERS: 260, COL_ON_DUTY: 70, COL_TEACHING: 80, COL_WOMEN: 64, COL_YOUTH: 64}
        )
        self.table.row_activated.connect(lambda _index: self.rename())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("合并为联合选举单位…"))
        self.merge_button.setToolTip(self.tr("按住 Ctrl 或 Shift 选择两个或更多单位"))
        self.merge_button.clicked.connect(self.merge)
        self.rename_button = QPushButton(self.tr("重命名…"))
        self.rename_button.clicked.connect(self.rename)
        self.split_button = QPushButton(self.tr("拆分联合单位"))
        self.split_button.clicked.connect(self.split)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("pageFacts")
        self.summary_label.setWordWrap(True)  # beside the buttons it wraps rather than clips
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary_label.setMinimumWidth(120)
        self.next_button = link_button(self.tr("下一步：确定名额方案 ▸"))
        self.next_button.clicked.connect(self.next_step)
        self.up_button = QPushButton(self.tr("上移"))
        self.up_button.setToolTip(
            self.tr("把选中的单位在顺序中上移一位（Ctrl+↑）。各种材料都按这个顺序列出单位。")
        )
        self.up_button.clicked.connect(lambda: self.move_unit(-1))
        self.down_button = QPushButton(self.tr("下移"))
        self.down_button.setToolTip(
            self.tr("把选中的单位在顺序中下移一位（Ctrl+↓）。各种材料都按这个顺序列出单位。")
        )
        self.down_button.clicked.connect(lambda: self.move_unit(1))
        self.reset_order_button = QPushButton(self.tr("恢复按笔画排序…"))
        self.reset_order_button.setToolTip(self.tr("不再使用学校确定的顺序，按单位名称笔画排列"))
        self.reset_order_button.clicked.connect(self.reset_order)
        for keys, slot in (("Ctrl+Up", lambda: self.move_unit(-1)), ("Ctrl+Down", lambda: self.move_unit(1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for button in (self.merge_button, self.rename_button, self.split_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)  # the order of units: its own group
        for button in (self.up_button, self.down_button, self.reset_order_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        facts = QHBoxLayout()
        facts.addWidget(self.summary_label, 1)
        facts.addWidget(self.next_button)
        layout.addLayout(facts)
        self._update_buttons()
        return panel

    # -- data ----------------------------------------------------------------------------
    def reference_date(self):
        return self.date_edit.date().toPython()

    def refresh(self) -> None:
        with self.state.db.session() as session:
            units = unit_counts(session, self.reference_date(), self.youth_age_limit)
        selected = [u.name for u in self.selected_units()]
        self.model.set_rows(units)
        if selected:  # a move keeps the moved unit selected
            self.select_units(selected)
        self.stack.setCurrentIndex(1 if units else 0)
        joint = sum(1 for u in units if u.members)
        self.summary_label.setText(
            self.tr("共 {count} 个选举单位（其中联合选举单位 {joint} 个），在岗教职工 {on_duty} 人").format(
                count=len(units), joint=joint, on_duty=sum(u.on_duty for u in units)
            )
        )
        self._update_buttons()

    def selected_units(self) -> list[UnitCount]:
        return [self.proxy.index(row, 0).data(UNIT_ROLE) for row in self.table.selected_rows()]

    def _update_buttons(self, *_args) -> None:
        units = self.selected_units()
        self.merge_button.setEnabled(len(units) >= 2 and not any(u.members for u in units))
        self.rename_button.setEnabled(len(units) == 1)
        self.split_button.setEnabled(len(units) == 1 and bool(units[0].members))
        self.up_button.setEnabled(len(units) == 1 and self._writing is None)
        self.down_button.setEnabled(len(units) == 1 and self._writing is None)
        self.reset_order_button.setEnabled(self.model.rowCount() > 0 and self._writing is None)

    def select_units(self, names: list[str]) -> None:
        """Select the rows of these units (keyboard users and tests)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(UNIT_ROLE).name in names:
                selection.select(index, flags)

    # -- actions -------------------------------------------------------------------------
    def _write(self, action, done_text: str) -> bool:
        try:
            with self.state.writing() as session:
                action(session)
        except ServiceError as error:
            report_error(self, error)
            return False
        self.notice.emit(done_text)
        return True

    def merge(self) -> None:
        units = self.selected_units()
        if len(units) < 2:
            return
        names = "、".join(u.name for u in units)
        joint_name = UnitNameDialog.ask(
            self,
            self.tr("合并为联合选举单位"),
            self.tr("把 {names} 合并为一个联合选举单位，共同选举代表。请输入联合选举单位的名称：").format(
                names=names
            ),
            self.tr("联合选举单位"),
        )
        if joint_name is None:
            return
        self._write(
            lambda s: merge_units(s, [u.unit_id for u in units], joint_name, actor=self.state.actor),
            self.tr("已把 {names} 合并为「{joint}」。").format(names=names, joint=joint_name),
        )

    def rename(self) -> None:
        units = self.selected_units()
        if len(units) != 1:
            return
        unit = units[0]
        name = UnitNameDialog.ask(
            self, self.tr("重命名选举单位"), self.tr("「{name}」的新名称：").format(name=unit.name), unit.name
        )
        if name is None or name == unit.name:
            return
        self._write(
            lambda s: rename_unit(s, unit.unit_id, name, actor=self.state.actor),
            self.tr("已把「{old}」改名为「{new}」。").format(old=unit.name, new=name),
        )

    def split(self) -> None:
        units = self.selected_units()
        if len(units) != 1 or not units[0].members:
            return
        unit = units[0]
        members = "、".join(unit.members)
        if not ConfirmDialog.ask(
            self,
            self.tr("拆分联合单位"),
            self.tr(
                "拆分「{name}」后，{members} 将各自单独选举代表；名额方案需按新的选举单位重新保存。"
            ).format(name=unit.name, members=members),
            self.tr("拆分"),
        ):
            return
        self._write(
            lambda s: split_joint_unit(s, unit.unit_id, actor=self.state.actor),
            self.tr("已拆分「{name}」：{members}。").format(name=unit.name, members=members),
        )

    # -- the order of units (issue 15) -----------------------------------------------------
    def _write_order(self, label: str, work, done_text: str) -> None:
        """The order is stored on the database worker (WriteOp); the page refreshes on the
        published change set (election_unit)."""
        if self._writing is not None:
            return

        def finished(_result) -> None:
            self._writing = None
            self.notice.emit(done_text)
            self._update_buttons()

        def failed(error: Exception) -> None:
            self._writing = None
            self._update_buttons()
            report_error(self, error)

        self._writing = WriteOp(self, label, self.state, lambda session, _progress: work(session))
        self._update_buttons()
        self._writing.success(finished).failure(failed).run()

    def move_unit(self, step: int) -> None:
        units = self.selected_units()
        if len(units) != 1 or self._writing is not None:
            return
        unit = units[0]
        shown = [self.model.unit_at(row).unit_id for row in range(self.model.rowCount())]
        actor = self.state.actor
        self._write_order(
            self.tr("正在保存单位顺序…"),
            lambda s: unit_order.move_unit(s, unit.unit_id, step, actor=actor, among=shown),
            (self.tr("已把「{name}」上移。") if step < 0 else self.tr("已把「{name}」下移。")).format(
                name=unit.name
            ),
        )

    def reset_order(self) -> None:
        if self._writing is not None:
            return
        if not ConfirmDialog.ask(
            self,
            self.tr("恢复按笔画排序"),
            self.tr(
                "不再使用学校确定的单位顺序，所有选举单位将按单位名称笔画排列。"
                "今后生成的名额分配表、选举结果、代表名单等材料都按笔画顺序列出单位；"
                "已公布的代表名单保持原样。"
            ),
            self.tr("恢复按笔画排序"),
        ):
            return
        actor = self.state.actor
        self._write_order(
            self.tr("正在保存单位顺序…"),
            lambda s: unit_order.reset_unit_order(s, actor=actor),
            self.tr("已恢复按单位名称笔画排序。"),
        )
