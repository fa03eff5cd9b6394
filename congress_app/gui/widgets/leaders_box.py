"""设置 · 党政工主要负责人 (R13.6, 第十三条): each role's exact titles, and who holds it from a
date — a person by 工号, or recorded as vacant. The decisions are the services' and rules'."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from congress_app.gui.widgets.common import date_edit, picked_date
from congress_app.rules.seats import LEADER_ROLES
from congress_app.services.leaders import (
    SOURCE_RECORDED,
    SOURCE_ROSTER,
    leader_holders_on,
    leader_titles,
    record_leader_by_number,
    set_leader_titles,
)


class LeadersBox(QGroupBox):
    def __init__(self, state, parent: QWidget | None = None, on_error=None) -> None:
        super().__init__(parent)
        self.state = state
        self.on_error = on_error
        self.setTitle(self.tr("党政工主要负责人（第十三条：应当是教代会正式代表）"))
        grid = QGridLayout(self)
        for column, head in enumerate(
            (
                self.tr("职务"),
                self.tr("计为该职务的完整称谓（以、分隔）"),
                self.tr("现任"),
                self.tr("任职者工号（空为空缺）"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{head}</b>"), 0, column)
        self.titles: dict[str, QLineEdit] = {}
        self.holders: dict[str, QLabel] = {}
        self.numbers: dict[str, QLineEdit] = {}
        for row, role in enumerate(LEADER_ROLES, start=1):
            grid.addWidget(QLabel(role), row, 0)
            self.titles[role] = QLineEdit()
            self.titles[role].setPlaceholderText(role)
            self.holders[role] = QLabel()
            self.holders[role].setWordWrap(True)  # name and since-when, in a narrow window too
            self.numbers[role] = QLineEdit()
            button = QPushButton(self.tr("记录"))
            button.clicked.connect(lambda _=False, r=role: self.record(r))
            grid.addWidget(self.titles[role], row, 1)
            grid.addWidget(self.holders[role], row, 2)
            grid.addWidget(self.numbers[role], row, 3)
            grid.addWidget(button, row, 4)
        self.since = date_edit()
        grid.addWidget(QLabel(self.tr("自何日起：")), len(LEADER_ROLES) + 1, 2)
        grid.addWidget(self.since, len(LEADER_ROLES) + 1, 3)
        self.status = QLabel()
        self.status.setWordWrap(True)
        grid.addWidget(self.status, len(LEADER_ROLES) + 2, 0, 1, 5)
        hint = QLabel(
            self.tr(
                "称谓整词比较，去掉首尾空格；副校长、党委副书记、工会副主席等从不计入。"
                "未记录任职者时，按名册「职务」整词查找。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        grid.addWidget(hint, len(LEADER_ROLES) + 3, 0, 1, 5)

    def refresh(self) -> None:
        with self.state.db.session() as session:
            titles = leader_titles(session)
            holders = leader_holders_on(session, date.today())
        for role in LEADER_ROLES:
            self.titles[role].setText("、".join(titles[role]))
            h = holders[role]
            if h.vacant:
                text = self.tr("空缺（自 {d} 起记录）").format(d=h.since.isoformat() if h.since else "")
            elif h.staff_id is None:
                text = self.tr("未找到")
            elif h.source == SOURCE_RECORDED:
                text = self.tr("{name}（自 {d} 起记录）").format(
                    name=h.name, d=h.since.isoformat() if h.since else ""
                )
            else:
                text = (
                    self.tr("{name}（按名册职务）").format(name=h.name)
                    if h.source == SOURCE_ROSTER
                    else h.name
                )
            self.holders[role].setText(text)

    def record(self, role: str) -> None:
        titles = [t for t in self.titles[role].text().replace("，", "、").split("、")]
        try:
            with self.state.writing() as session:  # what changed is published after
                set_leader_titles(session, role, titles, actor=self.state.actor)
                number = self.numbers[role].text()
                record_leader_by_number(
                    session, role, number or None, since=picked_date(self.since), actor=self.state.actor
                )
        except Exception as error:  # noqa: BLE001 - worded by the page
            if self.on_error:
                self.on_error(error)
            return
        self.status.setText(self.tr("已记录{role}。").format(role=role))
        self.refresh()
