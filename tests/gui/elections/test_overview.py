"""The overview with units in different states (set up through the services), the empty
states, and the dialogs' own rules."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from congress_app.gui.dialogs.election_round import OpenRoundDialog
from congress_app.gui.models.election_units import COL_STATE
from congress_app.gui.pages.elections.page import ElectionsPage
from congress_app.services import counting
from congress_app.services import elections as el
from congress_app.services.counting import Figures
from congress_app.services.terms import list_terms
from tests.gui.elections.conftest import HELD_ON, make_page
from tests.gui.elections.helpers import shoot


def _run(session, election_id, yes_by_rank, *, issued, returned, invalid=0):
    view = counting.open_round(session, election_id, held_on=HELD_ON, actor="t")
    ids = [c.candidate_id for c in view.candidates]
    counting.save_figures(
        session,
        view.round_id,
        Figures(issued, returned, invalid, dict(zip(ids, yes_by_rank, strict=True))),
        actor="t",
    )
    return counting.close_round(session, view.round_id, actor="t")


def _stage(db):
    """化工 elected, 数学 runoff, 计算机 void, 机械 counting, 材料 ready."""
    with db.session() as session:
        term = list_terms(session)[0].term_id
        units = {u.unit: u for u in el.election_overview(session, term)}
        for name, extra in (
            ("化工学院", 2),
            ("数学科学学院", 2),
            ("计算机科学与技术学院", 1),
            ("机械工程学院", 1),
            ("材料科学与工程学院", 1),
        ):
            u = units[name]
            staff = [s.id for s in el.eligible_staff(session, u.election_id, HELD_ON)][: u.seats + extra]
            el.nominate(session, u.election_id, staff, actor="t", on=HELD_ON, confirmed_on=HELD_ON)
        _run(session, units["化工学院"].election_id, [9, 8, 7, 6, 2, 1], issued=9, returned=9)
        _run(session, units["数学科学学院"].election_id, [12, 11, 10, 9, 8, 8, 1], issued=14, returned=13)
        _run(session, units["计算机科学与技术学院"].election_id, [4, 4, 3, 1], issued=8, returned=4)
        counting.open_round(session, units["机械工程学院"].election_id, held_on=HELD_ON, actor="t")
        return term


def test_overview_shows_each_state_and_progress(qtbot, prepared_db, errors, shots) -> None:
    _stage(prepared_db)
    page = make_page(qtbot, prepared_db)
    states = {r.unit: r.state for r in page.overview.model.rows()}
    assert states == {
        "化工学院": el.STATE_ELECTED,
        "数学科学学院": el.STATE_RUNOFF,
        "计算机科学与技术学院": el.STATE_REPEAT,
        "机械工程学院": el.STATE_READY,
        "材料科学与工程学院": el.STATE_READY,
        "电子信息与电气工程学部": el.STATE_CANDIDATES,
    }
    labels = {
        page.overview.model.data(page.overview.model.index(r, 0)): page.overview.model.data(
            page.overview.model.index(r, COL_STATE)
        )
        for r in range(page.overview.model.rowCount())
    }
    assert labels["数学科学学院"] == "需另行选举（票数相同）"
    assert labels["计算机科学与技术学院"] == "本轮无效，需重新选举"
    assert page.overview.progress_label.text() == "已完成 1 / 6 个单位；已选出代表 8 / 51 名"
    page.select_unit("计算机科学与技术学院")
    assert "不足本单位教职工 8 人的三分之二（至少 6 张，R14.0）" in page.detail.results.verdict.text()
    assert page.detail.next_button.text() == "重新选举（第2轮）…"
    page.select_unit("机械工程学院")
    assert page.detail.unit_label.text().endswith("第1轮进行中")
    assert page.detail.next_button.text() == "打印选票…"
    page.select_unit("数学科学学院")
    shoot(page, shots / "elections_overview.png")
    assert not errors


def test_empty_states(qtbot, db, errors, shots) -> None:
    page = make_page(qtbot, db)
    assert page.stack.currentWidget() is page.no_terms
    assert isinstance(page, ElectionsPage) and page.title() == "代表选举"
    shoot(page, shots / "elections_no_term.png")


def test_candidate_picker_searches_and_skips_people_already_nominated(qtbot, shots) -> None:
    from congress_app.gui.dialogs.election_candidates import CandidatePickerDialog
    from congress_app.gui.models.election_candidates import StaffChoice

    choices = [
        StaffChoice(1, "100001", "王芳", "女", "教学", True),
        StaffChoice(2, "100002", "王强", "男", "管理", False),
        StaffChoice(3, "100003", "丁一", "男", "教学", False),
    ]
    dialog = CandidatePickerDialog(None, "化工学院", choices)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.search.setText("王")  # QTest cannot type non-Latin characters
    assert dialog.proxy.rowCount() == 2
    dialog.view.selectAll()
    assert dialog.selected_ids() == [2] and dialog.ok_button.text() == "添加 1 人"
    dialog.search.clear()
    dialog.view.selectAll()
    assert dialog.selected_ids() == [2, 3]
    dialog.show()
    shoot(dialog, shots / "elections_picker.png")


def test_round_dialog_requires_a_reason_to_waive_two_thirds(qtbot) -> None:
    dialog = OpenRoundDialog(None, unit="化工学院", title="开始第1轮", facts="应选 4 名")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.reason_edit.isEnabled()
    dialog.two_thirds.setChecked(False)
    assert not ok.isEnabled() and "R14.0" in dialog.problem.text()
    dialog.reason_edit.setPlainText("分散办公，书面投票")
    dialog.ballots_radio.setChecked(True)
    assert ok.isEnabled()
    request = dialog.request()
    assert (request.require_two_thirds, request.waiver_reason, request.entry_mode) == (
        False,
        "分散办公，书面投票",
        "ballots",
    )
