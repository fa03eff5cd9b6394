"""The proposal papers print what is stored (the report's counts equal the database's), the
XLSX keeps text as text, and the CLI keeps its contract."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from congress_app.launcher import main
from congress_app.services.archive_register import collect_generated, item_content, list_items, pdf_pages
from congress_app.services.proposal_documents import (
    proposal_form_data,
    proposal_forms_data,
    write_proposal_form,
    write_proposal_report,
    write_proposals_xlsx,
)
from congress_app.services.proposal_handling import (
    approve_by_dmc,
    assign_departments,
    record_answer,
    record_proposer_view,
    review_proposal,
)
from congress_app.services.proposals import file_proposal
from congress_app.storage.models import Proposal
from tests.proposals.conftest import FILED

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", "", out.stdout)


def _fill(db, c):
    with db.session() as s:
        ids = [
            file_proposal(
                s,
                title=t,
                kind="general",
                proposers=[c.numbers[i]],
                seconders=list(c.numbers[i + 1 : i + 4]),
                filed_on=FILED,
                actor="t",
                category=cat,
            ).proposal_id
            for i, (t, cat) in enumerate(
                [
                    ("关于增加教职工停车位的建议", "校园建设"),
                    ("关于改善食堂伙食的建议", "生活福利"),
                    ('=HYPERLINK("x")关于公式的建议', "其他"),
                    ("关于职称评审的建议", "人事分配"),
                ]
            )
        ]
        for pid in ids[:2]:
            review_proposal(s, pid, decision="register", on=date(2026, 12, 5), actor="t")
        approve_by_dmc(s, ids[:2], on=date(2026, 12, 6), actor="t")
        assign_departments(s, ids[0], lead="后勤处", due_on=date(2027, 3, 1), actor="t")
        record_answer(s, ids[0], text="已落实", answered_on=date(2027, 1, 5), actor="t")
        record_proposer_view(s, ids[0], satisfaction="satisfied", on=date(2027, 1, 6), actor="t")
        review_proposal(
            s,
            ids[3],
            decision="opinion",
            reason="个人事项",
            department="人事处",
            on=date(2026, 12, 5),
            actor="t",
        )
    return ids


@needs_poppler
def test_the_report_counts_equal_the_database(db, congress, tmp_path):
    _fill(db, congress)
    out = tmp_path / "report.pdf"
    with db.session() as s:
        write_proposal_report(s, congress.session_id, out, today=date(2027, 1, 10))
        total = s.scalar(select(func.count()).select_from(Proposal))
        by_status = dict(s.execute(select(Proposal.status, func.count()).group_by(Proposal.status)).all())
    text = _pdf_text(out)
    assert f"共收到提案{total}件" in text
    assert by_status == {"submitted": 1, "dmc_passed": 1, "closed": 1, "opinion": 1}
    assert "待审查1件" in text and "已立案1件" in text and "已办结1件" in text and "作为意见1件" in text
    assert "按期答复1件" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts and " no " not in fonts.split("\n", 2)[2]


@needs_poppler
def test_the_form_prints_the_people_for_signature(db, congress, tmp_path):
    ids = _fill(db, congress)
    out = tmp_path / "form.pdf"
    with db.session() as s:
        write_proposal_form(s, ids[0], out)
    text = _pdf_text(out)
    assert "提案表" in text and "关于增加教职工停车位的建议" in text
    assert congress.names["D001"] in text and congress.names["D004"] in text


def test_the_forms_of_a_session_read_at_once_equal_each_form_read_alone(db, congress):
    ids = _fill(db, congress)
    with db.session() as s:
        for late, exception in ((date(2026, 12, 10), "因公出差"), (date(2026, 12, 11), "")):
            ids.append(
                file_proposal(
                    s,
                    title=f"关于{late.day}日逾期提交的建议",
                    kind="general",
                    proposers=[congress.numbers[5]],
                    seconders=list(congress.numbers[6:9]),
                    filed_on=late,
                    actor="t",
                    late_exception=exception,
                ).proposal_id
            )
        forms = proposal_forms_data(s, congress.session_id)
        alone = {pid: proposal_form_data(s, pid) for pid in ids}
        assert forms == alone
        assert {f.status_note != "" for f in forms.values()} == {True, False}
        # the archive files one form per proposal, built from that data, with its page count
        collect_generated(s, congress.session_id, actor="t")
        filed = [i for i in list_items(s, congress.session_id) if i.source.startswith("proposal:")]
        assert sorted(int(i.source.split(":")[1]) for i in filed) == sorted(ids)
        for item in filed:
            assert item.pages == pdf_pages(item_content(s, item.item_id), item.filename) == 1


def test_the_xlsx_keeps_formulas_as_text(db, congress, tmp_path):
    _fill(db, congress)
    out = tmp_path / "all.xlsx"
    with db.session() as s:
        write_proposals_xlsx(s, congress.session_id, out)
    sheet = openpyxl.load_workbook(out).active
    titles = {sheet.cell(r, 2).value: sheet.cell(r, 2).data_type for r in range(2, sheet.max_row + 1)}
    assert titles['=HYPERLINK("x")关于公式的建议'] == "s"
    assert sheet.cell(2, 1).value == 1 and sheet.cell(2, 1).data_type == "n"
    assert sheet.freeze_panes == "A2"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_files_and_lists_with_exact_keys(db_path, db, congress, capsys, monkeypatch):
    monkeypatch.setattr(
        "congress_app.services.proposals.date", type("D", (date,), {"today": staticmethod(lambda: FILED)})
    )
    code, out, err = _run(
        capsys,
        "--db",
        str(db_path),
        "proposal",
        "file",
        "--title",
        "关于增加停车位的建议",
        "--kind",
        "general",
        "--proposer",
        "D001",
        "--seconder",
        "D002",
        "--seconder",
        "100002",
        "--seconder",
        congress.names["D004"],
        "--category",
        "校园建设",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["number"] == 1
    code, out, _ = _run(
        capsys, "--db", str(db_path), "proposals", "--session", str(congress.session_id), "--json"
    )
    listed = json.loads(out)
    assert code == 0 and list(listed[0]) == [
        "number",
        "title",
        "kind",
        "proposers",
        "seconders",
        "status",
        "department",
        "satisfaction",
    ]
    assert listed[0]["status"] == "filed" and listed[0]["proposers"] == [congress.names["D001"]]


def test_cli_refuses_two_seconders_with_the_article_and_saves_nothing(db_path, db, congress, capsys):
    code, _out, err = _run(
        capsys,
        "--db",
        str(db_path),
        "proposal",
        "file",
        "--title",
        "关于停车的建议",
        "--kind",
        "general",
        "--proposer",
        "D001",
        "--seconder",
        "D002",
        "--seconder",
        "D003",
        "--session",
        str(congress.session_id),
    )
    assert code != 0
    assert "第三十六条" in err and "还差 1 名" in err
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Proposal)) == 0
