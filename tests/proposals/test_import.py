"""Importing paper proposal forms from the XLSX template: every row is checked as filing checks
a form (R35.1, R35.2, R36.1), every problem is named by row and column, and a file with any
problem saves nothing."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from congress_app.launcher import main
from congress_app.reports.proposal_template import COLUMNS, HELP_SHEET, SHEET
from congress_app.services import proposals as filing
from congress_app.services.errors import InvalidInput
from congress_app.services.proposal_import import import_proposals, write_template
from congress_app.services.proposal_queries import proposal_detail
from congress_app.storage.models import AuditEntry, Delegate, Proposal, ProposalPerson, Staff
from congress_app.wording import describe_error
from tests.proposals.conftest import FILED

SECONDERS = "D002、D003、D004"


def _row(
    title="关于增加教职工停车位的建议",
    kind="一般",
    proposers="D001",
    seconders=SECONDERS,
    filed_on: object = FILED,
    category="校园建设",
    reasons="停车难",
    suggestions="增设车位",
):
    return {
        "title": title,
        "category": category,
        "kind": kind,
        "proposers": proposers,
        "seconders": seconders,
        "reasons": reasons,
        "suggestions": suggestions,
        "filed_on": filed_on,
    }


def _fill(db, path: Path, rows: list[dict]) -> Path:
    """The template as the app writes it, filled in as an office would (row 2 onwards)."""
    with db.session() as session:
        write_template(session, path)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    for r, row in enumerate(rows, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            ws.cell(row=r, column=c, value=row.get(column.key))
    wb.save(path)
    return path


def _counts(db) -> tuple[int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Proposal)),
            session.scalar(select(func.count()).select_from(ProposalPerson)),
        )


def _refused(db, path: Path, **kw) -> InvalidInput:
    before = _counts(db)
    with db.session() as session, pytest.raises(InvalidInput) as caught:
        import_proposals(session, path, actor="办公室", **kw)
    assert _counts(db) == before  # nothing half-saved
    return caught.value


def _problems(error: InvalidInput) -> list[tuple[int, str, str]]:
    assert error.code == "proposal_import_problems"
    return [(p.row, p.field, p.error.code) for p in error.details["problems"]]


def test_the_template_has_the_form_fields_a_frozen_header_and_instructions(db, tmp_path):
    with db.session() as session:
        path = write_template(session, tmp_path / "模板.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [SHEET, HELP_SHEET]
    ws = wb[SHEET]
    assert [c.value for c in ws[1]] == [
        "标题",
        "类别",
        "类型(一般/重要)",
        "提案人",
        "附议人",
        "案由",
        "建议",
        "提交日期",
    ]
    assert ws.max_row == 1  # no example row that could be imported by mistake
    assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"
    help_text = [c.value for row in wb[HELP_SHEET].iter_rows() for c in row if c.value]
    assert "教学科研" in help_text and "生活福利" in help_text


def test_round_trip_template_fill_import(db, congress, tmp_path):
    path = _fill(
        db,
        tmp_path / "forms.xlsx",
        [
            _row(),
            _row(
                title="关于改善食堂伙食的建议",
                kind="重要",
                proposers="D005, D006",
                seconders="、".join(congress.numbers[6:16]),
                category="生活福利",
            ),
            _row(
                title="关于延长图书馆开放时间的建议",
                proposers="100000",  # 工号
                seconders=f"{congress.names['D002']}，D003;D004",
                category="",
                filed_on="2026-12-04",
            ),  # after the deadline: an opinion (R35.1)
        ],
    )
    with db.session() as session:
        result = import_proposals(session, path, actor="办公室")
        assert result.numbers == [1, 2, 3]
        assert [f.row for f in result.imported] == [2, 3, 4]
        assert [f.proposal.status for f in result.imported] == ["submitted", "submitted", "opinion"]
        assert result.imported[1].proposal.kind == "important"
        assert result.imported[2].proposal.proposers == (congress.names["D001"],)
        stored = session.scalars(select(Proposal).order_by(Proposal.number)).all()
        assert [p.category for p in stored] == ["校园建设", "生活福利", "其他"]
        assert stored[0].reasons == "停车难" and stored[0].filed_on == FILED
        entry = session.scalar(
            select(AuditEntry).where(
                AuditEntry.entity == "proposal", AuditEntry.entity_id == str(stored[0].id)
            )
        )
        assert entry.action == "proposal.import"
        assert json.loads(entry.payload)["source_file"] == "forms.xlsx"
        assert json.loads(entry.payload)["row"] == 2
        assert proposal_detail(session, stored[0].id).timeline[0].action == "proposal.import"


def test_every_problem_is_named_by_row_and_field_and_nothing_is_saved(db, congress, tmp_path):
    with db.session() as session:  # two delegates share a name
        twin = session.scalar(
            select(Staff).join(Delegate, Delegate.staff_id == Staff.id).where(Delegate.number == "D010")
        )
        twin.name = congress.names["D009"]
        session.commit()
    path = _fill(
        db,
        tmp_path / "forms.xlsx",
        [
            _row(),  # row 2 is fine, but is not saved either
            _row(seconders="D002、D003"),  # 3: two seconders for a general proposal
            _row(kind="重要", seconders="、".join(congress.numbers[1:10])),  # 4: nine for an important
            _row(seconders="D002、D003、T001"),  # 5: an invited delegate
            _row(seconders="D001、D002、D003"),  # 6: the proposer seconds
            _row(seconders="D002、D002、D003"),  # 7: the same seconder twice
            _row(title="   "),  # 8: empty title
            _row(seconders="D002、D003、无此人"),  # 9: unknown delegate
            _row(seconders=f"D002、D003、{congress.names['D009']}"),  # 10: ambiguous name
            _row(filed_on="2026-13-45"),  # 11: not a date
            _row(kind="紧急", title=""),  # 12: two problems in one row
        ],
    )
    error = _refused(db, path)
    assert _problems(error) == [
        (3, "seconders", "proposal_people"),
        (4, "seconders", "proposal_people"),
        (5, "seconders", "proposal_people"),
        (6, "seconders", "proposal_people"),
        (7, "seconders", "proposal_people"),
        (8, "title", "missing_value"),
        (9, "seconders", "unknown_delegate"),
        (10, "seconders", "ambiguous_delegate"),
        (11, "filed_on", "proposal_import_date"),
        (12, "title", "missing_value"),
        (12, "kind", "unknown_proposal_kind"),
    ]
    by_row = {p.row: p for p in error.details["problems"]}
    findings = {row: [f.code for f in by_row[row].error.details["findings"]] for row in (3, 4, 5, 6, 7)}
    assert findings == {
        3: ["too_few_seconders"],
        4: ["too_few_seconders"],
        5: ["seconder_not_formal", "too_few_seconders"],
        6: ["seconder_is_proposer", "too_few_seconders"],
        7: ["seconder_repeated", "too_few_seconders"],
    }
    text = describe_error(error)
    assert "11 处问题" in text and "未导入任何提案" in text
    assert "第 3 行「附议人」" in text and "还差 1 名" in text and "第三十六条" in text
    assert "第 8 行「标题」：「标题」不能为空" in text
    assert "第 10 行「附议人」" in text and "D009、D010" in text
    assert "第 11 行「提交日期」：「2026-13-45」不是日期" in text


def test_a_lapsed_seconder_is_named_by_row(db, congress, tmp_path, monkeypatch):
    real = filing.roll_on
    monkeypatch.setattr(
        filing,
        "roll_on",
        lambda session, term_id, on: [
            replace(e, status="recalled") if e.number == "D004" else e for e in real(session, term_id, on)
        ],
    )
    error = _refused(db, _fill(db, tmp_path / "forms.xlsx", [_row()]))
    [problem] = error.details["problems"]
    assert (problem.row, problem.field) == (2, "seconders")
    assert [f.code for f in problem.error.details["findings"]] == ["seconder_not_formal", "too_few_seconders"]


def test_a_form_before_the_window_and_a_missing_column_are_problems(db, congress, tmp_path):
    path = _fill(db, tmp_path / "forms.xlsx", [_row(filed_on=date(2026, 10, 1))])
    assert _problems(_refused(db, path)) == [(2, "filed_on", "no_open_collection")]
    error = _refused(db, path, session_id=congress.session_id)
    assert _problems(error) == [(2, "filed_on", "collection_not_open_yet")]
    wb = openpyxl.load_workbook(path)
    wb[SHEET].delete_cols(5)  # 附议人
    wb.save(path)
    assert (1, "seconders", "proposal_import_column") in _problems(_refused(db, path))


def test_files_that_are_no_proposal_forms_are_refused_before_reading(db, congress, tmp_path, monkeypatch):
    csv = tmp_path / "forms.csv"
    csv.write_text("标题,类型\n", encoding="utf-8")
    assert _refused(db, csv).code == "proposal_import_format"
    xls = tmp_path / "old.xlsx"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)  # an .xls renamed
    assert _refused(db, xls).code == "proposal_import_format"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert _refused(db, broken).code == "proposal_import_unreadable"
    bomb = tmp_path / "bomb.xlsx"
    block = b"0" * (1 << 20)
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(210):
                sheet.write(block)
    assert bomb.stat().st_size < 2 << 20
    error = _refused(db, bomb)
    assert error.code == "proposal_import_too_large" and error.details["size"] == "210"
    monkeypatch.setattr("congress_app.services.proposal_import.MAX_FILE_BYTES", 1000)
    error = _refused(db, _fill(db, tmp_path / "forms.xlsx", [_row()] * 3))
    assert error.code == "proposal_import_too_large"


def test_no_header_is_refused_and_an_empty_template_imports_nothing(db, congress, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["随便", "什么"])
    wb.save(tmp_path / "other.xlsx")
    assert _refused(db, tmp_path / "other.xlsx").code == "proposal_import_no_header"
    with db.session() as session:
        result = import_proposals(session, _fill(db, tmp_path / "empty.xlsx", []), actor="t")
    assert result.numbers == [] and _counts(db) == (0, 0)


def test_cli_imports_and_lists_problems_as_json(db_path, db, congress, tmp_path, capsys):
    good = _fill(db, tmp_path / "good.xlsx", [_row(), _row(title="关于食堂的建议")])
    code = main(["--db", str(db_path), "proposal", "import", str(good), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["imported"] == [1, 2]
    bad = _fill(db, tmp_path / "bad.xlsx", [_row(), _row(seconders="D002、D003")])
    code = main(
        [
            "--db",
            str(db_path),
            "proposal",
            "import",
            str(bad),
            "--session",
            str(congress.session_id),
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code != 0 and data["imported"] == []
    [problem] = data["problems"]
    assert (problem["row"], problem["field"]) == (3, "seconders")
    assert "还差 1 名" in problem["message"] and "第 3 行" in err
    assert _counts(db)[0] == 2
    template = tmp_path / "t.xlsx"
    assert main(["--db", str(db_path), "proposal", "template", "--out", str(template)]) == 0
    assert openpyxl.load_workbook(template).sheetnames == [SHEET, HELP_SHEET]
