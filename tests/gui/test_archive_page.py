"""归档 page: the nine groups as a checklist, the register, add/remove with dialogs patched,
export off the GUI thread and verify listing problems; screenshots in zh and en."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from congress_app.gui.dialogs.archive_dialogs import (
    AddArchiveFileDialog,
    ArchiveFolderDialog,
    NewArchiveFile,
)
from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.models.archive_tables import COL_TITLE
from congress_app.gui.pages.archive import ArchivePage
from congress_app.reports.archive_papers import ListPaperData, build_list_paper_pdf
from congress_app.services.school import SchoolInfo, save_school, school_info
from tests.services.meeting_fixtures import approve_method, check_in_many, meeting_with
from tests.services.records_fixtures import demo_template  # noqa: F401


@pytest.fixture
def held(db):
    meeting = meeting_with(db, formal=8)
    check_in_many(db, meeting.session_id, list(range(1, 8)))
    with db.session() as session:
        approve_method(session, meeting.session_id, 7)
        info = school_info(session)
        save_school(session, SchoolInfo(info.name, "0123", "JDH"), actor="t")
    return meeting


def _page(qtbot, app_state, width=1024, height=700) -> ArchivePage:
    page = ArchivePage(app_state)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    return page


def test_checklist_register_add_remove_export_verify(
    qtbot, db, app_state, held, tmp_path, monkeypatch, shots
) -> None:
    monkeypatch.setenv("CONGRESS_NO_GS", "1")
    page = _page(qtbot, app_state)
    assert page.groups_model.rowCount() == 9 and page.register_model.rowCount() == 0
    page.collect()
    qtbot.waitUntil(lambda: page.register_model.rowCount() > 0, timeout=30000)
    states = {g.number: g.present for g in page.groups_model.rows()}
    assert states[7] and states[9] and not states[1]
    assert "尚缺" in page.groups_summary.text()

    buf = io.BytesIO()
    build_list_paper_pdf(ListPaperData("测试大学", "批复", "来文", date(2026, 3, 1), (), ()), buf)
    source = tmp_path / "批复.pdf"
    source.write_bytes(buf.getvalue())
    monkeypatch.setattr(
        AddArchiveFileDialog,
        "ask",
        classmethod(
            lambda cls, parent, held_on: NewArchiveFile(
                source, 1, "关于召开教代会的批复", "市教育工会", "教工发〔2026〕3号", date(2026, 3, 1), "Y"
            )
        ),
    )
    before = page.register_model.rowCount()
    page.add_file()
    assert page.register_model.rowCount() == before + 1
    assert page.register_model.rows()[0].title == "关于召开教代会的批复"  # group 1 comes first
    assert {g.number: g.present for g in page.groups_model.rows()}[1]
    page.grab().save(str(shots / "archive-1024.png"))

    page.register_view.selectRow(0)
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: False))
    page.remove_item()
    assert page.register_model.rowCount() == before + 1
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    page.remove_item()
    assert page.register_model.rowCount() == before

    monkeypatch.setattr(ArchiveFolderDialog, "ask_export", classmethod(lambda cls, parent: tmp_path))
    page.export()
    qtbot.waitUntil(lambda: "已导出" in page.feedback.text(), timeout=60000)
    exported = next(p for p in tmp_path.iterdir() if p.name.startswith("归档-"))
    assert (exported / "manifest.json").is_file()

    monkeypatch.setattr(ArchiveFolderDialog, "ask_verify", classmethod(lambda cls, parent: exported))
    page.verify()
    qtbot.waitUntil(lambda: "核验通过" in page.problems.toPlainText(), timeout=30000)
    victim = sorted(exported.glob("*.pdf"))[0]
    victim.write_bytes(victim.read_bytes() + b" ")
    page.verify()
    qtbot.waitUntil(lambda: "核验未通过" in page.problems.toPlainText(), timeout=30000)
    assert victim.name in page.problems.toPlainText()


def test_screenshots_in_both_languages(qtbot, demo_template, tmp_path, monkeypatch, shots) -> None:
    """The demo's first session (all nine groups) in the main window, zh and en."""
    from PySide6.QtWidgets import QApplication

    from congress_app.gui.app import make_application
    from congress_app.gui.i18n import install_language
    from congress_app.gui.main_window import MainWindow
    from congress_app.gui.state import AppState
    from congress_app.services.database import open_database

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    db = open_database(f"sqlite:///{path}")
    make_application()
    try:
        for lang in ("zh", "en"):
            install_language(lang)
            window = MainWindow(AppState(db))
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            page = window.show_page("archive")
            page.session_combo.setCurrentIndex(page.session_combo.findData(1))
            assert all(g.present for g in page.groups_model.rows())
            assert (page.title() == "归档") == (lang == "zh")
            titles = {}
            for width, height in ((1024, 700), (1920, 1080)):
                window.resize(width, height)
                QApplication.processEvents()
                QApplication.processEvents()
                assert window.grab().save(str(shots / f"archive_{width}_{lang}.png"))
                view = page.register_view
                titles[width] = view.columnWidth(COL_TITLE)
                if width > 1024:  # room for every column: the title stretches, nothing scrolls
                    assert not view.horizontalScrollBar().isVisible()
            # the title never squeezed below a dozen characters (on 1024 it once showed 关于同…)
            minimum = page.register_view.horizontalHeader().fontMetrics().horizontalAdvance("题" * 12)
            assert titles[1024] >= minimum and titles[1920] > titles[1024]
            window.close()
    finally:
        install_language("zh")
        db.close()


def test_background_op_cancel_reaches_the_work(qtbot) -> None:
    """.cancellable(): the dialog's cancel button sets progress.cancelled() for the work, which
    stops by itself; an op without it has no button and is never cancelled."""
    import threading

    from PySide6.QtWidgets import QPushButton, QWidget

    from congress_app.gui.ops import BackgroundOp

    parent = QWidget()
    qtbot.addWidget(parent)
    started, results = threading.Event(), []

    def work(progress):
        started.set()
        for n in range(3000):
            if progress.cancelled():
                return ("stopped", n)
            progress(n, 3000, "")
            threading.Event().wait(0.005)
        return ("finished", 3000)

    op = BackgroundOp(parent, "work", work).cancellable().success(results.append).run()
    qtbot.waitUntil(started.is_set, timeout=10000)
    buttons = op._dialog.findChildren(QPushButton)
    assert len(buttons) == 1 and buttons[0].text() == "取消"
    buttons[0].click()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results[0][0] == "stopped"

    seen = []
    plain = BackgroundOp(parent, "work", lambda progress: progress.cancelled()).success(seen.append).run()
    assert plain._dialog.findChildren(QPushButton) == []
    plain.cancel()  # no effect without .cancellable()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [False]


def test_export_cancel_and_retention_change(qtbot, db, app_state, held, tmp_path, monkeypatch) -> None:
    from congress_app.gui.dialogs.archive_dialogs import RetentionDialog
    from congress_app.services.archive_register import list_items

    monkeypatch.setenv("CONGRESS_NO_GS", "1")
    page = _page(qtbot, app_state)
    page.collect()
    qtbot.waitUntil(lambda: page.register_model.rowCount() > 0, timeout=30000)

    # retention: nothing without a selection, nothing when the confirmation is declined
    page.register_view.clearSelection()
    page.change_retention()
    assert "选择" in page.feedback.text()
    page.register_view.selectRow(0)
    item = page.register_model.rows()[0]
    new = "D10" if item.retention != "D10" else "Y"
    monkeypatch.setattr(RetentionDialog, "ask", classmethod(lambda cls, parent, title, current: new))
    asked = []
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: asked.append(a) or False))
    page.change_retention()
    assert asked and "档号" in asked[0][2]
    with db.session() as session:
        assert list_items(session, held.session_id)[0].retention == item.retention
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    page.change_retention()
    with db.session() as session:
        assert list_items(session, held.session_id)[0].retention == new
    assert page.register_model.rows()[0].retention == new

    # export, cancelled from the progress dialog: nothing left, a plain note (no error box)
    import threading

    from congress_app.services import archive_export

    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.setattr(ArchiveFolderDialog, "ask_export", classmethod(lambda cls, parent: exports))
    real, pressed = archive_export.export_archive, threading.Event()

    def after_cancel(*args, **kw):  # the export starts once the user has pressed cancel
        pressed.wait(10)
        return real(*args, **kw)

    monkeypatch.setattr(archive_export, "export_archive", after_cancel)
    errors = []
    monkeypatch.setattr("congress_app.gui.pages.archive.page.show_error", lambda *a: errors.append(a))
    page.export()
    page.op.cancel()
    pressed.set()
    qtbot.waitUntil(lambda: "取消" in page.feedback.text(), timeout=60000)
    assert errors == [] and list(exports.iterdir()) == []


def test_english_labels_and_group_titles(qtbot, db, app_state, held, shots) -> None:
    from congress_app.gui.i18n import install_language
    from congress_app.gui.models.archive_tables import (
        COL_GROUP_TITLE,
        COL_RETENTION,
        GROUP_TITLES,
        RETENTION_TEXT,
    )
    from congress_app.rules.archive import ARCHIVE_GROUPS, RETENTION_LABELS

    # the GUI's copies of the rules' words are the rules' words
    assert GROUP_TITLES == {g.number: g.title_zh for g in ARCHIVE_GROUPS}
    assert RETENTION_TEXT == RETENTION_LABELS
    install_language("en")
    try:
        page = _page(qtbot, app_state)
        page.collect()
        qtbot.waitUntil(lambda: page.register_model.rowCount() > 0, timeout=30000)
        groups, register = page.groups_model, page.register_model
        titles = [groups.data(groups.index(r, COL_GROUP_TITLE)) for r in range(9)]
        retentions = {register.data(register.index(r, COL_RETENTION)) for r in range(register.rowCount())}
        assert titles[3] == "Members of the presidium"
        assert retentions <= {"Permanent", "30 years", "10 years"} and retentions
        assert not any(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in titles)
        QApplication.processEvents()
        page.grab().save(str(shots / "archive_page_1024_en.png"))
        header = page.groups_view.horizontalHeader()
        text = groups.headerData(COL_GROUP_TITLE, Qt.Orientation.Horizontal)
        needed = header.fontMetrics().horizontalAdvance(text) + 12
        assert header.sectionSize(COL_GROUP_TITLE) >= needed, (header.sectionSize(COL_GROUP_TITLE), needed)
        page.grab().save(str(shots / "archive_page_1024_en.png"))
    finally:
        install_language("zh")
