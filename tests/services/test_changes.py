"""Change sets: what a use case changed is recorded from the session (kinds and ids), a
failure records nothing, and bulk statements record their kind with unknown ids."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select

from congress_app.services import changes as ch
from congress_app.services.changes import Changes, recording, run_service
from congress_app.services.errors import ServiceError
from congress_app.services.school import SchoolInfo, save_school
from congress_app.services.terms import create_term
from congress_app.storage.models import ElectionUnit


def test_a_service_says_which_records_it_changed(db) -> None:
    with db.session() as session:
        _info, first = run_service(session, save_school, SchoolInfo("甲大学", "1", "JDH"), actor="t")
        _info, second = run_service(session, save_school, SchoolInfo("乙大学", "1", "JDH"), actor="t")
        term, third = run_service(
            session, create_term, number=9, starts_on=date(2026, 1, 1), years=5, actor="t"
        )
    assert first.kinds == {ch.SCHOOL, ch.AUDIT_ENTRY}
    assert first.ids_of(ch.SCHOOL) == second.ids_of(ch.SCHOOL) == {1}
    assert second.ids_of(ch.AUDIT_ENTRY) != first.ids_of(ch.AUDIT_ENTRY)
    assert third.kinds == {ch.TERM, ch.AUDIT_ENTRY} and third.ids_of(ch.TERM) == {term.term_id}
    assert third.touches(ch.TERM_KINDS) and not third.touches(ch.ROSTER_KINDS)


def test_a_refused_change_records_nothing(db) -> None:
    with db.session() as session, recording(session) as recorded:
        with pytest.raises(ServiceError):
            create_term(session, number=0, starts_on=date(2026, 1, 1), years=5, actor="t")
    assert not recorded.changes and recorded.changes.kinds == frozenset()


def test_bulk_statements_record_their_kind_with_unknown_ids(db) -> None:
    with db.session() as session, recording(session) as recorded:
        with session.begin():
            session.execute(insert(ElectionUnit), [{"name": "甲院"}, {"name": "乙院"}])
        assert session.scalar(select(ElectionUnit.id).limit(1)) is not None
    assert recorded.changes.kinds == {ch.ELECTION_UNIT}
    assert recorded.changes.ids_of(ch.ELECTION_UNIT) is None  # any of them


def test_what_was_rolled_back_is_forgotten(db) -> None:
    with db.session() as session, recording(session) as recorded:
        session.begin()
        session.add(ElectionUnit(name="丙院"))
        session.flush()
        session.rollback()
    assert not recorded.changes


def test_change_sets_combine_and_answer_views() -> None:
    a = Changes({ch.STAFF: frozenset({1})})
    b = Changes({ch.STAFF: frozenset({2}), ch.TERM: None})
    both = a | b
    assert both.ids_of(ch.STAFF) == {1, 2} and both.ids_of(ch.TERM) is None
    assert both.ids_of(ch.CANDIDATE) == frozenset()
    assert a.touches({ch.STAFF}) and not a.touches({ch.TERM}) and a.touches(None)
    assert not Changes().touches(None)
    assert Changes.all().touches({ch.TERM}) and (a | Changes.all()).everything
