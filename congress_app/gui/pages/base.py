"""What every workflow page has: a title, a one-line purpose, and refresh on data changes.

A page names the kinds of record it shows (``shows``, table names from services/changes.py);
a change set that touches none of them is ignored, and a page that is not on screen does not
reload at all (it reloads when shown). ``apply_changes`` may refresh only the affected views.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from congress_app.gui.state import AppState
from congress_app.services.changes import Changes


class WorkflowPage(QWidget):
    """A page. Subclasses set ``nav_key`` and build their body in ``build()``."""

    nav_key = ""
    shows: frozenset[str] | None = None  # kinds of record the page shows; None: anything

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"page_{self.nav_key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.heading = QLabel(self.title())
        self.heading.setObjectName("pageHeading")
        self.purpose = QLabel(self.purpose_text())
        self.purpose.setObjectName("pagePurpose")
        self.purpose.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.build()
        self.refreshes = 0  # how many times the page reloaded (tests count them)
        state.database_changed.connect(lambda: self._on_changed(Changes.all()))
        state.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def purpose_text(self) -> str:
        return ""

    def build(self) -> None:
        """Add widgets to ``self.body``."""

    def refresh(self) -> None:
        """Reload from the database (on a change it shows, and when shown)."""

    def apply_changes(self, changes: Changes) -> None:
        """Bring the page up to date after ``changes`` (which touch what it shows); by default
        reload it all. Pages with several views override this to reload only those affected."""
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(self.shows) or not self.isVisible():
            return  # a hidden page reloads when shown (showEvent)
        self.refreshes += 1
        self.apply_changes(changes)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.refreshes += 1
        self.refresh()
        super().showEvent(event)
