"""Messages for ServiceError codes. Unknown codes fall back to the code and its facts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class CodedError(Protocol):
    """ServiceError and the rules' RuleViolation both carry a code and their facts."""

    code: str
    details: dict

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        "backup_needs_sqlite": "只能备份内嵌的 SQLite 数据库；{url} 请用数据库服务器自带的工具（如 pg_dump）备份。",
        "backup_onto_itself": "备份文件不能是正在使用的数据库本身：{path}",
        "database_not_empty": "数据库中已有数据（{staff} 名教职工），演示数据只能装入空数据库。请用 --db 指定一个新文件。",
        "missing_value": "「{field}」不能为空。",
        "unknown_suffix": "只能写出 .pdf 或 .xlsx 文件，不能是「{value}」。",
        "too_long": "「{field}」过长（{length} 个字符），最多 {limit} 个字符。",
        "not_found": "找不到：{what}",
        "database_unreachable": "无法打开数据库 {url}：{reason}",
        "file_not_found": "找不到文件：{path}",
    },
    "en": {
        "backup_needs_sqlite": "Only the embedded SQLite database can be backed up here; back up {url} with the server's own tools (e.g. pg_dump).",
        "backup_onto_itself": "The backup file cannot be the open database itself: {path}",
        "database_not_empty": "The database already holds data ({staff} staff); demo data loads only into an empty database. Use --db with a new file.",
        "missing_value": "'{field}' must not be empty.",
        "unknown_suffix": "Only .pdf or .xlsx files can be written, not '{value}'.",
        "too_long": "'{field}' is too long ({length} characters); at most {limit}.",
        "not_found": "Not found: {what}",
        "database_unreachable": "Cannot open the database {url}: {reason}",
        "file_not_found": "File not found: {path}",
    },
}


FORMATTERS: dict[str, Callable[[dict, str], str]] = {}


def register_formatter(code: str, formatter: Callable[[dict, str], str]) -> None:
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


# what a NotFound(what=<record kind>, id=…) could not find, in words
RECORD_NAMES: dict[str, dict[str, str]] = {
    "zh": {"term": "第 {id} 届（届次编号）", "election": "选举 {id}", "election_round": "选举轮次 {id}",
           "candidate": "候选人 {id}", "staff": "教职工 {id}", "election_unit": "选举单位 {id}",
           "joint_unit": "联合选举单位 {id}", "election_units": "所选的选举单位"},
    "en": {"term": "term {id}", "election": "election {id}", "election_round": "voting round {id}",
           "candidate": "candidate {id}", "staff": "staff member {id}", "election_unit": "election unit {id}",
           "joint_unit": "joint election unit {id}", "election_units": "the chosen election units"},
}
# the fields an InvalidInput names, in words
FIELD_NAMES: dict[str, dict[str, str]] = {
    "zh": {"unit_name": "选举单位名称", "joint_unit_name": "联合选举单位名称", "name": "名称"},
    "en": {"unit_name": "election unit name", "joint_unit_name": "joint unit name", "name": "name"},
}


def _not_found(details: dict, lang: str) -> str:
    names = RECORD_NAMES.get(lang) or RECORD_NAMES["zh"]
    what = str(details.get("what", ""))
    thing = names.get(what, what).format(id=details.get("id", ""))
    template = (MESSAGES.get(lang) or MESSAGES["zh"])["not_found"]
    return template.format(what=thing.strip())


def _missing_value(details: dict, lang: str) -> str:
    fields = FIELD_NAMES.get(lang) or FIELD_NAMES["zh"]
    field = str(details.get("field", ""))
    template = (MESSAGES.get(lang) or MESSAGES["zh"])["missing_value"]
    return template.format(field=fields.get(field, field))


def _too_long(details: dict, lang: str) -> str:
    fields = FIELD_NAMES.get(lang) or FIELD_NAMES["zh"]
    facts = dict(details)
    facts["field"] = fields.get(str(facts.get("field", "")), facts.get("field", ""))
    template = (MESSAGES.get(lang) or MESSAGES["zh"])["too_long"]
    try:
        return template.format(**facts)
    except (KeyError, IndexError):
        return template


FORMATTERS.update({"not_found": _not_found, "missing_value": _missing_value, "too_long": _too_long})


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
        return template.format(**error.details)
    except (KeyError, IndexError):
        return template
