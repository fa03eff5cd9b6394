"""签到台: one line edit (a scanner types the card's number and Enter), instant feedback,
undo, and the live quorum (第二十四条) polled every second from the shared database."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.errors import as_service_error, error_text
from congress_app.rules.errors import RuleViolation
from congress_app.services.checkin import (
    CheckInResult,
    DeskRoll,
    QuorumState,
    check_in,
    load_desk,
    quorum_state,
    undo_check_in,
)
from congress_app.services.errors import Conflict, ServiceError

POLL_MS = 1000
OK, WARN, INFO, FAIL = "#1b7f3b", "#a86400", "#1f5fa8", "#b00020"


class QuorumPanel(QFrame):
    """应到 / 实到 / 请假 / 未到, the required number and the verdict, with the article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quorumPanel")
        self.setStyleSheet(
            "QFrame#quorumPanel { background: #f6f8fb; border: 1px solid #c9d3e0;"
            " border-radius: 8px; } QLabel[role='figure'] { font-size: 30px;"
            " font-weight: bold; color: #1f3a5f; }"
        )
        grid = QGridLayout(self)
        self.figures: dict[str, QLabel] = {}
        captions = (
            ("expected", self.tr("应到")),
            ("present", self.tr("实到")),
            ("on_leave", self.tr("请假")),
            ("absent", self.tr("未到")),
            ("required", self.tr("须到")),
        )
        for column, (key, caption) in enumerate(captions):
            title = QLabel(caption)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            figure = QLabel("–")
            figure.setProperty("role", "figure")
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(title, 0, column)
            grid.addWidget(figure, 1, column)
            self.figures[key] = figure
        self.verdict = QLabel()
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setWordWrap(True)
        grid.addWidget(self.verdict, 2, 0, 1, len(captions))
        self.state: QuorumState | None = None
        self._color = ""

    def show_state(self, q: QuorumState) -> None:
        if q == self.state:
            return
        self.state = q
        for key in ("expected", "present", "on_leave", "required"):
            self.figures[key].setText(str(getattr(q, key)))
        self.figures["absent"].setText(str(q.absent))
        if q.expected == 0:
            text, color = self.tr("没有应到会代表，会议不能举行（第二十四条）"), FAIL
        elif q.reached:
            text, color = (
                self.tr("实到 {p} 人，已达应到会代表的三分之二，可以开会（第二十四条）").format(p=q.present),
                OK,
            )
        else:
            text, color = (
                self.tr("尚差 {n} 人达到三分之二（须到 {r} 人，第二十四条）").format(
                    n=q.required - q.present, r=q.required
                ),
                FAIL,
            )
        self.verdict.setText(text)
        if color != self._color:  # a style sheet re-polishes the label: only when it changes
            self._color = color
            self.verdict.setStyleSheet(f"font-size: 17px; font-weight: bold; color: {color};")


class CheckInDesk(QWidget):
    """The desk for one session. ``quorum_changed`` fires with every new QuorumState."""

    quorum_changed = Signal(object)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.desk: DeskRoll | None = None
        self.last_key = ""
        self._color = ""
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("代表编号 / 工号 / 姓名：")))
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText(self.tr("输入或扫描代表证二维码，回车签到"))
        self.key_edit.setStyleSheet("font-size: 20px; padding: 6px;")
        self.key_edit.returnPressed.connect(self.submit)
        row.addWidget(self.key_edit, 1)
        self.undo_button = QPushButton(self.tr("撤销签到"))
        self.undo_button.setToolTip(self.tr("撤销输入框中的代表（空则撤销刚才一位）的签到 (Ctrl+Z)"))
        self.undo_button.setShortcut("Ctrl+Z")
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self.feedback = QLabel(self.tr("请输入代表编号后按回车。"))
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(56)
        self.feedback.setStyleSheet("font-size: 22px; font-weight: bold; color: #555555;")
        layout.addWidget(self.feedback)
        self.quorum = QuorumPanel()
        layout.addWidget(self.quorum)
        layout.addWidget(QLabel(self.tr("最近签到")))
        self.recent = QListWidget()
        layout.addWidget(self.recent, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    # --- data ---------------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        self.desk = None
        self.recent.clear()
        if session_id is None:
            self.timer.stop()
            return
        with self.state.db.session() as session:
            self.desk = load_desk(session, session_id)
        self.quorum.state = None
        self.poll()
        self.timer.start()

    def poll(self) -> None:
        """Every second: two count queries, repaint only if something changed."""
        if self.desk is None:
            return
        with self.state.db.session() as session:
            q = quorum_state(session, self.desk.session_id, self.desk.expected)
        self._show_quorum(q)

    def _show_quorum(self, q: QuorumState) -> None:
        if q != self.quorum.state:
            self.quorum.show_state(q)
            self.quorum_changed.emit(q)

    # --- actions ------------------------------------------------------------------------

    def _say(self, text: str, color: str) -> None:
        self.feedback.setText(text)
        if color != self._color:
            self._color = color
            self.feedback.setStyleSheet(f"font-size: 22px; font-weight: bold; color: {color};")

    def _who(self, result: CheckInResult) -> str:
        entry = result.line.entry
        return "　".join(
            part
            for part in (entry.name, entry.number or entry.staff_no, entry.delegation or entry.unit)
            if part
        )

    def submit(self) -> None:
        key = self.key_edit.text().strip()
        self.key_edit.clear()
        if not key or self.desk is None:
            return
        try:
            with self.state.db.session() as session:
                result = check_in(session, self.desk, key, actor=self.state.actor, desk_name=self.state.actor)
        except Conflict as error:
            self._say("⚠ " + error_text(error), WARN)
            return
        except (ServiceError, RuleViolation) as error:
            self._say("✗ " + error_text(as_service_error(error)), FAIL)
            return
        self.last_key = result.line.entry.number or result.line.entry.staff_no
        if result.counted:
            self._say("✓ " + self._who(result), OK)
        else:
            self._say("✓ " + self._who(result) + "　" + self.tr("（已登记出席，不计入应到会人数）"), INFO)
        self.recent.insertItem(0, f"{datetime.now():%H:%M:%S}　{self._who(result)}")
        if self.recent.count() > 50:
            self.recent.takeItem(50)
        self._show_quorum(result.quorum)

    def undo(self) -> None:
        key = self.key_edit.text().strip() or self.last_key
        self.key_edit.clear()
        if not key or self.desk is None:
            return
        try:
            with self.state.db.session() as session:
                result = undo_check_in(session, self.desk, key, actor=self.state.actor)
        except (ServiceError, RuleViolation) as error:
            self._say("✗ " + error_text(as_service_error(error)), FAIL)
            return
        self.last_key = ""
        self._say("↶ " + self.tr("已撤销签到：") + self._who(result), WARN)
        self.recent.insertItem(0, f"{datetime.now():%H:%M:%S}　↶ {self._who(result)}")
        self._show_quorum(result.quorum)
