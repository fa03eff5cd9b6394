"""代表管理: the delegate body over the term — the roll at any date, the status review,
vacancies and by-elections, and the bodies with their checks (第十六–二十条, 第二十六–三十四条)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget

from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.pages.delegates.bodies_tab import BodiesTab
from congress_app.gui.pages.delegates.review_tab import ReviewTab
from congress_app.gui.pages.delegates.roll_tab import RollTab
from congress_app.gui.pages.delegates.vacancy_tab import VacancyTab
from congress_app.gui.widgets.common import add_labelled, date_edit, picked_date
from congress_app.services import changes as ch
from congress_app.services.changes import Changes
from congress_app.services.terms import list_terms

ROLL, REVIEW, VACANCIES, BODIES = range(4)

PEOPLE = frozenset({ch.DELEGATE, ch.DELEGATE_EVENT, ch.STAFF, ch.STAFF_EVENT, ch.ELECTION_UNIT})
BODY_KINDS = frozenset({"congress_body", "body_member", "leader_holder", "leader_title"})
# what each tab shows (a change set touching none of a tab's kinds leaves it as it is)
TAB_KINDS = {
    ROLL: PEOPLE | BODY_KINDS,  # the roll's 代表团 column
    REVIEW: PEOPLE | {"status_review", "attendance", "leave_request"},
    VACANCIES: PEOPLE | ch.ELECTION_KINDS | ch.SEAT_KINDS,
    BODIES: PEOPLE | BODY_KINDS,
}


class DelegatesPage(WorkflowPage):
    nav_key = "delegates"
    shows = frozenset().union(*TAB_KINDS.values(), ch.TERM_KINDS)

    def title(self) -> str:
        return self.tr("代表管理")

    def purpose_text(self) -> str:
        return self.tr(
            "任期内的代表名册：资格终止（第十七条）、罢免（第十八条）、缺额与补选（第十九条）、"
            "特邀和列席代表（第二十条），以及主席团、民主管理委员会、专门工作委员会和代表团。"
        )

    def build(self) -> None:
        self.term_id = 0
        self.term_number = 0
        self._stale: set[int] = set()
        top = QHBoxLayout()
        self.term_label = QLabel()
        self.term_label.setObjectName("pageFacts")
        self.term_label.setWordWrap(True)  # "no term yet" is a sentence (English, 1024 px)
        self.date_edit = date_edit()
        self.date_edit.setToolTip(self.tr("名册、缺额和机构检查都按这一天计算"))
        top.addWidget(self.term_label)
        top.addStretch(1)
        add_labelled(top, self.tr("日期："), self.date_edit)
        self.today_button = QPushButton(self.tr("今天"))
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        top.addWidget(self.today_button)
        self.body.addLayout(top)
        self.roll_tab = RollTab(self)
        self.review_tab = ReviewTab(self)
        self.vacancy_tab = VacancyTab(self)
        self.bodies_tab = BodiesTab(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.roll_tab, self.tr("① 代表名册"))
        self.tabs.addTab(self.review_tab, self.tr("② 资格审核"))
        self.tabs.addTab(self.vacancy_tab, self.tr("③ 缺额与补选"))
        self.tabs.addTab(self.bodies_tab, self.tr("④ 机构"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.body.addWidget(self.tabs, 1)
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())

    @property
    def on(self) -> date:
        return picked_date(self.date_edit)

    def tab(self, index: int):
        return (self.roll_tab, self.review_tab, self.vacancy_tab, self.bodies_tab)[index]

    def refresh(self) -> None:
        with self.state.db.session() as session:
            terms = list_terms(session)
        if terms:
            self.term_id, self.term_number = terms[-1].term_id, terms[-1].number
            self.term_label.setText(
                self.tr("第 {n} 届（{start} 起）").format(
                    n=self.term_number, start=terms[-1].starts_on.isoformat()
                )
            )
        else:
            self.term_id = self.term_number = 0
            self.term_label.setText(self.tr("还没有建立届次：请先在「代表选举」页建立本届并公布代表名单。"))
        self._stale = {ROLL, REVIEW, VACANCIES, BODIES}
        self._tab_shown(self.tabs.currentIndex())

    def apply_changes(self, changes: Changes) -> None:
        """Only the tabs showing a changed kind are read again (the one on screen now, the
        others when they are shown); a new term reloads everything."""
        if changes.touches(ch.TERM_KINDS):
            self.refresh()
            return
        self._stale |= {tab for tab, kinds in TAB_KINDS.items() if changes.touches(kinds)}
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            with self.state.db.session() as session:
                self.tab(index).refresh(session)
