"""The presidium list and the agenda the archive files are formal papers of the app (issue 15):
the school and 编号 in the header, the issuing body's seal block, the norms' articles in the
footer, the agenda's phases in words."""

from __future__ import annotations

from datetime import date

from congress_app.reports.archive_papers import ListPaperData, build_formal_list_pdf, build_list_paper_pdf
from congress_app.services.meeting_templates import PHASES
from congress_app.wording.archive import AGENDA_PHASES_ZH


def _agenda() -> ListPaperData:
    rows = tuple(
        (str(i), AGENDA_PHASES_ZH[phase], at, title)
        for i, (phase, at, title) in enumerate(
            [
                ("prepare", "", "拟订筹备工作方案"),
                ("premeet", "08:00", "做教职工代表大会筹备工作报告"),
                ("formal", "09:00", "校长做主题报告"),
                ("close", "16:45", "代表填写测评表"),
            ],
            start=1,
        )
    )
    return ListPaperData(
        "测试大学",
        "测试大学第九届教职工代表大会第一次会议议程、日程表",
        "测试大学第九届教职工代表大会第一次会议",
        date(2025, 12, 18),
        ("序号", "阶段", "时间", "议程"),
        rows,
        publisher="教职工代表大会主席团",
    )


def test_every_agenda_phase_has_its_words():
    assert set(AGENDA_PHASES_ZH) == set(PHASES)
    assert AGENDA_PHASES_ZH["prepare"] == "筹备工作" and AGENDA_PHASES_ZH["premeet"] == "预备会议"


def test_the_agenda_is_a_formal_paper(tmp_path, poppler, embedded):
    out = tmp_path / "agenda.pdf"
    build_formal_list_pdf(_agenda(), out, kind="YC", rule_ids=("R45.1", "R46.1", "R47.1"))
    embedded(out)
    text = poppler.flat_text(out)
    assert "编号：YC-" in text and "测试大学" in text
    assert "筹备工作" in text and "预备会议" in text and "会后" in text and "premeet" not in text
    assert "教职工代表大会主席团（盖章）" in text and "2025年12月18日" in text
    assert "依据：《规范》第四十五条、第四十六条、第四十七条" in text
    assert "R46.1" in text  # the rule ids only in the small footnote


def test_the_plain_paper_has_no_app_header(tmp_path, poppler):
    """The demo's stand-ins for outside documents (a higher body's 批复) carry no 编号 of ours."""
    out = tmp_path / "plain.pdf"
    build_list_paper_pdf(_agenda(), out)
    assert "编号" not in poppler.flat_text(out)
