"""The guard of tests/gui/conftest.py fails a test at once when a modal dialog opens."""

from __future__ import annotations

import pytest


def test_a_message_box_exec_fails_at_once(_no_modal_dialogs) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "确认删除", "删除本单位？")
    with pytest.raises(pytest.fail.Exception, match="QDialog.exec"):
        box.exec()
    assert _no_modal_dialogs == ["QDialog.exec: QMessageBox '确认删除'"]
    _no_modal_dialogs.clear()  # seen here on purpose: do not fail at teardown


def test_static_functions_fail_at_once(_no_modal_dialogs) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    calls = [
        lambda: QMessageBox.question(None, "问题", "继续？"),
        lambda: QFileDialog.getOpenFileName(None, "打开", "", "*.db"),
        lambda: QInputDialog.getText(None, "姓名", "操作人"),
    ]
    for call in calls:
        with pytest.raises(pytest.fail.Exception):
            call()
    assert [what.split(":")[0] for what in _no_modal_dialogs] == [
        "QMessageBox.question",
        "QFileDialog.getOpenFileName",
        "QInputDialog.getText",
    ]
    _no_modal_dialogs.clear()


def test_the_app_error_box_is_caught(_no_modal_dialogs) -> None:
    from congress_app.gui.errors import show_error

    with pytest.raises(pytest.fail.Exception):
        show_error(None, ValueError("x"))
    assert len(_no_modal_dialogs) == 1 and _no_modal_dialogs[0].startswith("QDialog.exec")
    _no_modal_dialogs.clear()
