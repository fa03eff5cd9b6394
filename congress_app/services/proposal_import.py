"""Importing paper proposal forms (纸质提案表) typed into the XLSX template.

Every row is checked exactly as filing checks a form (``services.proposals.check_form``:
R35.1 window and late forms, R35.2 formal delegates active on the date, R36.1 proposers and
seconders, the fields); every problem is collected with its row and column. Only a file with
no problem is saved, all its rows in one transaction; each imported proposal's history says
it came from the file (audit action ``proposal.import``).

The file is refused before openpyxl reads it when it is not .xlsx/.xlsm, larger than
MAX_FILE_BYTES, or a zip that unpacks beyond the roster reader's limit (a zip bomb).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from congress_app.reports.proposal_template import (
    BY_KEY,
    COLUMNS,
    KIND_WORDS,
    PEOPLE_SEPARATORS,
    SHEET,
    match_header,
    write_proposal_template,
)
from congress_app.roster_file.cells import clean_text, parse_date_cell
from congress_app.roster_file.model import Code
from congress_app.roster_file.reading import XLSX_SUFFIXES, RawTable, ReadFailure, read_raw
from congress_app.services.errors import InvalidInput
from congress_app.services.proposals import (
    CheckedForm,
    FiledProposal,
    check_form,
    list_categories,
    store_form,
)
from congress_app.services.roll import RollIndex
from congress_app.services.transaction import unit_of_work

MAX_FILE_BYTES = 20 * 1024 * 1024  # a few hundred forms are well under 1 MB
MAX_ROWS = 2000
HEADER_SEARCH_ROWS = 10
IMPORT_ACTION = "proposal.import"


@dataclass(frozen=True)
class ImportProblem:
    """One problem: the row as Excel numbers it, the field (a template column's key) and its
    header, and the refusal (worded by ``wording.describe_error``)."""

    row: int
    field: str
    column: str
    error: InvalidInput


@dataclass(frozen=True)
class ImportedForm:
    row: int
    proposal: FiledProposal


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    imported: tuple[ImportedForm, ...]

    @property
    def numbers(self) -> list[int]:
        return [f.proposal.number for f in self.imported]


@dataclass(frozen=True)
class _Row:
    row: int
    values: dict[str, object]


def write_template(session: Session, path: Path) -> Path:
    """The import template with the office's categories."""
    return write_proposal_template(Path(path), list_categories(session))


def _read(path: Path) -> RawTable:
    suffix = path.suffix.lower()
    if suffix not in XLSX_SUFFIXES:
        raise InvalidInput("proposal_import_format", field="file", value=suffix or path.name)
    try:
        size = path.stat().st_size
    except OSError:
        raise InvalidInput("proposal_import_unreadable", field="file", name=path.name) from None
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            "proposal_import_too_large",
            field="file",
            name=path.name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    try:
        try:
            return read_raw(path, SHEET)
        except ReadFailure as failure:
            if failure.code != Code.UNKNOWN_SHEET:
                raise
            return read_raw(path)  # a sheet renamed: the first one
    except ReadFailure as failure:
        if failure.code == Code.FILE_TOO_LARGE:
            raise InvalidInput(
                "proposal_import_too_large",
                field="file",
                name=path.name,
                size=failure.value,
                limit=MAX_FILE_BYTES // (1024 * 1024),
            ) from None
        if failure.code == Code.UNSUPPORTED_FORMAT:
            raise InvalidInput("proposal_import_format", field="file", value=failure.value) from None
        if failure.code == Code.EMPTY_FILE:
            return RawTable()
        raise InvalidInput("proposal_import_unreadable", field="file", name=path.name) from None


def _header(item: tuple[int, tuple[int, Sequence[object]]]) -> tuple[int, int, dict[str, int]]:
    """(position, row, field -> column index) of a candidate header row."""
    position, (line, cells) = item
    found: dict[str, int] = {}
    for index, text in enumerate(cells):
        column = match_header(text)
        if column is not None and column.key not in found:
            found[column.key] = index
    return position, line, found


def _rows(table: RawTable, problems: list[ImportProblem]) -> list[_Row]:
    """The data rows under the header, by field; a missing required column is a problem."""
    header = next(
        (h for h in map(_header, enumerate(table.rows[:HEADER_SEARCH_ROWS])) if len(h[2]) >= 3), None
    )
    if header is None:
        if not table.rows:
            return []
        raise InvalidInput(
            "proposal_import_no_header",
            field="file",
            columns="、".join(c.header for c in COLUMNS if c.required),
        )
    position, line, found = header
    for column in COLUMNS:
        if column.required and column.key not in found:
            problems.append(
                ImportProblem(
                    line,
                    column.key,
                    column.header,
                    InvalidInput("proposal_import_column", field=column.key, column=column.header),
                )
            )
    data = table.rows[position + 1 :]
    if len(data) > MAX_ROWS:
        raise InvalidInput("proposal_import_too_many_rows", field="file", count=len(data), limit=MAX_ROWS)
    return [
        _Row(row, {key: cells[i] if i < len(cells) else None for key, i in found.items()})
        for row, cells in data
    ]


def _people(value: object) -> list[str]:
    return [p.strip() for p in PEOPLE_SEPARATORS.split(clean_text(value)) if p.strip()]


_FIELD_OF = {
    "proposer": "proposers",
    "seconder": "seconders",
    "session": "filed_on",
    "late_exception": "filed_on",
}


def _field(error: InvalidInput) -> str:
    field = str(error.details.get("field", ""))
    if field == "people":
        codes = [f.code for f in error.details.get("findings", [])]
        return "proposers" if codes and all(c.startswith("proposer") for c in codes) else "seconders"
    return _FIELD_OF.get(field, field if field in BY_KEY else "title")


def _problem(row: int, error: InvalidInput, field: str | None = None) -> ImportProblem:
    key = field or _field(error)
    return ImportProblem(row, key, BY_KEY[key].header, error)


_TEXT_FIELDS = frozenset({"title", "kind", "category", "reasons", "suggestions"})


def check_rows(
    session: Session, rows: list[_Row], *, session_id: int | None, epoch_1904: bool = False
) -> tuple[list[tuple[int, CheckedForm]], list[ImportProblem]]:
    """Each row through filing's checks; the forms that passed and every problem found."""
    categories = list_categories(session)
    rolls: dict[tuple[int, date], RollIndex] = {}
    forms: list[tuple[int, CheckedForm]] = []
    problems: list[ImportProblem] = []
    for item in rows:
        v, row = item.values, item.row
        mine: list[ImportProblem] = []
        kind_text = clean_text(v.get("kind"))
        filed_on, date_text = parse_date_cell(v.get("filed_on"), epoch_1904)
        if filed_on is None:
            mine.append(
                _problem(
                    row,
                    InvalidInput("proposal_import_date", field="filed_on", value=date_text)
                    if date_text
                    else InvalidInput("missing_value", field="filed_on"),
                    "filed_on",
                )
            )
        form, errors = check_form(
            session,
            title=clean_text(v.get("title")),
            kind=KIND_WORDS.get(kind_text, kind_text),
            proposers=_people(v.get("proposers")),
            seconders=_people(v.get("seconders")),
            filed_on=filed_on or date.today(),
            session_id=session_id,
            category=clean_text(v.get("category")),
            reasons=clean_text(v.get("reasons")),
            suggestions=clean_text(v.get("suggestions")),
            categories=categories,
            rolls=rolls,
        )
        found = [_problem(row, e) for e in errors]
        if filed_on is None:  # without its date only the form's own fields can be judged
            found = [p for p in found if p.field in _TEXT_FIELDS]
        mine += found
        if form is not None and not mine:
            forms.append((row, form))
        problems += mine
    return forms, problems


def import_proposals(
    session: Session, path: Path, *, actor: str, session_id: int | None = None
) -> ImportResult:
    """Import every form of the file, or none: InvalidInput ``proposal_import_problems``
    (``problems``: every ImportProblem, by row) when anything is wrong. Without
    ``session_id`` each form goes where filing would send it on its date."""
    path = Path(path)
    table = _read(path)
    problems: list[ImportProblem] = []
    rows = _rows(table, problems)
    forms, row_problems = check_rows(session, rows, session_id=session_id, epoch_1904=table.epoch_1904)
    problems += row_problems
    if problems:
        problems.sort(key=lambda p: p.row)
        raise InvalidInput(
            "proposal_import_problems", field="file", count=len(problems), problems=problems, file=path.name
        )
    imported = []
    with unit_of_work(session):
        for row, form in forms:
            imported.append(
                ImportedForm(
                    row,
                    store_form(
                        session,
                        form,
                        actor=actor,
                        action=IMPORT_ACTION,
                        source={"source_file": path.name, "row": row},
                    ),
                )
            )
    return ImportResult(path.name, tuple(imported))
