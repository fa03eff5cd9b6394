"""GUI fixtures: offscreen Qt, settings isolated per test (napari's _fresh_settings idea)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHOTS = Path(os.environ.get("CONGRESS_SHOTS", "/tmp/congress-shots"))


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    from congress_app.gui.i18n import install_language

    install_language("zh")


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As the app does (gui/garbage.py): no automatic collection while background work may
    run, so no Qt object is freed on a worker thread; collect here, on the GUI thread."""
    from congress_app.gui.garbage import GuiThreadCollector
    from congress_app.gui.ops import worker_pool

    collector = GuiThreadCollector(qapp)
    collector.start()
    yield
    worker_pool().waitForDone(30000)
    qapp.processEvents()
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def _no_modal_dialogs(qapp, monkeypatch: pytest.MonkeyPatch):
    """A modal dialog offscreen waits forever: fail the test the moment one opens
    (tests/gui/modal_guard.py); tests answer dialogs through their ask() classmethods."""
    from tests.gui.modal_guard import install

    opened: list[str] = []
    install(monkeypatch, opened)
    yield opened
    if opened:
        pytest.fail("unexpected modal dialog(s): " + "; ".join(opened))


@pytest.fixture
def shots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


@pytest.fixture
def app_state(db):
    from congress_app.gui.state import AppState

    return AppState(db)
