"""The delegate body over a term: the roll at any date (R17.1 automatically), recall (R18.1),
status review, vacancies and by-election with its supplementary list (R19.1, R15.2),
invited and observer delegates (R20.1), numbers. Each refusal is seen."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from congress_app.rules.status import (
    EV_AWAY_END,
    EV_AWAY_START,
    EV_RETIRED,
    EV_TRANSFERRED,
    expected_delegates,
)
from congress_app.services.by_elections import (
    add_special_delegate,
    assign_numbers,
    by_elections,
    publish_by_election,
    start_by_election,
    write_supplementary_list,
)
from congress_app.services.counting import Figures, close_round, open_round, save_figures
from congress_app.services.delegate_status import (
    confirm_review,
    history,
    pending_review,
    recall_delegate,
    record_away,
    record_status_event,
    unit_vacancies,
)
from congress_app.services.elections import eligible_staff, nominate
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.roll import records_on, roll_on
from congress_app.storage.models import AuditEntry, Delegate, DelegateEvent, Staff
from tests.services.delegate_fixtures import PUBLISHED, published, published_template  # noqa: F401

D1 = date(2026, 3, 1)


def _roll(db, term_id, on):
    with db.session() as session:
        return {e.delegate_id: e for e in roll_on(session, term_id, on)}


def test_roll_at_two_dates_differs_exactly_by_the_events_between(published) -> None:
    db, term_id = published
    first, second = date(2026, 6, 1), date(2026, 12, 1)
    rng = random.Random(5)
    ids = sorted(_roll(db, term_id, first))
    touched_before, touched_between = ids[:6], ids[6:14]
    with db.session() as session:
        for k, delegate_id in enumerate(touched_before):  # before both dates: same in both
            record_status_event(
                session,
                delegate_id,
                EV_RETIRED if k % 2 else EV_TRANSFERRED,
                date(2026, 4, 1) + timedelta(days=k),
                actor="t",
            )
        kinds = [EV_RETIRED, EV_TRANSFERRED, EV_AWAY_START]
        for k, delegate_id in enumerate(touched_between):
            record_status_event(
                session, delegate_id, kinds[k % 3], first + timedelta(days=1 + rng.randrange(150)), actor="t"
            )
        record_status_event(session, ids[20], EV_RETIRED, date(2027, 1, 5), actor="t")  # after
    before, after = _roll(db, term_id, first), _roll(db, term_id, second)
    assert before.keys() == after.keys()
    changed = {i for i in before if before[i] != after[i]}
    assert changed == set(touched_between)
    for i in touched_between:
        if after[i].status == "active":  # away for less than a year
            assert first < after[i].away_from <= second and before[i].away_from is None
        else:
            assert after[i].status in ("retired", "transferred")
            assert first < after[i].since <= second
    assert all(after[i].status != "active" for i in touched_before)


def test_away_active_the_day_before_the_anniversary_and_away_on_it(published) -> None:
    db, term_id = published
    delegate_id = min(_roll(db, term_id, D1))
    with db.session() as session:
        record_away(session, delegate_id, D1, None, actor="t")
    day_before = _roll(db, term_id, date(2027, 2, 28))[delegate_id]
    anniversary = _roll(db, term_id, date(2027, 3, 1))[delegate_id]
    assert (day_before.status, day_before.away_from) == ("active", D1)
    assert (anniversary.status, anniversary.since, anniversary.away_from) == ("away", date(2027, 3, 1), D1)
    with db.session() as session:  # R24.1: away 6 months by a session: not expected
        records = records_on(session, term_id, date(2026, 9, 1))
    expected = expected_delegates(records, date(2026, 9, 1))
    assert str(delegate_id) in expected.away_excluded


def test_refusals_of_status_events(published) -> None:
    db, term_id = published
    delegate_id = min(_roll(db, term_id, D1))
    with db.session() as session:
        with pytest.raises(InvalidInput) as caught:
            record_away(session, delegate_id, D1, D1 - timedelta(days=1), actor="t")
        assert caught.value.code == "period_ends_before_start"
        with pytest.raises(Conflict) as caught:
            record_status_event(session, delegate_id, EV_AWAY_END, D1, actor="t")
        assert caught.value.code == "no_open_period"
        with pytest.raises(InvalidInput) as caught:
            record_status_event(session, delegate_id, EV_RETIRED, PUBLISHED - timedelta(days=1), actor="t")
        assert caught.value.code == "event_before_effective"
        record_status_event(session, delegate_id, EV_AWAY_START, D1, actor="t")
        with pytest.raises(Conflict) as caught:
            record_status_event(session, delegate_id, EV_AWAY_START, D1 + timedelta(days=9), actor="t")
        assert caught.value.code == "period_already_open"
        with pytest.raises(InvalidInput):
            record_status_event(session, delegate_id, EV_AWAY_END, D1, actor="t")
        assert [h.kind for h in history(session, delegate_id)] == ["effective", "away_start"]


def test_recall_needs_reason_and_date_and_opens_a_vacancy(published) -> None:
    db, term_id = published
    delegate_id = min(_roll(db, term_id, D1))
    with db.session() as session:
        with pytest.raises(InvalidInput) as caught:
            recall_delegate(session, delegate_id, decided_on=D1, reason="  ", actor="t")
        assert caught.value.details["rule"] == "R18.1"
        with pytest.raises(InvalidInput) as caught:
            recall_delegate(session, delegate_id, decided_on=None, reason="严重违纪", actor="t")
        assert caught.value.details["field"] == "decided_on"
        assert session.query(DelegateEvent).filter_by(delegate_id=delegate_id).count() == 1
        unit_id = session.get(Delegate, delegate_id).unit_id
        before = {v.unit_id: v for v in unit_vacancies(session, term_id, D1)}[unit_id]
        recall_delegate(session, delegate_id, decided_on=D1, reason="严重违纪", actor="t")
        after = {v.unit_id: v for v in unit_vacancies(session, term_id, D1)}[unit_id]
        with pytest.raises(Conflict):
            recall_delegate(session, delegate_id, decided_on=D1, reason="再次", actor="t")
    assert after.vacancies == before.vacancies + 1
    assert _roll(db, term_id, D1)[delegate_id].status == "recalled"
    assert _roll(db, term_id, D1 - timedelta(days=1))[delegate_id].status == "active"


def test_status_review_lists_confirms_and_opens_vacancies(published) -> None:
    db, term_id = published
    ids = sorted(_roll(db, term_id, D1))
    with db.session() as session:
        record_status_event(session, ids[0], EV_RETIRED, date(2026, 7, 1), actor="t")
        record_away(session, ids[1], D1, None, actor="t")
        assert pending_review(session, term_id, date(2026, 12, 31))[0].reason == "retired"
        items = pending_review(session, term_id, date(2027, 3, 1))
        assert [(i.delegate_id, i.reason, i.ended_on) for i in items] == [
            (ids[0], "retired", date(2026, 7, 1)),
            (ids[1], "away", date(2027, 3, 1)),
        ]
        unit_ids = {session.get(Delegate, i).unit_id for i in ids[:2]}
        before = sum(v.vacancies for v in unit_vacancies(session, term_id, date(2027, 3, 1)))
        pending = sum(v.pending for v in unit_vacancies(session, term_id, date(2027, 3, 1)))
        result = confirm_review(session, term_id, date(2027, 3, 1), actor="t")
        after = sum(v.vacancies for v in unit_vacancies(session, term_id, date(2027, 3, 1)))
        assert len(result.items) == 2 and len(result.digest) == 64 and unit_ids
        assert (pending, after - before) == (2, 2)
        assert pending_review(session, term_id, date(2027, 3, 1)) == []
        with pytest.raises(Conflict) as caught:
            confirm_review(session, term_id, date(2027, 3, 1), actor="t")
        assert caught.value.code == "nothing_to_review"
        audit = session.query(AuditEntry).filter_by(action="delegate.status_review").one()
        assert result.digest in audit.payload


def _run_by_election(session, election_id, held_on):
    staff = [s.id for s in eligible_staff(session, election_id)]
    roll_staff = {d.staff_id for d in session.query(Delegate)}
    nominees = [s for s in staff if s not in roll_staff][:3]
    nominate(session, election_id, nominees, actor="t", on=held_on, confirmed_on=held_on)
    view = open_round(session, election_id, held_on=held_on, actor="t")
    ids = [c.candidate_id for c in view.candidates]
    votes = {ids[0]: view.electorate - 2, ids[1]: 1, ids[2]: 0}
    save_figures(session, view.round_id, Figures(view.electorate, view.electorate - 1, 0, votes), actor="t")
    close_round(session, view.round_id, actor="t")
    return nominees[0]


def test_recall_vacancy_by_election_and_supplementary_list(published, tmp_path) -> None:
    db, term_id = published
    delegate_id = min(_roll(db, term_id, D1))
    with db.session() as session:
        unit_id = session.get(Delegate, delegate_id).unit_id
        with pytest.raises(Conflict) as caught:  # no vacancy yet
            start_by_election(session, term_id, unit_id, 1, on=D1, actor="t")
        assert (caught.value.code, caught.value.details["rule"]) == ("no_vacancy", "R19.1")
        recall_delegate(session, delegate_id, decided_on=D1, reason="不能履行代表义务", actor="t")
        with pytest.raises(Conflict):  # one vacancy only
            start_by_election(session, term_id, unit_id, 2, on=D1, actor="t")
        election_id = start_by_election(session, term_id, unit_id, 1, on=D1, actor="t")
        with pytest.raises(Conflict):  # the by-election under way covers the vacancy
            start_by_election(session, term_id, unit_id, 1, on=D1, actor="t")
        winner = _run_by_election(session, election_id, date(2026, 3, 20))
        numbers_before = {d.id: d.number for d in session.query(Delegate)}
        published_list = publish_by_election(session, election_id, published_on=date(2026, 4, 1), actor="t")
        assert [d.name for d in published_list.delegates] == [session.get(Staff, winner).name]
        new = published_list.delegates[0]
        assert new.number == f"09{len(numbers_before) + 1:03d}"
        assert {d.id: d.number for d in session.query(Delegate) if d.id in numbers_before} == numbers_before
        with pytest.raises(Conflict) as caught:
            publish_by_election(session, election_id, published_on=date(2026, 4, 2), actor="t")
        assert caught.value.code == "by_election_published"
        vacancy = {v.unit_id: v for v in unit_vacancies(session, term_id, date(2026, 4, 1))}[unit_id]
        assert (vacancy.vacancies, vacancy.by_election_seats) == (0, 0)
        assert by_elections(session, term_id) == [(election_id, vacancy.unit, 1, True)]
        out = write_supplementary_list(session, election_id, tmp_path / "增补.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    assert new.delegate_id not in _roll(db, term_id, date(2026, 3, 31))
    assert _roll(db, term_id, date(2026, 4, 1))[new.delegate_id].status == "active"


def test_publishing_a_regular_election_as_a_by_election_is_refused(published) -> None:
    db, term_id = published
    with db.session() as session:
        regular = session.query(Delegate).first()
        from congress_app.storage.models import UnitElection

        election = session.query(UnitElection).filter_by(unit_id=regular.unit_id).first()
        with pytest.raises(Conflict) as caught:
            publish_by_election(session, election.id, published_on=D1, actor="t")
        assert caught.value.code == "not_by_election"


def test_invited_and_observer_delegates_never_count(published) -> None:
    db, term_id = published
    with db.session() as session:
        on_roll = {d.staff_id for d in session.query(Delegate)}
        others = [s for s in session.query(Staff).order_by(Staff.id) if s.id not in on_roll][:2]
        vacancies_before = unit_vacancies(session, term_id, D1)
        with pytest.raises(InvalidInput):
            add_special_delegate(
                session, term_id, others[0].id, kind="formal", category="x", effective_from=D1, actor="t"
            )
        with pytest.raises(InvalidInput):
            add_special_delegate(
                session, term_id, others[0].id, kind="invited", category=" ", effective_from=D1, actor="t"
            )
        invited = add_special_delegate(
            session,
            term_id,
            others[0].id,
            kind="invited",
            category="离退休教职工代表",
            effective_from=D1,
            actor="t",
        )
        observer = add_special_delegate(
            session,
            term_id,
            others[1].id,
            kind="observer",
            category="民主党派代表",
            effective_from=D1,
            actor="t",
        )
        assert unit_vacancies(session, term_id, D1) == vacancies_before
        records = records_on(session, term_id, D1)
        assert assign_numbers(session, term_id, actor="t") == 0
    roll = _roll(db, term_id, D1)
    assert (roll[invited].kind, roll[invited].number, roll[invited].category) == (
        "invited",
        "T09001",
        "离退休教职工代表",
    )
    assert roll[observer].number == "L09001"
    expected = expected_delegates(records, D1)
    assert {str(invited), str(observer)} <= set(expected.not_formal)
    assert expected.expected == sum(1 for e in roll.values() if e.kind == "formal")


def test_roll_papers_from_the_service(published, tmp_path) -> None:
    from openpyxl import load_workbook

    from congress_app.services.delegate_papers import write_cards, write_roll

    db, term_id = published
    with db.session() as session:
        first = min(_roll(db, term_id, D1))
        recall_delegate(session, first, decided_on=D1, reason="严重违纪", actor="t")
        with pytest.raises(InvalidInput) as caught:
            write_roll(session, term_id, D1, tmp_path / "roll.csv")
        assert caught.value.code == "unknown_suffix"
        xlsx = write_roll(session, term_id, D1, tmp_path / "roll.xlsx")
        cards = write_cards(session, term_id, D1, tmp_path / "cards.pdf")
        with pytest.raises(InvalidInput) as caught:
            write_cards(session, term_id, D1, tmp_path / "none.pdf", delegate_ids=[])
        assert caught.value.code == "no_cards"
    ws = load_workbook(xlsx).active
    statuses = [ws.cell(r, 8).value for r in range(5, ws.max_row + 1)]
    assert statuses.count("罢免") == 1 and len(statuses) == len(_roll(db, term_id, D1))
    import subprocess

    text = subprocess.run(["pdftotext", str(cards), "-"], capture_output=True, text=True).stdout
    assert text.count("代表证") == len(statuses) - 1  # the recalled delegate gets no card
