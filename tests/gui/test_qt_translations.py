"""Qt's own texts (standard buttons, file dialogs, context menus) follow the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from congress_app.gui.i18n import install_language


def _captions() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
    return sorted(button.text() for button in box.buttons())


def test_standard_buttons_are_chinese_in_the_chinese_ui_and_english_in_the_english_one(qapp) -> None:
    assert install_language("zh")
    assert _captions() == sorted(["确定", "关闭"])
    assert install_language("en")
    assert _captions() == sorted(["OK", "Close"])
    install_language("zh")
