"""代表选举: the term's unit elections (overview → one unit's candidates, round, results)
and the credentials review over the whole term (第十四条, 第十五条)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
)

from congress_app.gui.dialogs.new_term import NewTermDialog
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.pages.elections.common import describe, in_session, report_error
from congress_app.gui.pages.elections.credentials import CredentialsPanel
from congress_app.gui.pages.elections.data import load_unit
from congress_app.gui.pages.elections.detail import UnitDetail
from congress_app.gui.pages.elections.overview import OverviewPanel
from congress_app.gui.widgets.empty_state import EmptyState
from congress_app.services import changes as ch
from congress_app.services import elections as el
from congress_app.services.errors import ServiceError
from congress_app.services.terms import TermInfo, create_term, list_terms

TAB_UNITS, TAB_CREDENTIALS = range(2)


class ElectionsPage(WorkflowPage):
    nav_key = "elections"
    shows = ch.ELECTION_KINDS | ch.TERM_KINDS | ch.DELEGATE_KINDS | ch.SEAT_KINDS | ch.ROSTER_KINDS

    def title(self) -> str:
        return self.tr("代表选举")

    def purpose_text(self) -> str:
        return self.tr(
            "各选举单位差额选举代表：提名候选人、打印选票、计票、另行选举；"
            "全部选完后资格审查并张榜公布代表名单（第十四、十五条）。"
        )

    def build(self) -> None:
        self._refreshing = False
        self._selected = 0
        self._changes: ch.Changes | None = None  # while applying a change set
        self.op: BackgroundOp | None = None
        self.terms: list[TermInfo] = []
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("届次：")))
        self.term_combo = QComboBox()
        self.term_combo.setMinimumWidth(240)
        self.term_combo.currentIndexChanged.connect(self._term_changed)
        top.addWidget(self.term_combo)
        self.new_term_button = QPushButton(self.tr("新建届次…"))
        self.new_term_button.setToolTip(self.tr("建立新一届教代会（R23.1：每届三至五年）"))
        self.new_term_button.clicked.connect(self.new_term)
        top.addWidget(self.new_term_button)
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #1b7f3b;")
        top.addWidget(self.notice, 1, Qt.AlignmentFlag.AlignRight)
        self.body.addLayout(top)

        self.stack = QStackedWidget()
        self.no_terms = EmptyState(
            self.tr("还没有建立教代会届次"),
            self.tr(
                "代表按届选举。先在「名册与名额」中导入名册、保存名额方案，"
                "再在这里建立本届教代会（第几届、起始日期、任期），然后组织各单位选举。"
            ),
        )
        self.first_term_button = self.no_terms.add_button(
            self.tr("建立本届教代会…"), self.new_term, primary=True
        )
        self.no_elections = EmptyState(
            self.tr("本届还没有各单位的选举"),
            self.tr("按当前的名额方案，为每个选举单位建立一场选举，应选名额取自方案。"),
        )
        self.prepare_button = self.no_elections.add_button(
            self.tr("按名额方案建立各单位选举"), self.prepare, primary=True
        )
        self.overview = OverviewPanel()
        self.detail = UnitDetail(self.state)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.overview)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 740])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.credentials = CredentialsPanel(self.state)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("各单位选举"))
        self.tabs.addTab(self.credentials, self.tr("资格审查与公布（全届）"))
        self.tabs.currentChanged.connect(self._tab_changed)
        for widget in (self.no_terms, self.no_elections, self.tabs):
            self.stack.addWidget(widget)
        self.body.addWidget(self.stack, 1)
        self.overview.selected.connect(self._unit_selected)

    # -- loading -------------------------------------------------------------------------
    def term_id(self) -> int:
        value = self.term_combo.currentData()
        return int(value) if value is not None else 0

    def term_label(self) -> str:
        return self.term_combo.currentText()

    def refresh(self, *, terms: bool = True) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        try:
            self._refresh(terms)
        finally:
            self._refreshing = False

    def apply_changes(self, changes: ch.Changes) -> None:
        """A change within the term's elections (a count saved, a candidate added) reloads
        the units and the selected unit, once; the terms are re-read only when they (or what
        the elections are built from) changed."""
        self._changes = None if changes.everything else changes
        try:
            self.refresh(terms=not (self.terms and changes.kinds <= ch.ELECTION_KINDS | {ch.AUDIT_ENTRY}))
        finally:
            self._changes = None

    def _refresh(self, terms: bool = True) -> None:
        if not terms:
            self._load_elections()
            return
        with self.state.db.session() as session:
            self.terms = list_terms(session)
        keep = self.term_id()
        self.term_combo.blockSignals(True)
        self.term_combo.clear()
        for term in self.terms:
            self.term_combo.addItem(
                self.tr("第{n}届（{start} 起，{years} 年）").format(
                    n=term.number, start=term.starts_on.isoformat(), years=term.years
                ),
                term.term_id,
            )
        index = self.term_combo.findData(keep) if keep else -1
        self.term_combo.setCurrentIndex(index if index >= 0 else self.term_combo.count() - 1)
        self.term_combo.blockSignals(False)
        if not self.terms:
            self.stack.setCurrentWidget(self.no_terms)
            return
        self._load_elections()

    def _load_elections(self) -> None:
        with self.state.db.session() as session:
            rows = el.election_overview(session, self.term_id())
        if not rows:
            self.stack.setCurrentWidget(self.no_elections)
            return
        self.stack.setCurrentWidget(self.tabs)
        self.overview.set_rows(rows, keep=self._selected)  # emits ``selected``: loads the detail
        self.credentials.set_term(self.term_id(), self.term_label())
        if self.tabs.currentIndex() == TAB_CREDENTIALS:
            self.credentials.run()

    def _term_changed(self, _index: int) -> None:
        self._selected = 0
        self.refresh()

    def _tab_changed(self, index: int) -> None:
        if index == TAB_CREDENTIALS and self.term_id():
            self.credentials.set_term(self.term_id(), self.term_label())
            self.credentials.run()

    def _unit_selected(self, election_id: int) -> None:
        self._selected = election_id
        row = next((r for r in self.overview.model.rows() if r.election_id == election_id), None)
        if row is None:
            self.detail.load(None)
            return
        with self.state.db.session() as session:
            data = load_unit(session, row, self.detail.data, self._changes)
        self.detail.load(data)

    def select_unit(self, name: str) -> None:
        """Select a unit by name (keyboard users type it; tests use it)."""
        row = next((r for r in self.overview.model.rows() if r.unit == name), None)
        if row is not None:
            self.overview.select_election(row.election_id)

    # -- actions -------------------------------------------------------------------------
    def new_term(self) -> None:
        """Open a term (R23.1) and show it; its elections are prepared from the seat plan next."""
        number = max((t.number for t in self.terms), default=0) + 1
        request = NewTermDialog.ask(self, number=number)
        if request is None:
            return
        try:
            with self.state.db.session() as session:
                term, changes = ch.run_service(
                    session,
                    create_term,
                    number=request.number,
                    starts_on=request.starts_on,
                    years=request.years,
                    actor=self.state.actor,
                )
        except ServiceError as error:
            report_error(self, error)
            return
        text = self.tr("已建立第{n}届教代会。下一步：按名额方案建立各单位选举。").format(n=term.number)
        if term.warnings:  # R23.1 is a 一般-free "三至五年": the software warns, never refuses
            text += self.tr("提示：任期 {y} 年，不在第二十三条规定的三至五年之内。").format(y=term.years)
        self.notice.setText(text)
        self.term_combo.blockSignals(True)
        self.term_combo.addItem("", term.term_id)  # so that the refresh keeps it selected
        self.term_combo.setCurrentIndex(self.term_combo.count() - 1)
        self.term_combo.blockSignals(False)
        self.state.publish(changes)  # the pages that show terms refresh, this one on the new term

    def prepare(self) -> None:
        term_id, actor = self.term_id(), self.state.actor
        if not term_id:
            return

        def prepare(session):
            return el.prepare_elections(session, term_id=term_id, actor=actor)

        def done(created: int) -> None:
            self.notice.setText(self.tr("已按名额方案建立 {n} 个单位的选举。").format(n=created))

        def failed(error: Exception) -> None:
            self.notice.setText("")
            self.no_elections.text_label.setText(describe(error))
            report_error(self, error)

        self.op = in_session(
            self,
            self.state.db,
            self.tr("正在建立各单位选举…"),
            prepare,
            done,
            failed,
            publish=self.state.publish,
        )
