"""Every page fits at 1024×700 and 1920×1080, in Chinese and English, without clipped text
(buttons, labels, tabs, column titles narrower than their words). Screenshots are saved to
look at (tests/gui/conftest.py: CONGRESS_SHOTS)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from congress_app.gui.i18n import install_language
from congress_app.gui.main_window import MainWindow
from tests.gui.clipping import clipped

SIZES = [(1024, 700), (1920, 1080)]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_page_clips_its_text(qtbot, app_state, shots, lang, size) -> None:
    assert install_language(lang)
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for index in range(max(1, *(t.count() for t in tabs)) if tabs else 1):
            for t in tabs:
                t.setCurrentIndex(min(index, t.count() - 1))
            QApplication.processEvents()
            window.grab().save(str(shots / f"layout_{lang}_{size[0]}x{size[1]}_{page.nav_key}_{index}.png"))
            problems += [f"{page.nav_key}[{index}]: {p}" for p in clipped(window)]
    assert window.width() == size[0]
    assert problems == []


def test_the_detector_sees_a_clipped_button(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton("一段很长很长的按钮文字，放不下", parent)
    button.setFixedWidth(60)
    label = QLabel("一段很长很长的说明文字，放不下", parent)
    label.setFixedWidth(60)
    label.move(0, 40)
    parent.show()
    found = clipped(parent)
    assert len(found) == 2 and found[0].startswith("label") and found[1].startswith("button")


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory) -> str:
    """The demo university (a term with delegates, meetings and proposals), made once."""
    from congress_app.paths import sqlite_url
    from congress_app.services.database import open_database
    from congress_app.services.demo import load_demo

    url = sqlite_url(tmp_path_factory.mktemp("demo") / "demo.db")
    db = open_database(url)
    load_demo(db)
    db.close()
    return url


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_delegate_meeting_and_proposal_pages_fit_with_data(qtbot, demo_url, shots, lang, size) -> None:
    from congress_app.gui.state import AppState
    from congress_app.services.database import open_database

    db = open_database(demo_url)
    try:
        assert install_language(lang)
        window = MainWindow(AppState(db))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        problems: list[str] = []
        for key in ("delegates", "meetings", "proposals"):
            page = window.show_page(key)
            tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
            for index in range(max(1, *(t.count() for t in tabs)) if tabs else 1):
                for t in tabs:
                    t.setCurrentIndex(min(index, t.count() - 1))
                QApplication.processEvents()
                window.grab().save(str(shots / f"layout_demo_{lang}_{size[0]}x{size[1]}_{key}_{index}.png"))
                problems += [f"{key}[{index}]: {p}" for p in clipped(window)]
        window.close()
        assert problems == []
    finally:
        db.close()
