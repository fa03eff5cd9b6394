"""A unit's voting round: open the next round (date, R14.0 switch, entry mode), print its
ballots in the background, enter the figures (totals or paper by paper) and close it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.election_files import ElectionFileDialog
from congress_app.gui.dialogs.election_round import OpenRoundDialog, PrintBallotsDialog
from congress_app.gui.ops import BackgroundOp, WriteOp
from congress_app.gui.pages.elections.ballot_entry import BallotEntry
from congress_app.gui.pages.elections.common import (
    INFO_STYLE,
    StatusLine,
    describe,
    fit_button,
    panel_label,
    primary_button,
    report_error,
)
from congress_app.gui.pages.elections.counting import TotalsEntry
from congress_app.gui.pages.elections.data import UnitData
from congress_app.gui.pages.elections.texts import round_kind_label
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import hint_label
from congress_app.services import counting
from congress_app.services import elections as el

NEXT_ROUND_STATES = (el.STATE_READY, el.STATE_RUNOFF, el.STATE_FURTHER, el.STATE_REPEAT)


class RoundPanel(StatusLine, QWidget):
    closed = Signal(int)  # round id, after a round is closed

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.data: UnitData | None = None
        self.op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        self.facts = panel_label(INFO_STYLE)
        buttons = QHBoxLayout()
        self.open_button = primary_button(self.tr("开始第1轮…"))
        self.open_button.clicked.connect(self.open_round)
        self.print_button = QPushButton(self.tr("打印选票…"))
        self.print_button.clicked.connect(self.print_ballots)
        self.close_button = primary_button(self.tr("结束本轮并计算结果"))
        self.close_button.clicked.connect(self.close_round)
        for button in (self.open_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.stack = QStackedWidget()
        self.idle = hint_label()
        self.totals = TotalsEntry(state)
        self.totals.edited.connect(lambda: self._say(""))
        self.ballots = BallotEntry(state)
        for widget in (self.idle, self.totals, self.ballots):
            self.stack.addWidget(widget)
        layout.addWidget(self.facts)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)

    # -- loading -------------------------------------------------------------------------
    def next_number(self) -> int:
        return (len(self.data.rounds) if self.data else 0) + 1

    def next_title(self) -> str:
        data = self.data
        if data is None or data.last_closed is None:
            return self.tr("开始第{n}轮…").format(n=self.next_number())
        if data.row.state == el.STATE_REPEAT:
            return self.tr("重新选举（第{n}轮）…").format(n=self.next_number())
        return self.tr("另行选举（第{n}轮）…").format(n=self.next_number())

    def load(self, data: UnitData | None) -> None:
        if data is None or self.data is None or data.row.election_id != self.data.row.election_id:
            self._say("")  # a message stays while the same unit is shown
        self.data = data
        if data is None:
            self.stack.setCurrentWidget(self.idle)
            return
        current = data.open_round
        can_open = current is None and data.row.state in NEXT_ROUND_STATES
        fit_button(self.open_button, self.next_title())
        self.open_button.setVisible(current is None and data.row.state != el.STATE_ELECTED)
        self.open_button.setEnabled(can_open)
        for button in (self.print_button, self.close_button):  # only while a round is open
            button.setVisible(current is not None)
            button.setEnabled(current is not None)
        order = [c.candidate_id for c in data.candidates]
        if current is None:
            self.facts.setText(self._idle_text(data))
            self.idle.setText(self.tr("没有进行中的投票；往轮的得票见「选举结果」。") if data.rounds else "")
            self.stack.setCurrentWidget(self.idle)
            return
        mode = self.tr("汇总录入") if current.entry_mode == "totals" else self.tr("逐张录入（双人）")
        turnout = (
            self.tr("适用三分之二到会规定（R14.0，惯例做法，非规范条文）")
            if current.require_two_thirds
            else self.tr("不适用三分之二规定，理由：{r}").format(r=current.waiver_reason)
        )
        self.facts.setText(
            self.tr(
                "第{n}轮 · {kind} · {date} · 应选 {seats} 名 · 候选人 {c} 人 · 选民 E = {e} 人（当日在岗）"
                "<br>{mode} · {turnout}"
            ).format(
                n=current.number,
                kind=round_kind_label(current.kind),
                date=current.held_on.isoformat(),
                seats=current.seats,
                c=len(current.candidates),
                e=current.electorate,
                mode=mode,
                turnout=turnout,
            )
        )
        if current.entry_mode == "ballots":
            self.ballots.load(current, order)
            self.stack.setCurrentWidget(self.ballots)
        else:
            self.totals.load(current, order)
            self.stack.setCurrentWidget(self.totals)

    def _idle_text(self, data: UnitData) -> str:
        row = data.row
        if row.state == el.STATE_ELECTED:
            return self.tr("已选出全部 {m} 名代表。").format(m=row.seats)
        if row.state == el.STATE_CANDIDATES:
            return self.tr("候选人 {n} 人，应选 {m} 名：须多于应选名额才能开始投票（差额，R14.1）。").format(
                n=row.candidates, m=row.seats
            )
        if data.last_closed is None:
            return self.tr("候选人 {n} 人，应选 {m} 名。开始第1轮时确定选举日期和录入方式。").format(
                n=row.candidates, m=row.seats
            )
        return self.tr("已选出 {e} / {m} 名。{what}").format(
            e=row.elected, m=row.seats, what=self.next_title().rstrip("…")
        )

    def _say(self, text: str, ok: bool = True) -> None:
        self.status.setVisible(bool(text))
        super()._say(text, ok)

    # -- actions -------------------------------------------------------------------------
    def open_round(self) -> None:
        data = self.data
        if data is None:
            return
        last = data.last_closed
        if last is None:
            facts = self.tr("应选 {m} 名，候选人 {n} 人（差额选举，R14.1）。").format(
                m=data.row.seats, n=len(data.candidates)
            )
        elif last.void:
            facts = self.tr("第{k}轮选举无效，在原候选人中重新选举 {m} 名。").format(
                k=last.number, m=last.seats
            )
        elif last.runoff:
            facts = self.tr("第{k}轮 {names} 得票相同，在他们之间另行选举 {m} 名（R14.4）。").format(
                k=last.number, names="、".join(last.runoff), m=data.row.seats - data.row.elected
            )
        else:
            facts = self.tr(
                "尚缺 {m} 名，在未当选的候选人中另行选举（仍须差额、仍须过全体半数，R14.5）。"
            ).format(m=data.row.seats - data.row.elected)
        title = self.next_title().rstrip("…")
        request = OpenRoundDialog.ask(self, unit=data.row.unit, title=title, facts=facts)
        if request is None:
            return
        try:
            with self.state.writing() as session:
                view = counting.open_round(
                    session,
                    data.row.election_id,
                    held_on=request.held_on,
                    actor=self.state.actor,
                    require_two_thirds=request.require_two_thirds,
                    waiver_reason=request.waiver_reason,
                    entry_mode=request.entry_mode,
                )
        except Exception as error:  # noqa: BLE001
            self._failed(error)
            return
        self._say(
            self.tr("第{n}轮已开始：选民 E = {e} 人，当选须得票 ≥ {t}。").format(
                n=view.number, e=view.electorate, t=view.threshold
            )
        )

    def print_ballots(self) -> None:
        data = self.data
        current = data.open_round if data else None
        if current is None:
            return
        request = PrintBallotsDialog.ask(self, unit=current.unit, electorate=current.electorate)
        if request is None:
            return
        path = ElectionFileDialog.ask_ballots(
            self, self.tr("选票_{unit}_第{n}轮.pdf").format(unit=current.unit, n=current.number)
        )
        if path is None:
            return
        round_id, actor = current.round_id, self.state.actor

        def work(session, progress):
            from congress_app.services.election_results import write_ballot_papers

            progress(0, 1, "")
            return write_ballot_papers(
                session, round_id, path, copies=request.copies, first_serial=request.first_serial, actor=actor
            )

        def done(out) -> None:
            self._say(self.tr("已生成选票 {n} 张：{path}").format(n=request.copies, path=out))

        self._say(self.tr("正在生成选票…"))
        self.op = (
            WriteOp(self, self.tr("正在生成选票…"), self.state, work)
            .success(done)
            .failure(self._failed)
            .run()
        )

    def close_round(self) -> None:
        data = self.data
        current = data.open_round if data else None
        if current is None:
            return
        if current.entry_mode == "totals":
            problems = self.totals.problems()
            if problems:
                self._say(
                    self.tr("票数还有问题，不能结束本轮：{p}").format(p=self.tr("；").join(problems)),
                    ok=False,
                )
                return
        if not ConfirmDialog.ask(
            self,
            self.tr("结束本轮"),
            self.tr("结束「{unit}」第{n}轮并按票数计算结果？结束后票数不能再修改。").format(
                unit=current.unit, n=current.number
            ),
            self.tr("结束并计算"),
        ):
            return
        if current.entry_mode == "totals" and self.totals.dirty and not self.totals.save():
            self._say(self.tr("票数未能保存：{e}").format(e=self.totals.state_label.text()), ok=False)
            return
        try:
            with self.state.writing() as session:
                view = counting.close_round(session, current.round_id, actor=self.state.actor)
        except Exception as error:  # noqa: BLE001 - e.g. clerks still differ: say so
            self._say(describe(error), ok=False)
            if current.entry_mode == "ballots":
                self.ballots.refresh_comparison()
            report_error(self, error)
            return
        self._say(self.tr("第{n}轮已结束。").format(n=view.number))
        self.closed.emit(view.round_id)
