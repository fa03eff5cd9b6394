"""代表管理: the delegate body over a term."""

from congress_app.gui.pages.delegates.page import DelegatesPage

__all__ = ["DelegatesPage"]
