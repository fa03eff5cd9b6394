from __future__ import annotations

from sqlalchemy import select, text

from congress_app.services.audit import GENESIS, append_audit, append_audits, verify_audit_chain
from congress_app.storage.models import AuditEntry


def test_entries_chain_their_hashes(db) -> None:
    with db.session() as session, session.begin():
        first = append_audit(session, actor="a", action="x", entity="e", entity_id=1, data={"n": 1})
        second = append_audit(session, actor="a", action="y", entity="e", entity_id=2)
    assert first.prev_hash == GENESIS
    assert second.prev_hash == first.hash
    with db.session() as session:
        check = verify_audit_chain(session)
    assert check.entries == 2 and check.intact


def test_several_entries_at_once_chain_in_order_after_the_tail(db) -> None:
    with db.session() as session, session.begin():
        first = append_audit(session, actor="a", action="x", entity="e", entity_id=1)
        assert append_audits(session, actor="a", entries=[]) == []
        batch = append_audits(session, actor="b", entries=[("y", "e", n, {"n": n}) for n in range(2, 5)])
        last = append_audit(session, actor="a", action="z", entity="e", entity_id=5)
    assert [e.prev_hash for e in batch] == [first.hash, batch[0].hash, batch[1].hash]
    assert last.prev_hash == batch[-1].hash
    with db.session() as session:
        stored = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        check = verify_audit_chain(session)
    assert [(e.action, e.entity_id, e.actor) for e in stored] == [
        ("x", "1", "a"),
        ("y", "2", "b"),
        ("y", "3", "b"),
        ("y", "4", "b"),
        ("z", "5", "a"),
    ]
    assert check.entries == 5 and check.intact


def test_tampering_is_detected(db) -> None:
    with db.session() as session, session.begin():
        for n in range(3):
            append_audit(session, actor="a", action="x", entity="e", entity_id=n, data={"n": n})
    with db.engine.begin() as connection:  # a forger who first drops the guard
        connection.execute(text("DROP TRIGGER audit_entry_no_update"))
        connection.exec_driver_sql("UPDATE audit_entry SET payload = '{\"n\": 9}' WHERE id = 2")
    with db.session() as session:
        check = verify_audit_chain(session)
    assert not check.intact and check.first_broken_id == 2
