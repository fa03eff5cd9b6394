"""The XLSX template for paper proposal forms (提案表导入模板) and its columns.

Offices that collect forms on paper type them into this sheet, one form per row, and import it
(``services.proposal_import``). The sheet 提案表 holds the header only (frozen, printed on
every page); the sheet 填写说明 explains each column and lists the categories.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SHEET = "提案表"
HELP_SHEET = "填写说明"
TEMPLATE_ROWS = 500  # rows given the text format and the dropdowns
PEOPLE_SEPARATORS = re.compile(r"[、,，;；\n]+")
KIND_WORDS = {
    "一般": "general",
    "一般提案": "general",
    "general": "general",
    "重要": "important",
    "重要提案": "important",
    "important": "important",
}


@dataclass(frozen=True)
class Column:
    key: str  # the field, as the importer and its problems name it
    header: str  # the header in the template
    required: bool
    width: int
    explanation: str
    aliases: tuple[str, ...] = ()


COLUMNS = (
    Column("title", "标题", True, 36, "提案标题，最多 200 字。", ("提案标题", "案题")),
    Column("category", "类别", False, 12, "提案类别，见下方类别表；不填为“其他”。"),
    Column(
        "kind",
        "类型(一般/重要)",
        True,
        14,
        "一般：一名代表提出，三名以上代表附议；重要：十名以上代表附议（第三十六条）。",
        ("类型", "性质", "提案性质", "提案类型"),
    ),
    Column(
        "proposers",
        "提案人",
        True,
        18,
        "代表编号、工号或姓名；几个人用“、”或“,”分开。一般提案只能有一名提案人。",
        ("提案代表",),
    ),
    Column(
        "seconders",
        "附议人",
        True,
        30,
        "代表编号、工号或姓名，用“、”或“,”分开；须是提交之日在任的正式代表，不能是提案人，"
        "不能重复（第三十五、三十六条）。",
        ("附议代表",),
    ),
    Column("reasons", "案由", False, 40, "提出提案的理由和情况，最多 20000 字。"),
    Column("suggestions", "建议", False, 40, "具体建议，最多 20000 字。", ("具体建议", "建议措施")),
    Column(
        "filed_on",
        "提交日期",
        True,
        14,
        "提案表交到工会的日期，如 2026-11-20。征集截止后提交的作为意见处理（第三十五条第二款）。",
        ("日期", "提交时间"),
    ),
)
BY_KEY = {c.key: c for c in COLUMNS}

_NOTES = (
    "每行填写一份纸质提案表；第 1 行是表头，请不要修改列名（列的顺序可以调整，多余的列会被忽略）。",
    "导入时逐行检查，与在软件中提交提案的规则相同；有任何问题，会列出行号和列名，全部改正后才会导入，"
    "不会只导入一部分。",
    "提案人、附议人写代表编号最稳妥；姓名只在没有同名代表时可用。",
)


def normalize_header(text: object) -> str:
    """A header as typed: spaces and required marks dropped, brackets' contents kept apart."""
    value = "" if text is None else str(text)
    value = re.sub(r"[\s*＊]", "", value).replace("（", "(").replace("）", ")")
    return value


def match_header(text: object) -> Column | None:
    """The column a header names: its header, an alias, the field key, or the header without
    the bracketed hint (类型(一般/重要) → 类型)."""
    value = normalize_header(text)
    if not value:
        return None
    bare = re.sub(r"\(.*?\)", "", value)
    for column in COLUMNS:
        names = {normalize_header(column.header), column.key, *column.aliases}
        names.add(re.sub(r"\(.*?\)", "", normalize_header(column.header)))
        if value in names or bare in names:
            return column
    return None


def write_proposal_template(path: Path, categories: Sequence[str]) -> Path:
    """Write the template; ``categories`` are the office's list (the 类别 dropdown)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from congress_app.spreadsheet import append_row

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFDDEBF7")
    optional_fill = PatternFill("solid", fgColor="FFF2F2F2")
    append_row(ws, [c.header for c in COLUMNS])
    last = TEMPLATE_ROWS + 1
    for i, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(i)
        cell = ws.cell(row=1, column=i)
        cell.font = bold
        cell.fill = required_fill if column.required else optional_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.comment = Comment(column.explanation, "Congress Desk")
        ws.column_dimensions[letter].width = column.width
        if column.key == "filed_on":
            ws.column_dimensions[letter].number_format = "yyyy-mm-dd"
        else:
            ws.column_dimensions[letter].number_format = "@"  # numbers stay as typed
        choices = {"kind": ("一般", "重要"), "category": tuple(categories)}.get(column.key)
        if choices and len(",".join(choices)) < 250:  # Excel's limit for a list in a rule
            rule = DataValidation(
                type="list",
                formula1='"' + ",".join(choices) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
                errorTitle=column.header,
                error="、".join(choices),
            )
            rule.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(rule)
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.oddHeader.center.text = "提案表（纸质表录入）"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"

    help_ws = wb.create_sheet(HELP_SHEET)
    append_row(help_ws, ["列名", "是否必填", "填写说明"])
    for column in COLUMNS:
        append_row(help_ws, [column.header, "必填" if column.required else "选填", column.explanation])
    help_ws.append([])
    append_row(help_ws, ["类别", "", "可填写的类别（工会可在软件中修改）："])
    for name in categories:
        append_row(help_ws, ["", "", name])
    help_ws.append([])
    for note in _NOTES:
        append_row(help_ws, ["", "", note])
    append_row(
        help_ws,
        [
            "示例",
            "",
            "标题：关于增加教职工停车位的建议；类型：一般；提案人：D001；"
            "附议人：D002、D003、D004；提交日期：2026-11-20",
        ],
    )
    for cell in help_ws[1]:
        cell.font = bold
        cell.fill = required_fill
    for letter, width in zip("ABC", (16, 10, 90), strict=True):
        help_ws.column_dimensions[letter].width = width
    for row in help_ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    help_ws.page_setup.orientation = "portrait"
    help_ws.page_setup.fitToWidth = 1
    help_ws.page_setup.fitToHeight = 0
    help_ws.sheet_properties.pageSetUpPr.fitToPage = True

    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
