"""代表名册 tab: the roll on the page's date with filters, a delegate's history, and the
actions on one delegate (变动, 罢免), special delegates, numbers, the roll and the cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.delegate_texts import KIND, STATUS, word
from congress_app.gui.dialogs.delegate_dialogs import (
    DelegateFileDialog,
    RecallDialog,
    SpecialDelegateDialog,
    StatusEventDialog,
)
from congress_app.gui.models.delegate_roll import DelegateRollModel, RollFilter
from congress_app.gui.models.delegate_tables import HistoryModel
from congress_app.gui.pages.delegates.common import DelegateTab
from congress_app.gui.widgets.common import fitted_table
from congress_app.gui.widgets.data_table import DataTableView
from congress_app.services.bodies import people_choices
from congress_app.services.by_elections import add_special_delegate, assign_numbers
from congress_app.services.delegate_papers import write_cards, write_roll
from congress_app.services.delegate_status import history, recall_delegate, record_status_event
from congress_app.services.roll import RollEntry, roll_on
from congress_app.services.unit_order import name_stroke_key as unit_name_key_default
from congress_app.services.unit_order import unit_name_key


class RollTab(DelegateTab):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self._unit_key: Callable[[str], Any] = unit_name_key_default
        self.entries: list[RollEntry] = []
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.unit_combo, self.delegation_combo = QComboBox(), QComboBox()
        self.kind_combo, self.status_combo = QComboBox(), QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("编号、工号或姓名"))
        self.search_edit.setClearButtonEnabled(True)
        for label, widget in (
            (self.tr("单位"), self.unit_combo),
            (self.tr("代表团"), self.delegation_combo),
            (self.tr("类别"), self.kind_combo),
            (self.tr("状态"), self.status_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1)
            widget.currentIndexChanged.connect(self._filter)
        filters.addWidget(self.search_edit, 1)
        self.search_edit.textChanged.connect(self._filter)
        layout.addLayout(filters)

        self.model = DelegateRollModel(self)
        self.proxy = RollFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView()
        self.table.set_sortable_model(self.proxy)
        self.table.set_column_widths({0: 70, 1: 70, 2: 100, 3: 90, 4: 90, 5: 80, 6: 160, 7: 170})
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.row_activated.connect(lambda _i: self.record_event())

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.person_label = QLabel(self.tr("选中一位代表查看其变动记录。"))
        self.person_label.setWordWrap(True)
        self.history = HistoryModel(self)
        self.history_view = fitted_table(self.history, single_line=True)
        buttons = QGridLayout()
        self.event_button = QPushButton(self.tr("登记变动…"))
        self.recall_button = QPushButton(self.tr("罢免…"))
        self.special_button = QPushButton(self.tr("增加特邀／列席代表…"))
        self.number_button = QPushButton(self.tr("分配代表编号"))
        self.pdf_button = QPushButton(self.tr("导出名册 PDF…"))
        self.xlsx_button = QPushButton(self.tr("导出名册 XLSX…"))
        self.cards_button = QPushButton(self.tr("打印代表证…"))
        for k, (button, slot) in enumerate(
            (
                (self.event_button, self.record_event),
                (self.recall_button, self.recall),
                (self.special_button, self.add_special),
                (self.number_button, self.number),
                (self.pdf_button, lambda: self.export(".pdf")),
                (self.xlsx_button, lambda: self.export(".xlsx")),
                (self.cards_button, self.print_cards),
            )
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button, k // 2, k % 2)
        side_layout.addWidget(self.person_label)
        side_layout.addWidget(self.history_view, 1)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 280])
        layout.addWidget(splitter, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self._update_buttons()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self, session) -> None:
        self.entries = roll_on(session, self.term_id, self.on) if self.term_id else []
        self._unit_key = unit_name_key(session)  # the one order of units (issue 15)
        current = self.current()
        self.model.set_rows(self.entries)
        self._fill_filters()
        self._filter()
        if current is not None:
            self.select(current.delegate_id)
        self._show_history(session)

    def _fill_filters(self) -> None:
        everything = self.tr("全部")
        choices = (
            (self.unit_combo, sorted({e.unit for e in self.entries}, key=self._unit_key), lambda v: v),
            (
                self.delegation_combo,
                sorted({e.delegation or "" for e in self.entries}),
                lambda v: v or self.tr("（未编入代表团）"),
            ),
            (
                self.kind_combo,
                [k for k in KIND if any(e.kind == k for e in self.entries)],
                lambda v: word(KIND, v),
            ),
            (
                self.status_combo,
                [s for s in STATUS if any(e.status == s for e in self.entries)],
                lambda v: word(STATUS, v),
            ),
        )
        for combo, values, label in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def _filter(self) -> None:
        self.proxy.set_filters(
            unit=self.unit_combo.currentData(),
            delegation=self.delegation_combo.currentData(),
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            text=self.search_edit.text(),
        )
        shown = self.proxy.rowCount()
        active = sum(e.active and e.kind == "formal" for e in self.entries)
        self.count_label.setText(
            self.tr("显示 {shown} / {total} 人；{on} 在任正式代表 {active} 人").format(
                shown=shown, total=len(self.entries), on=self.on.isoformat(), active=active
            )
        )

    def current(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def select(self, delegate_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            entry = self.model.entry(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if entry.delegate_id == delegate_id:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return

    def _selected(self, *_args) -> None:
        with self.state.db.session() as session:
            self._show_history(session)

    def _show_history(self, session) -> None:
        entry = self.current()
        self._update_buttons()
        if entry is None:
            self.history.set_rows([])
            self.person_label.setText(self.tr("选中一位代表查看其变动记录。"))
            return
        self.history.set_rows(history(session, entry.delegate_id))
        self.person_label.setText(
            self.tr("<b>{name}</b>（{number}）{unit} · {status}").format(
                name=entry.name,
                number=entry.number or self.tr("未编号"),
                unit=entry.unit,
                status=word(STATUS, entry.status),
            )
        )

    def _update_buttons(self) -> None:
        entry = self.current()
        self.event_button.setEnabled(entry is not None)
        self.recall_button.setEnabled(entry is not None and entry.kind == "formal" and entry.active)
        for button in (
            self.special_button,
            self.number_button,
            self.pdf_button,
            self.xlsx_button,
            self.cards_button,
        ):
            button.setEnabled(bool(self.term_id))

    # -- actions -----------------------------------------------------------------------------
    def record_event(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = StatusEventDialog.ask(self, entry.name, self.on)
        if answer is None:
            return
        kind, on, note = answer
        self.act(
            self.tr("正在登记…"),
            lambda s: record_status_event(s, entry.delegate_id, kind, on, actor=self.state.actor, note=note),
            lambda _r: self.tr("已登记 {name} 的变动。").format(name=entry.name),
        )

    def recall(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = RecallDialog.ask(self, entry.name, self.on)
        if answer is None:
            return
        decided_on, reason = answer
        self.act(
            self.tr("正在记录罢免…"),
            lambda s: recall_delegate(
                s, entry.delegate_id, decided_on=decided_on, reason=reason, actor=self.state.actor
            ),
            lambda _r: self.tr("已记录罢免 {name}，所在单位出现缺额，可在「缺额与补选」中补选。").format(
                name=entry.name
            ),
        )

    def add_special(self) -> None:
        with self.state.db.session() as session:
            people = people_choices(session, self.term_id, self.on, who="not_delegates")
        answer = SpecialDelegateDialog.ask(self, people, self.on)
        if answer is None:
            return
        staff_id, kind, category, start = answer
        self.act(
            self.tr("正在增加…"),
            lambda s: add_special_delegate(
                s,
                self.term_id,
                staff_id,
                kind=kind,
                category=category,
                effective_from=start,
                actor=self.state.actor,
            ),
            lambda _r: self.tr("已增加{kind}。").format(kind=word(KIND, kind)),
        )

    def number(self) -> None:
        self.act(
            self.tr("正在编号…"),
            lambda s: assign_numbers(s, self.term_id, actor=self.state.actor),
            lambda n: self.tr("已为 {n} 名代表分配编号（已有编号不变）。").format(n=n),
        )

    def export(self, suffix: str) -> None:
        path = DelegateFileDialog.ask_save(
            self, self.tr("代表名册{on}{suffix}").format(on=self.on.isoformat(), suffix=suffix), suffix
        )
        if path is None:
            return
        on = self.on
        self.act(
            self.tr("正在生成代表名册…"),
            lambda s: write_roll(s, self.term_id, on, path),
            lambda p: self.tr("代表名册已保存：{path}").format(path=p),
        )

    def print_cards(self) -> None:
        path = DelegateFileDialog.ask_save(self, self.tr("代表证.pdf"), ".pdf")
        if path is None:
            return
        on = self.on
        self.act(
            self.tr("正在生成代表证…"),
            lambda s: write_cards(s, self.term_id, on, path),
            lambda p: self.tr("代表证已保存：{path}").format(path=p),
        )
