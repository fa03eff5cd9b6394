"""代表资格审查报告: totals, composition checks, eligibility, problems, conclusion."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.reports.credentials import (
    LEADERS,
    TEACHING,
    WOMEN,
    YOUTH,
    BodyTotals,
    CompositionCheck,
    CredentialsData,
    DelegateEligibility,
    UnitProcedure,
    build_credentials_pdf,
)

SCHOOL = "大连理工示范大学"
UNITS = [
    "电子信息与电气工程学部",
    "材料科学与工程学院",
    "机械工程学院",
    "数学科学学院",
    "化工学院",
    "计算机科学与技术学院",
]
CATEGORIES = ["教学", "教学", "科研", "教学", "管理", "教学", "教辅", "教学", "工勤", "教学"]


def make(names: list[str], *, clear: bool = True, n: int = 48) -> CredentialsData:
    delegates = tuple(
        DelegateEligibility(
            unit=UNITS[i % len(UNITS)],
            name=(names * 2)[i] + ("" if i < len(names) else "二"),
            category=CATEGORIES[i % len(CATEGORIES)],
            eligible=True,
        )
        for i in range(n)
    )
    checks = (
        CompositionCheck(TEACHING, actual=30, required=29, rule_id="R13.5"),
        CompositionCheck(WOMEN, actual=21, required=20, rule_id="R13.5"),
        CompositionCheck(YOUTH, actual=11, required=10, rule_id="R13.5"),
        CompositionCheck(LEADERS, actual=3, required=3, rule_id="R13.6"),
    )
    procedures = tuple(UnitProcedure(u, 8, 8, True) for u in UNITS)
    if not clear:
        checks = (
            CompositionCheck(TEACHING, actual=27, required=29, rule_id="R13.5"),
            checks[1],
            checks[2],
            CompositionCheck(LEADERS, actual=2, required=3, rule_id="R13.6", missing=("校长 魏涛",)),
        )
        delegates = delegates[:-1] + (
            DelegateEligibility("化工学院", "司马晓晴", "教辅", False, "选举日前已调离本选举单位"),
        )
        procedures = procedures[:-1] + (
            UnitProcedure("计算机科学与技术学院", 8, 8, False, "候选人数未多于应选名额（R14.1）"),
        )
    return CredentialsData(
        school=SCHOOL,
        congress="第三届教职工代表大会",
        totals=BodyTotals(
            on_duty_staff=160, teaching_staff=96, women_staff=70, youth_staff=36, seats=48, delegates=n
        ),
        checks=checks,
        delegates=delegates,
        procedures=procedures,
        report_date=date(2025, 4, 20),
        generated_on=date(2025, 4, 20),
    )


def test_clean_report(tmp_path, poppler, embedded, names):
    out = tmp_path / "cred.pdf"
    data = make(names)
    assert data.all_clear
    build_credentials_pdf(data, out)
    embedded(out)
    text = poppler.flat_text(out)
    for needle in (
        "代表资格审查报告",
        "大连理工示范大学第三届教职工代表大会",
        "在岗教职工160人",
        "其中教学人员96人（60.0%）",
        "教学人员代表",
        "30名（62.5%）",
        "即≥29名",
        "与在岗教职工中的比例（43.8%）相应，≥20名",
        "党政工主要负责人",
        "3/3人",
        "电子信息与电气工程学部",
        "邹梓",
        "未发现问题。",
        "经审查，48名当选代表资格均符合规范",
        "代表资格审查委员会（盖章）",
        "2025年4月20日",
        "依据：《规范》第十二条、第十三条第二款、第三款、第十四条、第十五条",
    ):
        assert needle in text, needle
    assert "未通过" not in text and "不符" not in text
    n_pages = poppler.page_count(out)
    assert n_pages >= 2 and f"第{n_pages}页共{n_pages}页" in text


def test_failures_are_listed_and_explained(tmp_path, poppler, embedded, names):
    out = tmp_path / "cred.pdf"
    data = make(names, clear=False)
    assert not data.all_clear and [c.passed for c in data.checks] == [False, True, True, False]
    build_credentials_pdf(data, out)
    embedded(out)
    text = poppler.flat_text(out)
    for needle in (
        "教学人员代表27名，占代表总数56.3%，低于60%（应不少于29名，差2名）。",
        "下列主要负责人尚不是正式代表：校长魏涛。",
        "计算机科学与技术学院：选举程序不合规，候选人数未多于应选名额（第十四条第一款）。",
        "化工学院司马晓晴：代表资格不符，选举日前已调离本选举单位。",
        "经审查，47名代表资格有效，1名资格不符；代表构成与选举程序有3项未通过审查。",
    ):
        assert needle in text, needle
    assert text.count("未通过") >= 2
    assert "））" not in text  # a note ending in a rule id is not bracketed once more


def test_only_an_ineligible_delegate(tmp_path, poppler, names):
    """Composition and procedures pass: the conclusion must not speak of "0 项未通过"."""
    from dataclasses import replace

    data = make(names)
    delegates = data.delegates[:-2] + (
        DelegateEligibility("化工学院", "司马晓晴", "教辅", False, "非在岗教职工（R12.1）"),
        DelegateEligibility("化工学院", "欧阳明远", "教学", False),  # no note given
    )
    out = tmp_path / "cred.pdf"
    build_credentials_pdf(replace(data, delegates=delegates), out)
    text = poppler.flat_text(out)
    assert "1.化工学院司马晓晴：代表资格不符，非在岗教职工（第十二条）。" in text
    assert "2.化工学院欧阳明远：代表资格不符。" in text
    assert "经审查，46名代表资格有效，2名资格不符。上述问题须补正后" in text
    assert "0项" not in text and "））" not in text and "—。" not in text


def test_committee_conclusion_is_used_verbatim(tmp_path, poppler, names):
    from dataclasses import replace

    out = tmp_path / "cred.pdf"
    build_credentials_pdf(replace(make(names), conclusion="经审查，全体代表资格有效。"), out)
    text = poppler.flat_text(out)
    assert "经审查，全体代表资格有效。" in text and "建议确认上述代表资格" not in text


def test_unknown_check_kind_is_refused():
    with pytest.raises(ValueError):
        CompositionCheck("age", 1, 1, "R13.5")
