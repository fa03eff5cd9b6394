"""Steps shared by the flow tests: nominate, open a round, type figures like a teller."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.election_candidates import CandidatePickerDialog
from congress_app.gui.dialogs.election_round import OpenRoundDialog, RoundRequest
from tests.gui.elections.conftest import HELD_ON


def shoot(widget, path) -> None:
    """Lay out what changed (no waiting), then save a screenshot."""
    QApplication.processEvents()
    widget.grab().save(str(path))


def nominate(page, answer, unit: str, extra: int = 2) -> list[str]:
    """Select ``unit`` and nominate seats + ``extra`` of its eligible staff through the picker."""
    page.select_unit(unit)
    detail = page.detail
    seats = detail.data.row.seats
    answer(
        CandidatePickerDialog, lambda parent, unit, choices: [c.staff_id for c in choices][: seats + extra]
    )
    assert detail.next_button.text() == "添加候选人…"
    detail.next_button.click()
    confirm_all(page)
    return [c.name for c in detail.data.candidates]


def confirm_all(page) -> None:
    """R12.1: the office records the three facts for every candidate through the panel."""
    from congress_app.gui.dialogs.candidate_confirmation import (
        CandidateConfirmationDialog,
        Confirmation,
    )

    panel = page.detail.candidates
    original = CandidateConfirmationDialog.ask
    CandidateConfirmationDialog.ask = classmethod(
        lambda cls, parent, names: Confirmation(True, True, True, HELD_ON)
    )
    try:
        panel.confirm_button.click()
    finally:
        CandidateConfirmationDialog.ask = original


def open_round(page, answer, *, mode: str = "totals", two_thirds: bool = True, reason: str = ""):
    calls = answer(OpenRoundDialog, RoundRequest(HELD_ON, two_thirds, reason, mode))
    page.detail.next_button.click()
    assert calls, "the round dialog was not asked"
    return page.detail.data.open_round


def type_count(qtbot, spin, value: int) -> None:
    """Focus a count field, type the number, press Enter (moves to the next field)."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def type_figures(qtbot, totals, issued: int, returned: int, invalid: int, yes: dict[str, int]) -> None:
    for spin, value in ((totals.issued, issued), (totals.returned, returned), (totals.invalid, invalid)):
        type_count(qtbot, spin, value)
    by_name = {totals.names[cid]: spin for cid, spin in totals.yes.items()}
    for name, value in yes.items():
        type_count(qtbot, by_name[name], value)


def yes_spin(totals, name: str):
    return next(spin for cid, spin in totals.yes.items() if totals.names[cid] == name)


def yes_note(totals, name: str) -> str:
    return next(totals.yes_notes[cid].text() for cid in totals.yes if totals.names[cid] == name)


def close_round(page, answer, confirm: bool = True):
    calls = answer(ConfirmDialog, confirm)
    page.detail.round.close_button.click()
    return calls
