"""`audit verify`: the hash chain re-checked entry by entry, and every frozen record's seal
recomputed — from its stored content, against the seal in the chain, and from the tables it
describes (a vote count changed by plain SQL shows here, naming the unit and round)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.services.audit import GENESIS, entry_hash
from congress_app.services.records import LIST, REVIEW, ROUND, SEAL_ACTION, canonical, seal_of, short_seal
from congress_app.storage.models import AuditEntry, CredentialsReview, ElectionRound, SealedRecord


@dataclass(frozen=True)
class Problem:
    code: str  # chain_broken, chain_link, content_altered, seal_not_in_chain, data_changed,
    #            subject_missing, record_missing, unsealed
    kind: str  # "chain" | ROUND | REVIEW | LIST
    subject: dict[str, Any]  # names the record: unit and round; term, review kind and date
    seal: str = ""  # the seal as sealed (short form, as printed)
    recomputed: str = ""  # the seal recomputed now (short form)
    changes: tuple[str, ...] = ()  # what differs, e.g. "yes[张三]: 120 → 121"


@dataclass(frozen=True)
class VerifyReport:
    entries: int
    records: int
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


def _chain(session: Session) -> tuple[int, list[Problem]]:
    problems, prev, count = [], GENESIS, 0
    columns = (
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.actor,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.payload,
        AuditEntry.prev_hash,
        AuditEntry.hash,
    )
    for entry_id, at, actor, action, entity, entity_id, payload, prev_hash, hash_ in session.execute(
        select(*columns).order_by(AuditEntry.id)
    ):  # plain rows: 3× faster than ORM objects
        count += 1
        broken = (
            prev_hash != prev,
            hash_ != entry_hash(prev_hash, at, actor, action, entity, entity_id, payload),
        )
        if any(broken):
            subject = {"entry": entry_id, "action": action, "at": at.isoformat(timespec="seconds")}
            problems += [
                Problem(code, "chain", subject)
                for code, bad in zip(("chain_link", "chain_broken"), broken, strict=True)
                if bad
            ]
        prev = hash_
    return count, problems


def _subject(kind: str, content: dict[str, Any]) -> dict[str, Any]:
    if kind == ROUND:
        return {"unit": content.get("unit"), "round": content.get("round"), "term": content.get("term")}
    return {
        "term": content.get("term"),
        "review_kind": content.get(f"{kind}_kind"),
        "published_on": content.get("published_on") or content.get("publication_date"),
    }


def _differences(before: Any, after: Any, path: str = "") -> list[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        out = []
        for key in sorted(set(before) | set(after)):
            out += _differences(before.get(key), after.get(key), f"{path}.{key}" if path else key)
        return out
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        out = []
        for i, (a, b) in enumerate(zip(before, after, strict=True)):
            label = a.get("display") or a.get("name") if isinstance(a, dict) else None
            out += _differences(a, b, f"{path}[{label or i}]")
        return out
    return [] if before == after else [f"{path}: {before} → {after}"]


def _recounters() -> dict[str, Callable[[Session, SealedRecord], dict[str, Any] | None]]:
    from congress_app.services.credentials_records import recount_list, recount_review
    from congress_app.services.round_records import recount_round

    return {ROUND: recount_round, REVIEW: recount_review, LIST: recount_list}


def _records(session: Session) -> tuple[int, list[Problem]]:
    problems: list[Problem] = []
    chained: dict[tuple[str, int], str] = {}
    for entity, entity_id, payload in session.execute(
        select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.payload)
        .where(AuditEntry.action == SEAL_ACTION)
        .order_by(AuditEntry.id)
    ):
        try:
            chained[(entity, int(entity_id))] = json.loads(payload).get("seal", "")
        except (ValueError, AttributeError):
            chained[(entity, int(entity_id) if entity_id.isdigit() else -1)] = ""
    recount = _recounters()
    records = session.scalars(select(SealedRecord).order_by(SealedRecord.id)).all()
    seen = set()
    for record in records:
        seen.add((record.kind, record.subject_id))
        try:
            content = json.loads(record.content)
        except ValueError:
            content = {}
        subject = _subject(record.kind, content)
        sealed = chained.get((record.kind, record.subject_id))
        printed = short_seal(sealed or record.seal)
        if seal_of(record.content) != record.seal:
            problems.append(
                Problem("content_altered", record.kind, subject, printed, short_seal(seal_of(record.content)))
            )
        if sealed != record.seal:
            problems.append(
                Problem("seal_not_in_chain", record.kind, subject, printed, short_seal(record.seal))
            )
        if not content:
            continue
        now = recount[record.kind](session, record)
        if now is None:
            problems.append(Problem("subject_missing", record.kind, subject, printed))
            continue
        again = seal_of(canonical(now))
        if again != (sealed or record.seal):
            problems.append(
                Problem(
                    "data_changed",
                    record.kind,
                    subject,
                    printed,
                    short_seal(again),
                    tuple(_differences(content, now)),
                )
            )
    for (kind, subject_id), seal in chained.items():
        if (kind, subject_id) not in seen:
            problems.append(Problem("record_missing", kind, {"id": subject_id}, short_seal(seal)))
    problems += _unsealed(session, seen)
    return len(records), problems


def _unsealed(session: Session, seen: set[tuple[str, int]]) -> list[Problem]:
    from congress_app.storage.models import ElectionUnit, UnitElection

    out = []
    for round_id, number, unit in session.execute(
        select(ElectionRound.id, ElectionRound.number, ElectionUnit.name)
        .join(UnitElection, ElectionRound.election_id == UnitElection.id)
        .join(ElectionUnit, UnitElection.unit_id == ElectionUnit.id)
        .where(ElectionRound.closed.is_(True))
        .order_by(ElectionRound.id)
    ):
        if (ROUND, round_id) not in seen:
            out.append(Problem("unsealed", ROUND, {"unit": unit, "round": number}))
    for review in session.scalars(select(CredentialsReview).order_by(CredentialsReview.id)):
        for kind in (REVIEW, LIST):
            if (kind, review.id) not in seen:
                out.append(
                    Problem(
                        "unsealed",
                        kind,
                        {"review_kind": review.kind, "published_on": review.published_on.isoformat()},
                    )
                )
    return out


def verify_records(session: Session) -> VerifyReport:
    """Everything `audit verify` checks, every problem listed (none: all holds)."""
    entries, chain = _chain(session)
    records, problems = _records(session)
    return VerifyReport(entries, records, tuple(chain + problems))


def needs_legacy_seals(session: Session) -> bool:
    """A database that has closed rounds or approved reviews but has never sealed anything:
    it was made before records were frozen (revision 0008)."""
    if (
        session.scalar(
            select(AuditEntry.id).where(AuditEntry.action.in_([SEAL_ACTION, "records.backfill"])).limit(1)
        )
        is not None
    ):
        return False
    return (
        session.scalar(select(ElectionRound.id).where(ElectionRound.closed.is_(True)).limit(1)) is not None
        or session.scalar(select(CredentialsReview.id).limit(1)) is not None
    )


def seal_legacy_records(session: Session, *, actor: str) -> int:
    """Seal what an older version closed or approved, once, from the tables as they stand
    (the best evidence left); recorded in the chain as ``records.backfill``."""
    from congress_app.services.audit import append_audit
    from congress_app.services.credentials_records import seal_legacy_review
    from congress_app.services.round_records import seal_round
    from congress_app.services.transaction import unit_of_work

    if not needs_legacy_seals(session):
        return 0
    with unit_of_work(session):
        rounds = session.scalars(
            select(ElectionRound.id).where(ElectionRound.closed.is_(True)).order_by(ElectionRound.id)
        ).all()
        for round_id in rounds:
            seal_round(session, round_id, actor=actor)
        reviews = session.scalars(select(CredentialsReview).order_by(CredentialsReview.id)).all()
        for review in reviews:
            seal_legacy_review(session, review, actor)
        append_audit(
            session,
            actor=actor,
            action="records.backfill",
            entity="sealed_record",
            data={"rounds": len(rounds), "reviews": len(reviews)},
        )
    return len(rounds) + 2 * len(reviews)
