"""机构 tab (第二十六–三十四条): presidium, DMC, special committees and delegations; each
body's checks with the article (double-click opens its text) and its membership history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.delegate_texts import BODY, word
from congress_app.gui.dialogs.article import ArticleDialog
from congress_app.gui.dialogs.delegate_dialogs import BodyDialog, DateDialog, MemberDialog
from congress_app.gui.models.delegate_tables import BodyChecksModel, MembersModel
from congress_app.gui.pages.delegates.common import DelegateTab
from congress_app.gui.widgets.common import fitted_table
from congress_app.services.bodies import (
    BodyView,
    add_member,
    body_views,
    create_body,
    end_membership,
    form_delegations,
    people_choices,
    record_body_election,
)
from congress_app.services.units import list_units


class BodiesTab(DelegateTab):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.views: list[BodyView] = []
        layout = QVBoxLayout(self)
        self.body_list = QListWidget()
        self.body_list.currentRowChanged.connect(self._show)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.checks = BodyChecksModel(self)
        self.checks_view = fitted_table(self.checks, single_line=True)
        self.checks_view.setToolTip(self.tr("双击一行查看该条款的规范原文"))
        self.checks_view.doubleClicked.connect(self._open_article)
        self.members = MembersModel(self)
        self.members_view = fitted_table(self.members, single_line=True)
        side.addWidget(self.summary)
        side.addWidget(QLabel(self.tr("组成检查")))
        side.addWidget(self.checks_view, 2)
        side.addWidget(QLabel(self.tr("成员（含已离开的，保留历史）")))
        side.addWidget(self.members_view, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.body_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        buttons = QGridLayout()
        self.new_button = QPushButton(self.tr("新建机构…"))
        self.delegations_button = QPushButton(self.tr("按选举单位组建代表团"))
        self.member_button = QPushButton(self.tr("添加成员…"))
        self.leave_button = QPushButton(self.tr("成员离开…"))
        self.elected_button = QPushButton(self.tr("记录选举日期…"))
        for k, (button, slot) in enumerate(
            (
                (self.new_button, self.new_body),
                (self.delegations_button, self.form_delegations),
                (self.member_button, self.add_member),
                (self.leave_button, self.leave),
                (self.elected_button, self.record_election),
            )
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button, 0, k)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def refresh(self, session) -> None:
        row = self.body_list.currentRow()
        self.views = body_views(session, self.term_id, self.on) if self.term_id else []
        self.body_list.blockSignals(True)
        self.body_list.clear()
        for view in self.views:
            mark = "✔" if view.passed else "✘"
            item = QListWidgetItem(f"{mark} {view.name}")
            item.setToolTip(word(BODY, view.kind))
            item.setForeground(Qt.GlobalColor.darkGreen if view.passed else Qt.GlobalColor.darkRed)
            self.body_list.addItem(item)
        self.body_list.blockSignals(False)
        self.body_list.setCurrentRow(min(max(row, 0), len(self.views) - 1) if self.views else -1)
        self._show(self.body_list.currentRow())
        for button in (self.new_button, self.delegations_button):
            button.setEnabled(bool(self.term_id))

    def current(self):
        row = self.body_list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show(self, _row: int) -> None:
        view = self.current()
        self.checks.set_rows(view.checks if view else [])
        self.members.set_rows(view.members if view else [])
        for button in (self.member_button, self.leave_button, self.elected_button):
            button.setEnabled(view is not None)
        if view is None:
            self.summary.setText(self.tr("还没有机构。先「新建机构」或「按选举单位组建代表团」。"))
            return
        current = sum(m.current(self.on) for m in view.members)
        elected = view.elected_on.isoformat() if view.elected_on else self.tr("未记录")
        self.summary.setText(
            self.tr("<b>{name}</b>（{kind}）：{on} 现有成员 {n} 人；选举日期：{elected}。").format(
                name=view.name, kind=word(BODY, view.kind), on=self.on.isoformat(), n=current, elected=elected
            )
        )

    def _open_article(self, index) -> None:
        ArticleDialog.ask(self, self.checks.rows()[index.row()].rule)

    def new_body(self) -> None:
        with self.state.db.session() as session:
            units = [(u.unit_id, u.name) for u in list_units(session) if u.merged_into is None]
        answer = BodyDialog.ask(self, units, self.on)
        if answer is None:
            return
        kind, name, unit_id, elected_on = answer
        self.act(
            self.tr("正在新建…"),
            lambda s: create_body(
                s, self.term_id, kind, name, unit_id=unit_id, elected_on=elected_on, actor=self.state.actor
            ),
            lambda _r: self.tr("已新建「{name}」。").format(name=name),
        )

    def form_delegations(self) -> None:
        on = self.on
        self.act(
            self.tr("正在组建代表团…"),
            lambda s: form_delegations(s, self.term_id, on, actor=self.state.actor),
            lambda n: self.tr("已组建 {n} 个代表团；请各代表团选举正、副团长并记录。").format(n=n),
        )

    def add_member(self) -> None:
        view = self.current()
        if view is None:
            return
        with self.state.db.session() as session:
            who = "delegates" if view.kind == "delegation" else "all"
            people = people_choices(session, self.term_id, self.on, who=who)
        answer = MemberDialog.ask(self, people, self.on)
        if answer is None:
            return
        staff_id, role, joined_on, approved_on = answer
        self.act(
            self.tr("正在添加…"),
            lambda s: add_member(
                s,
                view.body_id,
                staff_id,
                role=role,
                joined_on=joined_on,
                approved_on=approved_on,
                actor=self.state.actor,
            ),
            lambda _r: self.tr("已添加成员。"),
        )

    def leave(self) -> None:
        rows = self.members_view.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("请先在成员表中选择一人。"), ok=False)
            return
        member = self.members.rows()[rows[0].row()]
        day = DateDialog.ask(
            self, self.tr("成员离开"), member.name, self.tr("离开日期："), self.tr("记录"), self.on
        )
        if day is None:
            return
        self.act(
            self.tr("正在记录…"),
            lambda s: end_membership(s, member.member_id, day, actor=self.state.actor),
            lambda _r: self.tr("已记录 {name} 离开。").format(name=member.name),
        )

    def record_election(self) -> None:
        view = self.current()
        if view is None:
            return
        day = DateDialog.ask(
            self,
            self.tr("记录选举日期"),
            self.tr(
                "主席团由预备会议选举产生（第二十六条）；代表团正、副团长由本团选举产生"
                "（第三十二条）；民主管理委员会由教代会选举产生（第三十四条）。"
            ),
            self.tr("选举日期："),
            self.tr("记录"),
            self.on,
        )
        if day is None:
            return
        self.act(
            self.tr("正在记录…"),
            lambda s: record_body_election(s, view.body_id, day, actor=self.state.actor),
            lambda _r: self.tr("已记录「{name}」的选举日期。").format(name=view.name),
        )
