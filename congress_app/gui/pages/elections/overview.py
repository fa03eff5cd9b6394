"""The units of the term and where each stands; selecting one shows its detail."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.models.election_units import (
    COL_CANDIDATES,
    COL_ELECTED,
    COL_STATE,
    COL_UNIT,
    SORT_ROLE,
    ElectionUnitsModel,
    progress_of,
)
from congress_app.services.elections import UnitElectionState


class OverviewPanel(QWidget):
    selected = Signal(int)  # election id, 0 when nothing is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("pageFacts")
        self.progress_label.setWordWrap(True)  # a narrow panel wraps it instead of cutting it
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.model = ElectionUnitsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        # every column fits its contents and the table scrolls sideways when the panel is
        # narrow: a void round's long "本轮无效，需重新选举" once squeezed the unit names to
        # nothing, and a stretched state column showed only "…"
        for column in (COL_UNIT, COL_STATE, COL_CANDIDATES, COL_ELECTED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.sortByColumn(COL_UNIT, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: Sequence[UnitElectionState], keep: int = 0) -> None:
        current = self.current()
        if keep and current is not None and current.election_id == keep and self.model.update_rows(rows):
            self._show_progress(rows)  # same units: rows updated in place, selection kept
            self.selected.emit(keep)
            return
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.view.selectionModel().blockSignals(False)
        self._show_progress(rows)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        elif rows:
            self.select_row(0)  # the first unit as the table shows them
        else:
            self.selected.emit(0)

    def _show_progress(self, rows: Sequence[UnitElectionState]) -> None:
        progress = progress_of(rows)
        self.progress_label.setText(
            self.tr("已完成 {done} / {units} 个单位；已选出代表 {elected} / {seats} 名").format(
                done=progress.done, units=progress.units, elected=progress.elected, seats=progress.seats
            )
        )
        self.progress_bar.setRange(0, max(progress.seats, 1))
        self.progress_bar.setValue(progress.elected)

    def select_row(self, proxy_row: int) -> None:
        self.view.selectRow(proxy_row)  # emits ``selected`` through selectionChanged

    def select_election(self, election_id: int) -> None:
        row = self.model.row_of(election_id)
        if row >= 0:
            self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def current(self) -> UnitElectionState | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.at(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, *_args) -> None:
        current = self.current()
        self.selected.emit(current.election_id if current else 0)
