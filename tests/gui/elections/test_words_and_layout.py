"""What the elections page says: the list's state after a round opens, an invalid count
explained in words on the field itself, a long list of failed checks that scrolls, and unit
names that keep their width whatever the state column says."""

from __future__ import annotations

from congress_app.gui.dialogs.election_approval import ApproveCredentialsDialog
from congress_app.gui.models.election_units import COL_STATE, COL_UNIT
from congress_app.services import elections as el
from tests.gui.elections.helpers import nominate, open_round, type_count, yes_spin

UNIT = "化工学院"


def _state_text(page, unit: str) -> str:
    model = page.overview.model
    row = next(i for i, r in enumerate(model.rows()) if r.unit == unit)
    return model.index(row, COL_STATE).data()


def test_the_list_says_a_round_is_under_way_once_it_opens(qtbot, page, answer, errors) -> None:
    nominate(page, answer, UNIT)
    assert _state_text(page, UNIT) == "可以开始投票"
    open_round(page, answer)
    assert _state_text(page, UNIT) == "第1轮投票中"
    assert not errors


def test_an_invalid_count_says_why_on_the_field(qtbot, page, answer, errors) -> None:
    names = nominate(page, answer, UNIT)
    open_round(page, answer)
    totals = page.detail.round.totals
    type_count(qtbot, totals.issued, 9)
    type_count(qtbot, totals.returned, 9)
    spin = yes_spin(totals, names[0])
    type_count(qtbot, spin, 12)
    assert "多于有效票 9 张" in spin.toolTip() and spin.toolTip() == spin.accessibleDescription()
    assert "color: #1d2b3a" in spin.styleSheet()  # the number stays legible in the red frame
    type_count(qtbot, spin, 5)
    assert spin.toolTip() == "" and spin.styleSheet() == ""


def test_the_failed_checks_scroll_in_the_approval_dialog(qtbot) -> None:
    failures = [f"第{i}项：教学人员代表不足（第十三条）" for i in range(1, 41)]
    dialog = ApproveCredentialsDialog(None, delegates=50, failures=failures)
    qtbot.addWidget(dialog)
    dialog.resize(560, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.problems.count() == 40
    assert dialog.problems.maximumHeight() <= 220
    assert dialog.problems.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert dialog.sizeHint().height() < 700


def test_unit_names_keep_their_width_beside_a_long_state(qtbot, page, answer, errors) -> None:
    from dataclasses import replace

    rows = [replace(r, state=el.STATE_REPEAT) for r in page.overview.model.rows()]
    page.overview.set_rows(rows)
    page.resize(1024, 700)
    qtbot.wait(10)
    view = page.overview.view
    widest = max(view.fontMetrics().horizontalAdvance(r.unit) for r in rows)
    assert view.columnWidth(COL_UNIT) >= widest
