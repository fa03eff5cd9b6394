"""What every workflow page has: a title, a one-line purpose, and refresh on data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from congress_app.gui.state import AppState


class WorkflowPage(QWidget):
    """A page. Subclasses set ``nav_key`` and build their body in ``build()``."""

    nav_key = ""

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
        state.database_changed.connect(self.refresh)
        state.data_changed.connect(self.refresh)

    def title(self) -> str:
        raise NotImplementedError

    def purpose_text(self) -> str:
        return ""

    def build(self) -> None:
        """Add widgets to ``self.body``."""

    def refresh(self) -> None:
        """Reload from the database (called on database or data change, and when shown)."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
