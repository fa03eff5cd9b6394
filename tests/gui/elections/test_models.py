"""The table models on their own (no window): state labels, ballot order, outcomes,
mismatches and the credentials explanations."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from congress_app.gui.models.election_candidates import (
    ElectionCandidatesModel,
    EligibleStaffModel,
    StaffChoice,
)
from congress_app.gui.models.election_credentials import (
    CredentialChecksModel,
    DelegateEligibilityModel,
    UnitProcedureModel,
)
from congress_app.gui.models.election_rounds import BallotMismatchModel, RoundResultsModel
from congress_app.gui.models.election_units import (
    COL_ELECTED,
    COL_STATE,
    COL_UNIT,
    ElectionUnitsModel,
    progress_of,
)
from congress_app.services import elections as el
from congress_app.services.counting import BallotDifference, RoundCandidateView
from congress_app.services.credentials import CheckView, CredentialsView, DelegateCheck, ProcedureView
from congress_app.services.elections import CandidateInfo, UnitElectionState

STATES = {
    el.STATE_CANDIDATES: "提名候选人",
    el.STATE_READY: "可以开始投票",
    el.STATE_BALLOTS_PRINTED: "选票已打印",
    el.STATE_COUNTING: "计票中",
    el.STATE_RUNOFF: "需另行选举（票数相同）",
    el.STATE_FURTHER: "可进行另行选举（有缺额）",
    el.STATE_REPEAT: "本轮无效，需重新选举",
    el.STATE_ELECTED: "已选出",
}


def _text(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_units_model_words_every_state_and_sums_progress(qapp) -> None:
    rows = [
        UnitElectionState(i, i, f"单位{i}", 4, 6, 1, 4 if s == el.STATE_ELECTED else 2, s, None)
        for i, s in enumerate(STATES, start=1)
    ]
    model = ElectionUnitsModel()
    model.set_rows(rows)
    assert model.rowCount() == 8 and model.columnCount() == 4
    assert [_text(model, r, COL_STATE) for r in range(8)] == list(STATES.values())
    assert _text(model, 0, COL_UNIT) == "单位1"
    assert _text(model, 7, COL_ELECTED) == "4 / 4"
    assert model.headerData(COL_STATE, Qt.Orientation.Horizontal) == "进展"
    elected = model.data(model.index(7, COL_STATE), Qt.ItemDataRole.ForegroundRole)
    repeat = model.data(model.index(6, COL_STATE), Qt.ItemDataRole.ForegroundRole)
    assert elected.name() == "#1b7f3b" and repeat.name() == "#c8102e"
    assert model.row_of(3) == 2
    progress = progress_of(rows)
    assert (progress.units, progress.done, progress.seats, progress.elected) == (8, 1, 32, 18)


def test_candidates_model_numbers_the_ballot_order(qapp) -> None:
    rows = [
        CandidateInfo(11, 1, "100001", "王芳", "女", "教学", 2),
        CandidateInfo(12, 2, "100002", "丁一", "男", "管理", 1),
    ]
    model = ElectionCandidatesModel()
    model.set_rows(rows)
    assert [(_text(model, r, 0), _text(model, r, 1)) for r in range(2)] == [("1", "王芳"), ("2", "丁一")]
    assert model.candidate_id(1) == 12 and model.names() == ["王芳", "丁一"]


def test_picker_model_greys_out_people_already_nominated(qapp) -> None:
    model = EligibleStaffModel()
    model.set_rows(
        [
            StaffChoice(1, "100001", "王芳", "女", "教学", True),
            StaffChoice(2, "100002", "丁一", "男", "管理", False),
        ]
    )
    assert _text(model, 0, 6) == "已是候选人" and _text(model, 1, 6) == ""
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsSelectable


def test_results_and_mismatch_models(qapp) -> None:
    results = RoundResultsModel()
    results.set_rows(
        [
            RoundCandidateView(1, "甲", 8, "elected"),
            RoundCandidateView(2, "乙", 5, "runoff"),
            RoundCandidateView(3, "丙", 2, "not_elected"),
        ],
        threshold=5,
    )
    assert [[_text(results, r, c) for c in range(4)] for r in range(3)] == [
        ["甲", "8", "是", "当选"],
        ["乙", "5", "是", "进入另行选举"],
        ["丙", "2", "否", "未当选"],
    ]
    mismatches = BallotMismatchModel()
    mismatches.set_rows(
        [
            BallotDifference(3, (1, 2), (1,)),
            BallotDifference(4, (), None),
            BallotDifference(5, (1,), (1,), False, True),
        ],
        {1: "甲", 2: "乙"},
    )
    assert [[_text(mismatches, r, c) for c in range(3)] for r in range(3)] == [
        ["3", "甲、乙", "甲"],
        ["4", "（空白，未勾选）", "（未录入）"],
        ["5", "甲", "废票"],
    ]


def credentials_view(published_on=None) -> CredentialsView:
    checks = (
        CheckView("teaching", "R13.5", 52, 54, False, True),
        CheckView("women", "R13.5", 30, 36, False, False),
        CheckView("youth", "R13.5", 20, 18, True, False),
        CheckView("leaders", "R13.6", 2, 3, False, True, ("校长",)),
    )
    delegates = tuple(DelegateCheck(i, 1, "化工学院", f"代表{i}", "女", "教学", True, ()) for i in range(89))
    delegates += (DelegateCheck(99, 2, "数学科学学院", "李退", "男", "管理", False, ("not_on_duty",)),)
    procedures = (
        ProcedureView("化工学院", 4, 4, True, ()),
        ProcedureView("数学科学学院", 5, 3, False, ("runoff_pending", "seats_unfilled")),
    )
    return CredentialsView(
        1, 9, date(2026, 11, 1), 300, 180, 120, 60, 90, checks, delegates, procedures, published_on
    )


def test_credentials_models_explain_each_check_in_plain_chinese(qapp) -> None:
    view = credentials_view()
    checks = CredentialChecksModel()
    checks.set_view(view)
    rows = checks.rows()
    assert [r[4] for r in rows] == ["未通过", "未达到（提示）", "通过", "未通过"]
    assert rows[0][5] == "教学人员代表 52 名，占 57.8%，低于 60%（须至少 54 名；R13.5，第十三条）。"
    assert "女代表 30 名" in rows[1][5] and "在岗教职工中占 40%" in rows[1][5] and "少 6 名" in rows[1][5]
    assert "校长" in rows[3][5] and "R13.6" in rows[3][5]
    assert len(checks.failed_texts()) == 3
    delegates = DelegateEligibilityModel()
    delegates.set_rows(view.delegates)
    assert delegates.rows()[-1][4:] == ("不符合", "非在岗教职工（R12.1）")
    procedures = UnitProcedureModel()
    procedures.set_rows(view.procedures)
    assert procedures.rows()[1][3:] == (
        "未完成",
        "得票相同，须另行选举（R14.4）；有缺额，可另行选举或日后补选（R14.5、R19.1）",
    )


def test_units_sort_in_the_order_the_service_gives(qapp) -> None:
    """Issue 15: the unit column sorts in the one order of units (the school's choice, else
    stroke order) that election_overview already gives, not by code point."""
    from PySide6.QtCore import QSortFilterProxyModel

    from congress_app.gui.models.election_units import SORT_ROLE

    names = ["数学科学学院", "人文学院", "机械工程学院", "化工学院"]  # as the school chose
    rows = [
        UnitElectionState(i, i, name, 4, 6, 1, 2, el.STATE_READY, None)
        for i, name in enumerate(names, start=1)
    ]
    model = ElectionUnitsModel()
    model.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(COL_ELECTED, Qt.SortOrder.AscendingOrder)
    proxy.sort(COL_UNIT, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_UNIT).data() for r in range(4)] == names
    proxy.sort(COL_ELECTED, Qt.SortOrder.AscendingOrder)
    assert proxy.rowCount() == 4
