"""A unit's candidates in ballot order: add from the eligible staff (R12.1), withdraw, the
ballot order, and the live 差额 hint (R14.1)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.candidate_confirmation import CandidateConfirmationDialog
from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.election_candidates import CandidatePickerDialog
from congress_app.gui.models.election_candidates import ElectionCandidatesModel, StaffChoice
from congress_app.gui.pages.elections.common import (
    DANGER_STYLE,
    SUCCESS_STYLE,
    WARNING_STYLE,
    describe,
    panel_label,
    primary_button,
    report_error,
)
from congress_app.gui.pages.elections.data import UnitData
from congress_app.gui.pages.elections.texts import candidates_hint
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import fitted_table, restyle
from congress_app.services import elections as el


class CandidatesPanel(QWidget):
    notice = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.data: UnitData | None = None
        layout = QVBoxLayout(self)
        self.hint = panel_label(WARNING_STYLE)
        self.locked_label = QLabel()
        self.locked_label.setWordWrap(True)
        self.locked_label.setStyleSheet("color: #555555;")
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("选票上的排列：")))
        self.strokes_radio = QRadioButton(self.tr("按姓氏笔画"))
        self.entered_radio = QRadioButton(self.tr("按提名顺序"))
        self.order_group = QButtonGroup(self)
        self.order_group.addButton(self.strokes_radio)
        self.order_group.addButton(self.entered_radio)
        self.strokes_radio.clicked.connect(lambda: self.set_order("strokes"))
        self.entered_radio.clicked.connect(lambda: self.set_order("entered"))
        order_row.addWidget(self.strokes_radio)
        order_row.addWidget(self.entered_radio)
        order_row.addStretch(1)
        self.model = ElectionCandidatesModel(self)
        self.view = fitted_table(self.model)
        buttons = QHBoxLayout()
        self.add_button = primary_button(self.tr("添加候选人…"))
        self.add_button.clicked.connect(self.add)
        self.withdraw_button = QPushButton(self.tr("撤回所选"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.confirm_button = QPushButton(self.tr("记录第十二条条件…"))
        self.confirm_button.setToolTip(
            self.tr(
                "政治权利、愿意承担代表义务、能够履行代表权利：是或否，及日期。"
                "选中若干候选人，或不选则为全部尚未确认的候选人。"
            )
        )
        self.confirm_button.clicked.connect(self.confirm)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addLayout(order_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.status)

    # -- loading -------------------------------------------------------------------------
    def load(self, data: UnitData | None) -> None:
        if data is None or self.data is None or data.row.election_id != self.data.row.election_id:
            self.status.setText("")  # a message stays while the same unit is shown
        self.data = data
        if data is None:
            self.model.set_rows([])
            self.hint.setText("")
            return
        self.model.set_rows(data.candidates)
        text, ok = candidates_hint(len(data.candidates), data.row.seats)
        self.hint.setText(text)
        restyle(self.hint, SUCCESS_STYLE if ok else WARNING_STYLE)
        (self.strokes_radio if data.order == "strokes" else self.entered_radio).setChecked(True)
        locked = bool(data.rounds)
        for widget in (self.withdraw_button, self.strokes_radio, self.entered_radio):
            widget.setEnabled(not locked)
        self.add_button.setEnabled(data.can_add)  # before voting, or for a further round (R14.5)
        self.confirm_button.setEnabled(data.open_round is None and bool(data.candidates))
        self.locked_label.setText(self.tr("已开始投票，候选人名单和排列不能再改动。") if locked else "")
        if data.problem is not None:
            self.hint.setText(self.tr("读取候选人名单时出错：{e}").format(e=describe(data.problem)))
            restyle(self.hint, DANGER_STYLE)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.notice.emit(text)

    # -- actions -------------------------------------------------------------------------
    def add(self) -> None:
        data = self.data
        if data is None:
            return
        with self.state.db.session() as session:
            staff = el.eligible_staff(session, data.row.election_id)
            taken = {c.staff_id for c in data.candidates}
            choices = [
                StaffChoice(
                    s.id, s.staff_no, s.name, s.gender, s.category, s.id in taken, s.post, s.unit.name
                )
                for s in staff
            ]
        chosen = CandidatePickerDialog.ask(self, data.row.unit, choices)
        if not chosen:
            return
        try:
            with self.state.writing() as session:
                added = el.nominate(session, data.row.election_id, chosen, actor=self.state.actor)
        except Exception as error:  # noqa: BLE001 - worded for the office
            report_error(self, error)
            return
        self._say(self.tr("已添加候选人 {n} 人。").format(n=added))

    def confirm(self) -> None:
        """R12.1: record the three facts for the selected candidates (or all unconfirmed)."""
        data = self.data
        if data is None:
            return
        ids = self.selected_candidates() or [c.candidate_id for c in data.candidates if c.confirmation]
        if not ids:
            self._say(self.tr("所有候选人的第十二条条件均已记录。"))
            return
        names = [c.label or c.name for c in data.candidates if c.candidate_id in ids]
        answer = CandidateConfirmationDialog.ask(self, names)
        if answer is None:
            return
        try:
            with self.state.writing() as session:
                el.record_confirmation(
                    session,
                    ids,
                    political_rights=answer.political_rights,
                    willing=answer.willing,
                    able=answer.able,
                    on=answer.on,
                    actor=self.state.actor,
                )
        except Exception as error:  # noqa: BLE001 - worded for the office
            report_error(self, error)
            return
        self._say(self.tr("已记录 {n} 名候选人的第十二条条件。").format(n=len(ids)))

    def selected_candidates(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.candidate_id(r) for r in rows]

    def withdraw(self) -> None:
        data = self.data
        ids = self.selected_candidates()
        if data is None or not ids:
            self._say(self.tr("请先在表中选中要撤回的候选人。"))
            return
        names = "、".join(c.name for c in data.candidates if c.candidate_id in ids)
        if not ConfirmDialog.ask(
            self,
            self.tr("撤回候选人"),
            self.tr("从「{unit}」的候选人中撤回：{names}？").format(unit=data.row.unit, names=names),
            self.tr("撤回"),
        ):
            return
        try:
            with self.state.writing() as session:
                for cid in ids:
                    el.withdraw_candidate(session, cid, actor=self.state.actor)
        except Exception as error:  # noqa: BLE001
            report_error(self, error)
        else:
            self._say(self.tr("已撤回：{names}。").format(names=names))

    def set_order(self, order: str) -> None:
        data = self.data
        if data is None or data.order == order:
            return
        try:
            with self.state.writing() as session:
                el.set_candidate_order(session, data.row.election_id, order, actor=self.state.actor)
        except Exception as error:  # noqa: BLE001
            report_error(self, error)
