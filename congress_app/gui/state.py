"""The open database and who is working, shared by the window and its pages."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from congress_app.services.changes import Changes

T = TypeVar("T")

if TYPE_CHECKING:  # kept out of start-up: the window shows before SQLAlchemy is imported
    from sqlalchemy.orm import Session

    from congress_app.services.database import Database


def operator_name() -> str:
    """Who is recorded with each change: the 操作人 set in 设置, else the login name."""
    from congress_app.gui import settings

    chosen = settings.OPERATOR.get().strip()
    if chosen:
        return chosen
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "office"


def automatic_backup_folder():
    """Where the backups made at each close go (the user's data folder, 备份 per database)."""
    from congress_app.paths import data_dir

    return data_dir() / "backups"


class AppState(QObject):
    """Emits ``database_changed`` when another database is opened and ``changed(Changes)``
    after writes: what the write changed (services/changes.py), so that each page refreshes
    only when it shows a changed kind. ``data_changed`` (no argument) is the old, coarse
    signal: "anything may have changed", published as ``Changes.all()``."""

    database_changed = Signal()
    data_changed = Signal()
    changed = Signal(object)  # Changes

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.actor = operator_name()
        self.data_changed.connect(lambda: self.changed.emit(Changes.all()))

    def publish(self, changes: Changes) -> None:
        """Tell the pages what a write changed (nothing is said when nothing changed)."""
        if changes:
            self.changed.emit(changes)

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for a short write on the GUI thread; afterwards what was committed in it
        is published (also when the block fails after earlier transactions committed)."""
        from congress_app.services.changes import recording

        with self.db.session() as session, recording(session) as recorded:
            try:
                yield session
            except BaseException:
                self.publish(recorded.committed)
                raise
        self.publish(recorded.changes)

    def run(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``service(session, *args, **kwargs)`` on the GUI thread, for short writes; then
        publish what it changed. Errors propagate (and nothing is published)."""
        from congress_app.services.changes import run_service

        with self.db.session() as session:
            result, changes = run_service(session, service, *args, **kwargs)
        self.publish(changes)
        return result

    def replace_database(self, db: Database) -> None:
        old, self.db = self.db, db
        old.close()
        self.database_changed.emit()
