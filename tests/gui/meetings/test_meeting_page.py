"""会议与表决 page: the desk checks delegates in by typed number and the quorum flips at
exactly ceil(2e/3); votes, the hall's screen and the roll, looked at in screenshots."""

from __future__ import annotations

from PySide6.QtCore import Qt

from congress_app.gui.dialogs.meeting_dialogs import ProjectorScreenDialog
from congress_app.gui.pages.meetings import MeetingsPage
from congress_app.gui.pages.meetings.page import TAB_ROLL, TAB_VOTES
from tests.services.meeting_fixtures import meeting_with, number_of

EXPECTED = 13  # ceil(26/3) = 9


def _page(qtbot, app_state) -> MeetingsPage:
    page = MeetingsPage(app_state)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def _type(qtbot, page: MeetingsPage, key: str) -> None:
    qtbot.keyClicks(page.desk.key_edit, key)
    qtbot.keyClick(page.desk.key_edit, Qt.Key.Key_Return)


def test_quorum_flips_at_exactly_two_thirds_by_typed_numbers(qtbot, db, app_state, shots) -> None:
    meeting_with(db, formal=EXPECTED, invited=1)
    page = _page(qtbot, app_state)
    assert page.desk.desk is not None and page.desk.desk.expected == EXPECTED
    flip = -(-2 * EXPECTED // 3)
    for i in range(1, EXPECTED + 1):
        _type(qtbot, page, number_of(i))
        state = page.desk.quorum.state
        assert state.present == i
        assert state.reached is (i >= flip), i
        assert page.desk.quorum.figures["present"].text() == str(i)
        if i == flip - 1:
            assert "尚差 1 人" in page.desk.quorum.verdict.text()
        if i == flip:
            assert "可以开会" in page.desk.quorum.verdict.text()
            page.grab().save(str(shots / "meeting-desk-1024.png"))
        if i == flip + 1:
            break
    _type(qtbot, page, number_of(1))
    assert "已经签到" in page.desk.feedback.text() and page.desk.quorum.state.present == flip + 1
    _type(qtbot, page, "nobody")
    assert "查无此代表" in page.desk.feedback.text()
    _type(qtbot, page, number_of(EXPECTED + 1))  # the invited delegate: attends, not counted
    assert "不计入" in page.desk.feedback.text() and page.desk.quorum.state.present == flip + 1
    page.desk.key_edit.setText(number_of(2))
    page.desk.undo()
    assert page.desk.quorum.state.present == flip and "撤销" in page.desk.feedback.text()


def test_votes_tab_refuses_before_the_method_then_shows_the_verdict(qtbot, db, app_state, shots) -> None:
    meeting_with(db, formal=10)
    page = _page(qtbot, app_state)
    for i in range(1, 9):
        _type(qtbot, page, number_of(i))
    page.tabs.setCurrentIndex(TAB_VOTES)
    votes = page.votes
    votes.title_edit.setText("关于修订《教职工绩效考核办法》的决议")
    votes.kind.setCurrentIndex(votes.kind.findData("motion"))
    votes.yes.setValue(6)
    votes.record()
    assert "尚未通过" in votes.message.text() and votes.votes == []
    votes.title_edit.setText("大会表决、选举办法")
    votes.kind.setCurrentIndex(votes.kind.findData("method"))
    votes.yes.setValue(8)
    votes.record()
    votes.title_edit.setText("关于修订《教职工绩效考核办法》的决议")
    votes.kind.setCurrentIndex(votes.kind.findData("motion"))
    votes.yes.setValue(5)
    votes.no.setValue(3)
    votes.record()
    assert [v.passed for v in votes.votes] == [True, False]  # 5 = floor(10/2) fails
    assert "未通过" in votes.verdict.text() and "至少 6 票" in votes.verdict.text()
    page.grab().save(str(shots / "meeting-votes-1024.png"))

    monkey_screen = ProjectorScreenDialog.ask
    try:
        ProjectorScreenDialog.ask = classmethod(lambda cls, parent, screens, current: screens[0])
        page.open_projector()
    finally:
        ProjectorScreenDialog.ask = monkey_screen
    projector = page.projector
    qtbot.addWidget(projector)
    from congress_app.gui.pages.meetings.projector import PROJECTOR_SCREEN

    assert PROJECTOR_SCREEN.get() == projector.screen().name()  # remembered for next time
    projector.showNormal()
    projector.resize(1920, 1080)
    assert projector.figures["present"].text() == "8"
    projector.grab().save(str(shots / "meeting-projector-quorum-1920.png"))
    qtbot.keyClick(projector, Qt.Key.Key_V)
    assert projector.stack.currentIndex() == 1 and "未通过" in projector.vote_verdict.text()
    projector.grab().save(str(shots / "meeting-projector-vote-1920.png"))
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    assert "表决、选举办法" in projector.vote_title.text()
    qtbot.keyClick(projector, Qt.Key.Key_Q)
    assert projector.stack.currentIndex() == 0
    projector.close()


def test_roll_tab_lists_everyone_with_standing(qtbot, db, app_state, shots) -> None:
    meeting_with(db, formal=5, observer=1)
    page = _page(qtbot, app_state)
    _type(qtbot, page, number_of(1))
    page.tabs.setCurrentIndex(TAB_ROLL)
    assert page.roll.model.rowCount() == 6
    assert "应到会代表 5 人" in page.roll.summary.text()
    assert page.roll.model.data(page.roll.model.index(0, 5)) == "✓"
    page.grab().save(str(shots / "meeting-roll-1024.png"))


def test_evaluation_entry_and_publication_and_a_paper(
    qtbot, db, app_state, shots, tmp_path, monkeypatch
) -> None:
    from congress_app.gui.dialogs.confirm import ConfirmDialog
    from congress_app.gui.dialogs.meeting_dialogs import MeetingPdfDialog
    from congress_app.gui.pages.meetings.page import TAB_EVALUATION

    meeting_with(db, formal=4)
    page = _page(qtbot, app_state)
    page.tabs.setCurrentIndex(TAB_EVALUATION)
    tab = page.evaluation
    tab.combos["report"].setCurrentIndex(1)  # 基本满意
    tab.combos["leaders"].setCurrentIndex(3)  # 未填
    tab.comment.setText("希望会议材料提前发放")
    tab.enter()
    tab.enter()
    assert "收回测评表 2 份" in tab.summary.text()
    assert tab.model.data(tab.model.index(0, 2)) == "1"  # report: 基本满意 once (then reset)
    assert tab.model.data(tab.model.index(5, 4)) == "100.0%"
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    tab.publish()
    assert "公布" in tab.summary.text() and not tab.publish_button.isEnabled()
    page.grab().save(str(shots / "meeting-evaluation-1024.png"))

    target = tmp_path / "签到表.pdf"
    monkeypatch.setattr(MeetingPdfDialog, "ask", classmethod(lambda cls, parent, name: target))
    page.export("signin")
    qtbot.waitUntil(target.exists, timeout=20000)
    qtbot.waitUntil(lambda: "已保存" in page.desk.feedback.text(), timeout=5000)


def test_new_session_from_the_page_and_a_refused_extraordinary_one(qtbot, db, app_state, monkeypatch) -> None:
    from datetime import date

    from congress_app.gui.dialogs.meeting_dialogs import NewMeeting, NewMeetingDialog
    from congress_app.gui.pages.meetings import page as page_module
    from tests.services.meeting_fixtures import add_delegates

    with db.session() as session:
        add_delegates(session, formal=6)
    page = _page(qtbot, app_state)
    assert page.stack.currentWidget() is page.empty
    shown = []
    monkeypatch.setattr(page_module, "show_error", lambda parent, error: shown.append(error))
    monkeypatch.setattr(
        NewMeetingDialog,
        "ask",
        classmethod(lambda cls, parent: NewMeeting(date(2026, 12, 17), "临时会议", True, "", None)),
    )
    page.new_meeting()
    assert shown and shown[0].code == "dmc_decision_missing" and page.meetings == []
    monkeypatch.setattr(
        NewMeetingDialog,
        "ask",
        classmethod(
            lambda cls, parent: NewMeeting(
                date(2026, 12, 17), "第九届教职工代表大会第二次会议", False, "", None
            )
        ),
    )
    page.new_meeting()
    assert [m.title for m in page.meetings] == ["第九届教职工代表大会第二次会议"]
    assert page.stack.currentWidget() is page.tabs and page.desk.desk.expected == 6
    assert page.desk.quorum.figures["required"].text() == "4"


def test_a_second_desk_sees_the_first_desks_check_in_within_a_second(qtbot, db, db_path) -> None:
    from congress_app.gui.pages.meetings.desk import CheckInDesk
    from congress_app.gui.state import AppState
    from congress_app.paths import sqlite_url
    from congress_app.services.database import open_database

    meeting = meeting_with(db, formal=6)
    other_db = open_database(sqlite_url(db_path))
    desks = [CheckInDesk(AppState(database)) for database in (db, other_db)]
    for desk in desks:
        qtbot.addWidget(desk)
        desk.set_session(meeting.session_id)
    qtbot.keyClicks(desks[0].key_edit, number_of(3))
    qtbot.keyClick(desks[0].key_edit, Qt.Key.Key_Return)
    assert desks[0].quorum.state.present == 1 and desks[1].quorum.state.present == 0
    qtbot.waitUntil(lambda: desks[1].quorum.state.present == 1, timeout=1500)
    qtbot.keyClicks(desks[1].key_edit, number_of(3))
    qtbot.keyClick(desks[1].key_edit, Qt.Key.Key_Return)
    assert "已经签到" in desks[1].feedback.text()
    for desk in desks:
        desk.timer.stop()
    other_db.close()


def test_leave_from_the_roll_tab_shows_on_the_desk(qtbot, db, app_state, monkeypatch) -> None:
    from congress_app.gui.dialogs.meeting_dialogs import LeaveDialog

    meeting_with(db, formal=4)
    page = _page(qtbot, app_state)
    page.tabs.setCurrentIndex(TAB_ROLL)
    page.roll.view.selectRow(1)
    monkeypatch.setattr(LeaveDialog, "ask", classmethod(lambda cls, parent, name: "出国访学"))
    page.roll.add_leave()
    assert page.roll.model.data(page.roll.model.index(1, 6)) == "请假：出国访学"
    page.desk.poll()
    assert page.desk.quorum.state.on_leave == 1 and page.desk.quorum.figures["absent"].text() == "3"
    page.roll.view.selectRow(1)
    page.roll.remove_leave()
    assert page.roll.model.data(page.roll.model.index(1, 6)) == ""
