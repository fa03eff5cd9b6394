"""One unit's election: what to do next (one button), then its candidates, the current
round and the results, each on a tab."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from congress_app.gui.pages.elections.candidates import CandidatesPanel
from congress_app.gui.pages.elections.common import (
    DANGER_STYLE,
    INFO_STYLE,
    SUCCESS_STYLE,
    WARNING_STYLE,
    fit_button,
    panel_label,
    primary_button,
    scrolling,
)
from congress_app.gui.pages.elections.data import UnitData
from congress_app.gui.pages.elections.results import ResultsPanel
from congress_app.gui.pages.elections.round import RoundPanel
from congress_app.gui.pages.elections.texts import state_label
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import restyle
from congress_app.services import elections as el

TAB_CANDIDATES, TAB_ROUND, TAB_RESULTS = range(3)


class UnitDetail(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.data: UnitData | None = None
        self._shown_election = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.unit_label = QLabel()
        self.unit_label.setStyleSheet("font-size: 18px; font-weight: bold; color: #1f3a5f;")
        next_row = QHBoxLayout()
        self.next_label = panel_label(INFO_STYLE)
        self.next_button = primary_button("")
        self.next_button.clicked.connect(self.do_next)
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.next_button)
        self.candidates = CandidatesPanel(state)
        self.round = RoundPanel(state)
        self.results = ResultsPanel(state)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.candidates, self.tr("候选人"))
        self.tabs.addTab(scrolling(self.round), self.tr("投票与计票"))
        self.tabs.addTab(scrolling(self.results), self.tr("选举结果"))
        self.results.next_round.connect(self.round.open_round)
        self.round.closed.connect(self._round_closed)
        layout.addWidget(self.unit_label)
        layout.addLayout(next_row)
        layout.addWidget(self.tabs, 1)
        self._action = None

    def load(self, data: UnitData | None, *, show_round: int = 0) -> None:
        changed = data is None or data.row.election_id != self._shown_election
        before = self.data.open_round if self.data is not None and not changed else None
        opened = (
            data is not None
            and data.open_round is not None
            and (before is None or before.round_id != data.open_round.round_id)
        )
        self.data = data
        self._shown_election = data.row.election_id if data else 0
        self.candidates.load(data)
        self.round.load(data)
        self.results.load(data, show_round)
        if data is None:
            self.unit_label.setText("")
            self.next_label.setText(self.tr("请在左侧选择一个选举单位。"))
            self.next_button.hide()
            return
        row = data.row
        where = state_label(row.state)
        if data.open_round is not None and row.state in (el.STATE_READY, el.STATE_BALLOTS_PRINTED):
            where = self.tr("第{n}轮进行中").format(n=data.open_round.number) + (
                self.tr("（选票已打印）") if row.state == el.STATE_BALLOTS_PRINTED else ""
            )
        self.unit_label.setText(
            self.tr("{unit}　应选 {m} 名　·　{state}").format(unit=row.unit, m=row.seats, state=where)
        )
        text, button, action, style = self._next_step(data)
        self.next_label.setText(text)
        restyle(self.next_label, style)
        fit_button(self.next_button, button)
        self.next_button.setVisible(bool(button))
        self._action = action
        if changed or show_round or opened:
            self.tabs.setCurrentIndex(self._tab_for(data, show_round))

    @staticmethod
    def _tab_for(data: UnitData, show_round: int) -> int:
        state = data.row.state
        if show_round or state in (el.STATE_RUNOFF, el.STATE_FURTHER, el.STATE_REPEAT, el.STATE_ELECTED):
            return TAB_RESULTS
        if data.open_round is not None:
            return TAB_ROUND
        return TAB_CANDIDATES

    def _next_step(self, data: UnitData):
        row, last = data.row, data.last_closed
        state, n = row.state, len(data.rounds) + 1
        if state == el.STATE_CANDIDATES:
            need = row.seats + 1 - row.candidates
            return (
                self.tr(
                    "下一步：提名候选人。应选 {m} 名，候选人须多于应选名额，还需至少 {k} 人（差额，R14.1）。"
                ).format(m=row.seats, k=need),
                self.tr("添加候选人…"),
                self.candidates.add,
                WARNING_STYLE,
            )
        if data.open_round is not None:
            current = data.open_round
            if state == el.STATE_COUNTING:
                text = self.tr("下一步：录入第{n}轮的票数，核对无误后「结束本轮并计算结果」。").format(
                    n=current.number
                )
            elif state == el.STATE_BALLOTS_PRINTED:
                text = self.tr("选票已打印。投票结束后，在「投票与计票」中录入第{n}轮的票数。").format(
                    n=current.number
                )
            else:
                text = self.tr("第{n}轮已开始：下一步打印选票（每位选民一张，共 {e} 张）。").format(
                    n=current.number, e=current.electorate
                )
                return text, self.tr("打印选票…"), self.round.print_ballots, INFO_STYLE
            return text, self.tr("去计票"), self._go_count, INFO_STYLE
        if state == el.STATE_READY:
            return (
                self.tr("候选人 {c} 人，应选 {m} 名，符合差额要求。下一步：开始第1轮投票。").format(
                    c=row.candidates, m=row.seats
                ),
                self.tr("开始第1轮…"),
                self.round.open_round,
                INFO_STYLE,
            )
        if state == el.STATE_RUNOFF and last is not None:
            return (
                self.tr(
                    "第{k}轮 {names} 得票相同，无法确定最后的名额：须在他们之间另行选举（R14.4）。"
                ).format(k=last.number, names="、".join(last.runoff)),
                self.tr("开始另行选举（第{n}轮）…").format(n=n),
                self.round.open_round,
                WARNING_STYLE,
            )
        if state == el.STATE_FURTHER:
            return (
                self.tr(
                    "已选出 {e} / {m} 名，缺额 {u} 名：可另行选举（R14.5），也可留待日后补选（R19.1）。"
                ).format(e=row.elected, m=row.seats, u=row.seats - row.elected),
                self.tr("另行选举（第{n}轮）…").format(n=n),
                self.round.open_round,
                WARNING_STYLE,
            )
        if state == el.STATE_REPEAT:
            return (
                self.tr("上一轮选举无效（见「选举结果」），须重新选举。"),
                self.tr("重新选举（第{n}轮）…").format(n=n),
                self.round.open_round,
                DANGER_STYLE,
            )
        return (
            self.tr("已选出全部 {m} 名代表。全部单位选完后，到「资格审查」审查并公布代表名单。").format(
                m=row.seats
            ),
            "",
            None,
            SUCCESS_STYLE,
        )

    def do_next(self) -> None:
        if self._action is not None:
            self._action()

    def _go_count(self) -> None:
        self.tabs.setCurrentIndex(TAB_ROUND)
        fields = self.round.totals.fields_in_order()
        if self.round.stack.currentWidget() is self.round.totals and fields:
            fields[0].setFocus()
        elif self.round.stack.currentWidget() is self.round.ballots:
            self.round.ballots.serial.setFocus()

    def _round_closed(self, round_id: int) -> None:
        self.tabs.setCurrentIndex(TAB_RESULTS)
        self.results.load(self.data, round_id)
