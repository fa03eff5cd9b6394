"""benchmarks/make_roster.py: realistic synthetic rosters that read back cleanly."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from congress_app.demo import people
from congress_app.roster_file import ON_DUTY_STATUSES, read_roster
from congress_app.roster_file.reading import read_raw
from congress_app.roster_file.validation import validate
from congress_app.rules import seats as S

AS_OF = date(2026, 11, 23)


@pytest.fixture(scope="module")
def mk():
    return people


def test_rows_are_deterministic_and_realistic(mk):
    rows = mk.make_roster_rows(5000, 20, seed=1, as_of=AS_OF)
    assert rows == mk.make_roster_rows(5000, 20, seed=1, as_of=AS_OF)
    assert rows != mk.make_roster_rows(5000, 20, seed=2, as_of=AS_OF)
    assert len(rows) == 5000
    assert len({r["staff_no"] for r in rows}) == 5000
    assert len({r["unit"] for r in rows}) == 20
    assert any(r["unit"].endswith("学院") for r in rows)
    cats = Counter(r["category"] for r in rows)
    assert 0.55 <= cats[S.TEACHING] / 5000 <= 0.66
    assert set(cats) == {S.TEACHING, S.RESEARCH, S.MANAGEMENT, S.TEACHING_SUPPORT, S.SERVICE}
    statuses = Counter(r["status"] for r in rows)
    away = (statuses[S.AWAY_STUDY] + statuses[S.AWAY_WORK]) / 5000
    assert 0.03 <= away <= 0.07
    assert 0 < statuses[S.RETIRED] < 150 and 0 < statuses[S.TRANSFERRED] < 150
    leaders = {r["post"]: r for r in rows if r["post"]}
    assert set(leaders) == {"党委书记", "校长", "工会主席"}
    assert all(r["status"] == S.ON_DUTY for r in leaders.values())
    for r in rows:
        assert (r["status_since"] is None) == (r["status"] == S.ON_DUTY)
        assert r["birth_date"] < AS_OF and 2 <= len(r["name"]) <= 3
        if r["status_since"]:
            assert r["birth_date"] < r["status_since"] <= AS_OF


@pytest.mark.parametrize("rows, units", [(8, 5), (30, 24), (400, 8), (1000, 40)])
def test_every_unit_gets_staff(mk, rows, units):
    made = mk.make_roster_rows(rows, units, seed=3, as_of=AS_OF)
    assert len({r["unit"] for r in made}) == units


def test_xlsx_reads_back_cleanly(mk, tmp_path):
    path = mk.make_roster_xlsx(tmp_path / "r.xlsx", rows=600, units=12, seed=7, as_of=AS_OF)
    result = read_roster(path, today=AS_OF)
    assert result.problems == ()
    assert len(result.rows) == 600 and len({r.unit for r in result.rows}) == 12
    source = mk.make_roster_rows(600, 12, seed=7, as_of=AS_OF)
    assert [r.staff_no for r in result.rows] == [s["staff_no"] for s in source]
    assert [r.birth_date for r in result.rows] == [s["birth_date"] for s in source]
    assert sum(r.status in ON_DUTY_STATUSES for r in result.rows) > 550


def test_csv_reads_back_cleanly(mk, tmp_path):
    path = mk.make_roster_csv(tmp_path / "r.csv", rows=300, units=6, seed=2, as_of=AS_OF, encoding="gb18030")
    result = read_roster(path, today=AS_OF)
    assert result.problems == () and len(result.rows) == 300 and result.encoding == "gb18030"


def test_validating_5000_rows_finds_no_problem(mk, tmp_path):
    """The benchmark's 5,000-row roster is clean (speed is measured in benchmarks/)."""
    path = mk.make_roster_xlsx(tmp_path / "r.xlsx", rows=5000, units=20, as_of=AS_OF)
    result = validate(read_raw(path), AS_OF)
    assert result.ok and len(result.rows) == 5000
