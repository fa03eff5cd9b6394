"""What reading a roster file gives back: rows, problems, and the file holding both.

No prose here: a problem is a code plus where it is and the offending text; sentences are made
by :mod:`congress_app.roster_file.wording`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class Code:
    """Problem codes (plain strings, so they compare equal to their text)."""

    # file-level (line 0)
    UNREADABLE_FILE = "unreadable_file"  # value: the file name
    UNSUPPORTED_FORMAT = "unsupported_format"  # value: the suffix, e.g. ".xls"
    UNKNOWN_SHEET = "unknown_sheet"  # value: the sheet asked for
    EMPTY_FILE = "empty_file"  # nothing at all in the file/sheet
    FILE_TOO_LARGE = "file_too_large"  # value: the uncompressed size in MB (a zip bomb?)
    NO_ROWS = "no_rows"  # a header but no data rows
    MISSING_COLUMN = "missing_column"  # column: the Chinese name of the missing column
    # header row (line = the header's row)
    DUPLICATE_COLUMN = "duplicate_column"  # column: which; value: the second header text
    # data rows
    MISSING_VALUE = "missing_value"
    MISSING_UNIT = "missing_unit"
    DUPLICATE_STAFF_NO = "duplicate_staff_no"  # other_line: the first row with that 工号
    UNKNOWN_GENDER = "unknown_gender"
    UNKNOWN_CATEGORY = "unknown_category"
    UNKNOWN_STATUS = "unknown_status"
    BAD_DATE = "bad_date"  # not a date, or an impossible one such as 2023-02-30
    FUTURE_DATE = "future_date"
    DATE_TOO_EARLY = "date_too_early"  # before 1900: surely a typing error
    STATUS_DATE_BEFORE_BIRTH = "status_date_before_birth"
    TOO_LONG = "too_long"  # value: the length; other_line: the longest allowed
    FORMULA_CELL = "formula_cell"  # value: the formula (its result is not read)


ALL_CODES: frozenset[str] = frozenset(v for k, v in vars(Code).items() if k.isupper() and isinstance(v, str))
FILE_LEVEL_CODES: frozenset[str] = frozenset(
    {
        Code.UNREADABLE_FILE,
        Code.UNSUPPORTED_FORMAT,
        Code.UNKNOWN_SHEET,
        Code.EMPTY_FILE,
        Code.FILE_TOO_LARGE,
        Code.NO_ROWS,
        Code.MISSING_COLUMN,
        Code.DUPLICATE_COLUMN,
    }
)


@dataclass(frozen=True, slots=True)
class RosterRow:
    line: int  # row number as Excel shows it: header is row 1, first data row 2
    staff_no: str
    name: str
    gender: str  # stored code (rules.seats MALE / FEMALE); the file's word if unknown
    birth_date: date | None  # None when empty or not a date (see the problems)
    unit: str
    category: str  # stored code (rules.seats TEACHING …)
    status: str  # stored code (rules.seats ON_DUTY …)
    status_since: date | None
    post: str  # "" when none


@dataclass(frozen=True, slots=True)
class RosterProblem:
    line: int  # 0 for file-level problems
    column: str  # Chinese column name, e.g. "工号"; "" when the problem is about no column
    code: str  # one of Code.*
    value: str = ""  # the offending cell text (trimmed)
    other_line: int | None = None  # e.g. the first row of a duplicate 工号


@dataclass(frozen=True, slots=True)
class RosterFile:
    """Every non-blank data row (cleaned; invalid dates as None) and every problem found.

    Import only when ``ok``. After a file-level problem (unreadable, missing column, ...)
    ``rows`` is empty.
    """

    rows: tuple[RosterRow, ...]
    problems: tuple[RosterProblem, ...]
    source_format: str = ""  # "csv" or "xlsx"; "" if the file could not be read
    encoding: str = ""  # CSV only: "utf-8-sig", "utf-8", "gb18030" or "utf-16"
    sheet: str = ""  # XLSX only: the sheet that was read

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_at(self, line: int) -> tuple[RosterProblem, ...]:
        return tuple(p for p in self.problems if p.line == line)
