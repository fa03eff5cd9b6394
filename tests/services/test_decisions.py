"""Issue 10: the services ask rules/ and are tested by their refusals and verdicts — leaders
by whole title (R13.6), eligibility as of the date (R12.1, R15.1, R17.1), R12.1 facts before
the ballot, R14.6 warnings, RA.1 ties settled by the office, further rounds that add
candidates (R14.5), terms (R23.1), namesakes told apart. Every roster is made here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from congress_app.launcher import main
from congress_app.roster_file import read_roster
from congress_app.rules.seats import LEADER_ROLES, ON_DUTY, TRANSFERRED
from congress_app.services.counting import Figures, close_round, open_round, save_figures
from congress_app.services.credentials import approve_credentials, review_credentials
from congress_app.services.election_results import round_result
from congress_app.services.elections import (
    candidates_open,
    election_overview,
    eligible_staff,
    list_candidates,
    nominate,
    prepare_elections,
    record_confirmation,
)
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.leaders import leader_holders_on, record_leader, set_leader_titles
from congress_app.services.roster import import_roster
from congress_app.services.seats import current_seat_plan, save_seat_plan
from congress_app.services.terms import create_term, term_warnings
from congress_app.services.units import unit_counts
from congress_app.storage.models import Delegate, SeatPlan, Staff
from tests.services.roster_helpers import write_csv

REF = date(2025, 10, 1)
HELD = date(2025, 11, 20)
REVIEW = date(2025, 12, 5)


def person(
    no: int,
    unit: str,
    *,
    name: str | None = None,
    post: str = "",
    status: str = "在岗",
    since: str = "",
    birth: str = "1980-05-01",
    gender: str = "男",
) -> list[str]:
    return [f"{no:06d}", name or f"员工{no}", gender, birth, unit, "教学", status, since, post]


def load(db, tmp_path: Path, rows: list[list[str]], name: str = "r.csv", on: date | None = None):
    roster = read_roster(write_csv(tmp_path / name, rows), today=date(2026, 11, 1))
    assert roster.ok, roster.problems
    with db.session() as session:
        import_roster(session, roster, file_name=name, actor="t", effective_on=on)


def deputies_roster() -> list[list[str]]:
    """91 staff: 45 + 45 + a 1-person office; the only leaders are deputies (副…)."""
    rows = [person(i, "甲学院") for i in range(1, 46)] + [person(i, "乙学院") for i in range(46, 91)]
    rows[0][8], rows[1][8], rows[45][8] = "副校长", "党委副书记", "工会副主席"
    rows[46][8] = " 常务副校长 "
    rows.append(person(91, "丙处"))
    return rows


# -- R13.6: leaders by whole title --------------------------------------------------------


def test_deputies_never_count_as_the_leaders(db, tmp_path) -> None:
    load(db, tmp_path, deputies_roster())
    with db.session() as session:
        holders = leader_holders_on(session, REF)
        counts = unit_counts(session, REF)
    assert {r: h.source for r, h in holders.items()} == dict.fromkeys(LEADER_ROLES, "unknown")
    assert all(h.staff_id is None and not h.vacant for h in holders.values())
    assert all(c.leaders == () for c in counts)


def test_exact_titles_recorded_holders_and_vacancies(db, tmp_path) -> None:
    rows = deputies_roster()
    rows[2][8] = "党委书记兼校长"
    rows[47][8] = "  工会主席　"  # trimmed, whole: counts
    load(db, tmp_path, rows)
    with db.session() as session:
        before = leader_holders_on(session, REF)
        assert before["工会主席"].source == "roster" and before["校长"].source == "unknown"
        assert set_leader_titles(session, "校长", ["校长", " 党委书记兼校长 "], actor="t") == (
            "校长",
            "党委书记兼校长",
        )
        set_leader_titles(session, "党委书记", ["党委书记兼校长"], actor="t")
        with pytest.raises(InvalidInput) as caught:
            set_leader_titles(session, "校长", ["长" * 600], actor="t")  # a 600-character title
        assert caught.value.code == "value_too_long" and caught.value.details["limit"] == 100
        with pytest.raises(InvalidInput):
            set_leader_titles(session, "副校长", ["副校长"], actor="t")  # not a role
        after = leader_holders_on(session, REF)
        third = session.scalar(select(Staff.id).where(Staff.staff_no == "000003"))
        assert after["校长"].staff_id == after["党委书记"].staff_id == third
        record_leader(session, "校长", None, since=date(2025, 9, 1), actor="t", note="待任命")
        vacant = leader_holders_on(session, REF)["校长"]
        earlier = leader_holders_on(session, date(2025, 8, 31))["校长"]
        with pytest.raises(InvalidInput):
            record_leader(session, "校长", None, since=REF, actor="t", note="x" * 600)
    assert vacant.vacant and vacant.source == "recorded" and vacant.note == "待任命"
    assert earlier.staff_id == third and earlier.source == "roster"


# -- R14.6 and RA.1: the seat plan ---------------------------------------------------------


def test_a_tie_is_refused_until_the_office_settles_it_and_a_one_person_unit_warns(db, tmp_path) -> None:
    load(db, tmp_path, deputies_roster())
    with db.session() as session:
        with pytest.raises(InvalidInput) as caught:
            save_seat_plan(session, total=30, actor="t", reference_date=REF)
        assert caught.value.code == "apportion_tie"
        assert caught.value.details["tied"] == ["乙学院", "甲学院"] and caught.value.details["seats"] == 1
        assert session.scalar(select(func.count()).select_from(SeatPlan)) == 0  # nothing saved
        for winners, how in ((["乙学院"], ""), (["乙学院", "甲学院"], "lot"), (["丙处"], "lot")):
            with pytest.raises(InvalidInput):
                save_seat_plan(
                    session, total=30, actor="t", reference_date=REF, tie_winners=winners, tie_how=how
                )
        with pytest.raises(InvalidInput) as caught:  # no tie at 29: a decision is refused
            save_seat_plan(
                session, total=29, actor="t", reference_date=REF, tie_winners=["乙学院"], tie_how="lot"
            )
        assert caught.value.code == "no_apportion_tie"
        plan = save_seat_plan(
            session,
            total=30,
            actor="t",
            reference_date=REF,
            tie_winners=["乙学院"],
            tie_how="lot",
            tie_note="当众抽签",
        )
    assert plan.seats_by_unit == {"乙学院": 15, "甲学院": 14, "丙处": 1}
    assert plan.tie_decision == {
        "units": ["乙学院", "甲学院"],
        "seats": 1,
        "winners": ["乙学院"],
        "how": "lot",
        "note": "当众抽签",
    }
    assert [(w.code, w.subject) for w in plan.warnings] == [("seats_not_below_staff", "丙处")]
    assert plan.leader_units == dict.fromkeys(LEADER_ROLES)
    with db.session() as session:
        assert current_seat_plan(session).tie_decision["winners"] == ["乙学院"]


def test_allocate_json_reports_leaders_and_warnings(capsys, tmp_path) -> None:
    db = str(tmp_path / "x.db")
    path = write_csv(tmp_path / "r.csv", deputies_roster())
    assert main(["--db", db, "init"]) == 0  # only init and demo create a database
    assert main(["--db", db, "staff", "import", str(path), "--effective", "2025-01-01"]) == 0
    capsys.readouterr()
    code = main(["--db", db, "allocate", "--seats", "30", "--date", "2025-10-01", "--json"])
    _, err = capsys.readouterr()
    assert code != 0 and "乙学院、甲学院" in err and "抽签" in err
    code = main(
        [
            "--db",
            db,
            "allocate",
            "--seats",
            "30",
            "--date",
            "2025-10-01",
            "--json",
            "--tie-winners",
            "甲学院",
            "--tie-how",
            "choice",
        ]
    )
    out, _ = capsys.readouterr()
    plan = json.loads(out)
    assert code == 0 and plan["units"] == {"乙学院": 14, "甲学院": 15, "丙处": 1}
    assert plan["leaders"] == {"党委书记": None, "校长": None, "工会主席": None}
    assert plan["warnings"] == [{"code": "seats_not_below_staff", "unit": "丙处"}]


def test_allocate_json_names_the_units_where_the_leaders_stand(capsys, tmp_path) -> None:
    rows = deputies_roster()
    rows[3][8], rows[50][8], rows[90][8] = "党委书记", "校长", "工会主席"
    db = str(tmp_path / "x.db")
    path = write_csv(tmp_path / "r.csv", rows)
    assert main(["--db", db, "init"]) == 0  # only init and demo create a database
    assert main(["--db", db, "staff", "import", str(path), "--effective", "2025-01-01"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "allocate", "--seats", "29", "--date", "2025-10-01", "--json"]) == 0
    plan = json.loads(capsys.readouterr()[0])
    assert plan["leaders"] == {"党委书记": "甲学院", "校长": "乙学院", "工会主席": "丙处"}


# -- an election in one unit ---------------------------------------------------------------


def one_unit(db, tmp_path, rows: list[list[str]]) -> int:
    load(db, tmp_path, rows, on=date(2025, 1, 1))
    with db.session() as session:
        save_seat_plan(session, total=27, actor="t", reference_date=REF)
        term = create_term(session, number=1, starts_on=date(2025, 12, 18), years=5, actor="t")
        prepare_elections(session, term_id=term.term_id, actor="t")
        (state,) = election_overview(session, term.term_id)
    return state.election_id


def ninety(**changes) -> list[list[str]]:
    rows = [person(i, "甲学院") for i in range(1, 91)]
    for no, fields in changes.items():
        rows[int(no) - 1] = person(int(no), "甲学院", **fields)
    return rows


def staff_ids(db, *numbers: int) -> list[int]:
    with db.session() as session:
        by_no = dict(session.execute(select(Staff.staff_no, Staff.id)).all())
    return [by_no[f"{n:06d}"] for n in numbers]


def test_candidates_are_checked_on_the_date_and_r12_facts_keep_them_off_the_ballot(db, tmp_path) -> None:
    rows = ninety(
        **{
            "5": {"status": "退休", "since": "2024-07-01"},
            "6": {"status": "离校学习", "since": "2024-09-01"},
            "7": {"status": "离校学习", "since": "2025-03-01"},
        }
    )
    election = one_unit(db, tmp_path, rows)
    with db.session() as session:
        standing = {s.staff_no for s in eligible_staff(session, election, HELD)}
        with pytest.raises(InvalidInput) as caught:
            nominate(session, election, staff_ids(db, 1, 5, 6), actor="t", on=HELD)
        assert caught.value.code == "candidate_not_eligible"
        assert caught.value.details["people"] == [("员工5", ("retired",)), ("员工6", ("away_one_year",))]
        assert list_candidates(session, election) == []  # nothing added
        # away since 2025-03-01: under a year on the election day, so may stand
        assert nominate(session, election, staff_ids(db, *range(7, 35)), actor="t", on=HELD) == 28
    assert "000005" not in standing and "000006" not in standing and "000007" in standing
    with db.session() as session:
        with pytest.raises(InvalidInput) as caught:  # R12.1 facts not recorded
            open_round(session, election, held_on=HELD, actor="t")
        assert caught.value.code == "candidate_not_eligible"
        assert (
            "员工7",
            ("political_rights_missing", "willing_missing", "able_missing"),
        ) in caught.value.details["people"]
        ids = [c.candidate_id for c in list_candidates(session, election)]
        record_confirmation(session, ids, political_rights=True, willing=True, able=True, on=HELD, actor="t")
        record_confirmation(
            session, ids[:1], political_rights=True, willing=False, able=True, on=HELD, actor="t"
        )
        with pytest.raises(InvalidInput) as caught:  # a "no" keeps them off too
            open_round(session, election, held_on=HELD, actor="t")
        assert [codes for _, codes in caught.value.details["people"]] == [("willing_no",)]
        record_confirmation(
            session, ids[:1], political_rights=True, willing=True, able=True, on=HELD, actor="t"
        )
        view = open_round(session, election, held_on=HELD, actor="t")
    assert len(view.candidates) == 28


def _vote(db, view, yes: list[int]) -> None:
    with db.session() as session:
        ids = [c.candidate_id for c in view.candidates]
        save_figures(session, view.round_id, Figures(90, 90, 0, dict(zip(ids, yes, strict=True))), actor="t")
        close_round(session, view.round_id, actor="t")


def test_a_delegate_transferred_the_day_before_the_review_is_not_confirmed(db, tmp_path) -> None:
    rows = ninety()
    election = one_unit(db, tmp_path, rows)
    with db.session() as session:
        nominate(session, election, staff_ids(db, *range(1, 29)), actor="t", on=HELD, confirmed_on=HELD)
        view = open_round(session, election, held_on=HELD, actor="t")
    names = [c.name for c in view.candidates]
    _vote(db, view, [46] * 27 + [10])
    elected = set(names[:27])
    gone = sorted(elected)[0]
    number = next(r[0] for r in rows if r[1] == gone)
    moved = [r if r[0] != number else r[:6] + ["调离", "2025-12-04", ""] for r in rows]
    load(db, tmp_path, moved, name="r2.csv", on=date(2025, 12, 4))
    with db.session() as session:
        for role in LEADER_ROLES:
            record_leader(session, role, None, since=REF, actor="t", note="空缺")
        review = review_credentials(session, 1, on=REVIEW)
        earlier = review_credentials(session, 1, on=date(2025, 12, 3))
        published = approve_credentials(session, 1, published_on=REVIEW, actor="t")
        listed = set(session.scalars(select(Staff.name).join(Delegate, Delegate.staff_id == Staff.id)))
    not_confirmed = [(d.name, d.codes) for d in review.delegates if not d.eligible]
    assert not_confirmed == [(gone, ("transferred_out",))]
    assert [d.name for d in review.not_confirmed] == [gone] and earlier.not_confirmed == []
    assert all(d.eligible for d in earlier.delegates)
    assert review.blocking_failures == [] and published == 26
    assert listed == elected - {gone}


def test_an_unfinished_unit_blocks_approval_and_no_reason_can_override_it(db, tmp_path) -> None:
    election = one_unit(db, tmp_path, ninety())
    with db.session() as session:
        nominate(session, election, staff_ids(db, *range(1, 29)), actor="t", on=HELD, confirmed_on=HELD)
        open_round(session, election, held_on=HELD, actor="t")
        for role in LEADER_ROLES:
            record_leader(session, role, None, since=REF, actor="t")
        with pytest.raises(TypeError):
            approve_credentials(session, 1, published_on=REVIEW, actor="t", override_reason="批准")
        with pytest.raises(InvalidInput) as caught:
            approve_credentials(session, 1, published_on=REVIEW, actor="t")
    assert (
        caught.value.code == "credentials_blocking" and "procedure:甲学院" in caught.value.details["failures"]
    )


def test_a_further_round_may_add_candidates_and_stays_contested(db, tmp_path) -> None:
    election = one_unit(db, tmp_path, ninety())
    with db.session() as session:
        nominate(session, election, staff_ids(db, *range(1, 29)), actor="t", on=HELD, confirmed_on=HELD)
        assert candidates_open(session, election)
        view = open_round(session, election, held_on=HELD, actor="t")
        assert not candidates_open(session, election)
        with pytest.raises(Conflict):  # not while a round is open
            nominate(session, election, staff_ids(db, 40), actor="t", on=HELD, confirmed_on=HELD)
    _vote(db, view, [46] * 25 + [40, 30, 10])  # 2 seats unfilled (R14.3)
    with db.session() as session:
        assert candidates_open(session, election)
        nominate(session, election, staff_ids(db, 40, 41), actor="t", on=HELD, confirmed_on=HELD)
        second = open_round(session, election, held_on=date(2025, 11, 27), actor="t")
    assert second.kind == "further" and second.seats == 2
    assert {c.name for c in second.candidates} == {"员工26", "员工27", "员工28", "员工40", "员工41"}


def test_namesakes_are_told_apart_on_every_paper(db, tmp_path) -> None:
    rows = ninety(
        **{"1": {"name": "张伟", "birth": "1980-01-02"}, "2": {"name": "张伟", "birth": "1985-03-04"}}
    )
    election = one_unit(db, tmp_path, rows)
    with db.session() as session:
        nominate(session, election, staff_ids(db, *range(1, 29)), actor="t", on=HELD, confirmed_on=HELD)
        labels = {c.staff_no: c.label for c in list_candidates(session, election)}
        view = open_round(session, election, held_on=HELD, actor="t")
    assert labels["000001"] == "张伟（1980年生）" and labels["000002"] == "张伟（1985年生）"
    assert labels["000003"] == "员工3"
    _vote(db, view, [46] * 27 + [10])
    with db.session() as session:
        result = round_result(session, view.round_id)
    assert {"张伟（1980年生）", "张伟（1985年生）"} <= set(result["votes"])


# -- R23.1: terms --------------------------------------------------------------------------


def test_terms_warn_outside_three_to_five_years_and_refuse_overlaps(db) -> None:
    with db.session() as session:
        long = create_term(session, number=1, starts_on=date(2019, 1, 1), years=6, actor="t")
        assert [w.code for w in long.warnings] == ["term_too_long"]
        with pytest.raises(Conflict) as caught:
            create_term(session, number=2, starts_on=date(2024, 12, 31), years=5, actor="t")
        assert caught.value.code == "term_overlaps" and caught.value.details["other"] == 1
        nxt = create_term(session, number=2, starts_on=date(2025, 1, 1), years=5, actor="t")
        assert nxt.warnings == ()
        with pytest.raises(InvalidInput):
            create_term(session, number=3, starts_on=date(2031, 1, 1), years=0, actor="t")
        warnings = term_warnings(session, long.term_id, date(2021, 6, 1))
    assert [(w.code, w.subject) for w in warnings] == [
        ("term_too_long", "end"),
        ("no_session_in_year", "2019-01-01"),
        ("no_session_in_year", "2020-01-01"),
    ]


# -- boundaries of the services' refusals (mutation testing found them untested) ------------


def test_leader_records_at_their_limits(db, tmp_path) -> None:
    from congress_app.services.errors import NotFound

    load(db, tmp_path, deputies_roster())
    first = staff_ids(db, 1)[0]
    with db.session() as session:
        assert set_leader_titles(session, "校长", ["长" * 100], actor="t") == ("长" * 100,)
        with pytest.raises(InvalidInput):
            set_leader_titles(session, "校长", ["长" * 101], actor="t")
        record_leader(session, "校长", first, since=REF, actor="t", note="x" * 500)
        with pytest.raises(InvalidInput):
            record_leader(session, "校长", first, since=REF, actor="t", note="x" * 501)
        with pytest.raises(NotFound):
            record_leader(session, "校长", 999999, since=REF, actor="t")
        on_the_day = leader_holders_on(session, REF)["校长"]
        day_before = leader_holders_on(session, date(2025, 9, 30))["校长"]
    assert (on_the_day.staff_id, on_the_day.name, on_the_day.source) == (first, "员工1", "recorded")
    assert on_the_day.unit_id is not None and on_the_day.post == "副校长" and not on_the_day.vacant
    assert day_before.source == "unknown"


def test_term_years_at_their_limits(db) -> None:
    with db.session() as session:
        one = create_term(session, number=1, starts_on=date(2000, 1, 1), years=1, actor="t")
        ten = create_term(session, number=2, starts_on=date(2001, 1, 1), years=10, actor="t")
        with pytest.raises(InvalidInput):
            create_term(session, number=3, starts_on=date(2011, 1, 1), years=11, actor="t")
    assert [w.code for w in one.warnings] == ["term_too_short"]
    assert [w.code for w in ten.warnings] == ["term_too_long"]


def test_roster_facts_take_effect_on_their_own_day(db, tmp_path) -> None:
    from congress_app.services.units import standings_on

    rows = ninety(**{"8": {"status": "离校学习", "since": "2024-09-01"}})
    load(db, tmp_path, rows, on=date(2025, 1, 1))
    moved = [r if r[0] != "000003" else r[:6] + ["调离", "2025-06-01", ""] for r in rows]
    moved = [r for r in moved if r[0] != "000004"]  # dropped from the roster
    moved = [r if r[0] != "000008" else r[:8] + ["讲师"] for r in moved]  # still away, new post
    load(db, tmp_path, moved, name="r2.csv", on=date(2025, 6, 1))
    third, fourth, eighth = staff_ids(db, 3, 4, 8)
    with db.session() as session:
        on_day = standings_on(session, date(2025, 6, 1))
        before = standings_on(session, date(2025, 5, 31))
    assert on_day[third].status == TRANSFERRED and before[third].status == ON_DUTY
    assert not on_day[fourth].listed and before[fourth].listed
    assert on_day[eighth].status_since == date(2024, 9, 1)  # the away run began then


def test_the_youth_age_limit_at_its_bounds(db, tmp_path) -> None:
    load(db, tmp_path, deputies_roster())
    with db.session() as session:
        for bad in (15, 71):
            with pytest.raises(InvalidInput) as caught:
                save_seat_plan(session, total=29, actor="t", reference_date=REF, youth_age_limit=bad)
            assert caught.value.code == "bad_youth_age_limit"
        for good in (16, 70):
            assert (
                save_seat_plan(
                    session, total=29, actor="t", reference_date=REF, youth_age_limit=good
                ).youth_age_limit
                == good
            )
