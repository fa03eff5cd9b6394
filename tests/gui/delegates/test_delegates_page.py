"""代表管理 page: the roll with filters, a recall, the vacancy, a by-election and its
supplementary list, the status review, bodies with their checks — through the page, with
dialogs answered through their ask() classmethods."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.delegate_dialogs import (
    ByElectionDialog,
    DateDialog,
    DelegateFileDialog,
    RecallDialog,
    StatusEventDialog,
)
from congress_app.gui.models.delegate_roll import COL_STATUS, DelegateRollModel, RollFilter
from congress_app.services.counting import Figures, close_round, open_round, save_figures
from congress_app.services.elections import eligible_staff, nominate
from congress_app.services.roll import roll_on
from congress_app.storage.models import Delegate
from tests.services.delegate_fixtures import published, published_template  # noqa: F401

ON = date(2026, 3, 2)


@pytest.fixture
def errors(monkeypatch):
    import congress_app.gui.pages.elections.common as common

    seen: list[BaseException] = []
    monkeypatch.setattr(common, "report_error", lambda parent, error: seen.append(error))
    return seen


@pytest.fixture
def page(published, qtbot, errors):
    from congress_app.gui.app import make_application
    from congress_app.gui.pages.delegates import DelegatesPage
    from congress_app.gui.state import AppState

    make_application()
    db, term_id = published
    state = AppState(db)
    widget = DelegatesPage(state)
    qtbot.addWidget(widget)
    widget.date_edit.setDate(QDate(ON.year, ON.month, ON.day))
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _wait_idle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.op is None, timeout=10000)


def test_roll_model_and_filters_without_a_window(published) -> None:
    db, term_id = published
    with db.session() as session:
        entries = roll_on(session, term_id, ON)
    model = DelegateRollModel()
    model.set_rows(entries)
    proxy = RollFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == len(entries)
    unit = entries[0].unit
    proxy.set_filters(unit=unit)
    assert proxy.rowCount() == sum(e.unit == unit for e in entries) > 0
    proxy.set_filters(status="recalled")
    assert proxy.rowCount() == 0
    proxy.set_filters(text=entries[3].number)
    assert proxy.rowCount() == 1
    assert model.index(0, COL_STATUS).data() == "在任"


def test_recall_vacancy_by_election_and_supplementary_list_in_the_page(
    page, qtbot, monkeypatch, errors, tmp_path
) -> None:
    roll = page.roll_tab
    assert roll.model.rowCount() > 50
    roll.table.selectRow(0)
    first = roll.current()
    assert first is not None and roll.recall_button.isEnabled()
    # a recall without reason is never sent: the dialog's OK is disabled until there is one
    dialog = RecallDialog(page, first.name, ON)
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("严重违纪")
    assert dialog.ok_button.isEnabled()
    dialog.deleteLater()
    monkeypatch.setattr(RecallDialog, "ask", classmethod(lambda cls, *a: (ON, "严重违纪")))
    roll.recall()
    _wait_idle(qtbot, roll)
    assert errors == []
    assert "已记录罢免" in roll.status.text()
    entry = next(e for e in roll.entries if e.delegate_id == first.delegate_id)
    assert entry.status == "recalled"
    roll.status_combo.setCurrentIndex(roll.status_combo.findData("recalled"))
    assert roll.proxy.rowCount() == 1

    page.tabs.setCurrentIndex(2)
    vac = page.vacancy_tab
    row = next(v for v in vac.vacancies.rows() if v.unit_id == first.unit_id)
    assert row.vacancies == 1 and vac.start_button.isEnabled()
    monkeypatch.setattr(
        ByElectionDialog, "ask", classmethod(lambda cls, parent, units: (units[0][0], units[0][2]))
    )
    vac.start()
    _wait_idle(qtbot, vac)
    assert errors == [] and vac.by_model.rowCount() == 1
    election_id = vac.by_model.rows()[0][0]
    with page.state.db.session() as session:  # the election itself runs on the 代表选举 page
        taken = {d.staff_id for d in session.query(Delegate)}
        nominees = [s.id for s in eligible_staff(session, election_id) if s.id not in taken][:2]
        nominate(
            session, election_id, nominees, actor="t", on=date(2026, 3, 20), confirmed_on=date(2026, 3, 20)
        )
        view = open_round(session, election_id, held_on=date(2026, 3, 20), actor="t")
        ids = [c.candidate_id for c in view.candidates]
        save_figures(
            session,
            view.round_id,
            Figures(view.electorate, view.electorate, 0, {ids[0]: view.electorate - 1, ids[1]: 1}),
            actor="t",
        )
        close_round(session, view.round_id, actor="t")
    monkeypatch.setattr(DateDialog, "ask", classmethod(lambda cls, *a: date(2026, 4, 1)))
    vac.by_view.selectRow(0)
    vac.publish()
    _wait_idle(qtbot, vac)
    assert errors == [] and "已增补公布 1 名代表" in vac.status.text()
    out = tmp_path / "增补.pdf"
    monkeypatch.setattr(DelegateFileDialog, "ask_save", classmethod(lambda cls, *a: out))
    vac.print_list()
    _wait_idle(qtbot, vac)
    assert out.read_bytes().startswith(b"%PDF")

    page.date_edit.setDate(QDate(2026, 4, 1))
    page.tabs.setCurrentIndex(0)
    assert any(e.unit_id == first.unit_id and e.since == date(2026, 4, 1) for e in roll.entries)
    page.tabs.setCurrentIndex(2)
    row = next(v for v in vac.vacancies.rows() if v.unit_id == first.unit_id)
    assert row.vacancies == 0


def test_status_review_and_refusal_shown(page, qtbot, monkeypatch, errors) -> None:
    roll = page.roll_tab
    roll.table.selectRow(1)
    who = roll.current()
    monkeypatch.setattr(
        StatusEventDialog, "ask", classmethod(lambda cls, *a: ("away_end", date(2026, 3, 1), ""))
    )
    roll.record_event()
    _wait_idle(qtbot, roll)
    assert errors and errors[0].code == "no_open_period"
    assert "没有尚未结束的离校" in roll.status.text()
    errors.clear()
    monkeypatch.setattr(
        StatusEventDialog, "ask", classmethod(lambda cls, *a: ("retired", date(2026, 3, 1), "退休"))
    )
    roll.record_event()
    _wait_idle(qtbot, roll)
    assert errors == [] and roll.history.rowCount() == 2
    page.tabs.setCurrentIndex(1)
    review = page.review_tab
    assert review.items.rowCount() == 1 and review.items.rows()[0].name == who.name
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    review.confirm_review()
    _wait_idle(qtbot, review)
    assert errors == [] and review.items.rowCount() == 0 and "已确认 1 名" in review.status.text()


def test_bodies_show_their_checks(page, qtbot, errors) -> None:
    page.tabs.setCurrentIndex(3)
    bodies = page.bodies_tab
    assert bodies.body_list.count() == 0
    bodies.form_delegations()
    _wait_idle(qtbot, bodies)
    assert errors == [] and bodies.body_list.count() >= 2
    bodies.body_list.setCurrentRow(0)
    assert bodies.checks.rowCount() == 3
    texts = [bodies.checks.index(r, 1).data() for r in range(3)]
    assert all(t.startswith("第三十二条") for t in texts)
    assert bodies.checks.index(1, 2).data() == "不符合"  # no head yet (R32.1)
