"""议程: the DMC's preparation (第四十五条), the preparatory meeting (第四十六条), the formal
meeting (第四十七条) and the 测评表 (第四十三条), from the template, editable, ticked off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.meeting_dialogs import AgendaItemDialog
from congress_app.gui.errors import show_error
from congress_app.gui.models.text_table import TextTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.gui.widgets.common import fitted_table
from congress_app.services.errors import ServiceError
from congress_app.services.meetings import AgendaLine, agenda, reset_agenda, update_agenda_item

PHASES = {
    "prepare": QT_TRANSLATE_NOOP("MeetingAgenda", "筹备工作（第四十五条）"),
    "premeet": QT_TRANSLATE_NOOP("MeetingAgenda", "预备会议（第四十六条）"),
    "formal": QT_TRANSLATE_NOOP("MeetingAgenda", "正式会议（第四十七条）"),
    "close": QT_TRANSLATE_NOOP("MeetingAgenda", "会后（第四十三条）"),
}


class AgendaTab(QWidget):
    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session_id: int | None = None
        self.items: list[AgendaLine] = []
        layout = QVBoxLayout(self)
        self.model = TextTableModel(
            [self.tr("阶段"), self.tr("时间"), self.tr("完成"), self.tr("议程")], centred=(1, 2)
        )
        self.view = fitted_table(self.model, single_line=True)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("修改…"), self.edit),
            (self.tr("完成 / 未完成"), self.toggle),
            (self.tr("恢复模板"), self.reset),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        self.items = []
        if self.session_id is not None:
            with self.state.db.session() as session:
                self.items = agenda(session, self.session_id)
        self.model.set_rows(
            [
                (
                    QCoreApplication.translate("MeetingAgenda", PHASES.get(i.phase, i.phase)),
                    i.starts_at,
                    "✓" if i.done else "",
                    i.title,
                )
                for i in self.items
            ]
        )

    def _selected(self) -> AgendaLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _update(self, item: AgendaLine, **changes) -> None:
        try:
            with self.state.db.session() as session:
                update_agenda_item(session, item.item_id, actor=self.state.actor, **changes)
        except ServiceError as error:
            show_error(self, error)
        self.refresh()

    def edit(self) -> None:
        item = self._selected()
        if item is None:
            return
        answer = AgendaItemDialog.ask(self, item.title, item.starts_at)
        if answer is not None:
            self._update(item, title=answer[0], starts_at=answer[1])

    def toggle(self) -> None:
        item = self._selected()
        if item is not None:
            self._update(item, done=not item.done)

    def reset(self) -> None:
        if self.session_id is None or not ConfirmDialog.ask(
            self,
            self.tr("恢复模板"),
            self.tr("用规范的模板替换本次会议的议程？已做的修改将丢失。"),
            self.tr("恢复模板"),
        ):
            return
        with self.state.db.session() as session:
            reset_agenda(session, self.session_id, actor=self.state.actor)
        self.refresh()
