"""名册与名额: the roster page, three tabs in the order the office works through them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.pages.roster.seat_plan_tab import SeatPlanTab
from congress_app.gui.pages.roster.staff_tab import StaffTab
from congress_app.gui.pages.roster.units_tab import UnitsTab
from congress_app.services import changes as ch

STAFF, UNITS, SEATS = range(3)


class RosterPage(WorkflowPage):
    nav_key = "roster"
    shows = ch.ROSTER_KINDS | ch.SEAT_KINDS | {ch.SCHOOL}

    def title(self) -> str:
        return self.tr("名册与名额")

    def purpose_text(self) -> str:
        return self.tr("导入教职工名册，核定选举单位，按第十三条确定代表总数并分配到各选举单位。")

    def build(self) -> None:
        self._stale = {STAFF, UNITS, SEATS}
        self.staff_tab = StaffTab(self.state)
        self.units_tab = UnitsTab(self.state)
        self.seat_tab = SeatPlanTab(self.state)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.staff_tab, self.tr("① 教职工名册"))
        self.tabs.addTab(self.units_tab, self.tr("② 选举单位"))
        self.tabs.addTab(self.seat_tab, self.tr("③ 名额方案"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.body.addWidget(self.tabs, 1)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("pageFacts")
        self.notice_label.setWordWrap(True)
        self.body.addWidget(self.notice_label)

        for tab in (self.staff_tab, self.units_tab, self.seat_tab):
            tab.notice.connect(self.show_notice)
        self.staff_tab.next_step.connect(lambda: self.tabs.setCurrentIndex(UNITS))
        self.units_tab.next_step.connect(lambda: self.tabs.setCurrentIndex(SEATS))
        self.units_tab.go_import.connect(self.go_import)
        self.seat_tab.go_import.connect(self.go_import)
        # one reference date for the page: moving it on one tab moves it on the other
        self.units_tab.date_edit.dateChanged.connect(self.seat_tab.date_edit.setDate)
        self.seat_tab.date_edit.dateChanged.connect(self.units_tab.date_edit.setDate)
        self.seat_tab.youth_spin.valueChanged.connect(self._youth_changed)

        for keys, slot in (
            (QKeySequence("Ctrl+I"), self.import_roster),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- refresh -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = {STAFF, UNITS, SEATS}
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            (self.staff_tab, self.units_tab, self.seat_tab)[index].refresh()

    def _youth_changed(self, value: int) -> None:
        self.units_tab.youth_age_limit = value
        self._stale.add(UNITS)

    # -- actions -------------------------------------------------------------------------
    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def go_import(self) -> None:
        self.tabs.setCurrentIndex(STAFF)
        self.staff_tab.import_button.setFocus()

    def import_roster(self) -> None:
        self.tabs.setCurrentIndex(STAFF)
        self.staff_tab.flow.start()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(STAFF)
        self.staff_tab.focus_search()
