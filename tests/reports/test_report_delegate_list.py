"""代表名单: grouped by unit, names in a grid, totals, publication date."""

from __future__ import annotations

from datetime import date
from itertools import cycle

import pytest

from congress_app.reports.delegate_list import (
    DelegateListData,
    ListedDelegate,
    UnitDelegates,
    build_delegate_list_pdf,
)
from congress_app.roster_file.columns import word_of
from congress_app.rules.seats import FEMALE as F
from congress_app.rules.seats import MALE as M
from congress_app.rules.seats import MANAGEMENT, RESEARCH, TEACHING
from tests.reports.conftest import overlaps

SCHOOL = "大连理工示范大学"
TITLE = "大连理工示范大学第三届教职工代表大会代表名单"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = ["晓东", "丽", "建国", "雪梅", "志强", "静", "海波", "婷", "明", "秀英", "宏伟", "欣怡"]


def make(university_units, *, detail: bool = False) -> DelegateListData:
    names = (s + g for g in GIVEN for s in SURNAMES)
    genders, cats = cycle([F, M, M, F, M]), cycle([TEACHING, TEACHING, MANAGEMENT, TEACHING, RESEARCH])
    units = tuple(
        UnitDelegates(
            unit,
            tuple(
                ListedDelegate(next(names), next(genders), next(cats))
                for _ in range(max(3, staff * 206 // 2400))
            ),
        )
        for unit, staff in university_units
    )
    return DelegateListData(
        school=SCHOOL,
        title=TITLE,
        publication_date=date(2025, 4, 25),
        units=units,
        publisher="大连理工示范大学工会",
        show_gender=detail,
        show_category=detail,
        generated_on=date(2025, 4, 25),
    )


def test_list_grouped_by_unit(tmp_path, poppler, embedded, university_units):
    data = make(university_units)
    out = tmp_path / "list.pdf"
    build_delegate_list_pdf(data, out)
    embedded(out)
    text = poppler.flat_text(out)
    first_unit = data.units[0]
    for needle in (
        TITLE,
        f"下列{data.total}名同志",
        "共24个选举单位",
        f"电子信息与电气工程学部（{len(first_unit.delegates)}名）",
        "附属学校（3名）",
        first_unit.delegates[0].name,
        data.units[-1].delegates[-1].name,
        f"合计：代表{data.total}名。",
        "大连理工示范大学工会",
        "2025年4月25日",
        "依据：《规范》第十五条",
    ):
        assert needle in text, needle
    assert "（女" not in text  # gender not shown unless asked
    # units appear in the given order, each name exactly once
    positions = [text.index(f"{u.unit}（") for u in data.units]
    assert positions == sorted(positions)
    assert all(text.count(d.name) == 1 for u in data.units for d in u.delegates)
    pages = poppler.page_count(out)
    assert pages >= 2 and f"第{pages}页共{pages}页" in text


def test_names_sit_in_a_multi_column_grid(tmp_path, poppler, university_units):
    data = make(university_units)
    out = tmp_path / "list.pdf"
    build_delegate_list_pdf(data, out)
    names = [d.name for d in data.units[0].delegates]
    lines = poppler.text(out, layout=True).splitlines()
    row = next(line for line in lines if names[0] in line)
    assert row.split() == names[:6]


def test_gender_and_category_with_totals(tmp_path, poppler, embedded, university_units):
    data = make(university_units, detail=True)
    out = tmp_path / "list.pdf"
    build_delegate_list_pdf(data, out)
    embedded(out)
    text = poppler.flat_text(out)
    first = data.units[0].delegates[0]
    assert f"{first.name}（{word_of(first.gender)}，{word_of(first.category)}）" in text
    everyone = [d for u in data.units for d in u.delegates]
    women = sum(d.gender == F for d in everyone)
    teaching = sum(d.category == TEACHING for d in everyone)
    assert f"其中女代表{women}名" in text and f"教学人员代表{teaching}名" in text


LONG_NAMES = ("阿卜杜热合曼·买买提", "热依拉·阿不都热依木", "欧阳明远", "司马晓晴")


def _long_name_units() -> tuple[UnitDelegates, ...]:
    people = [
        ListedDelegate(n, g, c)
        for n, g, c in zip(
            LONG_NAMES + ("邹梓", "孙文军", "邓一", "于霞秋", "朱轩", "侯志", "范晨鹏"),
            cycle([F, M]),
            cycle([TEACHING, MANAGEMENT]),
        )
    ]
    return (UnitDelegates("机械工程学院", tuple(people)), UnitDelegates("图书馆", tuple(people[4:])))


@pytest.mark.parametrize("detail", [False, True])
def test_long_names_never_run_over_their_neighbours(tmp_path, poppler, detail):
    data = DelegateListData(
        school=SCHOOL,
        title=TITLE,
        publication_date=date(2025, 12, 5),
        units=_long_name_units(),
        publisher="校工会",
        show_gender=detail,
        show_category=detail,
    )
    out = tmp_path / "list.pdf"
    build_delegate_list_pdf(data, out)
    words = poppler.words(out)
    assert not overlaps(words), overlaps(words)
    for unit in data.units:
        for d in unit.delegates:
            entry = f"{d.name}（{word_of(d.gender)}，{word_of(d.category)}）" if detail else d.name
            assert any(w.text == entry for w in words), entry  # whole, as one word

    # a long name takes two cells of the row; the short names still sit six (four) to a row
    def row_of(start: str) -> list[str]:
        anchor = next(w for w in words if w.text.startswith(start))
        return [w.text.split("（")[0] for w in words if w.same_line(anchor)]

    if detail:
        assert row_of("阿卜杜") == ["阿卜杜热合曼·买买提", "热依拉·阿不都热依木"]
        assert row_of("朱轩") == ["邓一", "于霞秋", "朱轩", "侯志"]
    else:
        assert row_of("阿卜杜") == list(LONG_NAMES)
        assert row_of("朱轩") == ["邹梓", "孙文军", "邓一", "于霞秋", "朱轩", "侯志"]
