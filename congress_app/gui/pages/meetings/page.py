"""会议与表决: the meeting day — set-up, check-in desk with the live quorum (第二十四条),
the hall's screen, votes (第二十五条), papers and the 测评表 (第四十三条)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTabWidget

from congress_app.gui.dialogs.meeting_dialogs import (
    MeetingPdfDialog,
    NewMeetingDialog,
    ProjectorScreenDialog,
)
from congress_app.gui.errors import as_service_error, show_error
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.pages.meetings.agenda_tab import AgendaTab
from congress_app.gui.pages.meetings.desk import CheckInDesk
from congress_app.gui.pages.meetings.evaluation_tab import EvaluationTab
from congress_app.gui.pages.meetings.projector import PROJECTOR_SCREEN, ProjectorWindow
from congress_app.gui.pages.meetings.roll_tab import RollTab
from congress_app.gui.pages.meetings.votes_tab import VotesTab
from congress_app.gui.widgets.empty_state import EmptyState
from congress_app.rules.errors import RuleViolation
from congress_app.services import changes as ch
from congress_app.services.changes import Changes
from congress_app.services.errors import ServiceError
from congress_app.services.meetings import MeetingInfo, create_meeting, list_meetings

TAB_DESK, TAB_ROLL, TAB_AGENDA, TAB_VOTES, TAB_EVALUATION = range(5)

# who is expected at a meeting (the desk's list and the roll)
EXPECTED = frozenset(
    {
        ch.DELEGATE,
        ch.DELEGATE_EVENT,
        ch.STAFF,
        ch.ELECTION_UNIT,
        "congress_body",
        "body_member",
        "session_setup",
        "leave_request",
    }
)
# what each tab shows; the desk's own check-ins it shows itself (and polls for other desks')
TAB_KINDS = {
    TAB_DESK: EXPECTED,
    TAB_ROLL: EXPECTED | {"attendance"},
    TAB_AGENDA: frozenset({"agenda_item", "session_setup"}),
    TAB_VOTES: frozenset({"vote", "agenda_item", "attendance", "session_setup"}),
    TAB_EVALUATION: frozenset({"evaluation_form", "attendance"}),
}


class MeetingsPage(WorkflowPage):
    nav_key = "meetings"
    shows = frozenset().union(*TAB_KINDS.values(), ch.TERM_KINDS)

    def title(self) -> str:
        return self.tr("会议与表决")

    def purpose_text(self) -> str:
        return self.tr(
            "会议签到、三分之二法定人数（第二十四条）；表决须超过应到会代表半数（第二十五条）；"
            "大屏幕、签到表、决议和测评表。"
        )

    def build(self) -> None:
        self.meetings: list[MeetingInfo] = []
        self.projector: ProjectorWindow | None = None
        self.op: BackgroundOp | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("会议：")))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setMinimumWidth(320)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        top.addWidget(self.meeting_combo)
        self.new_button = QPushButton(self.tr("新建会议…"))
        self.new_button.clicked.connect(self.new_meeting)
        top.addWidget(self.new_button)
        top.addStretch(1)
        self.projector_button = QPushButton(self.tr("大屏幕…"))
        self.projector_button.setToolTip(self.tr("在会场的显示器上全屏显示法定人数和表决结果"))
        self.projector_button.clicked.connect(self.open_projector)
        top.addWidget(self.projector_button)
        self.body.addLayout(top)
        papers = QHBoxLayout()  # a row of their own: all of them fit at 1024 px in English too
        papers.addWidget(QLabel(self.tr("文件：")))
        self.paper_buttons = []
        for text, kind in (
            (self.tr("签到表"), "signin"),
            (self.tr("出席情况报告"), "attendance"),
            (self.tr("决议及表决结果"), "resolutions"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            papers.addWidget(button)
            self.paper_buttons.append(button)
        papers.addStretch(1)
        self.body.addLayout(papers)

        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("还没有会议"),
            self.tr(
                "建立本届教代会的一次会议（日期、名称；临时会议须有民主管理委员会的决定），"
                "然后在这里签到、表决。"
            ),
        )
        self.empty.add_button(self.tr("新建会议…"), self.new_meeting, primary=True)
        self.tabs = QTabWidget()
        self.desk = CheckInDesk(self.state)
        self.roll = RollTab(self.state)
        self.agenda = AgendaTab(self.state)
        self.votes = VotesTab(self.state)
        self.evaluation = EvaluationTab(self.state)
        for widget, text in (
            (self.desk, self.tr("签到")),
            (self.roll, self.tr("应到名单与请假")),
            (self.agenda, self.tr("议程")),
            (self.votes, self.tr("表决")),
            (self.evaluation, self.tr("测评")),
        ):
            self.tabs.addTab(widget, text)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.votes.votes_changed.connect(self._vote_recorded)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.body.addWidget(self.stack, 1)

    # --- sessions -----------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.session_id()
        with self.state.db.session() as session:
            self.meetings = list_meetings(session)
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for m in self.meetings:
            kind = self.tr("（临时会议）") if m.extraordinary else ""
            self.meeting_combo.addItem(
                f"{m.held_on}　"
                + (m.title or self.tr("第{t}届第{n}次会议").format(t=m.term_number, n=m.number))
                + kind,
                m.session_id,
            )
        ids = [m.session_id for m in self.meetings]
        index = ids.index(current) if current in ids else len(ids) - 1
        self.meeting_combo.setCurrentIndex(index)
        self.meeting_combo.blockSignals(False)
        self.stack.setCurrentWidget(self.tabs if self.meetings else self.empty)
        for button in (self.projector_button, *self.paper_buttons):
            button.setEnabled(bool(self.meetings))
        if self.meetings and current != self.session_id() or self.desk.desk is None:
            self._meeting_changed()

    def apply_changes(self, changes: Changes) -> None:
        """A new or changed meeting reloads the list; otherwise only the tab on screen is read
        again, and only if it shows a changed kind (a tab is read when it is shown anyway)."""
        if changes.touches(ch.TERM_KINDS):
            self.refresh()
            return
        index = self.tabs.currentIndex()
        if self.meetings and changes.touches(TAB_KINDS[index]):
            if index == TAB_DESK:
                self.desk.set_session(self.session_id())
            else:
                self._tab_changed(index)

    def session_id(self) -> int | None:
        return self.meeting_combo.currentData() if self.meeting_combo.count() else None

    def _meeting_changed(self, _index: int = 0) -> None:
        session_id = self.session_id()
        self.desk.set_session(session_id)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        session_id = self.session_id()
        for tab, widget in (
            (TAB_ROLL, self.roll),
            (TAB_AGENDA, self.agenda),
            (TAB_VOTES, self.votes),
            (TAB_EVALUATION, self.evaluation),
        ):
            if tab == index:
                widget.set_session(session_id)
        if index == TAB_DESK:
            self.desk.key_edit.setFocus()

    def new_meeting(self) -> None:
        answer = NewMeetingDialog.ask(self)
        if answer is None:
            return
        try:
            with self.state.db.session() as session:
                made = create_meeting(
                    session,
                    held_on=answer.held_on,
                    title=answer.title,
                    extraordinary=answer.extraordinary,
                    dmc_decision=answer.dmc_decision,
                    dmc_decided_on=answer.dmc_decided_on,
                    actor=self.state.actor,
                )
        except (ServiceError, RuleViolation) as error:
            show_error(self, as_service_error(error))
            return
        self.meeting_combo.addItem("", made.session_id)  # so refresh() keeps it selected
        self.meeting_combo.setCurrentIndex(self.meeting_combo.count() - 1)
        self.refresh()
        self._meeting_changed()

    # --- the hall's screen --------------------------------------------------------------

    def open_projector(self) -> None:
        session_id = self.session_id()
        if session_id is None or self.desk.desk is None:
            return
        names = [s.name() for s in QGuiApplication.screens()]
        chosen = ProjectorScreenDialog.ask(self, names, PROJECTOR_SCREEN.get())
        if chosen is None:
            return
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
        self.projector = ProjectorWindow(
            self.state, session_id, self.meeting_combo.currentText(), self.desk.desk.expected
        )
        self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.projector.show_on(chosen)

    def _vote_recorded(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_vote()

    # --- papers -------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        from congress_app.services.meeting_papers import PAPER_NAMES, write_meeting_paper

        session_id = self.session_id()
        if session_id is None:
            return
        path = MeetingPdfDialog.ask(self, PAPER_NAMES[kind] + ".pdf")
        if path is None:
            return
        db = self.state.db

        def work(_progress):
            with db.session() as session:
                return write_meeting_paper(session, session_id, kind, path)

        self.op = (
            BackgroundOp(self, self.tr("正在生成 PDF…"), work)
            .success(lambda out: self.desk._say(self.tr("已保存：{path}").format(path=out), "#1b7f3b"))
            .failure(lambda error: show_error(self, as_service_error(error)))
            .run()
        )
