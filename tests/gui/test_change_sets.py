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
    assert {k: v for k, v in after.items() if k != "settings"} == {
        k: v for k, v in before.items() if k != "settings"
    }
    assert settings.name_edit.text() == "大连滨海理工大学" and settings.saved_label.text() == "已保存。"


def _count(monkeypatch, module, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_newer_pages_ignore_changes_they_do_not_show(qtbot, app_state) -> None:
    from congress_app.gui.main_window import MainWindow

    window = MainWindow(app_state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in ("delegates", "meetings", "proposals"):
        page = window.show_page(key)
        before = page.refreshes
        app_state.publish(Changes({ch.ROSTER_IMPORT: frozenset({1}), ch.AUDIT_ENTRY: frozenset({2})}))
        assert page.refreshes == before, key  # none of what they show changed
        app_state.publish(Changes({ch.TERM: frozenset({1})}))
        assert page.refreshes == before + 1, key


def test_the_delegates_page_reads_again_only_the_tabs_a_change_touches(qtbot, app_state, monkeypatch) -> None:
    from congress_app.gui.main_window import MainWindow
    from congress_app.gui.pages.delegates import page as delegates_page
    from congress_app.gui.pages.delegates.page import BODIES, ROLL, VACANCIES

    window = MainWindow(app_state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("delegates")
    terms = _count(monkeypatch, delegates_page, "list_terms")
    read: list[int] = []
    for index in (ROLL, VACANCIES, BODIES):
        tab = page.tab(index)
        monkeypatch.setattr(tab, "refresh", lambda _session, i=index: read.append(i))
    for index in (ROLL, VACANCIES, BODIES, ROLL):  # each read once, as shown
        page.tabs.setCurrentIndex(index)
    read.clear()
    app_state.publish(Changes({ch.ELECTION_ROUND: frozenset({3})}))  # a by-election's round
    assert read == [] and terms == []  # the roll does not show rounds; vacancies is stale
    page.tabs.setCurrentIndex(VACANCIES)
    assert read == [VACANCIES]
    page.tabs.setCurrentIndex(BODIES)
    assert read == [VACANCIES]  # the bodies did not change: not read again
    app_state.publish(Changes({"body_member": frozenset({5})}))
    assert read == [VACANCIES, BODIES] and terms == []


def test_the_proposals_page_reloads_its_rows_not_its_meetings_on_a_proposal_change(
    qtbot, app_state, monkeypatch
) -> None:
    from congress_app.gui.main_window import MainWindow
    from congress_app.gui.pages.proposals import page as proposals_page

    window = MainWindow(app_state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("proposals")
    terms = _count(monkeypatch, proposals_page, "list_terms")
    rows: list[int] = []
    original = page._load_rows
    monkeypatch.setattr(page, "_load_rows", lambda: (rows.append(1), original())[1])
    app_state.publish(Changes({"proposal": frozenset({1})}))
    assert rows == [1] and terms == []
    app_state.publish(Changes({ch.CONGRESS_SESSION: frozenset({1})}))
    assert len(terms) == 1
