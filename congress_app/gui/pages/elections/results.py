"""The closed rounds of a unit: each candidate's yes votes and outcome, void rounds
explained (R14.0, R14.2), unfilled seats with the next round, a bar chart against the
threshold (R14.3), and the 选举结果报告单 as a PDF."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.election_files import ElectionFileDialog
from congress_app.gui.models.election_rounds import RoundResultsModel
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.elections.common import (
    DANGER_STYLE,
    INFO_STYLE,
    SUCCESS_STYLE,
    WARNING_STYLE,
    StatusLine,
    fit_button,
    in_session,
    panel_label,
    primary_button,
)
from congress_app.gui.pages.elections.data import UnitData
from congress_app.gui.pages.elections.texts import outcome_label, round_kind_label, void_text
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import hint_label, restyle
from congress_app.gui.widgets.election_chart import VotesChart
from congress_app.services import elections as el
from congress_app.services.counting import RoundView


class ResultsPanel(StatusLine, QWidget):
    next_round = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.data: UnitData | None = None
        self.op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("轮次：")))
        self.round_combo = QComboBox()
        # narrow panels (1024 px, English): the combo shrinks and elides, never pushes the
        # panel wider than its scroll area
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_combo.setMinimumContentsLength(14)
        self.round_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.round_combo.setMaximumWidth(420)  # whole caption when there is room
        self.round_combo.currentIndexChanged.connect(self._show_selected)
        top.addWidget(self.round_combo)
        top.addStretch(1)
        self.print_button = QPushButton(self.tr("打印选举结果报告单…"))
        self.print_button.clicked.connect(self.print_sheet)
        top.addWidget(self.print_button)
        self.empty = hint_label(self.tr("还没有结束的轮次。结束一轮后，这里显示每位候选人的得票和结果。"))
        self.facts = panel_label(INFO_STYLE)
        self.verdict = panel_label(SUCCESS_STYLE)
        next_row = QHBoxLayout()
        self.next_button = primary_button(self.tr("另行选举…"))
        self.next_button.clicked.connect(self.next_round)
        next_row.addWidget(self.next_button)
        next_row.addStretch(1)
        self.model = RoundResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumWidth(280)
        self.chart = VotesChart()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.facts)
        layout.addWidget(self.verdict)
        layout.addLayout(next_row)
        side = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        side.addWidget(self.table, 2)
        side.addWidget(self.chart, 3)
        self.side = side  # the chart goes under the table when the panel is narrow
        layout.addLayout(side, 1)
        layout.addWidget(self.status)

    NARROW = 720  # px: below this the chart sits under the table

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        direction = (
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < self.NARROW
            else QBoxLayout.Direction.LeftToRight
        )
        if self.side.direction() != direction:
            self.side.setDirection(direction)
        super().resizeEvent(event)

    def load(self, data: UnitData | None, show_round: int = 0) -> None:
        self.data = data
        closed = data.closed_rounds if data else []
        keep = show_round or self.current_round_id()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for view in closed:
            label = self.tr("第{n}轮 · {kind} · {date}").format(
                n=view.number, kind=round_kind_label(view.kind), date=view.held_on.isoformat()
            )
            if view.void:
                label += self.tr("（无效）")
            self.round_combo.addItem(label, view.round_id)
        index = self.round_combo.findData(keep) if keep else -1
        self.round_combo.setCurrentIndex(index if index >= 0 else len(closed) - 1)
        self.round_combo.blockSignals(False)
        has = bool(closed)
        for widget in (self.facts, self.verdict, self.table, self.chart, self.print_button, self.round_combo):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        self._show_selected()

    def current_round_id(self) -> int:
        value = self.round_combo.currentData()
        return int(value) if value is not None else 0

    def current_view(self) -> RoundView | None:
        rid = self.current_round_id()
        if self.data is None or not rid:
            return None
        return next((r for r in self.data.rounds if r.round_id == rid), None)

    def _show_selected(self, *_args) -> None:
        view = self.current_view()
        data = self.data
        self.next_button.hide()
        if view is None or data is None:
            self.model.set_rows([], 0)
            return
        valid = (view.returned or 0) - (view.invalid or 0)
        self.facts.setText(
            self.tr(
                "选民 E = {e} 人　发出 {i} 张　收回 {r} 张　无效 {inv} 张　有效 {v} 张　"
                "应选 {s} 名　当选须得票 ≥ {t}（全体教职工的过半数，R14.3）"
            ).format(
                e=view.electorate,
                i=view.issued,
                r=view.returned,
                inv=view.invalid,
                v=valid,
                s=view.seats,
                t=view.threshold,
            )
        )
        self.model.set_rows(view.candidates, view.threshold)
        labels = {k: outcome_label(k) for k in ("elected", "runoff", "not_elected")}
        labels["threshold"] = self.tr("当选线 {t} 票").format(t=view.threshold)
        self.chart.set_round(
            [(c.name, c.yes or 0, c.outcome) for c in view.candidates],
            view.threshold,
            labels=labels,
            title=self.tr("{unit} 第{n}轮 各候选人得票").format(unit=view.unit, n=view.number),
        )
        self._verdict(view, data)

    def _verdict(self, view: RoundView, data: UnitData) -> None:
        latest = view.round_id == (data.last_closed.round_id if data.last_closed else 0)
        can_go_on = (
            latest
            and data.open_round is None
            and data.row.state in (el.STATE_RUNOFF, el.STATE_FURTHER, el.STATE_REPEAT)
        )
        if view.void:
            self.verdict.setText(
                void_text(
                    view.void_reason, electorate=view.electorate, issued=view.issued, returned=view.returned
                )
            )
            restyle(self.verdict, DANGER_STYLE)
            if can_go_on:
                fit_button(self.next_button, self.tr("重新选举（第{n}轮）…").format(n=len(data.rounds) + 1))
                self.next_button.show()
            return
        parts = [self.tr("当选：{names}").format(names="、".join(view.elected) or self.tr("无"))]
        if view.runoff:
            parts.append(
                self.tr(
                    "{names} 得票相同（并列最后一个名额），均不当选，须在他们之间另行选举（R14.4）"
                ).format(names="、".join(view.runoff))
            )
        if view.unfilled and not view.runoff:
            parts.append(
                self.tr("缺额 {u} 名：可另行选举（R14.5），也可留待日后补选（R19.1）").format(u=view.unfilled)
            )
        self.verdict.setText(self.tr("；").join(parts) + self.tr("。"))
        restyle(self.verdict, WARNING_STYLE if view.unfilled else SUCCESS_STYLE)
        if can_go_on:
            fit_button(self.next_button, self.tr("另行选举（第{n}轮）…").format(n=len(data.rounds) + 1))
            self.next_button.show()

    def print_sheet(self) -> None:
        view = self.current_view()
        if view is None:
            return
        path = ElectionFileDialog.ask_result_sheet(
            self, self.tr("选举结果报告单_{unit}_第{n}轮.pdf").format(unit=view.unit, n=view.number)
        )
        if path is None:
            return
        round_id = view.round_id

        def write(session):
            from congress_app.services.election_results import write_result_sheet

            return write_result_sheet(session, round_id, path)

        self.op = in_session(
            self,
            self.state.db,
            self.tr("正在生成选举结果报告单…"),
            write,
            lambda out: self._say(self.tr("已生成选举结果报告单：{path}").format(path=out)),
            self._failed,
        )
