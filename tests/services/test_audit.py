from __future__ import annotations

from sqlalchemy import text

from congress_app.services.audit import GENESIS, append_audit, verify_audit_chain


def test_entries_chain_their_hashes(db) -> None:
    with db.session() as session, session.begin():
        first = append_audit(session, actor="a", action="x", entity="e", entity_id=1, data={"n": 1})
        second = append_audit(session, actor="a", action="y", entity="e", entity_id=2)
    assert first.prev_hash == GENESIS
    assert second.prev_hash == first.hash
    with db.session() as session:
        check = verify_audit_chain(session)
    assert check.entries == 2 and check.intact


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
