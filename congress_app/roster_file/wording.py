"""Sentences for roster problems, Chinese first (English with lang="en").

Row problems read like "第 12 行「工号」：工号 100003 与第 5 行重复"; file-level problems
(line 0) have no row prefix.
"""

from __future__ import annotations

from congress_app.roster_file import columns as C
from congress_app.roster_file.model import Code, RosterProblem

_GENDERS_ZH = " 或 ".join(C.GENDERS)
_CATEGORIES_ZH = "、".join(C.CATEGORIES)
_STATUSES_ZH = "、".join(C.STATUSES)
_GENDERS_EN = " or ".join(C.GENDERS)
_CATEGORIES_EN = ", ".join(C.CATEGORIES)
_STATUSES_EN = ", ".join(C.STATUSES)
_FORMATS_ZH = "YYYY-MM-DD（如 1980-05-12），也可用 1980/5/12、1980.05.12 或 19800512"
_FORMATS_EN = "YYYY-MM-DD (e.g. 1980-05-12); 1980/5/12, 1980.05.12 or 19800512 also work"

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        Code.UNREADABLE_FILE: "无法读取文件「{value}」：文件可能已损坏、正被其他程序占用，或不是表格文件",
        Code.UNSUPPORTED_FORMAT: (
            "不支持「{value}」格式的文件，请在 Excel 中另存为 .xlsx（Excel 工作簿）或 .csv 后再导入"
        ),
        Code.UNKNOWN_SHEET: "文件中没有名为「{value}」的工作表",
        Code.EMPTY_FILE: "文件是空的，没有任何内容",
        Code.FILE_TOO_LARGE: (
            "文件解压后约 {value} MB，远超教职工名册应有的大小，可能已损坏或被恶意构造，未读取"
        ),
        Code.NO_ROWS: "文件只有表头，没有教职工数据",
        Code.MISSING_COLUMN: "缺少「{column}」列（表头也可以写作英文 {alias}）",
        Code.DUPLICATE_COLUMN: "表头中「{column}」列出现了不止一次（「{value}」），请只保留一列",
        Code.MISSING_VALUE: "未填写{column}",
        "missing_value/状态起始日期": "状态不是「在岗」时必须填写状态起始日期",
        Code.MISSING_UNIT: "未填写选举单位",
        Code.DUPLICATE_STAFF_NO: "工号 {value} 与第 {other_line} 行重复",
        Code.UNKNOWN_GENDER: "性别「{value}」无效，只能填写 " + _GENDERS_ZH,
        Code.UNKNOWN_CATEGORY: "岗位类别「{value}」无效，只能填写 " + _CATEGORIES_ZH + " 之一",
        Code.UNKNOWN_STATUS: "状态「{value}」无效，只能填写 " + _STATUSES_ZH + " 之一",
        Code.BAD_DATE: "「{value}」不是有效的日期，请按 " + _FORMATS_ZH + " 填写",
        Code.FUTURE_DATE: "日期 {value} 晚于今天",
        Code.DATE_TOO_EARLY: "日期 {value} 早于 1900 年，请检查是否填错",
        Code.STATUS_DATE_BEFORE_BIRTH: "状态起始日期 {value} 早于出生日期",
        Code.TOO_LONG: "内容过长（{value} 个字符），最多 {other_line} 个字符",
        Code.FORMULA_CELL: "单元格是公式（{value}），请改为直接填写的值（可复制后「选择性粘贴 → 数值」）",
    },
    "en": {
        Code.UNREADABLE_FILE: (
            "Cannot read the file '{value}': it may be damaged, open in another program, or not a spreadsheet"
        ),
        Code.UNSUPPORTED_FORMAT: (
            "Files of type '{value}' are not supported; save the file as .xlsx (Excel workbook) "
            "or .csv in Excel and import that"
        ),
        Code.UNKNOWN_SHEET: "The file has no sheet named '{value}'",
        Code.EMPTY_FILE: "The file is empty",
        Code.FILE_TOO_LARGE: (
            "The file unpacks to about {value} MB, far more than any staff roster; it may be "
            "damaged or crafted to harm, and was not read"
        ),
        Code.NO_ROWS: "The file has a header row but no staff rows",
        Code.MISSING_COLUMN: "The column {column} ({alias}) is missing",
        Code.DUPLICATE_COLUMN: (
            "The column {column} appears more than once in the header ('{value}'); keep only one"
        ),
        Code.MISSING_VALUE: "a value is required",
        "missing_value/状态起始日期": "a status date is required unless the status is 在岗 (on duty)",
        Code.MISSING_UNIT: "the election unit (选举单位) is required",
        Code.DUPLICATE_STAFF_NO: "staff number {value} duplicates row {other_line}",
        Code.UNKNOWN_GENDER: "invalid gender '{value}'; use " + _GENDERS_EN,
        Code.UNKNOWN_CATEGORY: "invalid post category '{value}'; use one of " + _CATEGORIES_EN,
        Code.UNKNOWN_STATUS: "invalid status '{value}'; use one of " + _STATUSES_EN,
        Code.BAD_DATE: "'{value}' is not a valid date; write " + _FORMATS_EN,
        Code.FUTURE_DATE: "the date {value} is in the future",
        Code.DATE_TOO_EARLY: "the date {value} is before 1900; please check it",
        Code.STATUS_DATE_BEFORE_BIRTH: "the status date {value} is before the birth date",
        Code.TOO_LONG: "too long ({value} characters); at most {other_line} characters",
        Code.FORMULA_CELL: (
            "the cell holds a formula ({value}); type the value itself (copy, then Paste Special → Values)"
        ),
    },
}


def _prefix(p: RosterProblem, lang: str) -> str:
    if p.line <= 0:
        return ""
    if lang == "en":
        if p.column:
            alias = C.BY_ZH[p.column].field if p.column in C.BY_ZH else ""
            col = f"{p.column} ({alias})" if alias else p.column
            return f"Row {p.line}, {col}: "
        return f"Row {p.line}: "
    if p.column:
        return f"第 {p.line} 行「{p.column}」："
    return f"第 {p.line} 行："


def describe_problem(p: RosterProblem, lang: str = "zh") -> str:
    """One sentence naming the row and column of the problem (lang "zh" or "en")."""
    lang = lang if lang in MESSAGES else "zh"
    table = MESSAGES[lang]
    template = table.get(f"{p.code}/{p.column}") or table.get(p.code)
    alias = C.BY_ZH[p.column].field if p.column in C.BY_ZH else ""
    if template is None:
        body = f"{p.code}: {p.value}" if p.value else p.code
    else:
        body = template.format(
            value=p.value, column=p.column, alias=alias, other_line=p.other_line, line=p.line
        )
    # In English, a sentence starting after a "Row n, col: " prefix stays lowercase; alone,
    # capitalise it.
    prefix = _prefix(p, lang)
    if lang == "en" and not prefix and body[:1].islower():
        body = body[0].upper() + body[1:]
    return prefix + body
