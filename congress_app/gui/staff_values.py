"""The words shown for stored staff codes (gender, post category, status), translated.

The codes come from ``congress_app.rules.seats``; the Chinese words are the roster's, from
``congress_app.roster_file.columns.VALUE_WORDS`` (the one table); here they pass through Qt's
translator so the English interface reads "On duty" rather than 在岗.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.roster_file.columns import (
    CATEGORY_WORDS,
    GENDER_WORDS,
    STATUS_WORDS,
    VALUE_WORDS,
)

CONTEXT = "StaffValues"

# Listed for lupdate: every word of VALUE_WORDS (a test checks that none is missing).
_WORDS = (
    QT_TRANSLATE_NOOP("StaffValues", "男"),
    QT_TRANSLATE_NOOP("StaffValues", "女"),
    QT_TRANSLATE_NOOP("StaffValues", "教学"),
    QT_TRANSLATE_NOOP("StaffValues", "科研"),
    QT_TRANSLATE_NOOP("StaffValues", "管理"),
    QT_TRANSLATE_NOOP("StaffValues", "教辅"),
    QT_TRANSLATE_NOOP("StaffValues", "工勤"),
    QT_TRANSLATE_NOOP("StaffValues", "在岗"),
    QT_TRANSLATE_NOOP("StaffValues", "离校学习"),
    QT_TRANSLATE_NOOP("StaffValues", "离校工作"),
    QT_TRANSLATE_NOOP("StaffValues", "退休"),
    QT_TRANSLATE_NOOP("StaffValues", "调离"),
)


def value_labels() -> dict[str, str]:
    """code -> the word shown in the current language (build once per model: a dict lookup
    per painted cell, not a translator call)."""
    return {code: QCoreApplication.translate(CONTEXT, word) for code, word in VALUE_WORDS.items()}


def value_label(code: str) -> str:
    """The word shown for one stored code (the code itself if unknown)."""
    word = VALUE_WORDS.get(code)
    return code if word is None else QCoreApplication.translate(CONTEXT, word)


def status_choices() -> list[tuple[str, str]]:
    """(label, code) for every staff status, in the roster's order (for filters)."""
    return [(value_label(code), code) for code in STATUS_WORDS]


def category_choices() -> list[tuple[str, str]]:
    return [(value_label(code), code) for code in CATEGORY_WORDS]


def gender_choices() -> list[tuple[str, str]]:
    return [(value_label(code), code) for code in GENDER_WORDS]
