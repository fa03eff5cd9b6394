"""Words for `audit verify` problems and the record and export errors (zh first, en too)."""

from __future__ import annotations

import re

from congress_app.wording.errors import register_messages

REVIEW_NAMES = {
    "zh": {"original": "代表资格审查", "supplement": "补选代表资格审查"},
    "en": {"original": "credentials review", "supplement": "supplementary review"},
}
LIST_NAMES = {
    "zh": {"original": "代表名单", "supplement": "增补代表名单"},
    "en": {"original": "delegate list", "supplement": "supplementary delegate list"},
}
KIND_NAMES = {
    "zh": {"round": "选举结果", "review": "资格审查", "list": "代表名单"},
    "en": {"round": "round result", "review": "credentials review", "list": "delegate list"},
}

PROBLEMS = {
    "zh": {
        "chain_link": "{subject}：与前一条审计记录不相连（有记录被删除、插入或改写）",
        "chain_broken": "{subject}：内容与其哈希不符（审计记录被改动）",
        "content_altered": "{subject}：封存内容被改动（封存码 {seal}，按现存内容重算为 {recomputed}）",
        "seal_not_in_chain": "{subject}：封存码与审计链中登记的不一致（审计链 {seal}，记录 {recomputed}）",
        "data_changed": (
            "{subject}：数据已与封存记录不符，纸面封存码 {seal} 不再成立（按现有数据重算为 "
            "{recomputed}）；改动：{changes}"
        ),
        "subject_missing": "{subject}：封存记录对应的数据已被删除（封存码 {seal}）",
        "record_missing": "审计链中登记的{kind}封存记录（编号 {id}，封存码 {seal}）已不存在",
        "unsealed": "{subject}：已结束或已批准，却没有封存记录",
    },
    "en": {
        "chain_link": (
            "{subject}: not linked to the previous audit entry (an entry was deleted, inserted or rewritten)"
        ),
        "chain_broken": "{subject}: content does not match its hash (the audit entry was altered)",
        "content_altered": "{subject}: the sealed content was altered (seal {seal}, recomputed {recomputed})",
        "seal_not_in_chain": (
            "{subject}: the seal differs from the one in the audit chain (chain {seal}, record {recomputed})"
        ),
        "data_changed": (
            "{subject}: the data no longer matches the sealed record; the printed seal {seal} no "
            "longer holds (recomputed {recomputed}); changes: {changes}"
        ),
        "subject_missing": "{subject}: the data of the sealed record was deleted (seal {seal})",
        "record_missing": (
            "the sealed {kind} record registered in the audit chain (id {id}, seal {seal}) is gone"
        ),
        "unsealed": "{subject}: closed or approved but never sealed",
    },
}

FIELDS_ZH = {
    "issued": "发出选票",
    "returned": "收回选票",
    "invalid": "无效票",
    "electorate": "教职工人数",
    "seats": "应选名额",
    "held_on": "选举日期",
    "void": "是否无效",
    "void_reason": "无效原因",
    "yes": "赞成票",
    "outcome": "结果",
    "confirmed": "资格确认",
    "missing": "已删除",
    "published_on": "公布日期",
    "publication_date": "公布日期",
    "reviewed_on": "审查日期",
    "approved_by": "批准人",
    "override_reason": "批准理由",
    "closed_by": "结束人",
    "require_two_thirds": "三分之二到会规定",
    "waiver_reason": "不适用理由",
    "elected": "当选",
    "runoff": "另行选举",
    "unfilled": "缺额",
}


def subject_text(kind: str, subject: dict, lang: str = "zh") -> str:
    zh = lang != "en"
    if kind == "chain":
        return (
            f"审计记录第 {subject['entry']} 条（{subject['action']}，{subject['at']}）"
            if zh
            else f"audit entry {subject['entry']} ({subject['action']}, {subject['at']})"
        )
    if kind == "round":
        return (
            f"「{subject.get('unit')}」第{subject.get('round')}轮选举结果"
            if zh
            else f"'{subject.get('unit')}' round {subject.get('round')}"
        )
    names = (REVIEW_NAMES if kind == "review" else LIST_NAMES)["zh" if zh else "en"]
    name = names.get(subject.get("review_kind") or "original", names["original"])
    term = subject.get("term")
    when = subject.get("published_on") or ""
    if zh:
        return f"{'第' + str(term) + '届' if term else ''}{name}（{when} 公布）"
    return f"{'term ' + str(term) + ' ' if term else ''}{name} (published {when})"


def _change(text: str, lang: str) -> str:
    if lang == "en":
        return text
    path, _, values = text.partition(": ")
    path = re.sub(r"^candidates\[(.+?)\]\.", r"\1 ", path)
    path = re.sub(r"^(delegates|units\[.+?\]\.delegates)\[(.+?)\]\.", r"\2 ", path)
    last = path.rsplit(" ", 1)
    if last[-1] in FIELDS_ZH:
        last[-1] = FIELDS_ZH[last[-1]]
    return f"{' '.join(last)}：{values}"


def describe_problem(problem, lang: str = "zh") -> str:
    table = PROBLEMS["en" if lang == "en" else "zh"]
    sep = "；" if lang != "en" else "; "
    changes = sep.join(_change(c, lang) for c in problem.changes[:8])
    if len(problem.changes) > 8:
        more = len(problem.changes)
        changes += f"{sep}…（共 {more} 处）" if lang != "en" else f"{sep}… ({more} in all)"
    return table[problem.code].format(
        subject=subject_text(problem.kind, problem.subject, lang),
        seal=problem.seal or "—",
        recomputed=problem.recomputed or "—",
        changes=changes or "—",
        kind=KIND_NAMES["en" if lang == "en" else "zh"].get(problem.kind, problem.kind),
        id=problem.subject.get("id", ""),
    )


register_messages(
    "zh",
    {
        "record_missing": "找不到{what}。",
        "no_new_delegates": "自上次公布以来没有新当选的代表，无需补选代表资格审查。",
        "supplement_too_early": "补选代表资格审查的公布日期 {on} 不能早于首次公布日期 {original}。",
        "same_clerk": "双人录入须由两位不同的录入员完成：{actor} 已作为 {other} 号录入员录入本轮选票。",
        "unknown_export": "未知的导出内容：{value}（可选 seat-plan、results、credentials、delegates）。",
        "no_terms": "还没有建立届次。",
        "no_results": "还没有已结束的选举轮次，无法导出选举结果。",
        "bad_limit": "--limit 须为正整数，不能是 {value}。",
    },
)
register_messages(
    "en",
    {
        "record_missing": "Not found: {what}.",
        "no_new_delegates": (
            "No one has been elected since the last publication; no supplementary review is needed."
        ),
        "supplement_too_early": (
            "The supplementary publication date {on} cannot be before the first publication {original}."
        ),
        "same_clerk": (
            "Double entry needs two different clerks: {actor} already entered this round as clerk {other}."
        ),
        "unknown_export": "Unknown export: {value} (seat-plan, results, credentials, delegates).",
        "no_terms": "No term has been set up yet.",
        "no_results": "No closed election round yet: no results to export.",
        "bad_limit": "--limit must be a positive whole number, not {value}.",
    },
)
