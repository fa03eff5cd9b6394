"""The 提案 page: a session's proposals with filters and search (by status, by department —
what each department owes — and words), the selected one's history, and its next step."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
)

from congress_app.gui.dialogs.proposal_file import FileProposalDialog, ProposalForm
from congress_app.gui.dialogs.proposal_import import ImportProblemsDialog
from congress_app.gui.dialogs.proposal_steps import (
    AnswerDialog,
    AssignDialog,
    CollectionDialog,
    ProposalFiles,
    ReviewDialog,
    SatisfactionDialog,
)
from congress_app.gui.models.proposals_table import ProposalFilter, ProposalTableModel
from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.pages.elections.common import in_session, primary_button, report_error
from congress_app.gui.pages.proposals.detail import ProposalDetailPanel
from congress_app.gui.widgets.common import fitted_table
from congress_app.rules.proposals import proposal_deadlines
from congress_app.services import changes as ch
from congress_app.services import proposal_handling as handling
from congress_app.services.changes import Changes
from congress_app.services.errors import ServiceError
from congress_app.services.proposal_documents import (
    write_proposal_form,
    write_proposal_report,
    write_proposals_xlsx,
)
from congress_app.services.proposal_import import import_proposals, write_template
from congress_app.services.proposal_queries import (
    list_proposals,
    proposal_detail,
    similar_proposals,
)
from congress_app.services.proposals import (
    check_filing_people,
    collection_window,
    file_proposal,
    filing_delegates,
    list_categories,
    open_window_on,
)
from congress_app.services.terms import list_sessions, list_terms

DEFAULT_DAYS_TO_ANSWER = 30  # the due date suggested when assigning (the office changes it)
FILTERS = ("all", "submitted", "registered", "overdue", "answered", "closed", "merged", "opinion")


# what the page shows: the meetings, their proposals and the people who file them
PROPOSAL_KINDS = frozenset(
    {
        ch.TERM,
        ch.CONGRESS_SESSION,
        "proposal_category",
        "proposal_window",
        "proposal",
        "proposal_person",
        "proposal_department",
        "proposal_answer",
        "proposal_file",
        ch.DELEGATE,
        ch.DELEGATE_EVENT,
        ch.STAFF,
    }
)


class ProposalsPage(WorkflowPage):
    nav_key = "proposals"
    shows = PROPOSAL_KINDS

    def title(self) -> str:
        return self.tr("提案")

    def purpose_text(self) -> str:
        return self.tr(
            "征集、附议、立案、交办、答复与满意度（第三十五至四十条）。选中一件提案，右侧显示它的经过和下一步。"
        )

    def build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("会议")))
        self.session_combo = QComboBox()
        self.session_combo.setMinimumContentsLength(18)
        self.session_combo.currentIndexChanged.connect(self._load_rows)
        top.addWidget(self.session_combo, 1)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        top.addWidget(self.window_label, 2)
        self.collect_button = QPushButton(self.tr("开始征集…"))
        self.collect_button.clicked.connect(self.open_collection)
        top.addWidget(self.collect_button)
        self.new_button = primary_button(self.tr("提交提案… (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_proposal)
        top.addWidget(self.new_button)
        self.body.addLayout(top)

        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        for key, caption in zip(
            FILTERS,
            (
                self.tr("全部"),
                self.tr("待审查"),
                self.tr("已立案（办理中）"),
                self.tr("逾期未答复"),
                self.tr("已答复"),
                self.tr("已办结"),
                self.tr("已并案"),
                self.tr("作为意见"),
            ),
            strict=True,
        ):
            self.status_filter.addItem(caption, key)
        self.department_filter = QComboBox()
        self.department_filter.addItem(self.tr("全部部门"), "")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索标题、提案人、部门、编号 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(QLabel(self.tr("状态")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("承办部门")))
        filters.addWidget(self.department_filter)
        filters.addWidget(self.search, 1)
        self.report_button = QPushButton(self.tr("提案工作报告…"))
        self.report_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        filters.addWidget(self.report_button)
        filters.addWidget(self.xlsx_button)
        self.body.addLayout(filters)
        paper = QHBoxLayout()
        paper.addWidget(QLabel(self.tr("纸质提案表：")))
        self.template_button = QPushButton(self.tr("下载导入模板"))
        self.template_button.clicked.connect(self.save_template)
        self.import_button = QPushButton(self.tr("导入纸质提案表…"))
        self.import_button.clicked.connect(self.import_forms)
        paper.addWidget(self.template_button)
        paper.addWidget(self.import_button)
        paper.addStretch(1)
        self.body.addLayout(paper)

        self.model = ProposalTableModel(self)
        self.proxy = ProposalFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = fitted_table(self.proxy, single_line=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.detail = ProposalDetailPanel()
        self.detail.step_requested.connect(self.run_step)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)
        self.count_label = QLabel()
        self.body.addWidget(self.count_label)

        self.status_filter.currentIndexChanged.connect(self._filter)
        self.department_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.new_proposal)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.search.setFocus)

    # --- loading -----------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """A new term or meeting reloads the meeting list; a proposal's change only the rows."""
        if changes.touches(ch.TERM_KINDS):
            self.refresh()
        else:
            self._load_rows()

    def refresh(self) -> None:
        current = self.session_combo.currentData()
        with self.state.db.session() as session:
            sessions = [(s, t) for t in list_terms(session) for s in list_sessions(session, t.term_id)]
            window = open_window_on(session, date.today())
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for s, t in sorted(sessions, key=lambda st: st[0].held_on, reverse=True):
            self.session_combo.addItem(
                s.title or self.tr("第{t}届第{n}次会议").format(t=t.number, n=s.number), s.session_id
            )
        wanted = current if current is not None else (window.session_id if window else None)
        index = self.session_combo.findData(wanted) if wanted is not None else 0
        self.session_combo.setCurrentIndex(max(index, 0))
        self.session_combo.blockSignals(False)
        self._load_rows()

    def session_id(self) -> int | None:
        return self.session_combo.currentData()

    def _load_rows(self) -> None:
        session_id = self.session_id()
        selected = self._selected_id()
        with self.state.db.session() as session:
            rows = list_proposals(session, session_id) if session_id is not None else []
            window = collection_window(session, session_id) if session_id is not None else None
        self.model.today = date.today()
        self.model.set_rows(rows)
        departments = sorted({d for r in rows for d in (r.department, *r.assisting) if d})
        chosen = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("全部部门"), "")
        for name in departments:
            self.department_filter.addItem(name, name)
        self.department_filter.setCurrentIndex(max(self.department_filter.findData(chosen), 0))
        self.department_filter.blockSignals(False)
        self._describe_window(window)
        self.import_button.setEnabled(window is not None)
        self._filter()
        self._select(selected)

    def _describe_window(self, window) -> None:
        has_session = self.session_id() is not None
        self.collect_button.setEnabled(has_session)
        self.new_button.setEnabled(window is not None)
        if not has_session:
            self.window_label.setText(self.tr("还没有会议：请先在「代表选举」页建立届次和会议。"))
        elif window is None:
            self.window_label.setText(self.tr("这次会议还没有开始征集提案。"))
        elif window.is_open(date.today()):
            self.window_label.setText(
                self.tr("征集中：{a} 至 {b}（第三十五条）").format(
                    a=window.opens_on.isoformat(), b=window.closes_on.isoformat()
                )
            )
        else:
            self.window_label.setText(
                self.tr("征集时间 {a} 至 {b}；此后提交的提案表作为意见处理。").format(
                    a=window.opens_on.isoformat(), b=window.closes_on.isoformat()
                )
            )

    def _filter(self) -> None:
        self.proxy.set_criteria(
            group=self.status_filter.currentData(),
            department=self.department_filter.currentData() or "",
            words=self.search.text(),
        )
        overdue = sum(1 for r in self.model.rows() if r.overdue(self.model.today))
        self.count_label.setText(
            self.tr("显示 {shown} / {total} 件；逾期未答复 {overdue} 件").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount(), overdue=overdue
            )
        )

    def _selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).proposal_id

    def _select(self, proposal_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).proposal_id == proposal_id:
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return
        self.detail.show_detail(None)

    def _show_current(self, *_args) -> None:
        proposal_id = self._selected_id()
        if proposal_id is None:
            self.detail.show_detail(None)
            return
        with self.state.db.session() as session:
            self.detail.show_detail(proposal_detail(session, proposal_id))

    # --- actions -------------------------------------------------------------------------
    def _write(self, call) -> bool:
        """Run one service call; a refusal is shown in words; the pages refresh after a change."""
        try:
            with self.state.writing() as session:  # what changed is published after
                call(session)
        except ServiceError as error:
            report_error(self, error)
            return False
        return True

    def open_collection(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        with self.state.db.session() as session:
            held_on = next(
                s.held_on
                for t in list_terms(session)
                for s in list_sessions(session, t.term_id)
                if s.session_id == session_id
            )
        deadlines = proposal_deadlines(held_on)
        chosen = CollectionDialog.ask(
            self, held_on=held_on, open_by=deadlines.open_by, submit_by=deadlines.submit_by
        )
        if chosen is not None:
            from congress_app.services.proposals import open_collection

            self._write(
                lambda s: open_collection(
                    s,
                    session_id=session_id,
                    opens_on=chosen.opens_on,
                    closes_on=chosen.closes_on,
                    actor=self.state.actor,
                )
            )

    def new_proposal(self) -> None:
        session_id = self.session_id()
        if session_id is None or not self.new_button.isEnabled():
            return
        today = date.today()
        with self.state.db.session() as session:
            entries = filing_delegates(session, session_id, today)
            categories = list_categories(session)
        titles = {
            self.session_combo.itemData(i): self.session_combo.itemText(i)
            for i in range(self.session_combo.count())
        }

        def check(form: ProposalForm):
            with self.state.db.session() as session:
                return check_filing_people(
                    session,
                    session_id=session_id,
                    on=form.filed_on,
                    kind=form.kind,
                    proposers=form.proposers,
                    seconders=form.seconders,
                )

        def similar(title: str, text: str):
            with self.state.db.session() as session:
                found = similar_proposals(session, title=title, text=text)
            return [(titles.get(f.session_id, ""), f.number, f.title, f.score) for f in found]

        form = FileProposalDialog.ask(
            self, entries=entries, categories=categories, on=today, check=check, similar=similar
        )
        if form is None:
            return
        self._write(
            lambda s: file_proposal(
                s,
                title=form.title,
                kind=form.kind,
                proposers=form.proposers,
                seconders=form.seconders,
                category=form.category,
                reasons=form.reasons,
                suggestions=form.suggestions,
                filed_on=form.filed_on,
                late_exception=form.late_exception,
                session_id=session_id,
                actor=self.state.actor,
            )
        )

    def run_step(self, step: str) -> None:
        proposal_id = self._selected_id()
        if proposal_id is None:
            return
        row = next(r for r in self.model.rows() if r.proposal_id == proposal_id)
        actor = self.state.actor
        departments = sorted({d for r in self.model.rows() for d in (r.department, *r.assisting) if d})
        if step == "review":
            targets = [
                (r.proposal_id, f"第{r.number}号 {r.title}")
                for r in self.model.rows()
                if r.proposal_id != proposal_id and r.status not in ("merged", "opinion")
            ]
            choice = ReviewDialog.ask(self, number=row.number, targets=targets, departments=departments)
            if choice is not None:
                self._write(
                    lambda s: handling.review_proposal(
                        s,
                        proposal_id,
                        decision=choice.decision,
                        on=choice.on,
                        actor=actor,
                        reason=choice.reason,
                        merge_into=choice.merge_into,
                        department=choice.department,
                    )
                )
        elif step == "dmc":
            self._write(lambda s: handling.approve_by_dmc(s, [proposal_id], on=date.today(), actor=actor))
        elif step == "assign":
            chosen = AssignDialog.ask(
                self,
                number=row.number,
                departments=departments,
                due_on=date.today() + timedelta(days=DEFAULT_DAYS_TO_ANSWER),
            )
            if chosen is not None:
                self._write(
                    lambda s: handling.assign_departments(
                        s,
                        proposal_id,
                        lead=chosen.lead,
                        assisting=chosen.assisting,
                        due_on=chosen.due_on,
                        actor=actor,
                    )
                )
        elif step == "answer":
            answer = AnswerDialog.ask(self, number=row.number, department=row.department)
            if answer is not None:
                self._write(
                    lambda s: handling.record_answer(
                        s,
                        proposal_id,
                        text=answer.text,
                        answered_on=answer.answered_on,
                        actor=actor,
                        files=answer.files,
                    )
                )
        elif step == "view":
            view = SatisfactionDialog.ask(self, number=row.number)
            if view is not None:
                self._write(
                    lambda s: handling.record_proposer_view(
                        s,
                        proposal_id,
                        satisfaction=view.satisfaction,
                        on=view.on,
                        actor=actor,
                        comment=view.comment,
                    )
                )
        elif step == "excellent":
            self._write(
                lambda s: handling.mark_excellent(s, [proposal_id], actor=actor, excellent=not row.excellent)
            )
        elif step == "form":
            target = ProposalFiles.ask_save(self, f"提案表-第{row.number}号.pdf", ".pdf")
            if target is not None:
                self._write_file(lambda s: write_proposal_form(s, proposal_id, target))

    def export(self, suffix: str) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        name = "提案工作报告.pdf" if suffix == ".pdf" else "提案一览.xlsx"
        target = ProposalFiles.ask_save(self, name, suffix)
        if target is None:
            return
        writer = write_proposal_report if suffix == ".pdf" else write_proposals_xlsx
        self._write_file(lambda s: writer(s, session_id, target))

    def save_template(self) -> None:
        target = ProposalFiles.ask_save(self, self.tr("提案表导入模板") + ".xlsx", ".xlsx")
        if target is not None:
            self._write_file(lambda s: write_template(s, target))

    def import_forms(self) -> None:
        """导入纸质提案表: every row checked as filing checks it, on the worker thread; all or
        nothing; the problems listed by row when there are any."""
        session_id = self.session_id()
        if session_id is None:
            return
        source = ProposalFiles.ask_import(self)
        if source is None:
            return
        actor = self.state.actor

        def done(result) -> None:
            self.state.data_changed.emit()
            numbers = result.numbers
            self.count_label.setText(
                self.tr("「{file}」中没有提案表。").format(file=result.file_name)
                if not numbers
                else self.tr("已从「{file}」导入 {n} 份提案表：第 {a}–{b} 号。").format(
                    file=result.file_name, n=len(numbers), a=min(numbers), b=max(numbers)
                )
            )

        def failed(error: Exception) -> None:
            if isinstance(error, ServiceError) and error.code == "proposal_import_problems":
                ImportProblemsDialog.show_problems(self, source.name, error.details["problems"])
            else:
                report_error(self, error)

        in_session(
            self,
            self.state.db,
            self.tr("正在检查并导入提案表…"),
            lambda s: import_proposals(s, source, actor=actor, session_id=session_id),
            done,
            failed,
        )

    def _write_file(self, call) -> None:
        """Write a document on the worker thread (a progress dialog if it takes a moment)."""
        in_session(
            self,
            self.state.db,
            self.tr("正在生成文件…"),
            call,
            lambda path: self.count_label.setText(self.tr("已写出：{path}").format(path=path)),
            lambda error: report_error(self, error),
        )
