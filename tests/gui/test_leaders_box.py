"""设置 · 党政工主要负责人: exact titles and a dated holder or vacancy, recorded through the
services; deputies never shown as holders."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from congress_app.gui.state import AppState
from congress_app.gui.widgets.leaders_box import LeadersBox
from congress_app.roster_file import read_roster
from congress_app.services.leaders import leader_holders_on
from congress_app.services.roster import import_roster
from tests.gui.conftest import SHOTS
from tests.services.roster_helpers import write_csv


def _roster(db, tmp_path) -> None:
    rows = [
        [f"{i:06d}", f"员工{i}", "男", "1980-01-01", "甲学院", "教学", "在岗", "", ""] for i in range(1, 11)
    ]
    rows[0][8], rows[1][8] = "副校长", "党委书记"
    roster = read_roster(write_csv(tmp_path / "r.csv", rows), today=date(2026, 1, 1))
    with db.session() as session:
        import_roster(session, roster, file_name="r.csv", actor="t", effective_on=date(2025, 1, 1))


def test_the_box_records_titles_a_holder_and_a_vacancy(qtbot, db, tmp_path) -> None:
    _roster(db, tmp_path)
    box = LeadersBox(AppState(db))
    qtbot.addWidget(box)
    box.refresh()
    assert box.holders["校长"].text() == "未找到"  # 副校长 never counts
    assert box.holders["党委书记"].text() == "员工2（按名册职务）"
    box.since.setDate(QDate(2025, 9, 1))
    box.numbers["校长"].setText("000001")
    box.titles["校长"].setText("校长、副校长主持工作")
    box.record("校长")
    box.record("工会主席")  # no 工号: recorded as vacant
    with db.session() as session:
        holders = leader_holders_on(session, date(2025, 9, 2))
    assert holders["校长"].name == "员工1" and holders["校长"].source == "recorded"
    assert holders["工会主席"].vacant
    box.refresh()
    assert box.titles["校长"].text() == "校长、副校长主持工作"
    errors = []
    box.on_error = errors.append
    box.numbers["党委书记"].setText("999999")
    box.record("党委书记")
    assert errors and errors[0].code == "not_found"
    box.resize(1000, 320)
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / "settings_leaders.png"))
