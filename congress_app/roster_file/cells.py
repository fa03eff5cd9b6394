"""Turning raw cell values (CSV text, openpyxl values) into trimmed text and dates."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import cast

# Characters str.strip() keeps but that are invisible in a spreadsheet.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def clean_text(value: object) -> str:
    """Cell value as trimmed text (whitespace incl. U+3000 and zero-width characters removed
    at both ends). Whole floats lose their ".0" (100003.0 -> "100003")."""
    if value is None:
        return ""
    if value.__class__ is str:
        s = value.strip()
        while s and (s[0] in _INVISIBLE or s[-1] in _INVISIBLE):
            s = s.strip(_INVISIBLE).strip()
        return s
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(str(value))


def clean_code(value: object) -> str:
    """Like clean_text, plus full-width digits/letters made half-width (for 工号)."""
    s = clean_text(value)
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s).strip()
    return s


_SEPARATED = re.compile(
    r"(\d{4})\s*([-/.－／．])\s*(\d{1,2})\s*\2\s*(\d{1,2})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")


@lru_cache(maxsize=8192)
def parse_date_text(text: str) -> date | None:
    """YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD or YYYY年M月D日 (a trailing 00:00:00
    time is tolerated). None when not a date or an impossible one (2023-02-30)."""
    m = _SEPARATED.fullmatch(text)
    if m is not None:
        y, mo, d = m.group(1), m.group(3), m.group(4)
    else:
        m = _COMPACT.fullmatch(text) or _CHINESE.fullmatch(text)
        if m is None:
            return None
        y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


_EPOCH_1900 = date(1899, 12, 30)
_EPOCH_1900_EARLY = date(1899, 12, 31)  # serials 1..59, before Excel's phantom 1900-02-29
_EPOCH_1904 = date(1904, 1, 1)


def date_from_serial(serial: float, epoch_1904: bool = False) -> date | None:
    """An Excel serial day number as a date (the time of day is dropped)."""
    if math.isnan(serial) or math.isinf(serial):
        return None
    days = math.floor(serial)
    try:
        if epoch_1904:
            return _EPOCH_1904 + timedelta(days=days) if days >= 0 else None
        if days < 1 or days == 60:  # 60 is 1900-02-29, a day that never was
            return None
        if days < 60:
            return _EPOCH_1900_EARLY + timedelta(days=days)
        return _EPOCH_1900 + timedelta(days=days)
    except OverflowError:
        return None


def parse_date_cell(value: object, epoch_1904: bool = False) -> tuple[date | None, str]:
    """(date or None, cell text). An empty cell gives (None, ""); a non-empty cell that is not
    a date gives (None, its text).

    Numbers (XLSX only) are Excel serial day numbers, except whole 8-digit numbers, which are
    read as YYYYMMDD (no serial reaches them before year 9999)."""
    if value is None:
        return None, ""
    cls = value.__class__
    if cls is str:
        text = clean_text(value)
        if not text:
            return None, ""
        if not text.isascii():
            text_n = unicodedata.normalize("NFKC", text)
            return parse_date_text(text_n), text
        return parse_date_text(text), text
    if cls is datetime:
        return cast(datetime, value).date(), clean_text(value)
    if cls is date:
        return cast(date, value), clean_text(value)
    if isinstance(value, bool):
        return None, clean_text(value)
    if isinstance(value, (int, float)):
        text = clean_text(value)
        if float(value).is_integer() and 10000101 <= value <= 99991231:
            return parse_date_text(text), text
        return date_from_serial(float(value), epoch_1904), text
    if isinstance(value, datetime):  # subclasses
        return value.date(), clean_text(value)
    if isinstance(value, date):
        return value, clean_text(value)
    return None, clean_text(value)
