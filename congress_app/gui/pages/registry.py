"""Which page serves each workflow; a workflow's own page replaces its planned one."""

from __future__ import annotations

from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.state import AppState

WORKFLOW_KEYS = ["roster", "elections", "delegates", "meetings", "proposals", "archive"]


def workflow_pages(state: AppState) -> list[WorkflowPage]:
    from congress_app.gui.navigation import planned

    built: dict[str, type[WorkflowPage]] = {}
    return [built[key](state) if key in built else planned(state, key) for key in WORKFLOW_KEYS]
