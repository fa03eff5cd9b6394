"""大屏幕: a second top-level window, full screen on the hall's screen (remembered), with
figures legible from the back of the hall. Keys: Q 法定人数, V 最新表决, ←/→ 上一项/下一项
表决, F11 全屏, Esc 关闭."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from congress_app.gui import settings
from congress_app.gui.pages.meetings.votes_tab import chart_labels, verdict_text
from congress_app.gui.widgets.meeting_charts import VoteChart
from congress_app.services.checkin import QuorumState, quorum_state
from congress_app.services.votes import VoteRecord, list_votes

PROJECTOR_SCREEN = settings.PROJECTOR_SCREEN
QUORUM, VOTE = range(2)
STYLE = """
QWidget#projector { background: #0f2440; }
QLabel { color: #ffffff; }
QLabel[role="title"] { font-size: 44px; font-weight: bold; }
QLabel[role="caption"] { font-size: 40px; color: #c8d6ea; }
QLabel[role="figure"] { font-size: 150px; font-weight: bold; }
QLabel[role="verdict"] { font-size: 52px; font-weight: bold; }
QLabel[role="hint"] { font-size: 18px; color: #7f93b0; }
"""


def _label(role: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class ProjectorWindow(QWidget):
    def __init__(self, state, session_id: int, title: str, expected: int) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.state = state
        self.session_id = session_id
        self.expected = expected
        self.votes: list[VoteRecord] = []
        self.vote_index = -1
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("大屏幕 — {title}").format(title=title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        layout.addWidget(_label("title", title))
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        layout.addWidget(
            _label("hint", self.tr("Q 法定人数　V 最新表决　← → 上一项/下一项　F11 全屏　Esc 关闭"))
        )

        quorum = QWidget()
        q_layout = QVBoxLayout(quorum)
        row = QHBoxLayout()
        self.figures: dict[str, QLabel] = {}
        for key, caption in (
            ("expected", self.tr("应到")),
            ("present", self.tr("实到")),
            ("on_leave", self.tr("请假")),
            ("required", self.tr("须到")),
        ):
            column = QVBoxLayout()
            column.addWidget(_label("caption", caption))
            figure = _label("figure", "–")
            column.addWidget(figure)
            self.figures[key] = figure
            row.addLayout(column)
        q_layout.addStretch(1)
        q_layout.addLayout(row)
        self.quorum_verdict = _label("verdict")
        q_layout.addWidget(self.quorum_verdict)
        q_layout.addStretch(1)
        self.stack.addWidget(quorum)

        vote = QWidget()
        v_layout = QVBoxLayout(vote)
        self.vote_title = _label("caption")
        self.vote_verdict = _label("verdict")
        self.chart = VoteChart(scale=2.6)
        self.chart.track = QColor("#1c3556")
        self.chart.line = QColor("#ffd54f")
        pal = self.chart.palette()
        pal.setColor(self.chart.foregroundRole(), Qt.GlobalColor.white)
        pal.setColor(pal.ColorRole.Text, Qt.GlobalColor.white)
        self.chart.setPalette(pal)
        v_layout.addWidget(self.vote_title)
        v_layout.addWidget(self.chart, 1)
        v_layout.addWidget(self.vote_verdict)
        self.stack.addWidget(vote)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.poll)
        self.poll()
        self.timer.start()

    # --- what it shows ------------------------------------------------------------------

    def poll(self) -> None:
        with self.state.db.session() as session:
            self.show_quorum(quorum_state(session, self.session_id, self.expected))

    def show_quorum(self, q: QuorumState) -> None:
        for key in self.figures:
            self.figures[key].setText(str(getattr(q, key)))
        if q.reached:
            text, color = self.tr("已达三分之二　可以开会"), "#7ee08a"
        else:
            text, color = self.tr("尚差 {n} 人").format(n=q.required - q.present), "#ff8a80"
        self.quorum_verdict.setText(text)
        self.quorum_verdict.setStyleSheet(f"color: {color};")

    def reload_votes(self, *, latest: bool = True) -> None:
        with self.state.db.session() as session:
            self.votes = list_votes(session, self.session_id)
        if latest:
            self.vote_index = len(self.votes) - 1

    def show_vote(self, index: int | None = None) -> None:
        if index is None:
            self.reload_votes()
        else:
            self.vote_index = max(0, min(index, len(self.votes) - 1))
        if not self.votes:
            return
        vote = self.votes[self.vote_index]
        self.vote_title.setText(f"{vote.number}. {vote.title}")
        self.chart.set_vote(vote.yes, vote.no, vote.abstain, vote.expected, vote.needed, chart_labels())
        self.vote_verdict.setText(verdict_text(vote))
        self.vote_verdict.setStyleSheet(f"font-size: 40px; color: {'#7ee08a' if vote.passed else '#ff8a80'};")
        self.stack.setCurrentIndex(VOTE)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Q:
            self.stack.setCurrentIndex(QUORUM)
        elif key == Qt.Key.Key_V:
            self.show_vote()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.votes:
            self.show_vote(self.vote_index + (1 if key == Qt.Key.Key_Right else -1))
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().closeEvent(event)

    # --- where it shows -----------------------------------------------------------------

    def show_on(self, screen_name: str) -> None:
        """Full screen on the named screen (the last one if unknown); remembered."""
        screens = QGuiApplication.screens()
        chosen = next((s for s in screens if s.name() == screen_name), screens[-1])
        PROJECTOR_SCREEN.set(chosen.name())
        self.setScreen(chosen)
        self.setGeometry(chosen.geometry())
        self.showFullScreen()
