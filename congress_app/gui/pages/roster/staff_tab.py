"""教职工名册: import the roster, filter and search it, open a person's dated history."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.roster_staff_detail import StaffDetailDialog
from congress_app.gui.models.staff_table import (
    COL_BIRTH_DATE,
    COL_CATEGORY,
    COL_GENDER,
    COL_LISTED,
    COL_NAME,
    COL_POST,
    COL_STAFF_NO,
    COL_STATUS,
    COL_STATUS_SINCE,
    COL_UNIT,
    ON_DUTY_KEY,
    ROW_ROLE,
    UNLISTED_KEY,
    StaffFilterProxy,
    StaffTableModel,
)
from congress_app.gui.pages.roster.common import empty_or_panel, link_button, primary_button, report_error
from congress_app.gui.pages.roster.import_flow import RosterImportFlow
from congress_app.gui.staff_values import category_choices, gender_choices, status_choices
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import add_labelled, hint_label
from congress_app.gui.widgets.data_table import DataTableView
from congress_app.gui.widgets.empty_state import EmptyState
from congress_app.services.errors import ServiceError
from congress_app.services.staff import list_staff, staff_detail
from congress_app.services.unit_order import unit_name_key


class StaffTab(QWidget):
    notice = Signal(str)
    next_step = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.flow = RosterImportFlow(state, self)
        self.flow.notice.connect(self.notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)

        toolbar = QHBoxLayout()
        self.import_button = primary_button(self.tr("导入名册…"))
        self.import_button.setToolTip(self.tr("从 Excel（.xlsx）或 CSV 文件导入教职工名册（Ctrl+I）"))
        self.import_button.clicked.connect(self.flow.start)
        self.template_button = QPushButton(self.tr("下载导入模板…"))
        self.template_button.clicked.connect(self.flow.download_template)
        self.next_button = link_button(self.tr("下一步：核定选举单位 ▸"))
        self.next_button.clicked.connect(self.next_step)
        toolbar.addWidget(self.import_button)
        toolbar.addWidget(self.template_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.next_button)
        layout.addLayout(toolbar)

        self.empty = EmptyState(
            self.tr("还没有教职工名册"),
            self.tr(
                "第一步：下载导入模板，按模板整理人事处的教职工名册（工号、姓名、性别、出生日期、"
                "选举单位、岗位类别、状态），再导入。导入前会先检查并预览，有问题不会导入任何数据。"
            ),
        )
        self.empty_import = self.empty.add_button(self.tr("导入名册…"), self.flow.start, primary=True)
        self.empty.add_button(self.tr("下载导入模板…"), self.flow.download_template)
        self.stack = empty_or_panel(layout, self.empty, self._build_table_panel())

    def _build_table_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 4, 0, 0)
        filters = QHBoxLayout()
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(12)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), None)
        self.status_combo.addItem(self.tr("在岗教职工（R13.1）"), ON_DUTY_KEY)
        for label, status in status_choices():
            self.status_combo.addItem(label, status)
        self.status_combo.addItem(self.tr("不再列入名册"), UNLISTED_KEY)
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("全部类别"), None)
        for label, category in category_choices():
            self.category_combo.addItem(label, category)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜索工号或姓名（Ctrl+F）"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(self.search_edit.placeholderText())
        self.search_edit.setMinimumWidth(150)  # fits beside the filters at 1024 px in English
        for label_text, widget in (
            (self.tr("单位"), self.unit_combo),
            (self.tr("状态"), self.status_combo),
            (self.tr("类别"), self.category_combo),
        ):
            add_labelled(filters, label_text, widget, 6)
        filters.addWidget(self.search_edit, 1)
        layout.addLayout(filters)

        self.model = StaffTableModel(self)
        self.proxy = StaffFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView()
        self.table.set_sortable_model(self.proxy)
        # widths fit the titles and words of the UI's language; the unit keeps its width and
        # the table scrolls sideways in a narrow window rather than squeezing names to "…"
        self.table.fit_columns(
            {
                COL_STAFF_NO: 80,
                COL_NAME: 84,
                COL_GENDER: 48,
                COL_BIRTH_DATE: 100,
                COL_UNIT: 200,
                COL_CATEGORY: 72,
                COL_STATUS: 80,
                COL_STATUS_SINCE: 100,
                COL_POST: 84,
                COL_LISTED: 72,
            },
            {
                COL_GENDER: [word for word, _ in gender_choices()],
                COL_CATEGORY: [word for word, _ in category_choices()],
                COL_STATUS: [word for word, _ in status_choices()],
                COL_STATUS_SINCE: ["0000-00-00"],
                COL_BIRTH_DATE: ["0000-00-00"],
            },
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.row_activated.connect(self.open_detail)
        layout.addWidget(self.table, 1)

        footer = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("pageFacts")
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        hint = hint_label(self.tr("灰色：不计入在岗教职工。双击或按 Enter 查看状态历史。"))
        hint.setWordWrap(False)
        footer.addWidget(hint)
        layout.addLayout(footer)

        self.unit_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_unit(self.unit_combo.currentData())
        )
        self.status_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status_combo.currentData())
        )
        self.category_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_category(self.category_combo.currentData())
        )
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.search_edit.returnPressed.connect(self._search_to_table)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        QWidget.setTabOrder(self.unit_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.table)
        return panel

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.state.db.session() as session:
            rows = list_staff(session)
            unit_key = unit_name_key(session)  # the one order of units (issue 15)
        self.model.set_rows(rows)
        self._fill_units(rows, unit_key)
        self.stack.setCurrentIndex(1 if rows else 0)
        self.next_button.setVisible(bool(rows))
        self._update_count()

    def _fill_units(self, rows, unit_key) -> None:
        current = self.unit_combo.currentData()
        names = sorted({r.unit for r in rows} | {r.election_unit for r in rows}, key=unit_key)
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("全部单位"), None)
        for name in names:
            self.unit_combo.addItem(name, name)
        index = self.unit_combo.findData(current) if current else 0
        self.unit_combo.setCurrentIndex(max(index, 0))
        self.unit_combo.blockSignals(False)
        self.proxy.set_unit(self.unit_combo.currentData())

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("显示 {shown} / 共 {total} 人").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def has_staff(self) -> bool:
        return self.model.rowCount() > 0

    # -- actions -------------------------------------------------------------------------
    def focus_search(self) -> None:
        if self.has_staff():
            self.search_edit.setFocus()
            self.search_edit.selectAll()

    def _search_to_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def open_detail(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is None:
            return
        try:
            with self.state.db.session() as session:
                detail = staff_detail(session, row.staff_id)
        except ServiceError as error:
            report_error(self, error)
            return
        StaffDetailDialog.ask(self, detail)
