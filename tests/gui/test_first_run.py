"""The first run asks for the school's name before anything prints; the dialog says in words
what is missing."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from congress_app.gui.dialogs.school import SchoolDialog
from congress_app.gui.first_run import ask_for_the_school
from congress_app.services.school import DEFAULT_SCHOOL_NAME, SchoolInfo, save_school, school_info


def _asked(monkeypatch, answer) -> list:
    calls: list = []

    def ask(cls, parent, current):
        calls.append(current)
        return answer

    monkeypatch.setattr(SchoolDialog, "ask", classmethod(ask))
    return calls


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_an_unnamed_school_is_asked_for_and_saved(qtbot, app_state, monkeypatch) -> None:
    calls = _asked(monkeypatch, SchoolInfo("大连滨海理工大学", "0123", "JDH"))
    assert ask_for_the_school(_window(qtbot), app_state)
    assert [c.name for c in calls] == [DEFAULT_SCHOOL_NAME]
    with app_state.db.session() as session:
        assert school_info(session) == SchoolInfo("大连滨海理工大学", "0123", "JDH")


def test_a_named_school_is_not_asked_again(qtbot, app_state, monkeypatch) -> None:
    with app_state.db.session() as session:
        save_school(session, SchoolInfo("甲大学", "", "JDH"), actor="t")
    calls = _asked(monkeypatch, None)
    assert ask_for_the_school(_window(qtbot), app_state)
    assert calls == []


def test_answering_later_says_what_documents_will_print(qtbot, app_state, monkeypatch) -> None:
    _asked(monkeypatch, None)
    window = _window(qtbot)
    assert not ask_for_the_school(window, app_state)
    assert DEFAULT_SCHOOL_NAME in window.statusBar().currentMessage()
    with app_state.db.session() as session:
        assert school_info(session).name == DEFAULT_SCHOOL_NAME


def test_the_dialog_says_in_words_that_the_name_is_required(qtbot) -> None:
    dialog = SchoolDialog(None, SchoolInfo("", "", "JDH"))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "请填写学校名称" in dialog.problem.text()
    dialog.name_edit.setText("  大连某大学 ")
    assert dialog.ok_button.isEnabled() and dialog.problem.text() == ""
    assert dialog.info() == SchoolInfo("大连某大学", "", "JDH")
