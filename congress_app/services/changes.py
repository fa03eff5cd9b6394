"""What a use case changed: which kinds of record and which of their ids (Anki's OpChanges).

Services keep their signatures; the change set is collected from the session as they write:

    with recording(session) as changes:
        result = save_figures(session, round_id, figures, actor=actor)
    changes.kinds  # frozenset({"election_round", "round_candidate", "audit_entry"})

or in one call: ``result, changes = run_service(session, save_figures, round_id, figures, ...)``.

A kind is the table's name (``staff``, ``election_round``; the constants below name the common
ones), so a table added later is a kind with no registration. Rows written by the ORM unit of
work are recorded with their primary keys; bulk statements (``session.execute(insert(M), rows)``,
``update(M)``, ``delete(M)``) record their kind with unknown ids (``None``: "any of them"). What
was rolled back is forgotten. The GUI publishes the change set and each page refreshes only when
it shows one of the changed kinds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # SQLAlchemy is imported when recording: the GUI's start-up reads Changes only
    from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

T = TypeVar("T")

# kinds pages commonly ask about (table names)
SCHOOL = "school"
STAFF = "staff"
STAFF_EVENT = "staff_event"
ROSTER_IMPORT = "roster_import"
ELECTION_UNIT = "election_unit"
SEAT_PLAN = "seat_plan"
SEAT_PLAN_UNIT = "seat_plan_unit"
TERM = "term"
CONGRESS_SESSION = "congress_session"
DELEGATE = "delegate"
DELEGATE_EVENT = "delegate_event"
UNIT_ELECTION = "unit_election"
CANDIDATE = "candidate"
ELECTION_ROUND = "election_round"
ROUND_CANDIDATE = "round_candidate"
BALLOT_ENTRY = "ballot_entry"
BALLOT_PRINT = "ballot_print"
CREDENTIALS_REVIEW = "credentials_review"
AUDIT_ENTRY = "audit_entry"

ROSTER_KINDS = frozenset({STAFF, STAFF_EVENT, ROSTER_IMPORT, ELECTION_UNIT})
SEAT_KINDS = frozenset({SEAT_PLAN, SEAT_PLAN_UNIT})
ELECTION_KINDS = frozenset(
    {
        UNIT_ELECTION,
        CANDIDATE,
        ELECTION_ROUND,
        ROUND_CANDIDATE,
        BALLOT_ENTRY,
        BALLOT_PRINT,
        CREDENTIALS_REVIEW,
    }
)
DELEGATE_KINDS = frozenset({DELEGATE, DELEGATE_EVENT})
TERM_KINDS = frozenset({TERM, CONGRESS_SESSION})


@dataclass(frozen=True)
class Changes:
    """Kinds of record changed, with the ids of each (``None``: unknown, any of them).
    ``everything`` stands for "reload all" (another database opened, an unknown change)."""

    ids: Mapping[str, frozenset[Any] | None] = field(default_factory=dict)
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def __bool__(self) -> bool:
        return self.everything or bool(self.ids)

    def touches(self, kinds: Iterable[str] | None) -> bool:
        """Whether a view showing ``kinds`` (``None``: everything) must refresh."""
        if self.everything or kinds is None:
            return bool(self)
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: str) -> frozenset[Any] | None:
        """The changed ids of ``kind``: empty when it did not change, ``None`` when any may have."""
        if self.everything:
            return None
        return self.ids.get(kind, frozenset())

    def __or__(self, other: Changes) -> Changes:
        if self.everything or other.everything:
            return Changes.all()
        merged: dict[str, frozenset[Any] | None] = dict(self.ids)
        for kind, ids in other.ids.items():
            mine = merged.get(kind, frozenset())
            merged[kind] = None if mine is None or ids is None else mine | ids
        return Changes(merged)


class _Recorder:
    def __init__(self) -> None:
        self.committed: dict[str, set[Any] | None] = {}
        self.pending: dict[str, set[Any] | None] = {}

    def add(self, kind: str, key: Any | None) -> None:
        if kind not in self.pending:
            self.pending[kind] = set()
        ids = self.pending[kind]
        if key is None:
            self.pending[kind] = None
        elif ids is not None:
            ids.add(key)

    def after_flush(self, session: Session, _flush: UOWTransaction) -> None:
        from sqlalchemy import inspect

        for obj in (*session.new, *session.dirty, *session.deleted):
            state = inspect(obj)
            table = getattr(state.mapper.local_table, "name", None)
            if table is None:
                continue
            identity = tuple(state.mapper.primary_key_from_instance(obj))
            key = None if None in identity else (identity[0] if len(identity) == 1 else identity)
            if obj in session.dirty and not session.is_modified(obj, include_collections=False):
                continue
            self.add(table, key)

    def do_orm_execute(self, execute: ORMExecuteState) -> None:
        if not (execute.is_insert or execute.is_update or execute.is_delete):
            return
        table = getattr(execute.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            self.add(name, None)

    def after_commit(self, _session: Session) -> None:
        for kind, ids in self.pending.items():
            mine = self.committed.get(kind, set())
            self.committed[kind] = None if mine is None or ids is None else mine | ids
        self.pending = {}

    def after_rollback(self, _session: Session) -> None:
        self.pending = {}

    def changes(self) -> Changes:
        merged: dict[str, set[Any] | None] = {
            k: (None if v is None else set(v)) for k, v in self.committed.items()
        }
        for kind, ids in self.pending.items():  # flushed in a transaction still open
            mine = merged.get(kind, set())
            merged[kind] = None if mine is None or ids is None else mine | ids
        return Changes({k: (None if v is None else frozenset(v)) for k, v in merged.items()})


class ChangeRecording:
    """What was changed in a session while recording; read ``changes`` after the block."""

    def __init__(self) -> None:
        self._recorder = _Recorder()

    @property
    def changes(self) -> Changes:
        return self._recorder.changes()

    @property
    def kinds(self) -> frozenset[str]:
        return self.changes.kinds

    @property
    def committed(self) -> Changes:
        """Only what was committed (after a failure: what earlier transactions kept)."""
        return Changes(
            {k: (None if v is None else frozenset(v)) for k, v in self._recorder.committed.items()}
        )


_EVENTS = ("after_flush", "do_orm_execute", "after_commit", "after_rollback")


@contextmanager
def recording(session: Session) -> Iterator[ChangeRecording]:
    """Record what ``session`` writes inside the block (see the module docstring)."""
    from sqlalchemy import event

    recording_ = ChangeRecording()
    recorder = recording_._recorder
    hooks: list[tuple[str, Callable[..., None]]] = [(name, getattr(recorder, name)) for name in _EVENTS]
    for name, hook in hooks:
        event.listen(session, name, hook)
    try:
        yield recording_
    finally:
        for name, hook in hooks:
            event.remove(session, name, hook)


def run_service(session: Session, service: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, Changes]:
    """``service(session, *args, **kwargs)`` and what it changed."""
    with recording(session) as recorded:
        result = service(session, *args, **kwargs)
    return result, recorded.changes
