"""`congress-app --demo`: the temporary folder is announced in the window and removed at exit."""

from __future__ import annotations

import argparse
import tempfile

from PySide6.QtWidgets import QLabel


def test_the_folder_is_announced_and_removed(tmp_path) -> None:
    from congress_app.gui.app import Controller
    from congress_app.gui.demo_folder import DemoFolder
    from congress_app.services.database import open_database

    demo = DemoFolder(str(tmp_path))
    assert demo.path.parent == tmp_path and demo.path.name.startswith("congress-demo-")
    db = open_database(demo.url)
    assert demo.database.is_file()
    controller = Controller()
    controller.demo = demo
    window = controller.show()
    notes = [w.text() for w in window.statusBar().findChildren(QLabel) if w.objectName() == "demoNote"]
    assert len(notes) == 1 and "退出时删除" in notes[0] and "备份数据库" in notes[0]
    window.close()
    demo.remove(db)
    assert not demo.path.exists()


def test_run_gui_with_demo_removes_its_folder_on_exit(tmp_path, monkeypatch, qapp, qtbot) -> None:
    import congress_app.gui.app as app_module
    import congress_app.gui.garbage as garbage
    from congress_app.services.database import open_database

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    opened: list[str] = []

    def fast_open(url: str, demo: bool, create: bool = True):  # the real one loads the demo
        opened.append(url)
        return open_database(url, create=create)

    monkeypatch.setattr(app_module, "_open", fast_open)
    actors: list[str] = []
    attach = app_module.Controller.attach
    monkeypatch.setattr(
        app_module.Controller, "attach", lambda self, state: (actors.append(state.actor), attach(self, state))
    )
    # the test's own collector (conftest) runs already; run_gui's would outlive the test
    monkeypatch.setattr(garbage.GuiThreadCollector, "start", lambda self: None)
    windows: list = []
    show = app_module.Controller.show
    monkeypatch.setattr(app_module.Controller, "show", lambda self: windows.append(show(self)) or windows[-1])

    def run_until_opened(_app) -> int:  # the event loop until the database is attached, then "quit"
        qtbot.waitUntil(lambda: bool(actors), timeout=30000)
        return 0

    monkeypatch.setattr(type(qapp), "exec", run_until_opened)
    args = argparse.Namespace(demo=True, db=None, db_url=None, lang="zh", operator="李老师")
    assert app_module.run_gui(args) == 0
    assert opened and "congress-demo-" in opened[0]
    assert actors == ["李老师"]  # --operator names who is recorded, for this run
    assert [p for p in tmp_path.iterdir() if p.name.startswith("congress-demo-")] == []
    for window in windows:
        window.close()
        window.deleteLater()
