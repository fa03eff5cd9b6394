"""One transaction per use case, even when the caller has already read with the session."""

from __future__ import annotations

from sqlalchemy.orm import Session, SessionTransaction


def unit_of_work(session: Session) -> SessionTransaction:
    """Begin the use case's transaction: ``with unit_of_work(session): ...``.

    Reads autobegin a transaction; a service that writes ends that read-only one first (it
    holds nothing) so that its own writes commit or roll back as one. Pending, unflushed
    changes by the caller would be a bug: services own every write.
    """
    if session.in_transaction():
        if session.new or session.dirty or session.deleted:
            raise RuntimeError("unit_of_work: the caller left unsaved changes in the session")
        session.rollback()
    return session.begin()
