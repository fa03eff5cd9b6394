"""One unit from nomination to elected through the page's own widgets (dialogs answered
through ask()): a tie at the last seat → runoff → elected; a round with too few votes →
further round; a void round; ballots and the results sheet printed in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from congress_app.gui.dialogs.election_files import ElectionFileDialog
from congress_app.gui.dialogs.election_round import PrintBallotsDialog, PrintRequest
from congress_app.gui.pages.elections.detail import TAB_RESULTS, TAB_ROUND
from congress_app.services import elections as el
from tests.gui.elections.helpers import (
    close_round,
    nominate,
    open_round,
    shoot,
    type_count,
    type_figures,
    yes_note,
    yes_spin,
)

UNIT = "化工学院"  # 4 seats, 9 on-duty staff (E = 9, threshold 5)


def unit_row(page, name):
    return next(r for r in page.overview.model.rows() if r.unit == name)


def test_prepare_elections_from_the_call_to_action(qtbot, planned_db, errors, shots) -> None:
    from tests.gui.elections.conftest import make_page

    page = make_page(qtbot, planned_db)
    assert page.stack.currentWidget() is page.no_elections
    assert page.prepare_button.text() == "按名额方案建立各单位选举"
    page.prepare_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.tabs, timeout=10000)
    rows = page.overview.model.rows()
    assert len(rows) == 6 and {r.state for r in rows} == {el.STATE_CANDIDATES}
    assert "已建立 6 个单位" in page.notice.text() or "6 个单位的选举" in page.notice.text()
    assert page.overview.progress_label.text() == "已完成 0 / 6 个单位；已选出代表 0 / 51 名"
    first_shown = page.overview.proxy.index(0, 0).data()  # the table's first row is selected
    assert page.overview.current().unit == first_shown
    assert page.detail.unit_label.text().startswith(first_shown)
    assert not errors


def test_a_new_office_opens_the_term_here_then_prepares_the_elections(
    qtbot, db, samples, answer, errors, shots
) -> None:
    from datetime import date

    from congress_app.gui.dialogs.new_term import NewTermDialog, TermRequest
    from congress_app.roster_file import read_roster
    from congress_app.services.roster import import_roster
    from congress_app.services.seats import save_seat_plan, seat_overview
    from congress_app.services.terms import list_terms
    from tests.gui.elections.conftest import REF, make_page

    with db.session() as session:  # roster and seat plan done, no term yet
        import_roster(
            session,
            read_roster(samples / "roster-small.csv", today=date(2026, 11, 23)),
            file_name="roster-small.csv",
            actor="t",
            effective_on=date(2026, 10, 1),
        )
        save_seat_plan(
            session, total=seat_overview(session, REF).range.recommended, actor="t", reference_date=REF
        )
    page = make_page(qtbot, db)
    assert page.stack.currentWidget() is page.no_terms
    shoot(page, shots / "elections_no_term.png")
    asked = answer(NewTermDialog, TermRequest(9, date(2026, 12, 1), 5))
    page.first_term_button.click()
    assert asked[0][1] == {"number": 1}  # the next number is offered
    assert page.stack.currentWidget() is page.no_elections
    assert page.term_label() == "第9届（2026-12-01 起，5 年）"
    assert "已建立第9届教代会" in page.notice.text()
    with db.session() as session:
        assert [(t.number, t.starts_on, t.years) for t in list_terms(session)] == [(9, date(2026, 12, 1), 5)]
    page.prepare_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.tabs, timeout=10000)
    assert len(page.overview.model.rows()) == 6

    answer(NewTermDialog, TermRequest(9, date(2027, 1, 1), 5))  # the same number again
    page.new_term_button.click()
    assert [e.code for e in errors] == ["term_exists"]
    with db.session() as session:
        assert len(list_terms(session)) == 1


def test_the_term_dialog_defaults_to_five_years_and_allows_others(qtbot) -> None:
    from congress_app.gui.dialogs.new_term import NewTermDialog

    dialog = NewTermDialog(None, number=10)
    qtbot.addWidget(dialog)
    # R23.1: outside 三至五年 the service warns, it does not refuse
    assert (dialog.years_spin.minimum(), dialog.years_spin.maximum()) == (1, 10)
    assert dialog.request().number == 10 and dialog.request().years == 5


def test_one_unit_from_candidates_through_a_tie_to_elected(qtbot, page, answer, errors, shots) -> None:
    names = nominate(page, answer, UNIT)
    detail = page.detail
    assert len(names) == 6
    assert detail.candidates.hint.text().startswith("候选人 6 人，应选 4 名：须多于 4 人（差额，R14.1）")
    assert unit_row(page, UNIT).state == el.STATE_READY
    # ballot order: as entered, then back to strokes
    assert detail.candidates.strokes_radio.isChecked()
    detail.candidates.entered_radio.click()
    assert detail.data.order == "entered" and detail.candidates.entered_radio.isChecked()
    entered = detail.candidates.model.rows()
    assert [c.position for c in entered] == [1, 2, 3, 4, 5, 6]
    assert sorted(c.name for c in entered) == sorted(names)
    names = [c.name for c in entered]
    first = open_round(page, answer)
    assert first.number == 1 and first.electorate == 9 and first.threshold == 5
    assert detail.tabs.currentIndex() == TAB_ROUND
    totals = detail.round.totals
    assert detail.round.stack.currentWidget() is totals
    # keyboard: Enter moves to the next field
    type_count(qtbot, totals.issued, 9)
    assert totals.returned.hasFocus()
    a, b, c, d, e, f = names
    type_figures(qtbot, totals, 9, 9, 0, {a: 8, b: 7, c: 6, d: 5, e: 5, f: 10})
    # an impossible count: more yes votes than valid ballots, named in red beside the field
    assert f in yes_note(totals, f) and "多于有效票 9 张" in yes_note(totals, f)
    assert any(f in p for p in totals.problems())
    assert "有效票 = 收回 9 − 无效 0 = <b>9</b>" in totals.summary.text()
    assert "当选须得票 ≥ <b>5</b>" in totals.summary.text()
    detail.round.close_button.click()  # refused on the screen while a count is impossible
    assert "不能结束本轮" in detail.round.status.text()
    type_count(qtbot, yes_spin(totals, f), 1)
    assert totals.problems() == []
    assert "过全体半数" in yes_note(totals, a) and yes_note(totals, f) == ""
    shoot(page, shots / "elections_counting.png")
    yes_spin(totals, a).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # saved off the GUI thread
    qtbot.waitUntil(lambda: totals.state_label.text() == "已保存。", timeout=10000)
    assert totals.state_label.text() == "已保存。" and not totals.dirty
    assert unit_row(page, UNIT).state == el.STATE_COUNTING
    close_round(page, answer)
    row = unit_row(page, UNIT)
    assert (row.state, row.elected) == (el.STATE_RUNOFF, 3)
    assert detail.tabs.currentIndex() == TAB_RESULTS
    results = detail.results
    assert [(r[0], r[3]) for r in ([c.name, c.yes, "", c.outcome] for c in results.model.rows())] == [
        (a, "elected"),
        (b, "elected"),
        (c, "elected"),
        *sorted([(d, "runoff"), (e, "runoff")]),
        (f, "not_elected"),
    ]
    assert f"{'、'.join(sorted([d, e]))} 得票相同" in results.verdict.text() or (
        d in results.verdict.text() and e in results.verdict.text() and "R14.4" in results.verdict.text()
    )
    assert results.chart.values()["elected"][:3] == [8.0, 7.0, 6.0]
    assert results.chart.threshold_line is not None
    assert results.chart.threshold_line.at(0).x() == 5
    assert results.next_button.isVisible() and results.next_button.text() == "另行选举（第2轮）…"
    shoot(page, shots / "elections_results.png")
    # the runoff between the tied two, for the one seat left
    runoff = open_round(page, answer)
    assert (runoff.number, runoff.kind, runoff.seats) == (2, "runoff", 1)
    assert sorted(c.name for c in runoff.candidates) == sorted([d, e])
    totals = detail.round.totals
    type_figures(qtbot, totals, 9, 8, 1, {d: 6, e: 1})
    assert totals.problems() == []
    close_round(page, answer)
    row = unit_row(page, UNIT)
    assert (row.state, row.elected, row.rounds) == (el.STATE_ELECTED, 4, 2)
    assert results.model.rows()[0].name == d and results.model.rows()[0].outcome == "elected"
    assert page.overview.progress_label.text().startswith("已完成 1 / 6 个单位；已选出代表 4 / 51 名")
    assert detail.next_button.isHidden()
    assert results.round_combo.count() == 2
    assert not errors


def test_an_unfilled_seat_offers_a_further_round(qtbot, page, answer, errors) -> None:
    names = nominate(page, answer, "数学科学学院")  # 5 seats, E = 14, threshold 8
    open_round(page, answer)
    totals = page.detail.round.totals
    votes = dict(zip(names, [12, 11, 10, 9, 3, 2, 1], strict=True))
    type_figures(qtbot, totals, 14, 13, 0, votes)
    assert totals.problems() == []
    close_round(page, answer)
    row = unit_row(page, "数学科学学院")
    assert (row.state, row.elected) == (el.STATE_FURTHER, 4)
    results = page.detail.results
    assert "缺额 1 名" in results.verdict.text() and "R14.5" in results.verdict.text()
    assert page.detail.next_button.text() == "另行选举（第2轮）…"
    further = open_round(page, answer)
    assert (further.kind, further.seats) == ("further", 1)
    assert sorted(c.name for c in further.candidates) == sorted(names[4:])
    assert not errors


def test_a_void_round_is_explained_and_repeated(qtbot, page, answer, errors) -> None:
    names = nominate(page, answer, "计算机科学与技术学院")  # 3 seats, E = 8
    open_round(page, answer)
    totals = page.detail.round.totals
    type_figures(qtbot, totals, 6, 7, 0, dict(zip(names, [7, 6, 5, 1, 0], strict=True)))
    assert "本轮选举将无效" in totals.field_notes["returned"].text()
    close_round(page, answer)
    assert unit_row(page, "计算机科学与技术学院").state == el.STATE_REPEAT
    verdict = page.detail.results.verdict.text()
    assert "收回选票 7 张，多于发出的 6 张（R14.2" in verdict
    assert page.detail.next_button.text() == "重新选举（第2轮）…"
    assert not errors


def test_ballots_and_result_sheet_are_written_in_the_background(
    qtbot, page, answer, errors, tmp_path
) -> None:
    names = nominate(page, answer, UNIT)
    open_round(page, answer)
    answer(PrintBallotsDialog, lambda parent, unit, electorate: PrintRequest(electorate, 1))
    answer(ElectionFileDialog, tmp_path / "ballots.pdf", name="ask_ballots")
    page.detail.round.print_button.click()
    qtbot.waitUntil(lambda: "已生成选票 9 张" in page.detail.round.status.text(), timeout=20000)
    assert (tmp_path / "ballots.pdf").stat().st_size > 1000
    assert unit_row(page, UNIT).state == el.STATE_BALLOTS_PRINTED
    type_figures(qtbot, page.detail.round.totals, 9, 9, 0, dict(zip(names, [9, 8, 7, 6, 2, 1], strict=True)))
    close_round(page, answer)
    assert unit_row(page, UNIT).state == el.STATE_ELECTED
    answer(ElectionFileDialog, tmp_path / "sheet.pdf", name="ask_result_sheet")
    page.detail.results.print_button.click()
    qtbot.waitUntil(lambda: "已生成选举结果报告单" in page.detail.results.status.text(), timeout=20000)
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert not errors


def test_withdraw_updates_the_hint_and_voting_locks_the_list(qtbot, page, answer, errors) -> None:
    from congress_app.gui.dialogs.confirm import ConfirmDialog

    names = nominate(page, answer, UNIT, extra=1)  # 5 for 4 seats
    panel = page.detail.candidates
    panel.view.selectRow(0)
    asked = answer(ConfirmDialog, True)
    panel.withdraw_button.click()
    assert names[0] in asked[0][0][2]  # the question names who is withdrawn
    assert panel.model.names() == names[1:]
    assert panel.hint.text().startswith("候选人 4 人，应选 4 名") and "还需至少 1 人" in panel.hint.text()
    assert unit_row(page, UNIT).state == el.STATE_CANDIDATES
    assert page.detail.next_button.text() == "添加候选人…"
    nominate(page, answer, UNIT, extra=2)  # people already nominated are skipped by the service
    assert len(panel.model.rows()) == 6
    open_round(page, answer)
    assert not panel.add_button.isEnabled() and not panel.withdraw_button.isEnabled()
    assert not panel.entered_radio.isEnabled() and "不能再改动" in panel.locked_label.text()
    assert not errors
