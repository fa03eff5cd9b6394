"""Messages for ServiceError codes. Unknown codes fall back to the code and its facts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class CodedError(Protocol):
    """ServiceError and the rules' RuleViolation both carry a code and their facts."""

    code: str
    details: dict


MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        "backup_needs_sqlite": (
            "只能备份内嵌的 SQLite 数据库；{url} 请用数据库服务器自带的工具（如 pg_dump）备份。"
        ),
        "backup_onto_itself": "备份文件不能是正在使用的数据库本身：{path}",
        "database_not_empty": (
            "数据库中已有数据（{staff} 名教职工），演示数据只能装入空数据库。请用 --db 指定一个新文件。"
        ),
        "missing_value": "「{field}」不能为空。",
        "unknown_suffix": "只能写出 .pdf 或 .xlsx 文件，不能是「{value}」。",
        "too_long": "「{field}」过长（{length} 个字符），最多 {limit} 个字符。",
        "not_found": "找不到：{what}",
        "database_unreachable": "无法打开数据库 {url}：{reason}",
        "file_not_found": "找不到文件：{path}",
    },
    "en": {
        "backup_needs_sqlite": (
            "Only the embedded SQLite database can be backed up here; back up {url} with the "
            "server's own tools (e.g. pg_dump)."
        ),
        "backup_onto_itself": "The backup file cannot be the open database itself: {path}",
        "database_not_empty": (
            "The database already holds data ({staff} staff); demo data loads only into an empty "
            "database. Use --db with a new file."
        ),
        "missing_value": "'{field}' must not be empty.",
        "unknown_suffix": "Only .pdf or .xlsx files can be written, not '{value}'.",
        "too_long": "'{field}' is too long ({length} characters); at most {limit}.",
        "not_found": "Not found: {what}",
        "database_unreachable": "Cannot open the database {url}: {reason}",
        "file_not_found": "File not found: {path}",
    },
}


FORMATTERS: dict[str, Callable[[dict[str, Any], str], str]] = {}


def register_formatter(code: str, formatter: Callable[[dict[str, Any], str], str]) -> None:
    """A code whose facts need more than one template (lists of findings, say)."""
    FORMATTERS[code] = formatter


def register_messages(lang: str, messages: dict[str, str]) -> None:
    """Workflow packages add their own codes here (kept beside the workflow's wording). A code
    has one message: a second, different one for the same code is a mistake (one workflow's
    refusal would be worded as another's)."""
    table = MESSAGES.setdefault(lang, {})
    clashes = [code for code, text in messages.items() if table.get(code, text) != text]
    if clashes:
        raise ValueError(f"message codes worded twice ({lang}): {', '.join(clashes)}")
    table.update(messages)


# what a NotFound(what=<record kind>, id=…) could not find, in words; services name the kind
# and the id, never a word
RECORD_NAMES: dict[str, dict[str, str]] = {
    "zh": {
        "term": "届次 {id}",
        "term_number": "第 {id} 届",
        "term_on": "{id} 所在的届次",
        "term_staff": "届次 {id} 中的教职工 {staff_id}",
        "election": "选举 {id}",
        "election_round": "选举轮次 {id}",
        "candidate": "候选人 {id}",
        "staff": "教职工 {id}",
        "staff_no": "工号 {id}",
        "election_unit": "选举单位 {id}",
        "joint_unit": "联合选举单位 {id}",
        "election_units": "所选的选举单位",
        "body": "机构 {id}",
        "body_member": "成员 {id}",
        "delegate": "代表 {id}",
        "congress_session": "会议 {id}",
        "agenda_item": "议程 {id}",
        "leave": "请假记录（代表 {id}）",
        "vote": "表决 {id}",
        "proposal": "提案 {id}",
        "credentials_review": "资格审查 {id}",
        "round_record": "第 {id} 轮的封存记录",
        "review_record": "{id} 资格审查的封存记录",
    },
    "en": {
        "term": "term {id}",
        "term_number": "term {id}",
        "term_on": "the term of {id}",
        "term_staff": "staff member {staff_id} in term {id}",
        "election": "election {id}",
        "election_round": "voting round {id}",
        "candidate": "candidate {id}",
        "staff": "staff member {id}",
        "staff_no": "staff number {id}",
        "election_unit": "election unit {id}",
        "joint_unit": "joint election unit {id}",
        "election_units": "the chosen election units",
        "body": "body {id}",
        "body_member": "member {id}",
        "delegate": "delegate {id}",
        "congress_session": "session {id}",
        "agenda_item": "agenda item {id}",
        "leave": "leave record (delegate {id})",
        "vote": "vote {id}",
        "proposal": "proposal {id}",
        "credentials_review": "credentials review {id}",
        "round_record": "the sealed record of round {id}",
        "review_record": "the sealed record of the credentials review of {id}",
    },
}
# the fields an InvalidInput names, in words
FIELD_NAMES: dict[str, dict[str, str]] = {
    "zh": {
        "unit_name": "选举单位名称",
        "joint_unit_name": "联合选举单位名称",
        "name": "名称",
        "category": "类别",
        "delegate_no": "代表编号",
        "agenda_title": "议程名称",
        "vote_subject": "表决事项",
        "forms": "测评表",
        "archive_title": "题名",
        "archive_author": "责任者",
        "archive_doc_number": "文号",
    },
    "en": {
        "unit_name": "election unit name",
        "joint_unit_name": "joint unit name",
        "name": "name",
        "category": "category",
        "delegate_no": "delegate number",
        "agenda_title": "agenda item",
        "vote_subject": "matter voted on",
        "forms": "evaluation forms",
        "archive_title": "title",
        "archive_author": "responsible body",
        "archive_doc_number": "document number",
    },
}


def worded_facts(details: dict[str, Any], lang: str) -> dict[str, Any]:
    """The facts with a record kind (``what`` + ``id``) and a field key put in words."""
    facts = dict(details)
    names = RECORD_NAMES.get(lang) or RECORD_NAMES["zh"]
    what = facts.get("what")
    if isinstance(what, str) and what in names:
        try:
            facts["what"] = names[what].format(**{"id": "", **facts}).strip()
        except (KeyError, IndexError):
            facts["what"] = names[what]
    fields = FIELD_NAMES.get(lang) or FIELD_NAMES["zh"]
    field = facts.get("field")
    if isinstance(field, str) and field in fields:
        facts["field"] = fields[field]
    return facts


def describe_error(error: CodedError, lang: str = "zh") -> str:
    formatter = FORMATTERS.get(error.code)
    if formatter is not None:
        return formatter(error.details, lang)
    table = MESSAGES.get(lang) or MESSAGES["zh"]
    template = table.get(error.code)
    if template is None:
        facts = ", ".join(f"{k}={v}" for k, v in error.details.items())
        return f"{error.code}: {facts}" if facts else error.code
    try:
        return template.format(**worded_facts(error.details, lang))
    except (KeyError, IndexError):
        return template
