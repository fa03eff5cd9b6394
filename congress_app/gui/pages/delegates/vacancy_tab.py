"""缺额与补选 tab (第十九条): vacancies per unit on the page's date; by-elections (held in
the 代表选举 page), their supplementary review and list (增补名单)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from congress_app.gui.dialogs.delegate_dialogs import ByElectionDialog, DateDialog, DelegateFileDialog
from congress_app.gui.models.delegate_tables import ByElectionModel, VacancyModel
from congress_app.gui.pages.delegates.common import DelegateTab
from congress_app.gui.pages.elections.common import primary_button
from congress_app.gui.widgets.common import fitted_table, hint_label
from congress_app.services.by_elections import (
    by_elections,
    publish_by_election,
    start_by_election,
    write_supplementary_list,
)
from congress_app.services.delegate_status import unit_vacancies


class VacancyTab(DelegateTab):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("各选举单位缺额"))
        inner = QVBoxLayout(box)
        inner.addWidget(
            hint_label(
                self.tr(
                    "缺额 = 名额 − 在任正式代表。罢免即时出现缺额；自动终止的资格经"
                    "「资格审核」确认后出现缺额。代表空缺应及时报告学校工会并补选（第十九条）。"
                )
            )
        )
        self.vacancies = VacancyModel(self)
        inner.addWidget(fitted_table(self.vacancies, single_line=True), 1)
        row = QHBoxLayout()
        self.start_button = primary_button(self.tr("发起补选…"))
        self.start_button.clicked.connect(self.start)
        row.addWidget(self.start_button)
        row.addStretch(1)
        inner.addLayout(row)
        box2 = QGroupBox(self.tr("补选与增补名单"))
        inner2 = QVBoxLayout(box2)
        self.by_model = ByElectionModel(self)
        self.by_view = fitted_table(self.by_model, single_line=True)
        inner2.addWidget(self.by_view, 1)
        row2 = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("补选代表资格审查并增补公布…"))
        self.publish_button.clicked.connect(self.publish)
        self.list_button = QPushButton(self.tr("打印增补代表名单…"))
        self.list_button.clicked.connect(self.print_list)
        row2.addWidget(self.publish_button)
        row2.addWidget(self.list_button)
        row2.addStretch(1)
        inner2.addLayout(row2)
        layout.addWidget(box, 3)
        layout.addWidget(box2, 2)
        layout.addWidget(self.status)

    def refresh(self, session) -> None:
        rows = unit_vacancies(session, self.term_id, self.on) if self.term_id else []
        self.vacancies.set_rows(rows)
        self.by_model.set_rows(by_elections(session, self.term_id) if self.term_id else [])
        self.start_button.setEnabled(any(v.open_for_by_election for v in rows))

    def _chosen_by_election(self, published: bool):
        """The selected by-election, else the first one published (or not) as asked."""
        rows = self.by_view.selectionModel().selectedRows()
        if rows:
            return self.by_model.rows()[rows[0].row()]
        return next((b for b in self.by_model.rows() if b[3] == published), None)

    def start(self) -> None:
        units = [
            (v.unit_id, v.unit, v.open_for_by_election)
            for v in self.vacancies.rows()
            if v.open_for_by_election
        ]
        answer = ByElectionDialog.ask(self, units)
        if answer is None:
            return
        unit_id, seats = answer
        on = self.on
        self.act(
            self.tr("正在发起补选…"),
            lambda s: start_by_election(s, self.term_id, unit_id, seats, on=on, actor=self.state.actor),
            lambda _r: self.tr("已发起补选。请在「代表选举」页为补选提名候选人、投票计票。"),
        )

    def publish(self) -> None:
        chosen = self._chosen_by_election(False)
        if chosen is None or chosen[3]:
            self._say(self.tr("请选择一个尚未公布的补选。"), ok=False)
            return
        day = DateDialog.ask(
            self,
            self.tr("补选代表资格审查"),
            self.tr(
                "代表资格审查委员会按公布日期审查当选人的资格（第十五条），确认后增补公布；"
                "新代表任期至本届届满（第十九条）。"
            ),
            self.tr("公布日期："),
            self.tr("审查并公布"),
            self.on,
        )
        if day is None:
            return
        self.act(
            self.tr("正在审查并公布…"),
            lambda s: publish_by_election(s, chosen[0], published_on=day, actor=self.state.actor),
            lambda r: self.tr("已增补公布 {n} 名代表：{names}。").format(
                n=len(r.delegates), names="、".join(f"{d.name}（{d.number}）" for d in r.delegates)
            ),
        )

    def print_list(self) -> None:
        chosen = self._chosen_by_election(True)
        if chosen is None or not chosen[3]:
            self._say(self.tr("请选择一个已经公布的补选。"), ok=False)
            return
        path = DelegateFileDialog.ask_save(self, self.tr("增补代表名单.pdf"), ".pdf")
        if path is None:
            return
        self.act(
            self.tr("正在生成增补代表名单…"),
            lambda s: write_supplementary_list(s, chosen[0], path),
            lambda p: self.tr("增补代表名单已保存：{path}").format(path=p),
        )
