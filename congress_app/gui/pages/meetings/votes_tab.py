"""表决: the voting method first (第二十五条), motions and elections by show of hands or secret
ballot (the counting team's figures), each vote's verdict against the EXPECTED delegates,
stored and sealed; a chart of the selected vote."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.errors import as_service_error, error_text
from congress_app.gui.models.text_table import TextTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.gui.widgets.common import fitted_table, hint_label
from congress_app.gui.widgets.meeting_charts import VoteChart
from congress_app.rules.errors import RuleViolation
from congress_app.rules.meetings import (
    BALLOT,
    HANDS,
    VOTE_AGENDA,
    VOTE_CREDENTIALS,
    VOTE_ELECTION,
    VOTE_METHOD,
    VOTE_MOTION,
)
from congress_app.services.errors import ServiceError
from congress_app.services.votes import VoteRecord, list_votes, method_approved, record_vote

CONTEXT = "MeetingVotes"
KIND_TEXT = {
    VOTE_METHOD: QT_TRANSLATE_NOOP("MeetingVotes", "表决、选举办法"),
    VOTE_CREDENTIALS: QT_TRANSLATE_NOOP("MeetingVotes", "代表资格审查报告"),
    VOTE_AGENDA: QT_TRANSLATE_NOOP("MeetingVotes", "大会议程和日程"),
    VOTE_MOTION: QT_TRANSLATE_NOOP("MeetingVotes", "议案、决议"),
    VOTE_ELECTION: QT_TRANSLATE_NOOP("MeetingVotes", "选举（主席团、民管会等）"),
}
METHOD_TEXT = {
    HANDS: QT_TRANSLATE_NOOP("MeetingVotes", "举手表决"),
    BALLOT: QT_TRANSLATE_NOOP("MeetingVotes", "无记名投票"),
}


CHART_LABELS = (
    QT_TRANSLATE_NOOP("MeetingVotes", "赞成"),
    QT_TRANSLATE_NOOP("MeetingVotes", "反对"),
    QT_TRANSLATE_NOOP("MeetingVotes", "弃权"),
    QT_TRANSLATE_NOOP("MeetingVotes", "过半数线"),
)


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def chart_labels() -> tuple[str, str, str, str]:
    yes, no, abstain, line = (t(text) for text in CHART_LABELS)
    return yes, no, abstain, line


def verdict_text(vote: VoteRecord) -> str:
    word = (
        QCoreApplication.translate("MeetingVotes", "通过")
        if vote.passed
        else QCoreApplication.translate("MeetingVotes", "未通过")
    )
    return QCoreApplication.translate(
        "MeetingVotes", "{word}：赞成 {yes} 票，应到会代表 {e} 人，须超过半数即至少 {n} 票（第二十五条）"
    ).format(word=word, yes=vote.yes, e=vote.expected, n=vote.needed)


class VotesTab(QWidget):
    """``votes_changed`` fires after a vote is stored (the projector shows it)."""

    votes_changed = Signal()

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session_id: int | None = None
        self.votes: list[VoteRecord] = []
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)
        form_box = QWidget()
        form = QFormLayout(form_box)
        self.method_state = QLabel()
        self.method_state.setWordWrap(True)
        form.addRow(self.method_state)
        self.kind = QComboBox()
        for code, text in KIND_TEXT.items():
            self.kind.addItem(t(text), code)
        self.method = QComboBox()
        for code, text in METHOD_TEXT.items():
            self.method.addItem(t(text), code)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("表决事项，如：关于《教职工绩效考核办法》的决议"))
        self.yes, self.no, self.abstain = (QSpinBox(), QSpinBox(), QSpinBox())
        for box in (self.yes, self.no, self.abstain):
            box.setRange(0, 100000)
        self.resolution = QPlainTextEdit()
        self.resolution.setPlaceholderText(self.tr("决议正文（可选，印在决议上）"))
        self.resolution.setMaximumHeight(90)
        form.addRow(self.tr("类别"), self.kind)
        form.addRow(self.tr("方式"), self.method)
        form.addRow(self.tr("事项"), self.title_edit)
        form.addRow(self.tr("赞成"), self.yes)
        form.addRow(self.tr("反对"), self.no)
        form.addRow(self.tr("弃权"), self.abstain)
        form.addRow(self.tr("决议"), self.resolution)
        self.record_button = QPushButton(self.tr("记录表决结果"))
        self.record_button.clicked.connect(self.record)
        form.addRow(self.record_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        form.addRow(hint_label(self.tr("无记名投票只录入计票组的汇总数，不记录谁投了什么票。")))
        splitter.addWidget(form_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.model = TextTableModel(
            [
                self.tr("序号"),
                self.tr("事项"),
                self.tr("方式"),
                self.tr("赞成"),
                self.tr("反对"),
                self.tr("弃权"),
                self.tr("应到"),
                self.tr("结果"),
            ],
            centred=(0, 2, 3, 4, 5, 6, 7),
        )
        self.view = fitted_table(self.model, single_line=True)
        self.view.clicked.connect(lambda index: self.show_vote(index.row()))
        right_layout.addWidget(self.view, 2)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(44)
        right_layout.addWidget(self.verdict)
        self.chart = VoteChart()
        right_layout.addWidget(self.chart, 1)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        self.votes = []
        approved = False
        if self.session_id is not None:
            with self.state.db.session() as session:
                self.votes = list_votes(session, self.session_id)
                approved = method_approved(session, self.session_id)
        self.method_state.setText(
            self.tr("表决、选举办法已通过。")
            if approved
            else self.tr(
                "表决、选举办法尚未通过：此前只能举手表决代表资格审查报告、议程和办法本身（第二十五条）。"
            )
        )
        self.method_state.setStyleSheet(f"color: {'#1b7f3b' if approved else '#a86400'};")
        self.model.set_rows(
            [
                (
                    str(v.number),
                    v.title,
                    t(METHOD_TEXT[v.method]),
                    str(v.yes),
                    str(v.no),
                    str(v.abstain),
                    str(v.expected),
                    QCoreApplication.translate("MeetingVotes", "通过")
                    if v.passed
                    else QCoreApplication.translate("MeetingVotes", "未通过"),
                )
                for v in self.votes
            ]
        )
        if self.votes:
            self.show_vote(len(self.votes) - 1)
        else:
            self.verdict.setText("")
            self.chart.set_vote(0, 0, 0, 0, 0, chart_labels())

    def show_vote(self, row: int) -> None:
        vote = self.votes[row]
        self.verdict.setText(f"{vote.title}\n{verdict_text(vote)}")
        self.verdict.setStyleSheet(f"font-weight: bold; color: {'#1b7f3b' if vote.passed else '#b00020'};")
        self.chart.set_vote(vote.yes, vote.no, vote.abstain, vote.expected, vote.needed, chart_labels())

    def record(self) -> None:
        if self.session_id is None:
            return
        try:
            with self.state.db.session() as session:
                vote = record_vote(
                    session,
                    self.session_id,
                    title=self.title_edit.text(),
                    yes=self.yes.value(),
                    no=self.no.value(),
                    abstain=self.abstain.value(),
                    kind=self.kind.currentData(),
                    method=self.method.currentData(),
                    resolution=self.resolution.toPlainText(),
                    actor=self.state.actor,
                )
        except (ServiceError, RuleViolation) as error:
            self.message.setText("✗ " + error_text(as_service_error(error)))
            self.message.setStyleSheet("color: #b00020;")
            return
        self.message.setText(self.tr("已记录。") + verdict_text(vote))
        self.message.setStyleSheet(f"color: {'#1b7f3b' if vote.passed else '#b00020'};")
        self.title_edit.clear()
        self.resolution.clear()
        self.refresh()
        self.votes_changed.emit()
