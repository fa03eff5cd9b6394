"""Reading CSV and XLSX files into raw rows, without judging their content.

A raw table is the list of non-blank rows, each with its row number as Excel shows it
(the first row of the file/sheet is 1). Cells are left as they came: ``str`` from CSV;
``str``/``int``/``float``/``datetime``/``bool``/``None`` from XLSX.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from congress_app.roster_file.model import Code

PREFERRED_SHEET = "教职工名册"
CSV_SUFFIXES = frozenset({".csv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})

# A roster of 10,000 staff unpacks to about 5 MB; anything near this limit is no roster (a
# "zip bomb" unpacks a few KB into gigabytes and would take openpyxl minutes and all memory).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97-2003) and other OLE files


class ReadFailure(Exception):
    """The file cannot be read at all. Carries a file-level problem code and its value."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(code, value)
        self.code = code
        self.value = value


@dataclass(slots=True)
class RawTable:
    rows: list[tuple[int, Sequence[object]]] = field(default_factory=list)  # (line, cells)
    source_format: str = ""
    encoding: str = ""
    sheet: str = ""
    epoch_1904: bool = False
    # XLSX: (line, 0-based column) -> formula text, for cells holding a formula
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)


def read_raw(path: Path, sheet: str | None = None) -> RawTable:
    """Read a .csv or .xlsx/.xlsm file. Raises ReadFailure for file-level problems."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES and suffix not in XLSX_SUFFIXES:
        raise ReadFailure(Code.UNSUPPORTED_FORMAT, suffix or path.name)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        raise ReadFailure(Code.UNREADABLE_FILE, path.name) from None
    if head.startswith(_OLE_MAGIC):  # an old .xls saved under a new name
        raise ReadFailure(Code.UNSUPPORTED_FORMAT, ".xls")
    if suffix in XLSX_SUFFIXES or head.startswith(_ZIP_MAGIC):
        if not head:
            raise ReadFailure(Code.EMPTY_FILE)
        return _read_xlsx(path, sheet)
    return _read_csv(path)


# ---------------------------------------------------------------- CSV


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-16 if it has a UTF-16 BOM, else UTF-8 (BOM optional) if it
    decodes strictly, else GB18030 (what Excel writes as "CSV" on Chinese Windows)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return text, ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    return data.decode("gb18030"), "gb18030"  # may raise UnicodeDecodeError


def sniff_delimiter(text: str) -> str:
    """Comma, tab or semicolon; comma when unsure."""
    first_line = text.split("\n", 1)[0]
    sample = text[:16384]
    cut = sample.rfind("\n")
    if cut > 0:
        sample = sample[:cut]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",\t;").delimiter
    except csv.Error:
        delimiter = ""
    if delimiter and delimiter in first_line:
        return delimiter
    counts = {d: first_line.count(d) for d in ",\t;"}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _read_csv(path: Path) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError:
        raise ReadFailure(Code.UNREADABLE_FILE, path.name) from None
    try:
        text, encoding = decode_csv_bytes(data)
    except UnicodeDecodeError:
        raise ReadFailure(Code.UNREADABLE_FILE, path.name) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:  # a binary file with a .csv name
        raise ReadFailure(Code.UNREADABLE_FILE, path.name)
    table = RawTable(source_format="csv", encoding=encoding)
    if not text.strip():
        return table
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows = table.rows
    try:
        for line, cells in enumerate(reader, start=1):
            if cells and any(c.strip() for c in cells):
                rows.append((line, cells))
    except csv.Error:
        raise ReadFailure(Code.UNREADABLE_FILE, path.name) from None
    return table


# ---------------------------------------------------------------- XLSX


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    try:
        fh = path.open("rb")  # a file object: openpyxl then does not insist on the suffix
    except OSError:
        raise ReadFailure(Code.UNREADABLE_FILE, path.name) from None
    with fh:
        return _read_xlsx_from(fh, path.name, sheet)


def check_unpacked_size(fh: BinaryIO, limit: int = MAX_UNPACKED_BYTES) -> bool:
    """Refuse (ReadFailure FILE_TOO_LARGE) a zip whose members unpack to more than ``limit``
    bytes, from the sizes its directory declares (zipfile never unpacks past them). Returns
    whether any worksheet holds a formula (checked only when the size is sane)."""
    try:
        with zipfile.ZipFile(fh) as archive:
            infos = archive.infolist()
            unpacked = sum(info.file_size for info in infos)
            if unpacked > limit:
                raise ReadFailure(Code.FILE_TOO_LARGE, str(unpacked // (1024 * 1024)))
            sheets = [
                i for i in infos if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")
            ]
            return any(_FORMULA_TAG.search(archive.read(i)) for i in sheets)
    except ReadFailure:
        raise
    except Exception:  # not a zip, damaged: openpyxl reports it below
        return False
    finally:
        fh.seek(0)


def _formula_cells(fh: BinaryIO, title: str) -> dict[tuple[int, int], str]:
    """(line, column) -> formula of every formula cell in the sheet ``title``."""
    import openpyxl

    fh.seek(0)
    wb = openpyxl.load_workbook(fh, read_only=True, data_only=False)
    try:
        found = {}
        for row in wb[title].iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) == "f":
                    formula = getattr(cell.value, "text", cell.value)  # ArrayFormula
                    found[(cell.row, cell.column - 1)] = str(formula)[:60]
        return found
    finally:
        wb.close()


def _read_xlsx_from(fh: BinaryIO, file_name: str, sheet: str | None) -> RawTable:
    has_formulas = check_unpacked_size(fh)  # before openpyxl touches a zip bomb
    import openpyxl  # imported here: CSV-only callers do not pay for it

    try:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (BadZipFile, KeyError, ...) on damage
        raise ReadFailure(Code.UNREADABLE_FILE, file_name) from None
    try:
        names = wb.sheetnames
        if sheet is not None:
            if sheet not in names:
                raise ReadFailure(Code.UNKNOWN_SHEET, sheet)
            title = sheet
        elif PREFERRED_SHEET in names:
            title = PREFERRED_SHEET
        elif names:
            title = names[0]
        else:
            raise ReadFailure(Code.EMPTY_FILE)
        ws = wb[title]
        if not hasattr(ws, "iter_rows"):  # a chartsheet
            raise ReadFailure(Code.UNKNOWN_SHEET, title)
        # Files from some tools carry a wrong <dimension>, which would cut rows short.
        ws.reset_dimensions()
        table = RawTable(source_format="xlsx", sheet=title, epoch_1904=_is_1904(wb))
        append = table.rows.append
        for line, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            if any(cells):
                append((line, cells))
            elif cells and any(c is not None and c != "" for c in cells):  # zeros, FALSE
                append((line, cells))
        if has_formulas:
            table.formulas = _formula_cells(fh, title)
        return table
    except ReadFailure:
        raise
    except Exception:
        raise ReadFailure(Code.UNREADABLE_FILE, file_name) from None
    finally:
        wb.close()


def _is_1904(wb: object) -> bool:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    return getattr(wb, "epoch", None) == CALENDAR_MAC_1904
