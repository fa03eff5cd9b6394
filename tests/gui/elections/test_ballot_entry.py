"""Paper-by-paper double entry: two clerks type five papers with the number keys, one
paper differs → closing is refused and the paper is listed; re-entered → the round closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from congress_app.services import elections as el
from tests.gui.elections.helpers import close_round, nominate, open_round, shoot, type_count

UNIT = "计算机科学与技术学院"  # 3 seats, E = 8, threshold 5
PAPERS = {1: [0, 1, 2], 2: [0, 1, 2], 3: [0, 1, 3], 4: [0, 1, 2], 5: [0, 1, 4]}  # box indexes
DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]


def enter_paper(qtbot, entry, boxes: list[int], *, spoilt: bool = False) -> None:
    entry.pad.setFocus()
    for index in boxes:
        qtbot.keyClick(entry.pad, DIGITS[index])
    if spoilt:
        qtbot.keyClick(entry.pad, Qt.Key.Key_Asterisk)
    qtbot.keyClick(entry.pad, Qt.Key.Key_Return)


def test_two_clerks_a_mismatch_refuses_closing_until_fixed(qtbot, page, answer, errors, shots) -> None:
    nominate(page, answer, UNIT)
    current = open_round(page, answer, mode="ballots", two_thirds=False, reason="演练：小范围投票")
    assert current.entry_mode == "ballots" and not current.require_two_thirds
    round_panel = page.detail.round
    entry = round_panel.ballots
    assert round_panel.stack.currentWidget() is entry
    assert "不适用三分之二规定，理由：演练：小范围投票" in round_panel.facts.text()
    assert entry.issued.value() == 8  # defaults to the electorate
    entry.issued.setValue(5)
    entry.issued_button.click()
    assert "发出选票 5 张已保存" in entry.entry_status.text()
    names = [box.text().split()[-1] for box in entry.pad.boxes]
    assert len(names) == 5 and entry.pad.boxes[0].text().startswith("1")
    # clerk 1 types the five papers: serial moves on by itself
    assert entry.serial.value() == 1
    for serial, boxes in PAPERS.items():
        assert entry.serial.value() == serial
        enter_paper(qtbot, entry, boxes)
    assert "录入员1 已录 5 张" in entry.tally.text()
    model = page.overview.model
    assert model.at(model.row_of(current.election_id)).state == el.STATE_COUNTING
    # clerk 2 (a different operator): paper 3 read differently (candidate 4 missed)
    first_clerk = page.state.actor
    page.state.actor = first_clerk + "（二）"
    entry.clerk2.click()
    assert entry.serial.value() == 1
    type_count(qtbot, entry.serial, 1)  # the serial field: Enter goes on to the marks
    assert entry.pad.hasFocus()
    for serial, boxes in PAPERS.items():
        enter_paper(qtbot, entry, boxes if serial != 3 else [0, 1])
    assert "两人一致 4 张，不一致 1 张" in entry.tally.text()
    assert [d.serial for d in entry.mismatches.rows()] == [3]
    row = [entry.mismatches.data(entry.mismatches.index(0, c)) for c in range(3)]
    assert row == ["3", "、".join(names[i] for i in PAPERS[3]), "、".join(names[:2])]
    close_round(page, answer)
    assert [e.code for e in errors] == ["ballot_mismatches"]
    assert "两位录入员有 1 张选票录入不一致（编号 3）" in round_panel.status.text()
    assert page.detail.data.open_round is not None
    shoot(page, shots / "elections_ballots.png")
    # clerk 2 re-enters paper 3 from the list, then carries on where they were
    entry.edit_serial(3)
    assert entry.serial.value() == 3 and entry.pad.marks() == entry.pad.candidate_ids()[:2]
    qtbot.keyClick(entry.pad, Qt.Key.Key_4)
    qtbot.keyClick(entry.pad, Qt.Key.Key_Return)
    assert entry.comparison.clean and entry.serial.value() == 6
    close_round(page, answer)
    assert len(errors) == 1
    view = page.detail.data.last_closed
    assert (view.issued, view.returned, view.invalid) == (5, 5, 0)
    assert sorted(view.elected) == sorted(names[:2])  # 5 yes each ≥ 5 (more than half of 8)
    assert page.detail.data.row.state == el.STATE_FURTHER


def test_a_spoilt_paper_and_too_many_marks_count_as_invalid(qtbot, page, answer, errors) -> None:
    nominate(page, answer, UNIT)
    open_round(page, answer, mode="ballots", two_thirds=False, reason="演练")
    entry = page.detail.round.ballots
    entry.issued.setValue(3)
    entry.issued_button.click()
    for clerk, operator in ((entry.clerk1, "张一"), (entry.clerk2, "李二")):
        page.state.actor = operator  # double entry: two different operators
        clerk.click()
        enter_paper(qtbot, entry, [0])
        enter_paper(qtbot, entry, [], spoilt=True)
        enter_paper(qtbot, entry, [0, 1, 2, 3])  # four marks for three seats: invalid (R14.2)
    assert "两人一致 3 张" in entry.tally.text()
    close_round(page, answer)
    view = page.detail.data.last_closed
    assert (view.returned, view.invalid) == (3, 2)
    assert not errors


def test_one_operator_cannot_be_both_clerks(qtbot, page, answer, errors) -> None:
    nominate(page, answer, UNIT)
    open_round(page, answer, mode="ballots", two_thirds=False, reason="演练")
    entry = page.detail.round.ballots
    entry.issued.setValue(3)
    entry.issued_button.click()
    page.state.actor = "张一"
    entry.clerk1.click()
    enter_paper(qtbot, entry, [0])
    entry.clerk2.click()
    enter_paper(qtbot, entry, [0])
    assert "双人录入须由两位不同的录入员完成" in entry.entry_status.text()
    assert "张一" in entry.entry_status.text()
    assert "录入员2 已录" not in entry.tally.text() or "录入员2 已录 0 张" in entry.tally.text()
