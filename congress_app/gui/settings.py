"""Typed settings in one place, over QSettings (Picard's registry idea)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")

ORGANISATION = "CongressDesk"
APPLICATION = "congress-app"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type

    def get(self, store: QSettings | None = None) -> T:
        store = store or QSettings(ORGANISATION, APPLICATION)
        value = store.value(self.key, self.default)
        if value is None:
            return self.default
        if self.kind is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")  # type: ignore[return-value]
        try:
            return self.kind(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T, store: QSettings | None = None) -> None:
        store = store or QSettings(ORGANISATION, APPLICATION)
        store.setValue(self.key, value)
        store.sync()


LANGUAGE: Setting[str] = Setting("ui/language", "zh", str)
LAST_DATABASE: Setting[str] = Setting("database/last_path", "", str)
WINDOW_GEOMETRY: Setting[bytes] = Setting("ui/geometry", b"", bytes)
OPERATOR: Setting[str] = Setting("user/operator", "", str)  # 操作人, recorded with every change
PROJECTOR_SCREEN: Setting[str] = Setting("meeting/projector_screen", "", str)  # 大屏幕 display
BACKUP_KEEP: Setting[int] = Setting("backup/keep", 10, int)  # automatic backups kept (0: none)

LANGUAGES = {"zh": "中文", "en": "English"}
