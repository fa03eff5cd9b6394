"""Screenshots of the 代表管理 page in the main window, 1024×700 and 1920×1080, Chinese and
English (written to /tmp/shots, never committed): look at them for cut-off or boxed text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from congress_app.gui.app import make_application
from congress_app.gui.i18n import install_language
from congress_app.gui.main_window import MainWindow
from congress_app.gui.state import AppState
from congress_app.services.bodies import form_delegations
from tests.services.delegate_fixtures import PUBLISHED, published, published_template  # noqa: F401

SHOTS = Path("/tmp/shots")


def test_delegates_page_screenshots(published, qtbot, tmp_path, monkeypatch) -> None:
    # the compiled .qm is cached per user: build this checkout's own, not another's
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    db, term_id = published
    with db.session() as session:
        form_delegations(session, term_id, PUBLISHED, actor="t")
    make_application()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for lang in ("zh", "en"):
        install_language(lang)
        window = MainWindow(AppState(db))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_page("delegates")
        page.date_edit.setDate(QDate(2026, 3, 1))
        assert page.roll_tab.model.rowCount() > 50
        for width, height in ((1024, 700), (1920, 1080)):
            window.resize(width, height)
            for index, name in enumerate(("roll", "review", "vacancies", "bodies")):
                page.tabs.setCurrentIndex(index)
                QApplication.processEvents()
                image = window.grab()
                assert image.width() == width and image.height() == height
                assert image.save(str(SHOTS / f"delegates_{name}_{width}_{lang}.png"))
        assert (page.title() == "代表管理") == (lang == "zh")
        window.close()
