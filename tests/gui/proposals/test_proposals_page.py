"""The 提案 page end to end: a proposal filed through the form (R36.1 checked live: the OK
button waits for the third seconder), registered, approved, assigned, answered and closed by
the proposer's satisfaction; filters and the department view."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from congress_app.gui.dialogs.proposal_file import FileProposalDialog
from congress_app.gui.dialogs.proposal_steps import (
    Answer,
    AnswerDialog,
    AssignDialog,
    Assignment,
    ProposerView,
    ReviewChoice,
    ReviewDialog,
    SatisfactionDialog,
)
from tests.proposals.conftest import build_congress

TODAY = date.today()


@pytest.fixture
def congress(db):
    return build_congress(db, held=TODAY + timedelta(days=40), opens=TODAY - timedelta(days=1))


@pytest.fixture
def errors(monkeypatch) -> list:
    from congress_app.gui.pages.elections import common

    shown: list = []
    monkeypatch.setattr(common, "show_error", lambda parent, error, details="": shown.append(error))
    return shown


@pytest.fixture
def page(qtbot, db, congress, errors):
    from congress_app.gui.app import make_application
    from congress_app.gui.pages.proposals.page import ProposalsPage
    from congress_app.gui.state import AppState

    make_application()
    state = AppState(db)
    state.actor = "工会办公室"
    page = ProposalsPage(state)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def _answer(monkeypatch, dialog, value):
    monkeypatch.setattr(dialog, "ask", classmethod(lambda cls, *a, **k: value))


def _check(picker, numbers):
    for i in range(picker.list.count()):
        item = picker.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in numbers:
            item.setCheckState(Qt.CheckState.Checked)


def _status_of(page, number: int) -> str:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).number == number:
            return page.model.text(row, 5)
    raise AssertionError(number)


def test_filed_seconded_registered_answered_and_closed(page, qtbot, monkeypatch, errors, congress):
    assert page.new_button.isEnabled()
    # the form, filled as the office would: R36.1 checked while seconders are ticked
    captured = {}

    def fill(cls, parent, **kwargs):
        dialog = FileProposalDialog(parent, **kwargs)
        qtbot.addWidget(dialog)
        dialog.title_edit.setText("关于增加教职工停车位的建议")  # QTest types ASCII only
        _check(dialog.proposers, {"D001"})
        _check(dialog.seconders, {"D002", "D003"})
        ok = dialog.buttons.buttons()[0]
        captured["short"] = (ok.isEnabled(), dialog.verdict.text())
        _check(dialog.seconders, {"D004"})
        captured["enough"] = ok.isEnabled()
        return dialog.form()

    monkeypatch.setattr(FileProposalDialog, "ask", classmethod(fill))
    page.new_proposal()
    assert captured["short"][0] is False and "还差 1 名" in captured["short"][1]
    assert captured["enough"] is True
    assert errors == [] and page.model.rowCount() == 1
    assert _status_of(page, 1) == "待审查"

    page.table.selectRow(0)
    buttons = page.detail.buttons
    assert buttons["review"].isEnabled() and not buttons["answer"].isEnabled()
    _answer(monkeypatch, ReviewDialog, ReviewChoice("register", None, "", "", TODAY))
    buttons["review"].click()
    assert _status_of(page, 1) == "已立案"
    assert buttons["dmc"].isEnabled() and not buttons["assign"].isEnabled()
    buttons["dmc"].click()
    _answer(monkeypatch, AssignDialog, Assignment("后勤处", ("保卫处",), TODAY + timedelta(days=30)))
    buttons["assign"].click()
    assert _status_of(page, 1) == "办理中"
    _answer(monkeypatch, AnswerDialog, Answer("新增车位 200 个", TODAY, ()))
    buttons["answer"].click()
    assert _status_of(page, 1) == "已答复"
    _answer(monkeypatch, SatisfactionDialog, ProposerView("satisfied", "", TODAY))
    buttons["view"].click()
    assert _status_of(page, 1) == "已办结" and errors == []
    assert "提案人意见" in page.detail.text.text()

    # the department view: what 保卫处 (assisting) is owed shows the proposal; another shows none
    page.department_filter.setCurrentIndex(page.department_filter.findData("保卫处"))
    assert page.proxy.rowCount() == 1
    page.department_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("submitted"))
    assert page.proxy.rowCount() == 0


def test_a_refused_step_is_said_in_words_and_nothing_changes(page, monkeypatch, errors, db, congress):
    from congress_app.services.proposals import file_proposal

    with db.session() as session:
        file_proposal(
            session,
            title="关于食堂的建议",
            kind="general",
            proposers=["D001"],
            seconders=["D002", "D003", "D004"],
            actor="t",
            session_id=congress.session_id,
        )
    page.refresh()
    page.table.selectRow(0)
    _answer(monkeypatch, ReviewDialog, ReviewChoice("opinion", None, "", "", TODAY))
    page.detail.buttons["review"].click()
    assert [e.code for e in errors] == ["opinion_needs_reason"]
    assert _status_of(page, 1) == "待审查"


def test_screenshots(page, shots, db, congress):
    from congress_app.services.proposals import file_proposal

    with db.session() as session:
        for i, title in enumerate(["关于增加教职工停车位的建议", "关于改善食堂伙食的建议"]):
            file_proposal(
                session,
                title=title,
                kind="general",
                proposers=[congress.numbers[i]],
                seconders=list(congress.numbers[i + 1 : i + 4]),
                actor="t",
                session_id=congress.session_id,
            )
    page.refresh()
    page.table.selectRow(0)
    for size in ((1024, 700), (1920, 1080)):
        page.resize(*size)
        path = shots / f"proposals-{size[0]}.png"
        assert page.grab().save(str(path))
