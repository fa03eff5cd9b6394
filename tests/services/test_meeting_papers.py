"""The meeting day's papers from the stored records: sign-in sheet by delegation, attendance
report (第二十四条), resolutions with their voting results (第二十五条)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from congress_app.services.checkin import load_desk
from congress_app.services.meeting_papers import (
    attendance_report,
    resolutions,
    sign_in_sheet,
    write_meeting_paper,
)
from congress_app.services.meetings import record_leave
from congress_app.services.votes import record_vote
from tests.services.meeting_fixtures import approve_method, check_in_many, meeting_with, number_of


def _text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _fonts_embedded(path) -> bool:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    return bool(rows) and all(" yes " in row for row in rows)


@pytest.fixture
def held(db):
    meeting = meeting_with(db, formal=12, observer=1)
    check_in_many(db, meeting.session_id, list(range(1, 10)) + [13])
    with db.session() as session:
        desk = load_desk(session, meeting.session_id)
        away = desk.find(number_of(10)).entry.delegate_id
        record_leave(session, meeting.session_id, away, reason="出国访学", actor="t")
        approve_method(session, meeting.session_id, 9)
        record_vote(
            session,
            meeting.session_id,
            title="关于《教职工绩效考核办法》的决议",
            yes=6,
            no=2,
            abstain=1,
            actor="t",
            resolution="大会审议通过《教职工绩效考核办法》，自公布之日起施行。",
        )
        record_vote(
            session,
            meeting.session_id,
            title="关于食堂改革方案的决议",
            yes=7,
            no=2,
            abstain=0,
            method="ballot",
            actor="t",
        )
    return meeting


def test_attendance_report_figures(db, held) -> None:
    with db.session() as session:
        report = attendance_report(session, held.session_id)
    assert (report.expected, report.present, report.on_leave, report.absent) == (12, 9, 1, 2)
    assert report.required == 8 and report.reached and report.attending_not_counted == 1
    assert report.leave == (("代表0010", "出国访学"),) and report.absent_names == ("代表0011", "代表0012")


def test_sign_in_sheet_and_resolutions_data(db, held) -> None:
    with db.session() as session:
        sheet = sign_in_sheet(session, held.session_id)
        result = resolutions(session, held.session_id)
    assert [len(g.lines) for g in sheet.groups] == [13]
    remarks = {line.number: line.remark for line in sheet.groups[0].lines}
    assert remarks[number_of(10)] == "请假" and remarks[number_of(13)] == "不计入应到"
    assert [(v.yes, v.needed, v.passed) for v in result.votes] == [(9, 7, True), (6, 7, False), (7, 7, True)]


def test_the_pdfs_print_the_stored_figures(db, held, tmp_path) -> None:
    with db.session() as session:
        paths = {
            kind: write_meeting_paper(session, held.session_id, kind, tmp_path / f"{kind}.pdf")
            for kind in ("signin", "attendance", "resolutions")
        }
    text = {kind: re.sub(r"\s+", "", _text(path)) for kind, path in paths.items()}
    assert "代表签到表" in text["signin"] and "本人签名" in text["signin"] and "代表0013" in text["signin"]
    assert "应到会代表12人，实到9人" in text["attendance"] and "会议有效" in text["attendance"]
    assert "第二十四条" in text["attendance"]
    assert "关于《教职工绩效考核办法》的决议" in text["resolutions"]
    assert "未通过" in text["resolutions"] and "无记名投票" in text["resolutions"]
    assert "自公布之日起施行" in text["resolutions"]
    assert all(_fonts_embedded(path) for path in paths.values())
    assert not list(tmp_path.glob("*.part"))
