"""Bodies (R26–R34): membership rules, history, and each body's checks; roster proposals
(R17.1 facts from a re-import) confirmed by the office."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.rules.seats import PARTY_SECRETARY, RETIRED, UNION_CHAIR
from congress_app.services.bodies import (
    add_member,
    body_views,
    create_body,
    end_membership,
    form_delegations,
    record_body_election,
)
from congress_app.services.delegate_status import confirm_proposals, roster_proposals
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.roll import roll_on
from congress_app.storage.models import Delegate, Staff, StaffEvent
from tests.services.delegate_fixtures import PUBLISHED, published, published_template  # noqa: F401

ON = date(2025, 12, 18)


def _checks(view):
    return {c.code: c.passed for c in view.checks}


def test_delegations_hold_delegates_and_need_elected_heads(published) -> None:
    db, term_id = published
    with db.session() as session:
        assert form_delegations(session, term_id, PUBLISHED, actor="t") >= 2
        assert form_delegations(session, term_id, PUBLISHED, actor="t") == 0
        view = next(v for v in body_views(session, term_id, ON) if v.kind == "delegation")
        assert _checks(view) == {"one_department": True, "head_and_deputies": False, "heads_elected": True}
        on_roll = {d.staff_id for d in session.query(Delegate)}
        outsider = next(s for s in session.query(Staff).order_by(Staff.id) if s.id not in on_roll)
        with pytest.raises(InvalidInput) as caught:
            add_member(session, view.body_id, outsider.id, joined_on=ON, actor="t")
        assert (caught.value.code, caught.value.details["rule"]) == ("member_not_delegate", "R32.1")
        members = [m for m in view.members]
        with pytest.raises(Conflict):
            add_member(session, view.body_id, members[0].staff_id, joined_on=ON, actor="t")
        end_membership(session, members[0].member_id, ON, actor="t")
        add_member(session, view.body_id, members[0].staff_id, role="head", joined_on=ON, actor="t")
        end_membership(session, members[1].member_id, ON, actor="t")
        add_member(session, view.body_id, members[1].staff_id, role="deputy", joined_on=ON, actor="t")
        view = next(v for v in body_views(session, term_id, ON) if v.body_id == view.body_id)
        assert _checks(view) == {"one_department": True, "head_and_deputies": True, "heads_elected": False}
        record_body_election(session, view.body_id, ON, actor="t")
        view = next(v for v in body_views(session, term_id, ON) if v.body_id == view.body_id)
        assert view.passed and len(view.members) == len(members) + 2  # history kept
        roll = {e.staff_id: e for e in roll_on(session, term_id, ON)}
        assert roll[members[2].staff_id].delegation == view.name


def test_presidium_dmc_and_committee_checks(published) -> None:
    db, term_id = published
    with db.session() as session:
        roll = [e for e in roll_on(session, term_id, ON) if e.kind == "formal"]
        leaders = {s.post: s for s in session.query(Staff) if s.post in (PARTY_SECRETARY, UNION_CHAIR)}
        presidium = create_body(session, term_id, "presidium", "大会主席团", actor="t")
        with pytest.raises(Conflict):
            create_body(session, term_id, "presidium", "又一个主席团", actor="t")
        for e in roll[:5]:
            add_member(session, presidium, e.staff_id, joined_on=ON, actor="t")
        dmc = create_body(session, term_id, "dmc", "民主管理委员会", actor="t", elected_on=ON)
        add_member(session, dmc, leaders[PARTY_SECRETARY].id, role="head", joined_on=ON, actor="t")
        add_member(session, dmc, leaders[UNION_CHAIR].id, role="deputy", joined_on=ON, actor="t")
        for e in roll[:4]:
            if e.staff_id not in (leaders[PARTY_SECRETARY].id, leaders[UNION_CHAIR].id):
                add_member(session, dmc, e.staff_id, joined_on=ON, actor="t")
        committee = create_body(session, term_id, "committee", "提案工作委员会", actor="t")
        on_roll = {d.staff_id for d in session.query(Delegate)}
        outsider = next(s for s in session.query(Staff).order_by(Staff.id) if s.id not in on_roll)
        add_member(session, committee, roll[6].staff_id, joined_on=ON, actor="t")
        add_member(session, committee, outsider.id, joined_on=ON, actor="t")
        views = {v.body_id: v for v in body_views(session, term_id, ON)}
        pres = _checks(views[presidium])
        assert pres["elected_by_congress"] is False
        dmc_checks = _checks(views[dmc])
        assert dmc_checks["director_party_leader"] and dmc_checks["deputy_union_chair"]
        assert dmc_checks["size_in_range"] == (len(views[dmc].members) >= -(-5 * len(roll) // 100))
        com = views[committee].checks
        assert [(c.rule, c.passed) for c in com] == [("R30.1", False), ("R30.2", False)]
        assert outsider.name in com[1].findings[0].subject
    with pytest.raises(InvalidInput):
        with db.session() as session:
            create_body(session, term_id, "delegation", "无院系代表团", actor="t")


def test_roster_proposals_from_a_re_import_are_confirmed(published) -> None:
    db, term_id = published
    with db.session() as session:
        delegate = session.query(Delegate).order_by(Delegate.id).first()
        staff = session.get(Staff, delegate.staff_id)
        session.add(
            StaffEvent(
                staff_id=staff.id,
                effective_on=date(2026, 7, 1),
                status=RETIRED,
                unit_id=staff.unit_id,
                category=staff.category,
                source="2026年名册",
            )
        )
        session.commit()
        proposals = roster_proposals(session, term_id)
        assert [(p.delegate_id, p.kind, p.occurred_on) for p in proposals] == [
            (delegate.id, "retired", date(2026, 7, 1))
        ]
        assert confirm_proposals(session, proposals, actor="t") == 1
        assert roster_proposals(session, term_id) == []
        entry = {e.delegate_id: e for e in roll_on(session, term_id, date(2026, 7, 1))}[delegate.id]
        assert (entry.status, entry.since) == ("retired", date(2026, 7, 1))


def test_no_proposal_once_the_status_has_ended(published) -> None:
    db, term_id = published
    with db.session() as session:
        delegate = session.query(Delegate).order_by(Delegate.id).first()
        staff = session.get(Staff, delegate.staff_id)
        from congress_app.services.delegate_status import record_status_event

        record_status_event(session, delegate.id, "transferred", date(2026, 5, 1), actor="t")
        session.add(
            StaffEvent(
                staff_id=staff.id,
                effective_on=date(2026, 7, 1),
                status=RETIRED,
                unit_id=staff.unit_id,
                category=staff.category,
                source="2026年名册",
            )
        )
        session.commit()
        assert roster_proposals(session, term_id) == []
