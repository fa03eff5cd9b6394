"""Writing text into XLSX so that it stays text: the one helper every XLSX writer uses.

A cell whose text starts with ``=`` becomes a live formula in openpyxl (and ``+``, ``-``, ``@``,
a tab or a carriage return start one in spreadsheet programs when the cell is edited or the
file is re-saved as CSV). Unit names, people's names, the school name, operators and reasons
come from users, so every text is written as a string cell (data type ``s``) and a risky one
also gets Excel's quote prefix (the leading ``'`` Excel shows, never part of the value).

A workbook is a paper the office hands on like the PDF beside it, so its texts cite the norms'
articles, never the app's rule ids: every text goes through ``norms.formal_text`` as the PDFs'
cells do ("允许名额（R13.2）" → "允许名额（第十三条第一款）"; a practice rule's id disappears).
``cite=False`` keeps a text exactly as given — for identifiers such as an archival code, whose
parts are the school's own letters.

Pure: openpyxl and the norms' text only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from congress_app.norms import formal_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: Any) -> bool:
    """True for text a spreadsheet could take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def set_text_safe(cell: Any, value: Any, *, cite: bool = True) -> Any:
    """Give ``cell`` the ``value``; text is always stored as text, never as a formula, and
    (``cite``) with rule ids turned into the norms' articles."""
    if isinstance(value, str) and cite:
        value = formal_text(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl made "=…" a formula and "#N/A" an error
        if is_formula_like(value):
            cell.quotePrefix = True
    return cell


def write_cell(ws: Any, row: int, column: int, value: Any = None, *, cite: bool = True) -> Any:
    """``ws.cell(row, column, value)`` with the value written safely; returns the cell."""
    return set_text_safe(ws.cell(row=row, column=column), value, cite=cite)


def safe_row(ws: Any, values: Iterable[Any], *, cite: bool = True) -> list[Any]:
    """A row for ``ws.append`` (also write-only sheets) whose texts stay text."""
    from openpyxl.cell import WriteOnlyCell

    row: list[Any] = []
    for value in values:
        if isinstance(value, str):
            row.append(set_text_safe(WriteOnlyCell(ws), value, cite=cite))
        else:
            row.append(value)
    return row


def append_row(ws: Any, values: Iterable[Any], *, cite: bool = True) -> None:
    """``ws.append(values)`` with every text written safely."""
    ws.append(safe_row(ws, values, cite=cite))


def print_setup(ws: Any, *, title_rows: str, landscape: bool = False) -> None:
    """Print ``ws`` on A4, fitted to the page width (as many pages down as it takes), with the
    rows ``title_rows`` (e.g. "1:3") repeated at the top of every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
