"""Writing the import template (教职工名册模板) as XLSX or CSV.

The app writes it on demand (no binary copy is kept in the repository). The XLSX has the
sheet 教职工名册 (header, one example row, dropdowns for 性别/岗位类别/状态, 工号 as text,
the date columns as dates) and a sheet 说明 explaining every column.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from congress_app.roster_file import columns as C
from congress_app.roster_file.reading import PREFERRED_SHEET

HELP_SHEET = "说明"
DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
# Rows covered by the dropdowns and formats (a large university has a few thousand staff).
TEMPLATE_ROWS = 10000

_ALLOWED: dict[str, tuple[str, ...]] = {
    "gender": C.GENDERS,
    "category": C.CATEGORIES,
    "status": C.STATUSES,
}

_EXPLANATIONS: dict[str, str] = {
    "staff_no": "教职工工号，每人唯一，不能重复。请按文本填写，以免开头的 0 丢失。",
    "name": "姓名。",
    "gender": "性别。",
    "birth_date": (
        "出生日期，不能晚于今天。Excel 日期，或文本 YYYY-MM-DD（也可用 YYYY/MM/DD、YYYY.MM.DD、YYYYMMDD）。"
    ),
    "unit": "选举单位（学院、系或部门），用于划分代表选举单位。",
    "category": "岗位类别。教学含教学科研岗，计为教学人员。",
    "status": "状态。在岗、离校学习、离校工作计为在职教职工。",
    "status_since": (
        "状态开始的日期。状态为在岗时可不填；其他状态必须填写，且不能早于出生日期、不能晚于今天。"
    ),
    "post": "学校领导职务，如党委书记、校长、工会主席；没有则不填。",
}

_NOTES = (
    "第 1 行是表头，请不要修改列名；列的顺序可以调整，多余的列会被忽略。",
    "表头也可以使用英文列名：" + ", ".join(c.field for c in C.COLUMNS) + "。",
    "第 2 行是示例，导入前请删除或改为真实数据。",
    "也可以另存为 CSV（UTF-8 或 Excel 默认的 ANSI/GB18030 编码均可）后导入。",
)


def _serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def _example_cells() -> list[object]:
    return [C.EXAMPLE_ROW[c.field] for c in C.COLUMNS]


def _allowed_text(field: str) -> str:
    values = _ALLOWED.get(field)
    if values:
        return "、".join(values)
    if field in ("birth_date", "status_since"):
        return "日期"
    return "文本"


def write_template_xlsx(path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from congress_app.spreadsheet import append_row, write_cell

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = PREFERRED_SHEET
    header_font = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFDDEBF7")
    optional_fill = PatternFill("solid", fgColor="FFF2F2F2")
    append_row(ws, C.HEADERS_ZH)
    last = TEMPLATE_ROWS + 1
    for i, column in enumerate(C.COLUMNS, start=1):
        letter = get_column_letter(i)
        cell = ws.cell(row=1, column=i)
        cell.font = header_font
        cell.fill = required_fill if column.required else optional_fill
        cell.alignment = Alignment(horizontal="center")
        cell.comment = Comment(_EXPLANATIONS[column.field], "Congress Desk")
        ws.column_dimensions[letter].width = 14 if column.field != "unit" else 26
        value = C.EXAMPLE_ROW[column.field]
        example = write_cell(ws, 2, i, value if value != "" else None)
        if column.field in ("birth_date", "status_since"):
            example.number_format = DATE_FORMAT
            ws.column_dimensions[letter].number_format = DATE_FORMAT
        elif column.field == "staff_no":
            example.number_format = TEXT_FORMAT
            ws.column_dimensions[letter].number_format = TEXT_FORMAT
        if column.field in _ALLOWED:
            values = _ALLOWED[column.field]
            dv = DataValidation(
                type="list",
                formula1='"' + ",".join(values) + '"',
                allow_blank=True,
                showDropDown=False,  # (sic: False shows the in-cell dropdown arrow)
                showErrorMessage=True,
                errorTitle="无效的值",
                error=f"{column.zh}只能是：{'、'.join(values)}",
                showInputMessage=True,
                promptTitle=column.zh,
                prompt="、".join(values),
            )
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
        elif column.field in ("birth_date", "status_since"):
            dv = DataValidation(
                type="date",
                operator="between",
                formula1=str(_serial(date(1900, 1, 1))),
                formula2=str(_serial(date(2100, 12, 31))),
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
                errorTitle="日期",
                error="请输入日期，例如 1980-05-12",
            )
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"

    help_ws = wb.create_sheet(HELP_SHEET)
    append_row(help_ws, ["列名", "英文列名", "是否必填", "可填写的值", "说明"])
    for cell in help_ws[1]:
        cell.font = header_font
        cell.fill = required_fill
    for column in C.COLUMNS:
        if column.field == "status_since":
            required = "在岗以外必填"
        elif column.field == "post":
            required = "选填"
        else:
            required = "必填"
        append_row(
            help_ws,
            [column.zh, column.field, required, _allowed_text(column.field), _EXPLANATIONS[column.field]],
        )
    help_ws.append([])
    for note in _NOTES:
        append_row(help_ws, [note])
    for letter, width in zip("ABCDE", (14, 14, 14, 36, 80), strict=True):
        help_ws.column_dimensions[letter].width = width
    for row in help_ws.iter_rows(min_row=2, max_row=len(C.COLUMNS) + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def write_template_csv(path: Path, encoding: str = "utf-8-sig") -> Path:
    """Header and the example row; UTF-8 with BOM so Excel opens it correctly."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    row = [v.isoformat() if isinstance(v, date) else ("" if v is None else str(v)) for v in _example_cells()]
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(C.HEADERS_ZH)
        writer.writerow(row)
    return path
