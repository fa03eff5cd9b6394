"""The roster table model and its filter proxy, with no window at all (160-row sample)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from congress_app.gui.models.staff_table import (
    COL_GENDER,
    COL_LISTED,
    COL_NAME,
    COL_STAFF_NO,
    COL_STATUS,
    COL_UNIT,
    COLUMN_COUNT,
    ON_DUTY_KEY,
    ROW_ROLE,
    SORT_ROLE,
    StaffFilterProxy,
    StaffTableModel,
)
from congress_app.rules import seats as S
from congress_app.services.staff import list_staff


@pytest.fixture
def models(small_db, qapp):
    with small_db.session() as session:
        rows = list_staff(session)
    model = StaffTableModel()
    proxy = StaffFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows)
    return model, proxy


def test_rows_columns_and_roles(models) -> None:
    model, proxy = models
    assert model.rowCount() == 160
    assert model.columnCount() == COLUMN_COUNT == 10
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert headers[:3] == ["工号", "姓名", "性别"]
    assert headers[COL_UNIT] == "选举单位"
    first = model.index(0, COL_STAFF_NO)
    assert first.data() == "100000"
    assert model.index(0, COL_NAME).data() == "邹梓"
    assert model.index(0, COL_UNIT).data() == "机械工程学院"
    assert model.index(0, COL_LISTED).data() == "列入"
    assert first.data(ROW_ROLE).staff_no == "100000"
    centred = model.index(0, COL_GENDER).data(Qt.ItemDataRole.TextAlignmentRole)
    assert centred & int(Qt.AlignmentFlag.AlignHCenter)
    left = model.index(0, COL_NAME).data(Qt.ItemDataRole.TextAlignmentRole)
    assert left & int(Qt.AlignmentFlag.AlignLeft)
    retired = next(r for r in range(160) if model.index(r, COL_STATUS).data() == "退休")
    assert model.index(retired, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "不计入" in model.index(retired, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert proxy.rowCount() == 160


@pytest.mark.parametrize(
    ("setter", "value", "expected"),
    [
        ("set_unit", "电子信息与电气工程学部", 56),
        ("set_unit", "化工学院", 9),
        ("set_status", S.ON_DUTY, 140),
        ("set_status", S.RETIRED, 7),
        ("set_status", ON_DUTY_KEY, 148),  # R13.1: 在岗 140 + 离校学习 6 + 离校工作 2
        ("set_category", S.TEACHING, 109),
        ("set_category", S.SERVICE, 5),
        ("set_search", "10001", 10),  # 工号 100010–100019
        ("set_search", "100000", 1),
        ("set_search", "明", 3),  # 段峰明, 冯明平, 于明
        ("set_search", " 于明 ", 1),
        ("set_search", "无此人", 0),
    ],
)
def test_each_filter_gives_the_expected_count(models, setter, value, expected) -> None:
    _model, proxy = models
    getattr(proxy, setter)(value)
    assert proxy.rowCount() == expected
    getattr(proxy, setter)(None if setter != "set_search" else "")
    assert proxy.rowCount() == 160


def test_filters_combine(models) -> None:
    model, proxy = models
    proxy.set_unit("机械工程学院")
    proxy.set_category(S.TEACHING)
    rows = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    assert rows and all(r.unit == "机械工程学院" and r.category == S.TEACHING for r in rows)
    expected = sum(1 for r in model.rows() if r.unit == "机械工程学院" and r.category == S.TEACHING)
    assert len(rows) == expected
    proxy.set_status(S.ON_DUTY)
    assert proxy.rowCount() == sum(1 for r in rows if r.status == S.ON_DUTY)


def test_sort_by_sort_role_keeps_the_filter(models) -> None:
    model, proxy = models
    assert model.index(5, COL_STAFF_NO).data(SORT_ROLE) == "100005"
    proxy.sort(COL_STAFF_NO, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, COL_STAFF_NO).data() == "100159"
    assert proxy.index(159, COL_STAFF_NO).data() == "100000"
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]
    assert names == sorted(names)
    proxy.set_unit("化工学院")
    names = [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]
    assert len(names) == 9 and names == sorted(names)


def test_set_rows_resets_the_model(models, qtbot) -> None:
    model, proxy = models
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(model.rows()[:10])
    assert model.rowCount() == 10 and proxy.rowCount() == 10
