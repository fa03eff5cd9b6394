"""The archive register (R48.1): per session, every document in its group with its bytes and
SHA-256. Generated documents are filed by :func:`collect_generated`; other documents are
added as files (:func:`add_file`) and may be removed (:func:`remove_item`). Every change is
one transaction with an audit entry naming the file's SHA-256."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from congress_app.rules.archive import (
    ARCHIVE_GROUPS,
    MAX_FILE_BYTES,
    RETENTION_CODES,
    archive_group,
    check_archive_groups,
    default_retention,
    media_type,
    sha256_hex,
)
from congress_app.services.audit import append_audit, append_audits
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import ArchiveItem, CongressSession

if TYPE_CHECKING:
    from congress_app.services.archive_sources import GeneratedDoc

GENERATED, IMPORTED = "generated", "imported"
PDF = "application/pdf"
IMAGE_TYPES = ("image/png", "image/jpeg")


def _column_length(column: Any) -> int:
    length = column.property.columns[0].type.length
    assert isinstance(length, int)
    return length


# the register's columns (storage/models/archive.py): a longer value is refused, never cut short
TITLE_LENGTH, AUTHOR_LENGTH, DOC_NUMBER_LENGTH = (
    _column_length(c) for c in (ArchiveItem.title, ArchiveItem.author, ArchiveItem.doc_number)
)


@dataclass(frozen=True)
class RegisterItem:
    item_id: int
    session_id: int
    group: int
    title: str
    author: str
    doc_number: str
    day: date
    retention: str
    pages: int
    filename: str
    media_type: str
    size: int
    sha256: str
    kind: str
    source: str
    source_seal: str
    stamp_corner: bool = False  # page 1's top right corner kept blank for the 归档章


@dataclass(frozen=True)
class GroupState:
    number: int
    title: str
    items: int

    @property
    def present(self) -> bool:
        return self.items > 0


def _view(item: ArchiveItem) -> RegisterItem:
    return RegisterItem(
        item.id,
        item.session_id,
        item.group_no,
        item.title,
        item.author,
        item.doc_number,
        item.doc_date,
        item.retention,
        item.pages,
        item.filename,
        item.media_type,
        item.size,
        item.sha256,
        item.kind,
        item.source,
        item.source_seal,
        item.stamp_corner,
    )


def _order(items: list[ArchiveItem]) -> list[ArchiveItem]:
    """R48.2: items in arrangement order: by group, then date, then the order filed."""
    return sorted(items, key=lambda i: (i.group_no, i.doc_date, i.id))


def list_items(session: Session, session_id: int) -> list[RegisterItem]:
    """The session's register in arrangement order (件号 = position + 1)."""
    items = session.scalars(select(ArchiveItem).where(ArchiveItem.session_id == session_id)).all()
    return [_view(i) for i in _order(list(items))]


def item_content(session: Session, item_id: int) -> bytes:
    data = session.scalar(select(ArchiveItem.content).where(ArchiveItem.id == item_id))
    if data is None:
        raise NotFound("archive_item_missing", item=item_id)
    return data


def items_content(session: Session, item_ids: list[int]) -> dict[int, bytes]:
    """The stored bytes of several items in one query (ids not found are left out)."""
    if not item_ids:
        return {}
    rows = session.execute(select(ArchiveItem.id, ArchiveItem.content).where(ArchiveItem.id.in_(item_ids)))
    return {item_id: content for item_id, content in rows}


def group_checklist(session: Session, session_id: int) -> list[GroupState]:
    """R48.1: the nine groups with the number of items filed in each."""
    counts: dict[int, int] = dict(
        session.execute(
            select(ArchiveItem.group_no, func.count())
            .where(ArchiveItem.session_id == session_id)
            .group_by(ArchiveItem.group_no)
        ).all()
    )
    return [GroupState(g.number, g.title_zh, counts.get(g.number, 0)) for g in ARCHIVE_GROUPS]


def missing_groups(session: Session, session_id: int) -> list[int]:
    present = [g.number for g in group_checklist(session, session_id) if g.present]
    return [int(f.actual) for f in check_archive_groups(present)]


def latest_session_with_documents(session: Session) -> int | None:
    return session.scalar(
        select(ArchiveItem.session_id)
        .join(CongressSession, ArchiveItem.session_id == CongressSession.id)
        .order_by(CongressSession.held_on.desc(), CongressSession.id.desc())
        .limit(1)
    )


def pdf_pages(data: bytes, name: str) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput("archive_bad_pdf", field="file", name=name) from exc


_PAGE_TREE = re.compile(rb"<<\s*/Count (\d+) /Kids \[((?:\s+\d+ 0 R)*)\s*\] /Type /Pages\s*>>")


def _built_pages(data: bytes, name: str) -> int:
    """Pages of a PDF the app's builders (ReportLab) wrote: read from its one flat page tree
    (the root ``/Pages`` object, uncompressed, listing every page) instead of parsing the whole
    file; anything else is parsed (:func:`pdf_pages`)."""
    trees = _PAGE_TREE.findall(data)
    if len(trees) == 1 and data.count(b"/Type /Pages") == 1:
        count, kids = trees[0]
        if int(count) == kids.count(b" R"):
            return int(count)
    return pdf_pages(data, name)


def _check_session(session: Session, session_id: int) -> CongressSession:
    record = session.get(CongressSession, session_id)
    if record is None:
        raise NotFound(what=f"session {session_id}")
    return record


def add_file(
    session: Session,
    session_id: int,
    *,
    group: int,
    title: str,
    filename: str,
    data: bytes,
    author: str = "",
    doc_number: str = "",
    day: date | None = None,
    retention: str | None = None,
    pages: int | None = None,
    actor: str,
) -> RegisterItem:
    """File an imported document. Refusals (before any writing): ``archive_unknown_group``,
    ``archive_missing_title``, ``archive_unsupported_file``, ``archive_empty_file``,
    ``archive_file_too_big``, ``archive_bad_retention``, ``archive_bad_pdf``,
    ``archive_duplicate`` (the same bytes already filed for the session)."""
    if archive_group(group) is None:
        raise InvalidInput("archive_unknown_group", field="group", value=group)
    title = title.strip()
    if not title:
        raise InvalidInput("archive_missing_title", field="title")
    author, doc_number = author.strip(), doc_number.strip()
    for field, value, limit in (
        ("archive_title", title, TITLE_LENGTH),
        ("archive_author", author, AUTHOR_LENGTH),
        ("archive_doc_number", doc_number, DOC_NUMBER_LENGTH),
    ):
        if len(value) > limit:  # refused, never cut short: the register keeps what was typed
            raise InvalidInput("too_long", field=field, length=len(value), limit=limit)
    name = Path(filename).name
    kind = media_type(name)
    if kind is None:
        raise InvalidInput("archive_unsupported_file", field="file", name=name)
    if not data:
        raise InvalidInput("archive_empty_file", field="file", name=name)
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(
            "archive_file_too_big", field="file", name=name, size=len(data), limit=MAX_FILE_BYTES
        )
    retention = retention or default_retention(group)
    if retention not in RETENTION_CODES:
        raise InvalidInput("archive_bad_retention", field="retention", value=retention)
    if kind == PDF:
        pages = pdf_pages(data, name)
    elif pages is None or pages < 0:
        pages = 1 if kind in IMAGE_TYPES else 0
    digest = sha256_hex(data)
    with unit_of_work(session):
        record = _check_session(session, session_id)
        same = session.scalar(
            select(ArchiveItem)
            .where(ArchiveItem.session_id == session_id, ArchiveItem.sha256 == digest)
            .limit(1)
        )
        if same is not None:
            raise Conflict("archive_duplicate", field="file", title=same.title)
        item = ArchiveItem(
            session_id=session_id,
            group_no=group,
            title=title,
            author=author,
            doc_number=doc_number,
            doc_date=day or record.held_on,
            retention=retention,
            pages=pages,
            filename=name[:255],
            media_type=kind,
            size=len(data),
            sha256=digest,
            kind=IMPORTED,
            source=f"file:{digest}",
            source_seal="",
            content=data,
            created_by=actor,
        )
        session.add(item)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="archive.add",
            entity="archive_item",
            entity_id=item.id,
            data={"session_id": session_id, "group": group, "title": item.title, "sha256": digest},
        )
        return _view(item)


def remove_item(session: Session, item_id: int, *, actor: str) -> None:
    """Remove an imported item; generated ones are refused (``archive_generated_item``)."""
    with unit_of_work(session):
        item = session.get(ArchiveItem, item_id)
        if item is None:
            raise NotFound("archive_item_missing", item=item_id)
        if item.kind == GENERATED:
            raise Conflict("archive_generated_item", title=item.title)
        append_audit(
            session,
            actor=actor,
            action="archive.remove",
            entity="archive_item",
            entity_id=item.id,
            data={"session_id": item.session_id, "title": item.title, "sha256": item.sha256},
        )
        session.delete(item)


@dataclass(frozen=True)
class CollectResult:
    added: int
    replaced: int
    unchanged: int


def collect_generated(
    session: Session, session_id: int, *, actor: str, progress: Callable[[int, int], None] | None = None
) -> CollectResult:
    """File every document the app generates for the session (R48.1 groups 3–9) that is not
    filed yet, and replace those whose source record changed (a sealed record never does).
    One transaction; one audit entry per document added or replaced."""
    from congress_app.services.archive_sources import build_bytes, generated_documents

    # read and build first (the report services read in their own ways), then write at once
    _check_session(session, session_id)
    docs = generated_documents(session, session_id)
    filed = {
        source: (item_id, seal, retention)
        for item_id, source, seal, retention in session.execute(
            select(ArchiveItem.id, ArchiveItem.source, ArchiveItem.source_seal, ArchiveItem.retention).where(
                ArchiveItem.session_id == session_id, ArchiveItem.kind == GENERATED
            )
        )
    }
    unchanged = 0
    todo: list[tuple[GeneratedDoc, bytes, tuple[int, str, str] | None]] = []
    for n, doc in enumerate(docs, start=1):
        if progress is not None:
            progress(n, len(docs))
        old = filed.get(doc.source)
        if old is not None and (doc.sealed or old[1] == doc.seal):
            unchanged += 1
            continue
        todo.append((doc, build_bytes(doc), old))
    added = replaced = 0
    with unit_of_work(session):
        gone = [old[0] for _doc, _data, old in todo if old is not None]
        if gone:
            session.execute(delete(ArchiveItem).where(ArchiveItem.id.in_(gone)))
        items: list[tuple[ArchiveItem, bool]] = []
        for doc, data, old in todo:
            name = doc.source.replace(":", "-") + ".pdf"
            if old is not None:
                replaced += 1
            else:
                added += 1
            item = ArchiveItem(
                session_id=session_id,
                group_no=doc.group,
                title=doc.title[:TITLE_LENGTH],
                author=doc.author[:AUTHOR_LENGTH],
                doc_number="",
                doc_date=doc.day,
                retention=old[2] if old is not None else default_retention(doc.group),
                pages=_built_pages(data, name),
                filename=name,
                media_type=PDF,
                size=len(data),
                sha256=sha256_hex(data),
                kind=GENERATED,
                source=doc.source,
                source_seal=doc.seal,
                stamp_corner=True,  # every paper the app prints keeps it (reports/stamp_zone.py)
                content=data,
                created_by=actor,
            )
            session.add(item)
            items.append((item, old is not None))
        session.flush()  # every item's id at once, then their audit entries in filing order
        append_audits(
            session,
            actor=actor,
            entries=[
                (
                    "archive.file",
                    "archive_item",
                    item.id,
                    {
                        "session_id": session_id,
                        "source": item.source,
                        "group": item.group_no,
                        "sha256": item.sha256,
                        "seal": item.source_seal,
                        "replaced": was_replaced,
                    },
                )
                for item, was_replaced in items
            ],
        )
    return CollectResult(added, replaced, unchanged)


def set_retention(session: Session, item_id: int, retention: str, *, actor: str) -> None:
    """R48.2: the school sets an item's retention period, recorded."""
    if retention not in RETENTION_CODES:
        raise InvalidInput("archive_bad_retention", field="retention", value=retention)
    with unit_of_work(session):
        item = session.get(ArchiveItem, item_id)
        if item is None:
            raise NotFound("archive_item_missing", item=item_id)
        old, item.retention = item.retention, retention
        append_audit(
            session,
            actor=actor,
            action="archive.retention",
            entity="archive_item",
            entity_id=item.id,
            data={"from": old, "to": retention},
        )
