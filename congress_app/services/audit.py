"""The append-only audit log. Each entry's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from congress_app.storage.base import utcnow
from congress_app.storage.models import AuditEntry

GENESIS = "0" * 64


def _canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(
    prev_hash: str, at: datetime, actor: str, action: str, entity: str, entity_id: str, payload: str
) -> str:
    material = "\x1f".join([prev_hash, at.isoformat(), actor, action, entity, entity_id, payload])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


AUDIT_LOCK_KEY = 0x43_44_41_55  # "CDAU": one advisory lock for the chain's tail


def _serialise_appends(session: Session) -> None:
    """Two desks appending at once must not both chain onto the same tail. SQLite already
    serialises writers (the entry is added after the caller's first write); PostgreSQL
    reads committed data, so take a transaction-scoped advisory lock first."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})


def append_audit(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: object = "",
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an entry to the log inside the caller's transaction (one :func:`append_audits`)."""
    return append_audits(session, actor=actor, entries=[(action, entity, entity_id, data or {})])[0]


def append_audits(
    session: Session, *, actor: str, entries: Sequence[tuple[str, str, object, dict[str, Any]]]
) -> list[AuditEntry]:
    """Add several ``(action, entity, entity_id, data)`` entries to the log inside the caller's
    transaction, chained in order exactly as that many :func:`append_audit` calls would chain
    them — the tail read once, one flush."""
    if not entries:
        return []
    _serialise_appends(session)
    session.flush()
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    added = []
    for action, entity, entity_id, data in entries:
        at = utcnow()
        payload = _canonical(data)
        entry = AuditEntry(
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            payload=payload,
            prev_hash=prev,
            hash=entry_hash(prev, at, actor, action, entity, str(entity_id), payload),
        )
        session.add(entry)
        added.append(entry)
        prev = entry.hash
    session.flush()
    return added


@dataclass(frozen=True)
class AuditCheck:
    entries: int
    first_broken_id: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_audit_chain(session: Session) -> AuditCheck:
    """Recompute every hash; report the first entry whose chain is broken."""
    prev = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        expected = entry_hash(
            prev, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id, entry.payload
        )
        if entry.prev_hash != prev or entry.hash != expected:
            return AuditCheck(count, entry.id)
        prev = entry.hash
    return AuditCheck(count, None)
