"""At start the app verifies the audit chain and the sealed records off the GUI thread and
warns, listing each problem, when something no longer holds."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from sqlalchemy import text

from congress_app.gui.audit_warning import AuditWarningDialog, verify_at_start
from congress_app.services.audit import append_audit


def _entries(db, n: int = 3) -> None:
    with db.session() as session, session.begin():
        for k in range(n):
            append_audit(session, actor="t", action="x", entity="e", entity_id=k, data={"n": k})


def test_a_clean_database_gives_no_warning(qtbot, db, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(
        AuditWarningDialog, "ask", classmethod(lambda cls, parent, lines: shown.append(lines))
    )
    _entries(db)
    window = QMainWindow()
    qtbot.addWidget(window)
    check = verify_at_start(window, db, lambda: window)
    with qtbot.waitSignal(check.finished, timeout=10000) as blocker:
        pass
    assert blocker.args == [True] and shown == [] and check.lines == []
    assert "数据核验通过" in window.statusBar().currentMessage()


def test_a_tampered_chain_warns_naming_the_entry(qtbot, db, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(
        AuditWarningDialog, "ask", classmethod(lambda cls, parent, lines: shown.append(lines))
    )
    _entries(db)
    with db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_entry_no_update"))
        connection.exec_driver_sql("UPDATE audit_entry SET actor = 'x' WHERE id = 2")
    window = QMainWindow()
    qtbot.addWidget(window)
    check = verify_at_start(window, db, lambda: window)
    with qtbot.waitSignal(check.finished, timeout=10000) as blocker:
        pass
    assert blocker.args == [False]
    assert len(shown) == 1 and len(shown[0]) == 1 and "审计记录第 2 条" in shown[0][0]


def test_the_warning_dialog_lists_every_problem(qtbot) -> None:
    lines = ["「人文学院」第1轮选举结果：数据已与封存记录不符", "审计记录第 2 条（x）：内容与其哈希不符"]
    dialog = AuditWarningDialog(None, lines)
    qtbot.addWidget(dialog)
    assert dialog.problems.toPlainText().splitlines() == lines
    from PySide6.QtWidgets import QLabel

    assert dialog.windowTitle() == "数据核验未通过"
    assert any("2 处" in label.text() for label in dialog.findChildren(QLabel))
