"""Messages for unit elections and the credentials review (第十四条, 第十五条)."""

from __future__ import annotations

from typing import Any

from congress_app.wording.errors import register_formatter, register_messages

FIELDS_ZH = {
    "issued": "发出选票",
    "returned": "收回选票",
    "invalid": "无效票",
    "yes_votes": "赞成票",
    "electorate": "本单位教职工人数",
    "seats": "应选名额",
}
PROBLEMS_ZH = {
    "negative": "不能是负数",
    "not_integer": "必须是整数",
    "exceeds_electorate": "不能多于本单位在岗教职工 {required} 人",
    "exceeds_returned": "不能多于收回选票 {required} 张",
    "exceeds_valid": "不能多于有效票 {required} 张",
    "exceeds_marks": "合计 {actual} 票，超过有效票 × 应选名额 = {required}（多选的选票应作废，R14.2）",
    "not_contested": "候选人须多于应选名额（差额选举，R14.1）",
    "candidates_differ": "每位候选人都要填写赞成票",
}

register_messages(
    "zh",
    {
        "no_elections": "本届还没有建立各单位的选举，请先按名额方案建立。",
        "candidates_locked": "「{unit}」已有投票结果，候选人名单不能再改动。",
        "candidate_not_eligible": "{names} 不是「{unit}」的在岗教职工，不能作为候选人（R12.1）。",
        "unknown_order": "未知的排序方式：{value}。",
        "unknown_entry_mode": "未知的录入方式：{value}。",
        "waiver_needs_reason": "不适用三分之二到会的规定（R14.0）时，必须填写理由。",
        "round_already_open": "「{unit}」还有一轮选举没有结束。",
        "all_seats_filled": "「{unit}」的名额已全部选出。",
        "not_contested": (
            "「{unit}」候选人 {candidates} 人，应选 {seats} 名：候选人须多于应选名额（差额选举，R14.1）。"
        ),
        "no_electorate": "「{unit}」在 {on} 没有在岗教职工。",
        "round_closed": "第 {number} 轮已经结束，不能再修改。",
        "round_open": "第 {number} 轮还没有结束。",
        "not_ballot_entry": "这一轮采用汇总录入，不能逐张录入选票。",
        "bad_clerk": "录入员只能是 1 号或 2 号。",
        "bad_serial": "选票编号 {value} 无效。",
        "bad_marks": "第 {serial} 号选票勾选的候选人不在本轮名单中，或重复勾选。",
        "ballot_mismatches": "两位录入员有 {count} 张选票录入不一致（编号 {serials}），请核对后再结束本轮。",
        "issued_missing": "请先填写发出选票数。",
        "figures_missing": "第 {number} 轮的票数还没有录入完整。",
        "bad_copies": "选票份数 {value} 无效。",
        "already_published": "代表名单已于 {on} 公布。",
        "credentials_blocking": (
            "资格审查有必须满足而未通过的项目（{failures}），不能批准；"
            "必须满足的规定不能以理由代替（第十五条）。"
        ),
        "not_published": "代表名单尚未公布（先批准资格审查报告）。",
        "term_exists": "第 {number} 届已经建立。",
        "term_length": "任期年数须为 1 至 10 年，不能是 {value} 年。",
        "term_overlaps": "与第 {other} 届（{starts_on} 至 {ends_on}）的任期重叠，不能建立。",
        "bad_term_number": "届次须为正整数，不能是 {value}。",
    },
)
register_messages(
    "en",
    {
        "no_elections": "No unit elections for this term yet: set them up from the seat plan first.",
        "candidates_locked": "'{unit}' has voting results; its candidates can no longer change.",
        "candidate_not_eligible": "{names} are not on-duty staff of '{unit}' and cannot stand (R12.1).",
        "unknown_order": "Unknown order: {value}.",
        "unknown_entry_mode": "Unknown entry mode: {value}.",
        "waiver_needs_reason": "Switching off the two-thirds turnout rule (R14.0) needs a reason.",
        "round_already_open": "'{unit}' has a round still open.",
        "all_seats_filled": "Every seat of '{unit}' is filled.",
        "not_contested": (
            "'{unit}': {candidates} candidates for {seats} seats; there must be more candidates than "
            "seats (R14.1)."
        ),
        "no_electorate": "'{unit}' had no on-duty staff on {on}.",
        "round_closed": "Round {number} is closed and cannot change.",
        "round_open": "Round {number} is still open.",
        "not_ballot_entry": "This round is entered as totals, not paper by paper.",
        "bad_clerk": "The clerk is 1 or 2.",
        "bad_serial": "Ballot number {value} is invalid.",
        "bad_marks": "Ballot {serial} marks a candidate not in this round, or one twice.",
        "ballot_mismatches": (
            "The two clerks differ on {count} ballots (numbers {serials}); check them before closing "
            "the round."
        ),
        "issued_missing": "Enter the number of ballots issued first.",
        "figures_missing": "The figures of round {number} are incomplete.",
        "bad_copies": "{value} copies is not possible.",
        "already_published": "The delegate list was published on {on}.",
        "credentials_blocking": (
            "Required checks failed ({failures}); the review cannot be approved, and no reason can "
            "override a required rule (Article 15)."
        ),
        "not_published": "The delegate list is not published yet (approve the credentials report first).",
        "term_exists": "Term {number} exists already.",
        "term_length": "A term lasts 1 to 10 years, not {value}.",
        "term_overlaps": "Overlaps term {other} ({starts_on} to {ends_on}).",
        "bad_term_number": "The term number must be a positive whole number, not {value}.",
    },
)


# R12.1, R15.1, R17.1: why a person may not stand or is not confirmed
STANDING_ZH = {
    "not_on_roster": "不在名册中",
    "transferred_out": "已调离",
    "retired": "已退休",
    "away_one_year": "离校学习、工作已满一年",
    "not_on_duty": "非在岗",
    "not_in_unit": "不在本选举单位",
    "political_rights_missing": "未记录是否享有政治权利",
    "political_rights_no": "不享有政治权利",
    "willing_missing": "未记录是否愿意承担代表义务",
    "willing_no": "不愿意承担代表义务",
    "able_missing": "未记录能否履行代表权利",
    "able_no": "不能履行代表权利",
}
STANDING_EN = {
    "not_on_roster": "not on the roster",
    "transferred_out": "transferred out",
    "retired": "retired",
    "away_one_year": "away for a year or more",
    "not_on_duty": "not on duty",
    "not_in_unit": "not in this unit",
    "political_rights_missing": "political rights not recorded",
    "political_rights_no": "no political rights",
    "willing_missing": "willingness not recorded",
    "willing_no": "not willing",
    "able_missing": "ability not recorded",
    "able_no": "not able",
}


def describe_refused_people(details: dict, lang: str = "zh") -> str:
    """`candidate_not_eligible`: each person with the reasons (第十二条, 第十五条, 第十七条)."""
    words = STANDING_EN if lang == "en" else STANDING_ZH
    if lang == "en":
        people = "; ".join(
            f"{name} ({', '.join(words.get(c, c) for c in codes)})" for name, codes in details["people"]
        )
        return f"Cannot stand in '{details.get('unit')}': {people} (Articles 12, 15, 17)."
    people = "；".join(
        f"{name}（{'、'.join(words.get(c, c) for c in codes)}）" for name, codes in details["people"]
    )
    return f"不能作为「{details.get('unit')}」的候选人：{people}（第十二条、第十五条、第十七条）。"


def describe_bad_count(details: dict, lang: str = "zh") -> str:
    """`bad_count`: which field, which candidate, what is wrong."""
    field = FIELDS_ZH.get(details.get("field", ""), details.get("field", ""))
    who = f"「{details['candidate']}」的" if details.get("candidate") else ""
    problem = PROBLEMS_ZH.get(details.get("problem", ""), details.get("problem", ""))
    text = f"{who}{field}{problem.format(actual=details.get('actual'), required=details.get('required'))}"
    if lang == "en":
        return (
            f"{details.get('field')}{' of ' + details['candidate'] if details.get('candidate') else ''}: "
            f"{details.get('problem')} ({details.get('actual')} vs {details.get('required')})"
        )
    return f"{text}（{details.get('rule', 'R14.2')}）。"


def _candidate_not_eligible(details: dict[str, Any], lang: str = "zh") -> str:
    if "people" in details:
        return describe_refused_people(details, lang)
    from congress_app.wording.errors import MESSAGES

    template = (MESSAGES.get(lang) or MESSAGES["zh"])["candidate_not_eligible"]
    return template.format(**details)


register_formatter("bad_count", describe_bad_count)
register_formatter("candidate_not_eligible", _candidate_not_eligible)
