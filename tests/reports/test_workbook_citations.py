"""Every workbook the app writes cites the norms' articles, never the app's rule ids (issue 15):
built from the demo congress as the app writes them, every cell, sheet name and print header
is read back."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import select

from congress_app.paths import sqlite_url
from congress_app.services.database import open_database
from congress_app.services.demo import load_demo
from congress_app.spreadsheet import append_row, write_cell
from congress_app.storage.models import CongressSession, Term

# what formal_text turns into articles (norms._RULE_TOKEN), and the plain shapes of a rule id
RULE_ID = re.compile(r"(?<![A-Za-z0-9])R(?:A|\d{1,2})(?:\.\d{1,2})?(?![A-Za-z0-9])|\bRA\.\d\b|\bR\d+\.\d+\b")


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    """One workbook of each kind, written by the services (and templates) as the app writes them."""
    from congress_app.demo.people import make_roster_xlsx
    from congress_app.reports.proposal_template import write_proposal_template
    from congress_app.roster_file.template import write_template_xlsx
    from congress_app.services import delegate_papers, exports, proposal_documents
    from congress_app.services.archive_export import export_archive

    folder = tmp_path_factory.mktemp("books")
    db = open_database(sqlite_url(folder / "demo.db"))
    load_demo(db)
    out: dict[str, Path] = {}
    try:
        with db.session() as session:
            term = session.scalar(select(Term).order_by(Term.number.desc()))
            meeting = session.scalar(select(CongressSession.id).order_by(CongressSession.id.desc()))
            for kind in exports.KINDS:
                out[kind] = exports.export_document(session, kind, folder / f"{kind}.xlsx")
            out["roll"] = delegate_papers.write_roll(session, term.id, date(2026, 6, 1), folder / "roll.xlsx")
            out["proposals"] = proposal_documents.write_proposals_xlsx(
                session, meeting, folder / "proposals.xlsx"
            )
            export_archive(session, None, folder / "archive", actor="t", pdfa=False)
            (out["catalogue"],) = (folder / "archive").glob("*.xlsx")
    finally:
        db.close()
    out["roster-template"] = write_template_xlsx(folder / "roster-template.xlsx")
    out["proposal-template"] = write_proposal_template(folder / "proposal-template.xlsx", ["教学科研"])
    out["demo-roster"] = make_roster_xlsx(folder / "demo-roster.xlsx", rows=40, units=3)
    return out


def _texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) of every text in the workbook: cells, sheet names, print headers."""
    found: list[tuple[str, str]] = []
    for ws in openpyxl.load_workbook(path).worksheets:
        found.append((f"{ws.title}!title", ws.title))
        for part in (ws.oddHeader, ws.oddFooter):
            for side in (part.left, part.center, part.right):
                if side.text:
                    found.append((f"{ws.title}!header", side.text))
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found.append((f"{ws.title}!{cell.coordinate}", cell.value))
    return found


def test_every_workbook_is_built(books) -> None:
    assert set(books) == {
        "seat-plan",
        "results",
        "credentials",
        "delegates",
        "roll",
        "proposals",
        "catalogue",
        "roster-template",
        "proposal-template",
        "demo-roster",
    }


def test_no_workbook_prints_a_rule_id(books) -> None:
    for kind, path in books.items():
        hits = [(where, text) for where, text in _texts(path) if RULE_ID.search(text)]
        assert not hits, (kind, hits[:5])


def test_the_seat_plan_and_the_credentials_cite_the_articles(books) -> None:
    summary = openpyxl.load_workbook(books["seat-plan"])["名额测算"]
    labels = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row[0]}
    assert "允许名额（第十三条第一款）" in labels and "比例区间（第十三条第一款）" in labels
    assert "党政工主要负责人（第十三条第三款）" in labels
    assert "建议名额" in labels  # R13.3 is practice: no article, no bracket
    assert "第十三条第二款）" in labels["教学人员代表目标"]
    table = openpyxl.load_workbook(books["seat-plan"])["名额分配表"]
    assert "三种方法对照" in [c.value for c in table[2]]  # RA.2: practice
    checks = openpyxl.load_workbook(books["credentials"])["代表构成"]
    header = [c.value for c in checks[1]]
    rows = [dict(zip(header, row, strict=True)) for row in checks.iter_rows(min_row=2, values_only=True)]
    assert {(r["项目"], r["依据"]) for r in rows} == {
        ("教学人员代表", "第十三条第二款"),
        ("女代表", "第十三条第二款"),
        ("青年代表", "第十三条第二款"),
        ("党政工主要负责人", "第十三条第三款"),
    }


def test_the_delegate_list_prints_words_not_codes(books) -> None:
    ws = openpyxl.load_workbook(books["delegates"]).active
    header = [c.value for c in ws[1]]
    genders = {row[header.index("性别")] for row in ws.iter_rows(min_row=2, values_only=True)}
    categories = {row[header.index("岗位类别")] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert genders <= {"男", "女", None} and "女" in genders
    assert "教学" in categories and "teaching" not in categories


def test_the_catalogue_keeps_its_codes_as_written(books) -> None:
    ws = openpyxl.load_workbook(books["catalogue"]).active
    codes = [row[1] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert codes and all(re.fullmatch(r"0123-WS·\d{4}-(Y|D30|D10)-JDH-\d{4}", c) for c in codes)


def test_the_helper_cites_and_keeps_codes(tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    write_cell(ws, 1, 1, "允许名额（R13.2）")
    write_cell(ws, 1, 2, "R12-WS·2026-Y-RA-0001", cite=False)  # a school's own code
    write_cell(ws, 1, 3, "=R13.5")
    append_row(ws, ["有缺额（R14.5、R19.1）", 3, "建议名额（R13.3）"])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == [
        "允许名额（第十三条第一款）",
        "R12-WS·2026-Y-RA-0001",
        "=第十三条第二款",
    ]
    assert ws["C1"].data_type == "s" and ws["C1"].quotePrefix
    assert [c.value for c in ws[2]] == ["有缺额（第十九条）", 3, "建议名额"]
