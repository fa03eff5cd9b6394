"""`export KIND --out FILE`: the office's documents by file suffix (.pdf or .xlsx), built by
the same report builders as the screens, from the stored records (R15.2)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.norms import article_citation
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.unit_order import unit_name_key
from congress_app.spreadsheet import print_setup, write_cell
from congress_app.storage.models import ElectionRound, ElectionUnit, Term, UnitElection
from congress_app.wording import papers as W
from congress_app.wording.papers import OUTCOMES, RESULTS_HEADER

if TYPE_CHECKING:
    from congress_app.services.credentials_records import ReviewSummary

KINDS = ("seat-plan", "results", "credentials", "delegates")
SUFFIXES = {".pdf": "pdf", ".xlsx": "xlsx"}


def export_format(out: Path) -> str:
    fmt = SUFFIXES.get(Path(out).suffix.lower())
    if fmt is None:
        raise InvalidInput("unknown_suffix", field="out", value=Path(out).name)
    return fmt


def _term(session: Session, number: int | None) -> Term:
    query = select(Term).order_by(Term.number.desc())
    if number is not None:
        query = select(Term).where(Term.number == number)
    term = session.scalar(query.limit(1))
    if term is None:
        if number is None:
            raise NotFound("no_terms")
        raise NotFound(what="term_number", id=number)
    return term


def export_document(session: Session, kind: str, out: Path, *, term: int | None = None) -> Path:
    """Write ``kind`` to ``out`` (format from the suffix); every refusal before any writing."""
    if kind not in KINDS:
        raise InvalidInput("unknown_export", field="kind", value=kind)
    fmt = export_format(out)
    out = Path(out)
    if kind == "seat-plan":
        from congress_app.services.seat_reports import export_seat_allocation

        return export_seat_allocation(session, out, fmt)
    record = _term(session, term)
    writer: dict[str, Callable[[Session, Term, str], Callable[[Path], None]]] = {
        "results": _results,
        "credentials": _credentials,
        "delegates": _delegates,
    }
    build = writer[kind](session, record, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    try:
        build(partial)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return out


# -- results --------------------------------------------------------------------------------


def _results(session: Session, term: Term, fmt: str) -> Callable[[Path], None]:
    from congress_app.reports.election_result import build_election_results_pdf
    from congress_app.services.round_records import result_sheet_data

    rounds = session.execute(
        select(ElectionRound.id, ElectionUnit.name, ElectionRound.number)
        .join(UnitElection, ElectionRound.election_id == UnitElection.id)
        .join(ElectionUnit, UnitElection.unit_id == ElectionUnit.id)
        .where(UnitElection.term_id == term.id, ElectionRound.closed.is_(True))
    ).all()
    if not rounds:
        raise NotFound("no_results")
    unit_key = unit_name_key(session)  # the one order of units (issue 15)
    rounds = sorted(rounds, key=lambda r: (unit_key(r[1]), r[2]))
    sheets = [result_sheet_data(session, rid) for rid, _unit, _n in rounds]
    if fmt == "pdf":
        return lambda path: build_election_results_pdf(sheets, path)
    header = RESULTS_HEADER
    outcome = OUTCOMES
    rows = [
        [
            s.unit,
            s.round_no,
            s.election_date,
            s.seats,
            s.electorate,
            s.ballots_issued,
            s.ballots_returned,
            s.ballots_invalid,
            c.name,
            c.yes,
            outcome[c.outcome],
            W.YES if s.void else "",
            s.seal,
        ]
        for s in sheets
        for c in s.candidates
    ]
    return lambda path: _write_xlsx(path, [(W.RESULTS_SHEET, header, rows)])


# -- credentials and the lists --------------------------------------------------------------


def _reviews(session: Session, term: Term) -> list[ReviewSummary]:
    from congress_app.services.credentials_records import list_reviews

    reviews = list_reviews(session, term.id)
    if not reviews:
        raise InvalidInput("not_published", field="term", term=term.number)
    return reviews


def _credentials(session: Session, term: Term, fmt: str) -> Callable[[Path], None]:
    from congress_app.reports.credentials import CHECK_KINDS, CredentialsLabels, build_credentials_pdfs
    from congress_app.services.credentials_records import credentials_report_data

    reports = [
        credentials_report_data(session, term.id, review_id=r.review_id) for r in _reviews(session, term)
    ]
    if fmt == "pdf":
        return lambda path: build_credentials_pdfs(reports, path)
    people = [
        [
            r.title or W.REVIEW_TITLE,
            r.report_date,
            d.unit,
            d.name,
            d.category,
            W.ELIGIBLE if d.eligible else W.NOT_ELIGIBLE,
            d.note,
            r.seal,
        ]
        for r in reports
        for d in r.delegates
    ]
    check_names = CredentialsLabels().check_names  # the report's words for the checks
    checks = [
        [
            r.title or W.REVIEW_TITLE,
            check_names[CHECK_KINDS.index(c.kind)] if c.kind in CHECK_KINDS else c.kind,
            article_citation(c.rule_id) or W.NO_ARTICLE,  # as the report prints it
            c.actual,
            c.required,
            W.PASSED if c.passed else W.NOT_PASSED,
            W.LIST_SEPARATOR.join(c.missing),
            r.seal,
        ]
        for r in reports
        for c in r.checks
    ]
    return lambda path: _write_xlsx(
        path,
        [
            (W.CREDENTIALS_SHEET, W.CREDENTIALS_HEADER, people),
            (W.COMPOSITION_SHEET, W.COMPOSITION_HEADER, checks),
        ],
    )


def _delegates(session: Session, term: Term, fmt: str) -> Callable[[Path], None]:
    from congress_app.reports.delegate_list import build_delegate_lists_pdf
    from congress_app.roster_file.columns import word_of
    from congress_app.services.credentials_records import delegate_list_data

    lists = [delegate_list_data(session, term.id, review_id=r.review_id) for r in _reviews(session, term)]
    if fmt == "pdf":
        return lambda path: build_delegate_lists_pdf(lists, path)
    rows = [
        [
            data.title,
            data.publication_date,
            unit.unit,
            d.name,
            word_of(d.gender) if d.gender else "",  # 男 / 女 and 教学 …, as the list prints them
            word_of(d.category) if d.category else "",
            data.seal,
        ]
        for data in lists
        for unit in data.units
        for d in unit.delegates
    ]
    return lambda path: _write_xlsx(path, [(W.DELEGATES_SHEET, W.DELEGATES_HEADER, rows)])


def _write_xlsx(path: Path, sheets: Sequence[tuple[str, list[str], Sequence[Sequence[object]]]]) -> None:
    """Plain sheets; a text that starts like a formula is stored as text, never run, and
    rule ids are printed as the norms' articles (spreadsheet.write_cell)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title)
        for r, values in enumerate([header, *rows], start=1):
            for col, value in enumerate(values, start=1):
                write_cell(ws, r, col, value)
        for col in range(1, len(header) + 1):
            ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 16
        ws.freeze_panes = "A2"
        print_setup(ws, title_rows="1:1", landscape=len(header) > 8)
    wb.save(path)
