"""Problem sentences: Chinese by default, English on request, naming row and column."""

from __future__ import annotations

import pytest

from congress_app.roster_file import ALL_CODES, Code, RosterProblem, read_roster
from congress_app.roster_file.wording import MESSAGES, describe_problem
from tests.roster_file.roster_helpers import TODAY, row, write_csv

P = RosterProblem


def test_the_example_from_the_spec():
    p = P(12, "工号", Code.DUPLICATE_STAFF_NO, "100003", 5)
    assert describe_problem(p) == "第 12 行「工号」：工号 100003 与第 5 行重复"
    assert describe_problem(p, "en") == "Row 12, 工号 (staff_no): staff number 100003 duplicates row 5"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_code_has_a_message(lang):
    assert ALL_CODES <= set(MESSAGES[lang])


@pytest.mark.parametrize(
    "problem, zh",
    [
        (P(3, "性别", Code.UNKNOWN_GENDER, "M"), "第 3 行「性别」：性别「M」无效，只能填写 男 或 女"),
        (P(4, "出生日期", Code.BAD_DATE, "2023-02-30"), "第 4 行「出生日期」：「2023-02-30」不是有效的日期"),
        (P(5, "出生日期", Code.FUTURE_DATE, "2030-01-01"), "第 5 行「出生日期」：日期 2030-01-01 晚于今天"),
        (P(6, "选举单位", Code.MISSING_UNIT), "第 6 行「选举单位」：未填写选举单位"),
        (P(7, "姓名", Code.MISSING_VALUE), "第 7 行「姓名」：未填写姓名"),
        (
            P(8, "状态起始日期", Code.MISSING_VALUE),
            "第 8 行「状态起始日期」：状态不是「在岗」时必须填写状态起始日期",
        ),
        (
            P(9, "状态", Code.UNKNOWN_STATUS, "病休"),
            "第 9 行「状态」：状态「病休」无效，只能填写 在岗、离校学习、离校工作、退休、调离 之一",
        ),
        (P(10, "岗位类别", Code.UNKNOWN_CATEGORY, "教研"), "第 10 行「岗位类别」：岗位类别「教研」无效"),
        (
            P(11, "状态起始日期", Code.STATUS_DATE_BEFORE_BIRTH, "1970-01-01"),
            "第 11 行「状态起始日期」：状态起始日期 1970-01-01 早于出生日期",
        ),
        (P(0, "工号", Code.MISSING_COLUMN), "缺少「工号」列（表头也可以写作英文 staff_no）"),
        (P(0, "", Code.EMPTY_FILE), "文件是空的"),
        (P(0, "", Code.UNSUPPORTED_FORMAT, ".xls"), "不支持「.xls」格式的文件"),
        (P(0, "", Code.UNREADABLE_FILE, "名册.xlsx"), "无法读取文件「名册.xlsx」"),
        (P(0, "", Code.UNKNOWN_SHEET, "名单"), "没有名为「名单」的工作表"),
    ],
)
def test_chinese_messages(problem, zh):
    text = describe_problem(problem)
    assert text.startswith(zh) if problem.line else zh in text
    if problem.line:
        assert f"第 {problem.line} 行" in text and f"「{problem.column}」" in text
    else:
        assert not text.startswith("第")


def test_every_problem_of_a_real_file_is_described_with_row_and_column(tmp_path):
    rows = [
        row(staff_no="1"),
        row(staff_no="1", gender="?", birth_date="2023-02-30", unit="", category="x", status="y"),
    ]
    result = read_roster(write_csv(tmp_path / "r.csv", rows), today=TODAY)
    assert len(result.problems) == 6
    for p in result.problems:
        zh, en = describe_problem(p), describe_problem(p, lang="en")
        assert zh.startswith(f"第 3 行「{p.column}」：")
        assert en.startswith(f"Row 3, {p.column} (")
        body = en.split(": ", 1)[1]
        assert body[:1].isascii() and body != zh.split("：", 1)[1]


def test_english_file_level_messages_are_capitalised():
    assert describe_problem(P(0, "", Code.EMPTY_FILE), "en") == "The file is empty"
    assert describe_problem(P(0, "状态", Code.MISSING_COLUMN), "en") == (
        "The column 状态 (status) is missing"
    )


def test_unknown_language_falls_back_to_chinese_and_unknown_code_to_the_code():
    p = P(2, "工号", Code.MISSING_VALUE)
    assert describe_problem(p, "fr") == describe_problem(p)
    assert describe_problem(P(2, "工号", "something_new", "v")) == "第 2 行「工号」：something_new: v"
