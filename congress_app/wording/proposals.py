"""Messages for proposals (第三十五条–第四十条): refusals with the article and the shortfall."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from congress_app.norms import article_citation, article_for_rule
from congress_app.wording.errors import register_formatter, register_messages

if TYPE_CHECKING:
    from congress_app.services.proposal_import import ImportProblem

KIND_ZH = {"general": "一般提案", "important": "重要提案"}
KIND_EN = {"general": "general proposal", "important": "important proposal"}
STATE_ZH = {
    "submitted": "已提交",
    "registered": "已立案",
    "merged": "已并案",
    "opinion": "作为意见",
    "dmc_passed": "民主管理委员会已通过",
    "assigned": "已交办",
    "answered": "已答复",
    "closed": "已办结",
}
STATE_EN = {
    "submitted": "filed",
    "registered": "registered",
    "merged": "merged",
    "opinion": "an opinion",
    "dmc_passed": "approved by the DMC",
    "assigned": "assigned",
    "answered": "answered",
    "closed": "closed",
}

PUBLIC_STATUS_ZH = {
    "filed": "待审查",
    "registered": "已立案",
    "merged": "已并案",
    "opinion": "作为意见",
    "answered": "已答复",
    "closed": "已办结",
}
SATISFACTION_ZH = {"satisfied": "满意", "basically_satisfied": "基本满意", "not_satisfied": "不满意"}
SATISFACTION_EN = {
    "satisfied": "satisfied",
    "basically_satisfied": "basically satisfied",
    "not_satisfied": "not satisfied",
}


def article(rule: str, lang: str = "zh") -> str:
    """第三十六条 for R36.1, 第二十一条第二项、第三十五条第一款 for R35.2 (the norms' clauses, as
    formal texts cite them; English: art. 36)."""
    cited = article_citation(rule, lang=lang)
    if cited:
        return cited
    found = article_for_rule(rule)
    return found.heading if found else rule


def describe_people_findings(details: dict, lang: str = "zh") -> str:
    """R35.2/R36.1: every problem with the proposers and seconders, and the exact shortfall."""
    names = details.get("names", {})
    kind = details.get("kind", "general")
    lines = []
    for f in details.get("findings", []):
        who = names.get(f.subject or "", f.subject or "")
        short = (f.required or 0) - (f.actual or 0)
        if lang == "en":
            text = {
                "proposer_not_formal": f"{who} is not a formal delegate active on the filing date",
                "seconder_not_formal": f"{who} is not a formal delegate active on the filing date",
                "proposer_repeated": f"{who} is named twice as proposer",
                "seconder_repeated": f"{who} is named twice as seconder",
                "seconder_is_proposer": f"{who} is a proposer and cannot also second",
                "proposer_count": (
                    f"a {KIND_EN.get(kind, kind)} has exactly one proposer, not {f.actual}"
                    if kind == "general"
                    else "at least one proposer is needed"
                ),
                "too_few_seconders": (
                    f"a {KIND_EN.get(kind, kind)} needs at least {f.required} "
                    f"seconders; {f.actual} valid, {short} short"
                ),
            }.get(f.code, f.code)
            lines.append(f"{text} ({article(f.rule, 'en')}, {f.rule})")
        else:
            text = {
                "proposer_not_formal": f"{who}不是提交之日在任的正式代表，不能提出提案",
                "seconder_not_formal": f"{who}不是提交之日在任的正式代表，不能附议",
                "proposer_repeated": f"提案人{who}重复填写",
                "seconder_repeated": f"附议人{who}重复填写",
                "seconder_is_proposer": f"{who}是提案人，不能同时附议",
                "proposer_count": (
                    f"一般提案由一名代表提出，现填写 {f.actual} 人"
                    if kind == "general"
                    else "至少要有一名提案人"
                ),
                "too_few_seconders": (
                    f"{KIND_ZH.get(kind, kind)}须有 {f.required} 名以上代表附议，"
                    f"现有有效附议人 {f.actual} 名，还差 {short} 名"
                ),
            }.get(f.code, f.code)
            lines.append(f"{text}（{article(f.rule)}）")
    joined = "；".join(lines) if lang != "en" else "; ".join(lines)
    return f"提案不能提交：{joined}。" if lang != "en" else f"The proposal cannot be filed: {joined}."


def describe_transition(details: dict, lang: str = "zh") -> str:
    rule = details.get("rule", "R37.1")
    number, src, dst = details.get("number"), details.get("from_state", ""), details.get("to_state", "")
    if lang == "en":
        return (
            f"Proposal {number} is {STATE_EN.get(src, src)}; it cannot become "
            f"{STATE_EN.get(dst, dst)} ({article(rule, 'en')}, {rule})."
        )
    hint = {
        "answered": "只有经立案、民主管理委员会通过并交办的提案才能答复",
        "assigned": "立案的提案须经民主管理委员会通过后才能交有关部门办理",
        "dmc_passed": "只有已立案的提案才能提交民主管理委员会审议",
    }.get(dst, "")
    tail = f"：{hint}" if hint else ""
    return (
        f"第 {number} 号提案{STATE_ZH.get(src, src)}，不能改为「{STATE_ZH.get(dst, dst)}」"
        f"{tail}（{article(rule)}）。"
    )


def describe_import_problem(problem: ImportProblem, lang: str = "zh") -> str:
    """One import problem's words without its row and column (the column names the field)."""
    from congress_app.wording.errors import describe_error

    error = problem.error
    if "field" in error.details and error.code != "proposal_people":
        error = type(error)(error.code, **{**error.details, "field": problem.column})
    return describe_error(error, lang)


def describe_import_problems(details: dict[str, Any], lang: str = "zh", limit: int = 60) -> str:
    """The whole file's problems, one line each: row, column, what filing would say."""
    from congress_app.wording.errors import MESSAGES

    problems = details.get("problems", [])
    lines = [
        f"row {p.row}, {p.column}: {describe_import_problem(p, lang)}"
        if lang == "en"
        else f"第 {p.row} 行「{p.column}」：{describe_import_problem(p, lang)}"
        for p in problems[:limit]
    ]
    if len(problems) > limit:
        rest = len(problems) - limit
        lines.append(f"… and {rest} more" if lang == "en" else f"……另有 {rest} 处")
    template = (MESSAGES.get(lang) or MESSAGES["zh"])["proposal_import_problems"]
    return template.format(count=details.get("count", len(problems)), problems="\n".join(lines))


register_formatter("proposal_people", describe_people_findings)
register_formatter("proposal_import_problems", describe_import_problems)
register_formatter("proposal_transition", describe_transition)

# the categories a new database starts with (the office edits them), and the one a proposal
# without a category goes to (stored as words: they are printed as they are)
DEFAULT_CATEGORIES = ("教学科研", "人事分配", "财务资产", "生活福利", "校园建设", "其他")
OTHER_CATEGORY = "其他"
# the proposal form, report and workbook (documents are Chinese, as printed)
LATE_AS_OPINION = "逾期提交，作为意见处理（第三十五条）。"
LATE_ACCEPTED = "逾期提交，经工会同意按提案受理：{reason}"
EXCELLENT_LINE = "第{number}号 {title}（{proposers}）"
NAME_JOINER = "、"
XLSX_HEADERS = (
    "编号",
    "提案标题",
    "性质",
    "类别",
    "提案人",
    "附议人",
    "提交日期",
    "状态",
    "主办部门",
    "协办部门",
    "办理期限",
    "答复日期",
    "满意度",
    "优秀提案",
)
XLSX_SHEET = "提案"
YES = "是"

register_messages(
    "zh",
    {
        "collection_opened_late": (
            "提案征集应于召开教代会前一个月进行（第三十五条）：{held_on} 召开的会议，最迟 {open_by} "
            "开始征集，不能是 {opens_on}。"
        ),
        "collection_closes_late": (
            "代表应在会前两周将提案表报到工会（第三十五条）：截止日期最迟为 {submit_by}，不能是 {closes_on}。"
        ),
        "collection_dates": "征集截止日期 {closes_on} 早于开始日期 {opens_on}。",
        "no_open_collection": (
            "{on} 没有正在征集提案的会议：请先为会议开始提案征集，或指定会议（--session）。"
        ),
        "collection_not_opened": "这次会议还没有开始提案征集。",
        "collection_not_open_yet": "提案征集 {opens_on} 才开始，{on} 提交的提案表不能受理。",
        "unknown_proposal_kind": (
            "提案性质只能是一般提案（general）或重要提案（important），不能是「{value}」。"
        ),
        "unknown_category": "没有「{value}」这个类别（可选：{allowed}）。",
        "text_too_long": "「{field}」过长：最多 {limit} 个字（以「{value}」开头）。",
        "unknown_decision": "未知的审查结论：{value}。",
        "merge_target": "第 {number} 号提案只能并入同一次会议的另一件提案。",
        "merge_target_state": "第 {number} 号提案已并案或作为意见处理，不能再接受并案。",
        "opinion_needs_reason": "不予立案时须写明理由，告知提案人（第三十七条）。",
        "opinion_needs_department": "不予立案的提案作为意见送交有关部门研究处理（第三十七条）：请填写部门。",
        "assignment": "请指定一个主办部门；协办部门不能与主办部门相同或重复（{subject}）。",
        "file_too_large": "附件「{name}」超过 {limit} MB。",
        "excellent_not_registered": "第 {number} 号提案未立案，不能评为优秀提案（第四十条）。",
        "proposal_import_problems": "提案表文件有 {count} 处问题，未导入任何提案：\n{problems}",
        "no_proposals": "还没有提案：请用 --session 指定会议。",
        "proposal_import_format": (
            "只能导入 Excel 文件（.xlsx）：请用“下载导入模板”得到的文件，不能是「{value}」。"
        ),
        "proposal_import_unreadable": "无法读取文件「{name}」：它不是完好的 .xlsx 文件。",
        "proposal_import_too_large": (
            "文件「{name}」过大（约 {size} MB，最多 {limit} MB），不像是提案表，未读取。"
        ),
        "proposal_import_no_header": (
            "文件前 10 行中没有找到提案表的表头（须有：{columns}）。请使用导入模板。"
        ),
        "proposal_import_column": "缺少「{column}」列。",
        "proposal_import_too_many_rows": "文件有 {count} 行，一次最多导入 {limit} 份提案表。",
        "proposal_import_date": "「{value}」不是日期，请写成 2026-11-20 这样的格式。",
    },
)
register_messages(
    "en",
    {
        "collection_opened_late": (
            "Proposal collection opens at least a month before the session (第三十五条): for the "
            "session on {held_on}, by {open_by}, not {opens_on}."
        ),
        "collection_closes_late": (
            "Forms are due two weeks before the session (第三十五条): by {submit_by} at the latest, "
            "not {closes_on}."
        ),
        "collection_dates": "The closing day {closes_on} is before the opening day {opens_on}.",
        "no_open_collection": (
            "No session is collecting proposals on {on}: open a collection first, or name the session "
            "(--session)."
        ),
        "collection_not_opened": "This session has not opened its proposal collection.",
        "collection_not_open_yet": "Collection opens on {opens_on}; a form of {on} cannot be taken.",
        "unknown_proposal_kind": "A proposal is general or important, not '{value}'.",
        "unknown_category": "No category '{value}' (choose from: {allowed}).",
        "text_too_long": "'{field}' is too long: at most {limit} characters (starts '{value}').",
        "unknown_decision": "Unknown decision: {value}.",
        "merge_target": "Proposal {number} can only be merged into another proposal of the same session.",
        "merge_target_state": (
            "Proposal {number} was merged or became an opinion; nothing can be merged into it."
        ),
        "opinion_needs_reason": (
            "Not registering a proposal needs the reason the proposer is told (第三十七条)."
        ),
        "opinion_needs_department": (
            "An unregistered proposal goes to a department as an opinion (第三十七条): name the department."
        ),
        "assignment": (
            "Name one lead department; assisting departments must differ from it and each other ({subject})."
        ),
        "file_too_large": "The attachment '{name}' is larger than {limit} MB.",
        "excellent_not_registered": (
            "Proposal {number} was not registered and cannot be selected as excellent (第四十条)."
        ),
        "proposal_import_problems": (
            "The proposal file has {count} problems; nothing was imported:\n{problems}"
        ),
        "no_proposals": "No proposals yet: name the session with --session.",
        "proposal_import_format": (
            "Only Excel files (.xlsx) can be imported: use the import template, not '{value}'."
        ),
        "proposal_import_unreadable": "Cannot read '{name}': it is not an intact .xlsx file.",
        "proposal_import_too_large": (
            "'{name}' is too large (about {size} MB, at most {limit} MB) to be proposal forms; not read."
        ),
        "proposal_import_no_header": (
            "No proposal form header in the first 10 rows (needs: {columns}). Use the import template."
        ),
        "proposal_import_column": "The column '{column}' is missing.",
        "proposal_import_too_many_rows": (
            "The file has {count} rows; at most {limit} forms are imported at once."
        ),
        "proposal_import_date": "'{value}' is not a date: write it as 2026-11-20.",
    },
)
