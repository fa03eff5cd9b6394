"""Screenshots of the roster page in the main window with the 2,400-row university sample
(written to /tmp/shots, never committed): look at them for cramped, cut-off or boxed text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from congress_app.gui.app import make_application
from congress_app.gui.dialogs.roster_import import RosterPreviewDialog, RosterProblemsDialog
from congress_app.gui.dialogs.roster_staff_detail import StaffDetailDialog
from congress_app.gui.main_window import MainWindow
from congress_app.gui.state import AppState
from congress_app.roster_file import read_roster
from congress_app.services.roster import preview_roster
from congress_app.services.seats import save_seat_plan
from congress_app.services.staff import list_staff, staff_detail
from congress_app.services.units import list_units, merge_units

from .conftest import import_file, sample_rows, write_csv

SHOTS = Path("/tmp/shots")


def save(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    QApplication.processEvents()  # let pending layouts settle before painting
    image = widget.grab()
    assert not image.isNull() and image.width() >= 300
    assert image.save(str(path))
    return path


def test_roster_page_screenshots_with_the_university_sample(
    db, samples, qtbot, tmp_path, shown_errors
) -> None:
    make_application()
    state = AppState(db)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("roster")
    save(window, "roster_empty")
    assert page.staff_tab.stack.currentIndex() == 0

    import_file(db, samples / "roster-university.xlsx")
    with db.session() as session:
        ids = {u.name: u.unit_id for u in list_units(session)}
        merge_units(session, [ids["附属学校"], ids["继续教育学院"]], "附属学校与继续教育学院", actor="tester")
        save_seat_plan(
            session,
            total=199,
            method="hamilton",
            actor="tester",  # a 3-way tie
            tie_winners=["数学科学学院"],
            tie_how="lot",
            tie_note="当众抽签",
        )
    state.data_changed.emit()
    assert page.staff_tab.model.rowCount() == 2400
    assert page.staff_tab.count_label.text() == "显示 2400 / 共 2400 人"
    for index, name in enumerate(("staff", "units", "seats")):
        page.tabs.setCurrentIndex(index)
        save(window, f"roster_{name}")
    assert page.units_tab.model.rowCount() == 23  # 24 units, two merged into one
    assert page.seat_tab.model.rowCount() == 23 + 1
    assert "代表总数 199 名" in page.seat_tab.plan_label.text()

    page.tabs.setCurrentIndex(0)
    page.staff_tab.search_edit.setText("王")
    save(window, "roster_staff_search")

    roster = read_roster(samples / "roster-university.xlsx")
    with db.session() as session:
        preview = preview_roster(session, roster)
        first = list_staff(session)[0]
        detail = staff_detail(session, first.staff_id)
    dialog = RosterPreviewDialog(window, "roster-university.xlsx", preview)
    dialog.show()
    save(dialog, "roster_dialog_preview")
    rows = sample_rows(samples)[:30]
    rows[2][2], rows[4][3], rows[6][0], rows[8][6] = "M", "1980-13-01", rows[5][0], "在职"
    bad = write_csv(tmp_path / "坏名册.csv", rows)
    problems = RosterProblemsDialog(window, bad.name, read_roster(bad).problems)
    problems.show()
    save(problems, "roster_dialog_problems")
    details = StaffDetailDialog(window, detail)
    details.show()
    save(details, "roster_dialog_detail")
    assert shown_errors == []
