"""The one order of election units (issue 15): stroke order by default, the school's chosen
order once set (audited), refusals with codes, and the same order in the seat plan workbook,
the delegate list, the result sheets and every unit list."""

from __future__ import annotations

import json
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from congress_app.roster_file import read_roster
from congress_app.services.credentials import write_delegate_list
from congress_app.services.election_results import election_results
from congress_app.services.elections import election_overview
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.exports import export_document
from congress_app.services.meeting_papers import attendance_report, sign_in_sheet
from congress_app.services.roster import import_roster
from congress_app.services.seats import current_seat_plan, save_seat_plan, seat_overview
from congress_app.services.unit_order import (
    move_unit,
    reset_unit_order,
    set_unit_order,
    set_unit_order_by_names,
    unit_name_key,
    unit_order,
    unit_places,
)
from congress_app.services.units import list_units, merge_units, split_joint_unit, unit_counts
from congress_app.storage.models import AuditEntry, CongressSession, Term
from congress_app.strokes import sort_by_surname_strokes
from tests.services.records_fixtures import demo, demo_template  # noqa: F401

REF = date(2026, 11, 1)


@pytest.fixture
def small(db, samples):
    roster = read_roster(samples / "roster-small.csv", today=date(2026, 11, 23))
    with db.session() as session:
        import_roster(session, roster, file_name="roster-small.csv", actor="t")
    return db


def _names(session) -> list[str]:
    return [p.name for p in unit_places(session)]


def test_default_is_stroke_order_of_the_whole_name(small) -> None:
    with small.session() as session:
        names = _names(session)
        assert names == sort_by_surname_strokes(names)
        assert [u.name for u in list_units(session)] == names
        assert [c.name for c in unit_counts(session, REF)] == names
        assert not any(p.chosen for p in unit_places(session))


def test_chosen_order_is_stored_audited_and_used_everywhere(small) -> None:
    with small.session() as session:
        chosen = list(reversed(unit_order(session)))
        order = set_unit_order(session, chosen, actor="office")
        assert order == chosen == unit_order(session)
        names = _names(session)
        assert [u.name for u in list_units(session)] == names
        assert [c.name for c in unit_counts(session, REF)] == names
        assert [p.position for p in unit_places(session)] == list(range(1, len(chosen) + 1))
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "unit.order" and entry.actor == "office"
        assert json.loads(entry.payload) == {"order": names}

        assert reset_unit_order(session, actor="office") == list(reversed(chosen))
        assert _names(session) == sort_by_surname_strokes(names)
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "unit.order_reset"


@pytest.mark.parametrize(
    ("make", "code", "named"),
    [
        (lambda ids: [*ids, 999], "unit_order_unknown", "999"),
        (lambda ids: [*ids, ids[0]], "unit_order_duplicate", None),
        (lambda ids: ids[1:], "unit_order_missing", None),
    ],
)
def test_refusals_name_the_units_and_change_nothing(small, make, code, named) -> None:
    with small.session() as session:
        ids = unit_order(session)
        first = unit_places(session)[0].name
        with pytest.raises(InvalidInput) as refused:
            set_unit_order(session, make(ids), actor="office")
        assert refused.value.code == code
        assert refused.value.details["names"] == (named or first)
        assert not any(p.chosen for p in unit_places(session))


def test_names_must_match_exactly(small) -> None:
    with small.session() as session:
        names = _names(session)
        with pytest.raises(NotFound) as refused:
            set_unit_order_by_names(session, [names[0][:-1], *names[1:]], actor="office")
        assert refused.value.code == "unit_name_unknown"
        assert refused.value.details["name"] == names[0][:-1]
        set_unit_order_by_names(session, list(reversed(names)), actor="office")
        assert _names(session) == list(reversed(names))


def test_joint_unit_takes_its_parts_place_and_parts_follow_it(small) -> None:
    with small.session() as session:
        ids = list(reversed(unit_order(session)))
        set_unit_order(session, ids, actor="office")
        before = _names(session)
        joint = merge_units(session, [ids[1], ids[3]], "联合选举单位", actor="office")
        places = unit_places(session)
        names = [p.name for p in places]
        assert names[1] == "联合选举单位"
        assert names[2:4] == [before[1], before[3]] or names[2:4] == [before[3], before[1]]
        assert all(p.merged_into == "联合选举单位" for p in places[2:4])
        # the list of electing units follows the same order
        assert [c.name for c in unit_counts(session, REF)] == [p.name for p in places if not p.merged_into]
        split_joint_unit(session, joint, actor="office")
        assert "联合选举单位" not in _names(session)


def test_move_unit_steps_past_the_next_shown_unit_and_stops_at_the_ends(small) -> None:
    with small.session() as session:
        a, b, c, *rest = unit_order(session)
        assert move_unit(session, b, -1, actor="office") == [b, a, c, *rest]
        assert all(p.chosen for p in unit_places(session))
        assert move_unit(session, b, -1, actor="office") == [b, a, c, *rest]  # at the top already
        assert move_unit(session, b, 1, actor="office", among=[b, c]) == [a, c, b, *rest]
        last = unit_order(session)[-1]
        assert move_unit(session, last, 1, actor="office")[-1] == last
        with pytest.raises(NotFound):
            move_unit(session, 999, 1, actor="office")


def test_seat_plan_workbook_lists_units_in_the_chosen_order(small, tmp_path) -> None:
    with small.session() as session:
        save_seat_plan(
            session, total=seat_overview(session, REF).range.recommended, actor="t", reference_date=REF
        )
        chosen = list(reversed(unit_order(session)))
        set_unit_order(session, chosen, actor="office")
        names = _names(session)
        assert [u.name for u in current_seat_plan(session).units] == names  # a plan saved before
        out = export_document(session, "seat-plan", tmp_path / "plan.xlsx")
    sheet = load_workbook(out).worksheets[0]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    listed = [c for c in cells if c in names]
    assert listed == names


def _pdftext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_demo_chooses_an_order_and_papers_follow_it(demo, tmp_path) -> None:  # noqa: F811
    with demo.session() as session:
        places = unit_places(session)
        assert all(p.chosen for p in places if not p.merged_into)
        names = [p.name for p in places]
        assert names != sort_by_surname_strokes(names)  # colleges first, not strokes
        term_id = session.scalar(select(Term.id).order_by(Term.number.desc()))
        key = unit_name_key(session)

        results = [r["unit"] for r in election_results(session, term_id)]
        assert results == sorted(results, key=key)
        overview = [s.unit for s in election_overview(session, term_id)]
        assert overview == sorted(overview, key=key)

        text = _pdftext(write_delegate_list(session, term_id, tmp_path / "list.pdf"))
        shown = [n for n in names if n in text]
        assert len(shown) >= 3
        assert [text.index(n) for n in shown] == sorted(text.index(n) for n in shown)

        # the sign-in sheet and the attendance report: delegations where their unit stands
        meeting = session.scalar(select(CongressSession.id).order_by(CongressSession.id.desc()))
        groups = [g.delegation for g in sign_in_sheet(session, meeting).groups]
        report = [row[0] for row in attendance_report(session, meeting).by_delegation]
        assert [g for g in groups if g in report] == [r for r in report if r in groups]
        colleges_first = [n for n in names if any(g.startswith(n) for g in groups)]
        assert [next(i for i, g in enumerate(groups) if g.startswith(n)) for n in colleges_first] == sorted(
            next(i for i, g in enumerate(groups) if g.startswith(n)) for n in colleges_first
        )

        # back to strokes: live lists follow, the published list stays as it was sealed
        reset_unit_order(session, actor="office")
        key = unit_name_key(session)
        results = [r["unit"] for r in election_results(session, term_id)]
        assert results == sorted(results, key=key)
        assert _pdftext(write_delegate_list(session, term_id, tmp_path / "again.pdf")) == text
