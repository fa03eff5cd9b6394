"""Frozen records and their seals (R15.2): a closed round, an approved credentials review, a
published delegate list — stored as they were, as canonical JSON, never recomputed.

The seal is the SHA-256 of the canonical content; sealing appends it to the audit chain
(action ``record.seal``) inside the caller's transaction, so the chain covers the record.
Reports print the stored content and the seal's short form (16 hex characters).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.services.audit import append_audit
from congress_app.storage.models import SealedRecord

ROUND, REVIEW, LIST = "round", "review", "list"
SEAL_ACTION = "record.seal"
SHORT = 16


def canonical(content: dict[str, Any]) -> str:
    """One text for one content: sorted keys, no spaces, Chinese as is, dates in ISO form."""
    return json.dumps(
        content,
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v),
    )


def seal_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_seal(seal: str) -> str:
    """The form printed on paper: the first 16 hex characters, in groups of four."""
    head = seal[:SHORT].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def seal_record(
    session: Session, *, kind: str, subject_id: int, term_id: int, content: dict[str, Any], actor: str
) -> SealedRecord:
    """Store ``content`` as the frozen record of (kind, subject) and seal it in the audit chain.
    Runs inside the caller's transaction."""
    text = canonical(content)
    record = SealedRecord(
        kind=kind, subject_id=subject_id, term_id=term_id, content=text, seal=seal_of(text), sealed_by=actor
    )
    session.add(record)
    session.flush()
    append_audit(
        session,
        actor=actor,
        action=SEAL_ACTION,
        entity=kind,
        entity_id=subject_id,
        data={"seal": record.seal, "record": record.id, "term": term_id},
    )
    return record


def stored_record(session: Session, kind: str, subject_id: int) -> SealedRecord | None:
    return session.scalar(
        select(SealedRecord).where(SealedRecord.kind == kind, SealedRecord.subject_id == subject_id)
    )


def stored_content(record: SealedRecord) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(record.content)
    return content
