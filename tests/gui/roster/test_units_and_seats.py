"""The 选举单位 and 名额方案 tabs on the 160-row sample (148 on duty, 6 units)."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest
from PySide6.QtCore import Qt

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.roster_files import RosterFileDialog
from congress_app.gui.dialogs.roster_prompts import UnitNameDialog
from congress_app.gui.dialogs.seat_tie import SeatTieDialog, TieDecision
from congress_app.gui.models.seat_comparison import (
    COL_FIRST_METHOD,
    COL_TEACHING_TARGET,
    DIFFERENCE_BRUSH,
    method_column,
)
from congress_app.gui.models.units_table import COL_MEMBERS, COL_NAME, COL_ON_DUTY
from congress_app.gui.pages.roster.page import SEATS, UNITS
from congress_app.gui.state import AppState
from congress_app.rules.apportionment import apportion
from congress_app.rules.seats import METHODS
from congress_app.services.seats import current_seat_plan, seat_overview
from congress_app.services.units import list_units

from .conftest import import_file, sample_rows, write_csv


@pytest.fixture
def state(small_db) -> AppState:
    state = AppState(small_db)
    state.actor = "王老师"
    return state


def answer(monkeypatch, cls, value) -> list:
    asked = []

    def ask(_cls, *args):
        asked.append(args)
        return value

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return asked


def unit_names(tab) -> list[str]:
    return [tab.model.index(r, COL_NAME).data() for r in range(tab.model.rowCount())]


def test_units_tab_merges_renames_and_splits(state, make_page, monkeypatch, shown_errors) -> None:
    page = make_page(state)
    page.tabs.setCurrentIndex(UNITS)
    tab = page.units_tab
    assert tab.model.rowCount() == 6
    assert sum(int(tab.model.index(r, COL_ON_DUTY).data()) for r in range(6)) == 148
    assert "在岗教职工 148 人" in tab.summary_label.text()
    assert not tab.merge_button.isEnabled()

    tab.select_units(["化工学院", "计算机科学与技术学院"])
    assert tab.merge_button.isEnabled() and not tab.split_button.isEnabled()
    asked = answer(monkeypatch, UnitNameDialog, "化工与计算机联合单位")
    tab.merge_button.click()
    assert "化工学院、计算机科学与技术学院" in asked[0][2]
    assert tab.model.rowCount() == 5
    joint = unit_names(tab).index("化工与计算机联合单位")
    assert tab.model.index(joint, COL_MEMBERS).data() == "化工学院、计算机科学与技术学院"
    with state.db.session() as session:
        merged = {u.name: u.merged_into for u in list_units(session)}
    assert merged["化工学院"] == merged["计算机科学与技术学院"] == "化工与计算机联合单位"
    assert "合并" in page.notice_label.text()

    tab.select_units(["化工与计算机联合单位"])
    assert tab.split_button.isEnabled() and not tab.merge_button.isEnabled()
    answer(monkeypatch, UnitNameDialog, "化工计算机联合单位")
    tab.rename_button.click()
    assert "化工计算机联合单位" in unit_names(tab)

    tab.select_units(["化工计算机联合单位"])
    confirmations = answer(monkeypatch, ConfirmDialog, False)
    tab.split_button.click()
    assert confirmations and tab.model.rowCount() == 5  # declined: nothing changes
    answer(monkeypatch, ConfirmDialog, True)
    tab.split_button.click()
    assert tab.model.rowCount() == 6
    assert "化工计算机联合单位" not in unit_names(tab)
    assert shown_errors == []


def test_units_tab_reports_a_taken_name(state, make_page, monkeypatch, shown_errors) -> None:
    page = make_page(state)
    page.tabs.setCurrentIndex(UNITS)
    page.units_tab.select_units(["化工学院"])
    answer(monkeypatch, UnitNameDialog, "机械工程学院")
    page.units_tab.rename_button.click()
    assert [e.code for e in shown_errors] == ["unit_name_taken"]
    assert "化工学院" in unit_names(page.units_tab)


def test_seat_plan_defaults_compares_and_saves(state, make_page, monkeypatch, qtbot, shown_errors) -> None:
    page = make_page(state)
    page.tabs.setCurrentIndex(SEATS)
    tab = page.seat_tab
    with state.db.session() as session:
        rng = seat_overview(session, date.today()).range
    assert (rng.minimum, rng.maximum, rng.recommended) == (45, 59, 51)  # N = 148 (R13.2/R13.3)
    assert tab.total_spin.value() == 51
    assert (tab.total_spin.minimum(), tab.total_spin.maximum()) == (45, 59)
    assert "N = 148" in tab.band_label.text() and "R13.3" in tab.band_label.text()
    assert "<b>45–59</b>" in tab.band_label.text()
    assert not tab.reason_row.isVisible()

    model = tab.model
    headers = [model.headerData(COL_FIRST_METHOD + i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["最大余额法", "圣拉古法", "洪德法"]
    assert model.rowCount() == 6 + 1  # six units and 合计
    for method in METHODS:
        assert model.index(6, method_column(method)).data() == "51"
    for row in range(6):
        seats = {model.index(row, method_column(m)).data() for m in METHODS}
        background = model.index(row, COL_FIRST_METHOD).data(Qt.ItemDataRole.BackgroundRole)
        assert (background == DIFFERENCE_BRUSH) == (len(seats) > 1)
    assert int(model.index(6, COL_TEACHING_TARGET).data()) >= 31  # R13.5: 10 × t ≥ 6 × 51
    assert "✓" in tab.composition_label.text()
    assert len(tab.chart.items()) == 6

    tab.total_spin.setValue(55)
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("dhondt"))
    assert model.index(6, method_column("dhondt")).data() == "55"
    chart_total = sum(seats for _name, seats in tab.chart.items())
    assert chart_total == 55
    assert not tab.pdf_button.isEnabled()  # nothing saved yet
    confirmations = answer(monkeypatch, ConfirmDialog, True)
    page.activateWindow()
    tab.total_spin.setFocus()
    qtbot.keyClick(tab.total_spin, Qt.Key.Key_Return)  # Enter: the default button, 保存方案
    assert "55" in confirmations[0][2] and "洪德法" in confirmations[0][2]
    with state.db.session() as session:
        plan = current_seat_plan(session)
    assert (plan.total, plan.method, plan.decided_by) == (55, "dhondt", "王老师")
    assert sum(plan.seats_by_unit.values()) == 55
    assert "代表总数 55 名" in tab.plan_label.text() and "王老师" in tab.plan_label.text()
    assert tab.total_spin.value() == 55  # the choice survives the refresh after saving
    assert tab.pdf_button.isEnabled()
    assert shown_errors == []


def test_export_runs_in_the_background(state, make_page, monkeypatch, qtbot, tmp_path) -> None:
    try:
        import congress_app.services.seat_reports as seat_reports
    except ImportError:  # the lead engineer's module may not be there yet
        seat_reports = types.ModuleType("congress_app.services.seat_reports")
        monkeypatch.setitem(sys.modules, "congress_app.services.seat_reports", seat_reports)
        import congress_app.services as services

        monkeypatch.setattr(services, "seat_reports", seat_reports, raising=False)
    calls = []

    def export(session, out, fmt):
        calls.append(fmt)
        out.write_text(fmt, encoding="utf-8")

    monkeypatch.setattr(seat_reports, "export_seat_allocation", export, raising=False)
    page = make_page(state)
    page.tabs.setCurrentIndex(SEATS)
    answer(monkeypatch, ConfirmDialog, True)
    page.seat_tab.save_button.click()
    for fmt in ("pdf", "xlsx"):
        target = tmp_path / f"名额分配表.{fmt}"
        monkeypatch.setattr(
            RosterFileDialog, "ask_export_target", classmethod(lambda cls, parent, f, suggested, t=target: t)
        )
        button = page.seat_tab.pdf_button if fmt == "pdf" else page.seat_tab.xlsx_button
        button.click()
        qtbot.waitUntil(lambda t=target: str(t) in page.notice_label.text(), timeout=10000)
        assert target.read_text(encoding="utf-8") == fmt
    assert calls == ["pdf", "xlsx"]


def test_below_80_staff_suggests_an_assembly_and_needs_a_reason(
    db, make_page, monkeypatch, samples, tmp_path, shown_errors
) -> None:
    import_file(db, write_csv(tmp_path / "小学校.csv", sample_rows(samples)[:60]))
    state = AppState(db)
    page = make_page(state)
    page.tabs.setCurrentIndex(SEATS)
    tab = page.seat_tab
    assert "教职工大会" in tab.band_label.text() and "R13.4" in tab.band_label.text()
    assert tab.reason_row.isVisible()
    assert not tab.save_button.isEnabled()
    tab.reason_edit.setText("筹备组决定召开代表大会")
    assert tab.save_button.isEnabled()
    tab.total_spin.setValue(3)  # fewer seats than the 6 units (RA.1)
    assert tab.warning_label.isVisible() and "合并" in tab.warning_label.text()
    assert not tab.save_button.isEnabled()
    tab.total_spin.setValue(20)
    assert not tab.warning_label.isVisible()
    # RA.1: two units tie for the last seat — shown, and settled by the office on saving
    assert "并列：数学科学学院、机械工程学院 争最后 1 个名额" in tab.composition_label.text()
    answer(monkeypatch, ConfirmDialog, True)
    asked = answer(monkeypatch, SeatTieDialog, TieDecision(["机械工程学院"], "lot", "当众抽签"))
    tab.save_button.click()
    assert asked and (tuple(asked[0][1]), asked[0][2]) == (("数学科学学院", "机械工程学院"), 1)
    with db.session() as session:
        plan = current_seat_plan(session)
    assert (plan.total, plan.manual_reason) == (20, "筹备组决定召开代表大会")
    assert plan.tie_decision["winners"] == ["机械工程学院"] and plan.tie_decision["how"] == "lot"
    staff = {u.name: u.on_duty for u in plan.units}
    assert plan.seats_by_unit == apportion(staff, 20, "hamilton", ["机械工程学院"])
    assert plan.seats_by_unit != apportion(staff, 20, "hamilton", ["数学科学学院"])
    assert shown_errors == []


def test_the_reference_date_is_shared_and_recounts(state, make_page) -> None:
    page = make_page(state)
    page.tabs.setCurrentIndex(SEATS)
    tab = page.seat_tab
    tab.date_edit.setDate(date(2000, 1, 1))
    assert page.units_tab.date_edit.date().toPython() == date(2000, 1, 1)  # one date per page
    with state.db.session() as session:
        n = seat_overview(session, date(2000, 1, 1)).on_duty
    assert f"N = {n}</b>" in tab.band_label.text() and "2000-01-01" in tab.band_label.text()


def test_nobody_on_duty_is_explained_inline(db, make_page, samples, tmp_path) -> None:
    rows = sample_rows(samples)[:10]
    for row in rows:
        row[6], row[7] = "退休", "2020-07-01"
    import_file(db, write_csv(tmp_path / "退休.csv", rows))
    page = make_page(AppState(db))
    page.tabs.setCurrentIndex(SEATS)
    tab = page.seat_tab
    assert tab.stack.currentIndex() == 1  # the roster is there, just nobody on duty
    assert "没有在岗教职工" in tab.band_label.text()
    assert tab.warning_label.isVisible()
    assert not tab.save_button.isEnabled()


def test_a_saved_plan_opens_with_its_own_choices(state, make_page) -> None:
    from congress_app.services.seats import save_seat_plan

    with state.db.session() as session:
        n = seat_overview(session, date(2025, 10, 1)).on_duty
        save_seat_plan(
            session,
            total=50,
            method="sainte-lague",
            actor="王老师",
            reference_date=date(2025, 10, 1),
            youth_age_limit=40,
        )
    page = make_page(state)
    page.tabs.setCurrentIndex(SEATS)
    tab = page.seat_tab
    assert tab.reference_date() == date(2025, 10, 1)
    assert page.units_tab.date_edit.date().toPython() == date(2025, 10, 1)
    assert (tab.total_spin.value(), tab.method(), tab.youth_spin.value()) == (50, "sainte-lague", 40)
    assert f"N = {n}</b>" in tab.band_label.text()
    assert "代表总数 50 名" in tab.plan_label.text() and "尚未保存" not in tab.plan_label.text()
    tab.total_spin.setValue(51)  # a change the office has not saved yet says so
    assert "尚未保存" in tab.plan_label.text()


def test_the_plan_shows_where_the_main_leaders_stand(state, make_page) -> None:
    from congress_app.gui.models.seat_comparison import COL_LEADERS

    page = make_page(state)
    page.tabs.setCurrentIndex(SEATS)
    tab = page.seat_tab
    model = tab.model
    units = [model.index(r, 0).data() for r in range(model.rowCount() - 1)]
    leaders = {units[r]: model.index(r, COL_LEADERS).data() for r in range(len(units))}
    assert leaders["化工学院"] == "1" and leaders["材料科学与工程学院"] == "1"
    assert leaders["计算机科学与技术学院"] == ""
    assert model.index(len(units), COL_LEADERS).data() == "3"  # 合计 (R13.6)
    row = units.index("材料科学与工程学院")
    assert "校长" in model.index(row, COL_LEADERS).data(Qt.ItemDataRole.ToolTipRole)
    text = tab.composition_label.text()
    assert "党委书记在化工学院，校长在材料科学与工程学院，工会主席在电子信息与电气工程学部" in text
    assert "未找到" not in text


def test_units_tab_moves_units_and_resets_to_stroke_order(
    state, make_page, monkeypatch, qtbot, shown_errors
) -> None:
    """Issue 15: 上移 / 下移 (Ctrl+↑ / Ctrl+↓) store the school's order on the database worker;
    恢复按笔画排序 asks first; the list shows the service's order."""
    from congress_app.services.unit_order import unit_places
    from congress_app.strokes import sort_by_surname_strokes

    page = make_page(state)
    page.tabs.setCurrentIndex(UNITS)
    tab = page.units_tab
    names = unit_names(tab)
    assert names == sort_by_surname_strokes(names)
    assert not tab.up_button.isEnabled()

    tab.select_units([names[2]])
    assert tab.up_button.isEnabled() and tab.down_button.isEnabled()
    tab.up_button.click()
    expected = [names[0], names[2], names[1], *names[3:]]
    qtbot.waitUntil(lambda: unit_names(tab) == expected, timeout=5000)
    assert [u.name for u in tab.selected_units()] == [names[2]]  # the moved unit stays selected
    assert "上移" in page.notice_label.text()
    with state.db.session() as session:
        assert [p.name for p in unit_places(session) if p.merged_into is None] == expected
        assert all(p.chosen for p in unit_places(session))

    qtbot.waitUntil(lambda: tab.down_button.isEnabled(), timeout=5000)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: unit_names(tab) == names, timeout=5000)

    asked = answer(monkeypatch, ConfirmDialog, False)
    qtbot.waitUntil(lambda: tab.reset_order_button.isEnabled(), timeout=5000)
    tab.reset_order_button.click()
    assert asked and "笔画" in asked[0][1]
    with state.db.session() as session:
        assert all(p.chosen for p in unit_places(session))  # declined: nothing changed
    answer(monkeypatch, ConfirmDialog, True)
    tab.reset_order_button.click()
    qtbot.waitUntil(lambda: "笔画" in page.notice_label.text(), timeout=5000)
    with state.db.session() as session:
        assert not any(p.chosen for p in unit_places(session))
    assert unit_names(tab) == names
    assert shown_errors == []
