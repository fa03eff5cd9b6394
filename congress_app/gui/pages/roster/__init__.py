"""名册与名额: import the staff roster, settle the election units, decide the seats (R13, RA)."""

from congress_app.gui.pages.roster.page import RosterPage

__all__ = ["RosterPage"]
