"""Roster files for the re-import tests, made here (tests read no shared samples)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from congress_app.demo.people import make_roster_rows
from congress_app.roster_file.columns import HEADERS_ZH, word_of

AS_OF = date(2026, 6, 1)
TODAY = date(2026, 11, 23)
CODED = ("gender", "category", "status")
FIELDS = ("staff_no", "name", "gender", "birth_date", "unit", "category", "status", "status_since", "post")


def file_rows(count: int = 160, units: int = 6, seed: int = 5) -> list[list[object]]:
    """Rows as a roster file holds them: words for the coded columns, 工号 with leading
    zeros ("000101" …), dates as date objects."""
    rows = []
    for k, r in enumerate(make_roster_rows(count, units, seed=seed, as_of=AS_OF)):
        r = dict(r, staff_no=f"{101 + k:06d}")
        rows.append([word_of(str(r[f])) if f in CODED else ("" if r[f] is None else r[f]) for f in FIELDS])
    return rows


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_ZH)
        writer.writerows([[v.isoformat() if isinstance(v, date) else v for v in r] for r in rows])
    return path


def write_xlsx(
    path: Path, rows: list[list[object]], *, numbers: bool = False, formulas: dict[str, str] | None = None
) -> Path:
    """An XLSX as Excel saves it; ``numbers``: 工号 stored as numbers (leading zeros lost);
    ``formulas``: {cell: formula}, e.g. {"B3": '=A3&"x"'}."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "教职工名册"
    ws.append(list(HEADERS_ZH))
    for r in rows:
        cells = list(r)
        if numbers:
            cells[0] = int(str(cells[0]))
        ws.append([None if v == "" else v for v in cells])
    for cell, formula in (formulas or {}).items():
        ws[cell] = formula
    wb.save(path)
    return path
