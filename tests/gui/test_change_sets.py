"""Pages refresh only on a change to what they show, and only while on screen."""

from __future__ import annotations

from congress_app.gui.pages.base import WorkflowPage
from congress_app.services import changes as ch
from congress_app.services.changes import Changes


class TermsPage(WorkflowPage):
    nav_key = "terms_probe"
    shows = ch.TERM_KINDS

    def title(self) -> str:
        return "terms"

    def build(self) -> None:
        self.loads = 0

    def refresh(self) -> None:
        self.loads += 1


def test_a_page_refreshes_only_on_a_change_it_shows(qtbot, app_state) -> None:
    page = TermsPage(app_state)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    shown = page.loads
    app_state.publish(Changes({ch.STAFF: frozenset({1}), ch.AUDIT_ENTRY: frozenset({7})}))
    assert page.loads == shown
    app_state.publish(Changes())  # nothing changed: nothing said
    assert page.loads == shown
    app_state.publish(Changes({ch.TERM: frozenset({1})}))
    assert page.loads == shown + 1
    app_state.data_changed.emit()  # the coarse signal: anything may have changed
    assert page.loads == shown + 2


def test_a_hidden_page_reloads_when_shown_not_on_every_change(qtbot, app_state) -> None:
    page = TermsPage(app_state)
    qtbot.addWidget(page)
    for _ in range(3):
        app_state.publish(Changes({ch.TERM: frozenset({1})}))
    assert page.loads == 0
    page.show()
    qtbot.waitExposed(page)
    assert page.loads == 1


def test_saving_the_school_refreshes_the_settings_page_only(qtbot, app_state, monkeypatch) -> None:
    from congress_app.gui.main_window import MainWindow

    window = MainWindow(app_state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settings = window.show_page("settings")
    before = {page.nav_key: page.refreshes for page in window.pages}
    settings.name_edit.setText("大连滨海理工大学")
    settings.save_school()
    after = {page.nav_key: page.refreshes for page in window.pages}
    assert after["settings"] == before["settings"] + 1
    assert {k: v for k, v in after.items() if k != "settings"} == \
        {k: v for k, v in before.items() if k != "settings"}
    assert settings.name_edit.text() == "大连滨海理工大学" and settings.saved_label.text() == "已保存。"
