"""Documents produced from the database: embedded fonts, Chinese text, the rules cited."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from congress_app.paths import sqlite_url
from congress_app.services.credentials import write_credentials_report, write_delegate_list
from congress_app.services.database import open_database
from congress_app.services.demo import load_demo
from congress_app.services.election_results import write_ballot_papers, write_result_sheet
from congress_app.services.seat_reports import export_seat_allocation
from congress_app.services.terms import list_terms
from congress_app.storage.models import ElectionRound
from tests.services.election_fixtures import HELD, term, unit_election  # noqa: F401

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(sqlite_url(path))
    load_demo(db)
    yield db
    db.close()


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _fonts_embedded(pdf: Path) -> bool:
    rows = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return bool(rows) and all(row.split()[-5] == "yes" for row in rows)


def test_seat_allocation_pdf_and_xlsx(demo_db, tmp_path) -> None:
    with demo_db.session() as session:
        pdf = export_seat_allocation(session, tmp_path / "seats.pdf", "pdf")
        xlsx = export_seat_allocation(session, tmp_path / "seats.xlsx", "xlsx")
    text = _text(pdf)
    assert "名额分配表" in text and "大连滨海理工大学" in text and "第十三条" in text
    assert _fonts_embedded(pdf)
    sheet = openpyxl.load_workbook(xlsx).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "人文学院" in values and 139 in values


def test_election_documents(demo_db, tmp_path) -> None:
    with demo_db.session() as session:
        term = list_terms(session)[0]
        second = session.scalar(select(ElectionRound.id).where(ElectionRound.number == 2).limit(1))
        sheet = write_result_sheet(session, second, tmp_path / "result.pdf")
        report = write_credentials_report(session, term.term_id, tmp_path / "cred.pdf")
        roll = write_delegate_list(session, term.term_id, tmp_path / "list.pdf")
    for pdf in (sheet, report, roll):
        assert _fonts_embedded(pdf), pdf
    assert "选举结果报告单" in _text(sheet) and "另行选举" in _text(sheet)
    cred = _text(report)
    assert "代表资格审查报告" in cred and "第十三条" in cred and "第十五条" in cred
    listing = _text(roll)
    assert "代表名单" in listing and "2025" in listing


def test_ballot_papers_one_page_each_and_recorded(db, term, tmp_path) -> None:
    from congress_app.services.counting import open_round
    from congress_app.services.elections import STATE_BALLOTS_PRINTED, election_overview, nominate

    state, staff = unit_election(db, term)
    with db.session() as session:
        nominate(session, state.election_id, staff[: state.seats + 2], actor="t", on=HELD, confirmed_on=HELD)
        view = open_round(session, state.election_id, held_on=HELD, actor="t")
        pdf = write_ballot_papers(session, view.round_id, tmp_path / "ballots.pdf", copies=3, actor="t")
        printed = next(
            s for s in election_overview(session, term.term_id) if s.election_id == state.election_id
        )
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+(\d+)$", pages, re.M).group(1) == "3", pages
    text = _text(pdf)
    assert f"本单位应选代表{state.seats}名，最多可选{state.seats}人" in text
    assert "No. 0003" in text and _fonts_embedded(pdf)
    assert printed.state == STATE_BALLOTS_PRINTED


def test_credentials_report_after_publication_is_the_review_as_approved(demo_db, tmp_path) -> None:
    """Reprinted later, the report keeps the publication date and judges eligibility as of
    it: a delegate who has since transferred out (the demo's 2026 roster) was eligible then."""
    from congress_app.services.credentials import review_credentials
    from congress_app.services.demo_elections import PUBLISHED_ON

    with demo_db.session() as session:
        term = list_terms(session)[0]
        today = review_credentials(session, term.term_id)
        then = review_credentials(session, term.term_id, on=PUBLISHED_ON)
        report = write_credentials_report(session, term.term_id, tmp_path / "cred.pdf")
        from congress_app.services.credentials_records import credentials_report_data

        approved = credentials_report_data(session, term.term_id).delegates  # as stored (R15.2)
    gone = [d.name for d in today.delegates if not d.eligible]
    assert gone, "the demo should hold a delegate who left after publication"
    assert all(d.eligible for d in then.delegates) and then.published_on == PUBLISHED_ON
    text = re.sub(r"\s+", "", _text(report))
    assert f"经审查，{len(approved)}名当选代表资格均符合规范" in text
    assert "资格不符" not in text and not any(f"{name}：代表资格不符" in text for name in gone)
    assert f"{PUBLISHED_ON.year}年{PUBLISHED_ON.month}月{PUBLISHED_ON.day}日" in text
