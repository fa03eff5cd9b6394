"""Reading the staff roster (教职工名册) from CSV or XLSX files in the import template.

Pure: stdlib and openpyxl only (no Qt, no database). Typical use::

    roster = read_roster(Path("名册.xlsx"))
    if not roster.ok:
        for p in roster.problems:
            print(describe_problem(p))
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from congress_app.roster_file.columns import (
    CATEGORIES,
    COLUMNS,
    GENDERS,
    HEADERS_ZH,
    ON_DUTY_STATUSES,
    STATUSES,
    Column,
)
from congress_app.roster_file.model import (
    ALL_CODES,
    FILE_LEVEL_CODES,
    Code,
    RosterFile,
    RosterProblem,
    RosterRow,
)
from congress_app.roster_file.reading import ReadFailure, read_raw
from congress_app.roster_file.validation import validate
from congress_app.roster_file.wording import describe_problem


def read_roster(path: Path, *, today: date | None = None, sheet: str | None = None) -> RosterFile:
    """Read and check a roster file (.csv, .xlsx or .xlsm).

    ``today`` (default: the real today) is the limit for dates in the future. ``sheet`` picks
    an XLSX sheet by name; by default the sheet 教职工名册 if present, else the first one.
    Never raises for a bad file: every problem found is in ``RosterFile.problems``.
    """
    try:
        table = read_raw(Path(path), sheet)
    except ReadFailure as failure:
        suffix = Path(path).suffix.lower()
        fmt = "csv" if suffix == ".csv" else "xlsx" if suffix in (".xlsx", ".xlsm") else ""
        return RosterFile((), (RosterProblem(0, "", failure.code, failure.value),), source_format=fmt)
    return validate(table, today)


__all__ = [
    "ALL_CODES",
    "CATEGORIES",
    "COLUMNS",
    "Code",
    "Column",
    "FILE_LEVEL_CODES",
    "GENDERS",
    "HEADERS_ZH",
    "ON_DUTY_STATUSES",
    "RosterFile",
    "RosterProblem",
    "RosterRow",
    "STATUSES",
    "describe_problem",
    "read_roster",
]
