"""归档 (第四十八条): the nine groups, the register, export and verify."""

from congress_app.gui.pages.archive.page import ArchivePage

__all__ = ["ArchivePage"]
