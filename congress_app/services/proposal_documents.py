"""Proposal papers: the filled form (提案表), the proposal work report (提案工作报告, R39.1) and
an XLSX of every proposal — built from the stored proposals, never from anything else."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from sqlalchemy.orm import Session

from congress_app.reports.proposal_form import ProposalFormData, build_proposal_form_pdf
from congress_app.reports.proposal_report import (
    ProposalReportData,
    ReportRow,
    build_proposal_report_pdf,
)
from congress_app.rules.proposals import MIN_SECONDERS
from congress_app.services.errors import NotFound
from congress_app.services.proposal_queries import (
    ProposalRow,
    proposal_figures,
    proposal_rows,
    session_proposals,
)
from congress_app.services.school import school_info
from congress_app.spreadsheet import write_cell
from congress_app.storage.models import CongressSession, Proposal
from congress_app.wording.proposals import (
    EXCELLENT_LINE,
    KIND_ZH,
    LATE_ACCEPTED,
    LATE_AS_OPINION,
    NAME_JOINER,
    PUBLIC_STATUS_ZH,
    SATISFACTION_ZH,
    STATE_ZH,
    XLSX_HEADERS,
    XLSX_SHEET,
    YES,
)


def _session(session: Session, session_id: int) -> CongressSession:
    record = session.get(CongressSession, session_id)
    if record is None:
        raise NotFound(what="congress_session", id=session_id)
    return record


def _form_data(
    row: ProposalRow, reasons: str, suggestions: str, late_exception: str, school: str, congress: str
) -> ProposalFormData:
    note = (
        LATE_AS_OPINION
        if row.late and row.status == "opinion"
        else (LATE_ACCEPTED.format(reason=late_exception) if row.late else "")
    )
    return ProposalFormData(
        school=school,
        congress=congress,
        number=row.number,
        title=row.title,
        kind=KIND_ZH[row.kind],
        category=row.category,
        filed_on=row.filed_on,
        proposers=row.proposers,
        seconders=row.seconders,
        reasons=reasons,
        suggestions=suggestions,
        seconders_needed=MIN_SECONDERS[row.kind],
        status_note=note,
    )


def proposal_form_data(session: Session, proposal_id: int) -> ProposalFormData:
    # the proposal and its row only: the form prints neither its answers, nor its
    # timeline, nor what was merged into it (proposal_detail reads all of them)
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(what="proposal", id=proposal_id)
    row = proposal_rows(session, [proposal])[0]
    record = _session(session, row.session_id)
    return _form_data(
        row,
        proposal.reasons,
        proposal.suggestions,
        proposal.late_exception,
        school_info(session).name,
        record.title,
    )


def proposal_forms_data(session: Session, session_id: int) -> dict[int, ProposalFormData]:
    """Every proposal form of the session by proposal id — the same data as
    :func:`proposal_form_data` for each, read in a few queries for all of them."""
    record = _session(session, session_id)
    school = school_info(session).name
    proposals = {p.id: p for p in session_proposals(session, session_id)}
    return {
        row.proposal_id: _form_data(
            row,
            proposals[row.proposal_id].reasons,
            proposals[row.proposal_id].suggestions,
            proposals[row.proposal_id].late_exception,
            school,
            record.title,
        )
        for row in proposal_rows(session, list(proposals.values()))
    }


def write_proposal_form(session: Session, proposal_id: int, out: Path) -> Path:
    build_proposal_form_pdf(proposal_form_data(session, proposal_id), out)
    return out


def proposal_report_data(
    session: Session, session_id: int, *, today: date | None = None
) -> ProposalReportData:
    today = today or date.today()
    figures = proposal_figures(session, session_id, today=today)
    rows = tuple(
        ReportRow(
            r.number,
            r.title,
            NAME_JOINER.join(r.proposers),
            r.category,
            STATE_ZH[r.status],
            r.department,
            SATISFACTION_ZH.get(r.satisfaction, ""),
        )
        for r in figures.rows
    )
    return ProposalReportData(
        school=school_info(session).name,
        congress=figures.session_title,
        held_on=figures.held_on,
        generated_on=today,
        total=figures.total,
        by_status=tuple((PUBLIC_STATUS_ZH[k], v) for k, v in figures.by_status.items()),
        by_kind=tuple((KIND_ZH[k], v) for k, v in figures.by_kind.items()),
        by_category=tuple(figures.by_category.items()),
        by_department=tuple(figures.by_department.items()),
        by_satisfaction=tuple((SATISFACTION_ZH[k], v) for k, v in figures.by_satisfaction.items()),
        answered_in_time=figures.answered_in_time,
        answered_late=figures.answered_late,
        overdue=figures.overdue,
        late_forms=figures.late_forms,
        second_answers=figures.second_answers,
        excellent=tuple(
            EXCELLENT_LINE.format(number=n, title=t, proposers=NAME_JOINER.join(p))
            for n, t, p in figures.excellent
        ),
        rows=rows,
    )


def write_proposal_report(session: Session, session_id: int, out: Path, *, today: date | None = None) -> Path:
    build_proposal_report_pdf(proposal_report_data(session, session_id, today=today), out)
    return out


def write_proposals_xlsx(session: Session, session_id: int, out: Path) -> Path:
    figures = proposal_figures(session, session_id)
    book = Workbook()
    sheet = book.active
    sheet.title = XLSX_SHEET
    for col, head in enumerate(XLSX_HEADERS, start=1):
        cell = write_cell(sheet, 1, col, head)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8ECF2")
        cell.alignment = Alignment(horizontal="center")
    for r, row in enumerate(figures.rows, start=2):
        values = (
            row.number,
            row.title,
            KIND_ZH[row.kind],
            row.category,
            NAME_JOINER.join(row.proposers),
            NAME_JOINER.join(row.seconders),
            row.filed_on,
            STATE_ZH[row.status],
            row.department,
            NAME_JOINER.join(row.assisting),
            row.due_on,
            row.answered_on,
            SATISFACTION_ZH.get(row.satisfaction, ""),
            YES if row.excellent else "",
        )
        for col, value in enumerate(values, start=1):
            cell = write_cell(sheet, r, col, value)
            if hasattr(value, "year"):
                cell.number_format = "yyyy-mm-dd"
    widths = (6, 40, 10, 10, 14, 30, 12, 16, 14, 16, 12, 12, 10, 8)
    for letter, width in zip("ABCDEFGHIJKLMN", widths, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(out)
    return out
