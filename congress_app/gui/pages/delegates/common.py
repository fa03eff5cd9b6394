"""What the tabs of the 代表管理 page share: the page's term and date, and one way to run a
change (off the GUI thread, then refresh and say how it went)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.elections.common import StatusLine, in_session
from congress_app.services.changes import Changes


class DelegateTab(StatusLine, QWidget):
    """A tab: ``refresh(session, term_id, on)`` reads; ``act()`` writes in the background."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.state = page.state
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.op: BackgroundOp | None = None

    @property
    def term_id(self) -> int:
        return self.page.term_id

    @property
    def on(self) -> date:
        return self.page.on

    def refresh(self, session) -> None:
        raise NotImplementedError

    def act(self, busy: str, job: Callable[[Any], Any], done: Callable[[Any], str]) -> None:
        """``job(session)`` in the background; then ``done(result)`` gives the line to say,
        and what the job changed is published (the pages showing it refresh); an error is said
        in red and in a message box."""
        said: list[str] = []

        def finished(result: Any) -> None:
            self.op = None
            said.append(done(result))

        def publish(changes: Changes) -> None:
            self.state.publish(changes)
            if said:
                self._say(said[0])

        def failed(error: Exception) -> None:
            self.op = None
            self._failed(error)

        self.op = in_session(self, self.state.db, busy, job, finished, failed, publish=publish)
