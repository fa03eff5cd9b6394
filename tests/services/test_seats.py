"""Seat plans: range from the rules engine, the three methods, targets, reasons (R13, RA)."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from congress_app.roster_file import read_roster
from congress_app.rules import apportion, seat_range
from congress_app.services.errors import InvalidInput
from congress_app.services.roster import import_roster
from congress_app.services.seats import compare_methods, current_seat_plan, save_seat_plan, seat_overview
from congress_app.services.units import list_units, merge_units, split_joint_unit, unit_counts
from tests.services.roster_helpers import read_sample_rows, write_csv

REF = date(2026, 11, 1)


@pytest.fixture
def small(db, samples):
    roster = read_roster(samples / "roster-small.csv", today=date(2026, 11, 23))
    with db.session() as session:
        import_roster(session, roster, file_name="roster-small.csv", actor="t")
    return db


def test_overview_matches_the_rules_engine(small) -> None:
    with small.session() as session:
        overview = seat_overview(session, REF)
    on_duty = sum(u.on_duty for u in overview.units)
    assert overview.on_duty == on_duty and 80 <= on_duty <= 200
    expected = seat_range(on_duty)
    assert (overview.range.minimum, overview.range.maximum, overview.range.recommended) == (
        expected.minimum,
        expected.maximum,
        expected.recommended,
    )
    assert overview.suggested_total == expected.recommended


def test_saved_plan_equals_apportion_and_targets_hold(small) -> None:
    with small.session() as session:
        overview = seat_overview(session, REF)
        total = overview.range.recommended
        plan = save_seat_plan(session, total=total, method="sainte-lague", actor="office", reference_date=REF)
    sizes = {u.name: u.on_duty for u in overview.units}
    assert plan.seats_by_unit == apportion(sizes, total, "sainte-lague")
    assert sum(plan.seats_by_unit.values()) == total
    # RA.3: teaching targets reach 60% unless every unit is at its cap
    assert sum(u.teaching_target for u in plan.units) * 10 >= 6 * total or all(
        u.teaching_target == min(u.seats, u.teaching_staff) for u in plan.units
    )
    for unit in plan.units:
        assert unit.teaching_target <= min(unit.seats, unit.teaching_staff)
        assert unit.women_target <= min(unit.seats, unit.women)
        assert unit.youth_target <= min(unit.seats, unit.youth)
    # R13.5: the units' women and youth targets add up to the body's floor(share × total)
    on_duty = sum(u.on_duty for u in plan.units)
    assert sum(u.women_target for u in plan.units) == sum(u.women for u in plan.units) * total // on_duty
    assert sum(u.youth_target for u in plan.units) == sum(u.youth for u in plan.units) * total // on_duty
    with small.session() as session:
        current = current_seat_plan(session)
    assert current.plan_id == plan.plan_id and current.decided_by == "office"
    assert current.method == "sainte-lague" and current.total == total


def test_saved_plan_records_where_the_main_leaders_stand(small) -> None:
    """R13.6: the posts of 党委书记, 校长, 工会主席 are placed in the unit their holders are in."""
    with small.session() as session:
        total = seat_overview(session, REF).range.recommended
        save_seat_plan(session, total=total, actor="office", reference_date=REF)
    with small.session() as session:  # read back from storage, not the returned view
        plan = current_seat_plan(session)
    leaders = {u.name: u.leaders for u in plan.units if u.leaders}
    assert leaders == {
        "化工学院": ("党委书记",),
        "材料科学与工程学院": ("校长",),
        "电子信息与电气工程学部": ("工会主席",),
    }


def test_methods_compare_side_by_side(small) -> None:
    with small.session() as session:
        overview = seat_overview(session, REF)
    table = compare_methods(overview.units, overview.range.maximum)
    assert set(table) == {"hamilton", "sainte-lague", "dhondt"}
    for seats in table.values():
        assert sum(seats.values()) == overview.range.maximum


@pytest.mark.parametrize("delta", [-1, +1])
def test_totals_outside_the_range_are_refused(small, delta) -> None:
    with small.session() as session:
        rng = seat_overview(session, REF).range
        total = rng.minimum - 1 if delta < 0 else rng.maximum + 1
        with pytest.raises(InvalidInput) as caught:
            save_seat_plan(session, total=total, actor="t", reference_date=REF)
    assert caught.value.code == "total_out_of_range"
    assert (caught.value.details["minimum"], caught.value.details["maximum"]) == (rng.minimum, rng.maximum)
    with small.session() as session:
        assert current_seat_plan(session) is None


def test_outside_the_norms_a_reason_is_required(db, samples, tmp_path) -> None:
    rows = [r for r in read_sample_rows(samples) if r[6] == "在岗"][:50]
    roster = read_roster(write_csv(tmp_path / "tiny.csv", rows), today=date(2026, 11, 23))
    with db.session() as session:
        import_roster(session, roster, file_name="tiny.csv", actor="t")
        overview = seat_overview(session, REF)
        assert overview.on_duty == 50 and overview.range is None
        assert overview.outside.suggest_all_staff_assembly  # R13.4: below 80
        with pytest.raises(InvalidInput) as caught:
            save_seat_plan(session, total=20, actor="t", reference_date=REF)
        assert caught.value.code == "manual_total_needs_reason"
        plan = save_seat_plan(
            session, total=20, actor="t", reference_date=REF, reason="教代会执委会决定仍召开代表大会"
        )
    assert plan.manual_reason == "教代会执委会决定仍召开代表大会"
    assert plan.minimum is None and sum(plan.seats_by_unit.values()) == 20


def test_merge_and_split_units(small) -> None:
    with small.session() as session:
        units = sorted(list_units(session), key=lambda u: u.staff_listed)
        a, b = units[0], units[1]
        joint_id = merge_units(session, [a.unit_id, b.unit_id], "联合选举单位一", actor="t")
    with small.session() as session:
        counts = {c.name: c for c in unit_counts(session, REF)}
    assert "联合选举单位一" in counts and a.name not in counts and b.name not in counts
    assert counts["联合选举单位一"].members == tuple(sorted([a.name, b.name]))
    with small.session() as session:
        split_joint_unit(session, joint_id, actor="t")
        names = {c.name for c in unit_counts(session, REF)}
    assert {a.name, b.name} <= names and "联合选举单位一" not in names


def test_a_decision_recorded_later_keeps_its_own_time(small) -> None:
    from datetime import datetime, timedelta, timezone

    beijing = timezone(timedelta(hours=8))
    with small.session() as session:
        total = seat_overview(session, REF).range.recommended
        save_seat_plan(
            session,
            total=total,
            actor="office",
            reference_date=REF,
            decided_at=datetime(2025, 10, 15, 9, 30, tzinfo=beijing),
        )
    with small.session() as session:
        plan = current_seat_plan(session)
    # stored as UTC, shown in this machine's local time
    assert plan.decided_at.replace(tzinfo=None) == datetime(
        2025, 10, 15, 1, 30, tzinfo=UTC
    ).astimezone().replace(tzinfo=None)
