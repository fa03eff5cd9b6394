"""Natural identities the schema keeps: one regular election per unit and term (a second desk
racing the first gets a worded conflict, nothing saved), unit names within their length."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from congress_app.services.elections import prepare_elections
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.units import list_units, merge_units, rename_unit
from congress_app.storage.models import AuditEntry, UnitElection
from congress_app.wording import describe_error
from tests.services.election_fixtures import term  # noqa: F401


def _count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_desk_racing_another_to_prepare_elections_gets_a_conflict(db, term, monkeypatch) -> None:
    elections, audits = _count(db, UnitElection), _count(db, AuditEntry)
    assert elections > 0
    real = Session.scalars

    def blind(self, statement, *args, **kwargs):  # as if the other desk had not committed yet
        if "unit_election" in str(statement):
            return iter(())
        return real(self, statement, *args, **kwargs)

    monkeypatch.setattr(Session, "scalars", blind)
    with db.session() as session:
        with pytest.raises(Conflict) as raced:
            prepare_elections(session, term_id=term.term_id, actor="desk 2")
    monkeypatch.undo()
    assert raced.value.code == "elections_prepared_elsewhere"
    assert "另一台电脑" in describe_error(raced.value)
    assert (_count(db, UnitElection), _count(db, AuditEntry)) == (elections, audits)


def test_unit_names_longer_than_stored_are_refused_naming_the_field(db, term) -> None:
    with db.session() as session:
        units = list_units(session)
        with pytest.raises(InvalidInput) as long_name:
            rename_unit(session, units[0].unit_id, "院" * 201, actor="t")
        with pytest.raises(InvalidInput) as long_joint:
            merge_units(session, [units[0].unit_id, units[1].unit_id], "联" * 201, actor="t")
        assert list_units(session) == units
    assert long_name.value.details == {"field": "unit_name", "length": 201, "limit": 200}
    assert describe_error(long_name.value) == "「选举单位名称」过长（201 个字符），最多 200 个字符。"
    assert describe_error(long_name.value) == "「选举单位名称」过长（201 个字符），最多 200 个字符。"
    assert long_joint.value.details["field"] == "joint_unit_name"
