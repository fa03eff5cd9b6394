"""应到名单: every delegate on the roll on the session date, who is expected (第二十四条) and
who is not and why, check-in and leave (请假)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from congress_app.gui.dialogs.meeting_dialogs import LeaveDialog
from congress_app.gui.errors import as_service_error, show_error
from congress_app.gui.models.text_table import TextTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.gui.widgets.common import fitted_table, hint_label
from congress_app.rules.errors import RuleViolation
from congress_app.services.checkin import AttendanceLine, attendance_lines
from congress_app.services.errors import ServiceError
from congress_app.services.meetings import (
    AWAY,
    ENDED,
    EXPECTED,
    NOT_FORMAL,
    record_leave,
    withdraw_leave,
)

CONTEXT = "MeetingRoll"
STANDING = {
    EXPECTED: QT_TRANSLATE_NOOP("MeetingRoll", "应到"),
    AWAY: QT_TRANSLATE_NOOP("MeetingRoll", "不计入：离校学习、工作满半年（第二十四条）"),
    ENDED: QT_TRANSLATE_NOOP("MeetingRoll", "不计入：代表资格已终止"),
    NOT_FORMAL: QT_TRANSLATE_NOOP("MeetingRoll", "不计入：特邀或列席代表（第二十条）"),
}
KINDS = {
    "formal": QT_TRANSLATE_NOOP("MeetingRoll", "正式"),
    "invited": QT_TRANSLATE_NOOP("MeetingRoll", "特邀"),
    "observer": QT_TRANSLATE_NOOP("MeetingRoll", "列席"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RollTab(QWidget):
    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session_id: int | None = None
        self.lines: list[AttendanceLine] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.summary)
        layout.addWidget(
            hint_label(
                self.tr(
                    "应到会代表 = 会议当天资格有效的正式代表，减去离校学习、工作满半年的代表（第二十四条）；"
                    "特邀、列席代表可以出席，但不计入。"
                )
            )
        )
        self.model = TextTableModel(
            [
                self.tr("代表编号"),
                self.tr("姓名"),
                self.tr("单位"),
                self.tr("类别"),
                self.tr("是否应到"),
                self.tr("签到"),
                self.tr("请假"),
            ],
            centred=(0, 3, 5),
        )
        self.view = fitted_table(self.model, single_line=True)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("登记请假…"))
        self.leave_button.clicked.connect(self.add_leave)
        self.withdraw_button = QPushButton(self.tr("取消请假"))
        self.withdraw_button.clicked.connect(self.remove_leave)
        buttons.addWidget(self.leave_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        if self.session_id is None:
            self.lines = []
            self.model.set_rows([])
            self.summary.setText("")
            return
        with self.state.db.session() as session:
            self.lines = attendance_lines(session, self.session_id)
        rows = []
        for a in self.lines:
            e = a.line.entry
            rows.append(
                (
                    e.number or "",
                    e.name,
                    e.delegation or e.unit,
                    _t(KINDS.get(e.kind, e.kind)),
                    _t(STANDING[a.line.standing]),
                    "✓" if a.checked_in else "",
                    (self.tr("请假") + (f"：{a.leave_reason}" if a.leave_reason else ""))
                    if a.on_leave
                    else "",
                )
            )
        self.model.set_rows(rows)
        expected = sum(1 for a in self.lines if a.line.counted)
        self.summary.setText(
            self.tr("名册 {n} 人，应到会代表 {e} 人，不计入 {x} 人").format(
                n=len(self.lines), e=expected, x=len(self.lines) - expected
            )
        )

    def _selected(self):
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.lines[rows[0].row()] if rows else None

    def add_leave(self) -> None:
        line = self._selected()
        if line is None or self.session_id is None:
            return
        reason = LeaveDialog.ask(self, line.line.entry.name)
        if reason is None:
            return
        try:
            with self.state.db.session() as session:
                record_leave(
                    session,
                    self.session_id,
                    line.line.entry.delegate_id,
                    reason=reason,
                    actor=self.state.actor,
                )
        except (ServiceError, RuleViolation) as error:
            show_error(self, as_service_error(error))
            return
        self.refresh()

    def remove_leave(self) -> None:
        line = self._selected()
        if line is None or self.session_id is None:
            return
        try:
            with self.state.db.session() as session:
                withdraw_leave(session, self.session_id, line.line.entry.delegate_id, actor=self.state.actor)
        except ServiceError as error:
            show_error(self, error)
            return
        self.refresh()
