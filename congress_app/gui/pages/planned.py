"""Workflows still to come: say what they will do and what the database already holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from congress_app.gui.navigation import PLANNED, nav_title
from congress_app.gui.pages.base import WorkflowPage
from congress_app.services import changes as ch
from congress_app.services.overview import overview


class PlannedPage(WorkflowPage):
    """A workflow whose screens are being built; shows its steps and the data so far."""

    shows = frozenset({ch.SCHOOL, ch.STAFF, ch.ELECTION_UNIT, ch.DELEGATE})

    def __init__(self, state, nav_key: str, title: str, purpose: str, steps: list[str]) -> None:
        self.nav_key = nav_key
        self._title, self._purpose, self._steps = title, purpose, steps
        super().__init__(state)

    def title(self) -> str:
        return self._title

    def purpose_text(self) -> str:
        return self._purpose

    def build(self) -> None:
        steps = "".join(f"<li>{step}</li>" for step in self._steps)
        heading = self.tr("本工作流程的步骤")
        self.steps_label = QLabel(f"<p><b>{heading}</b></p><ol>{steps}</ol>")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setWordWrap(True)
        self.coming = QLabel(
            self.tr("这一工作流程的操作界面将在后续版本提供；现在可以从「名册与名额」开始准备。")
        )
        self.coming.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("pageFacts")
        self.body.addWidget(self.steps_label)
        self.body.addWidget(self.coming)
        self.body.addWidget(self.counts)
        self.body.addStretch(1)

    def refresh(self) -> None:
        with self.state.db.session() as session:
            facts = overview(session)
        self.counts.setText(
            self.tr(
                "当前数据库：{school}，选举单位 {units} 个，教职工 {staff} 名，代表 {delegates} 名。"
            ).format(school=facts.school, units=facts.units, staff=facts.staff, delegates=facts.delegates)
        )


def planned(state, key: str) -> PlannedPage:
    """The page of a workflow that a later version fills in."""
    title, purpose, steps = PLANNED[key]
    return PlannedPage(state, key, nav_title(title), nav_title(purpose), [nav_title(s) for s in steps])
