"""Which page serves each workflow; a workflow's own page replaces its planned one."""

from __future__ import annotations

from congress_app.gui.navigation import NAV_ITEMS
from congress_app.gui.pages.archive import ArchivePage
from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.pages.delegates import DelegatesPage
from congress_app.gui.pages.elections.page import ElectionsPage
from congress_app.gui.pages.meetings import MeetingsPage
from congress_app.gui.pages.planned import planned
from congress_app.gui.pages.proposals.page import ProposalsPage
from congress_app.gui.pages.roster import RosterPage
from congress_app.gui.pages.settings_page import SettingsPage
from congress_app.gui.state import AppState

WORKFLOW_KEYS = [key for key, _title in NAV_ITEMS if key != "settings"]


def workflow_pages(state: AppState) -> list[WorkflowPage]:
    built: dict[str, type[WorkflowPage]] = {
        "roster": RosterPage,
        "elections": ElectionsPage,
        "proposals": ProposalsPage,
        "delegates": DelegatesPage,
        "meetings": MeetingsPage,
        "archive": ArchivePage,
    }
    return [built[key](state) if key in built else planned(state, key) for key in WORKFLOW_KEYS]


def build_pages(state: AppState) -> list[WorkflowPage]:
    """Every page of the main window, in navigation order."""
    return [*workflow_pages(state), SettingsPage(state)]
