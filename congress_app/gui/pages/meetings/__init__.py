"""会议与表决 (the meeting day)."""

from congress_app.gui.pages.meetings.page import MeetingsPage

__all__ = ["MeetingsPage"]
