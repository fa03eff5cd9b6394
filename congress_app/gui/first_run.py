"""The first run over a database: ask for the school's name before anything prints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from congress_app.gui.dialogs.school import SchoolDialog
from congress_app.gui.errors import show_error
from congress_app.gui.state import AppState
from congress_app.services.errors import ServiceError
from congress_app.services.school import save_school, school_info, school_is_named


def ask_for_the_school(window: QMainWindow, state: AppState) -> bool:
    """If the database has no school name yet, ask for it (SchoolDialog) and save it.
    True when the school is named afterwards."""
    with state.db.session() as session:
        if school_is_named(session):
            return True
        current = school_info(session)
    answer = SchoolDialog.ask(window, current)
    if answer is None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "first_run", "学校名称尚未填写：文件将印为「{name}」。请在「设置」中填写。"
            ).format(name=current.name),
            15000,
        )
        return False
    try:
        state.run(save_school, answer, actor=state.actor)
    except ServiceError as error:
        show_error(window, error)
        return False
    return True
