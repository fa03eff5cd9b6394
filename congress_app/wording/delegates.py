"""Messages and labels for the delegate body over a term (第十六–二十条, 第二十六–三十四条)."""

from __future__ import annotations

from congress_app.wording.errors import register_messages

STATUS_ZH = {
    "active": "在任",
    "transferred": "调离本单位",
    "away": "离校满一年",
    "retired": "退休",
    "absent": "无故缺席满一年",
    "recalled": "罢免",
}
STATUS_EN = {
    "active": "active",
    "transferred": "transferred out",
    "away": "away a year",
    "retired": "retired",
    "absent": "absent a year",
    "recalled": "recalled",
}
KIND_ZH = {"formal": "正式代表", "invited": "特邀代表", "observer": "列席代表"}
# documents and stored notes (Chinese, as printed)
ROLL_TITLE = "{congress}代表名册"
DELEGATION_NAME = "{unit}代表团"
ROSTER_SOURCE_NOTE = "据人事名册：{source}"
KIND_EN = {"formal": "formal", "invited": "invited", "observer": "observer"}
EVENT_ZH = {
    "effective": "资格生效",
    "transferred": "调离本选举单位",
    "away_start": "离校学习、工作",
    "away_end": "返校",
    "retired": "退休",
    "absence_start": "无故缺席代表活动",
    "absence_end": "恢复参加代表活动",
    "recalled": "罢免",
    "ended": "资格终止（已确认）",
}
BODY_ZH = {
    "presidium": "大会主席团",
    "dmc": "民主管理委员会",
    "committee": "专门工作委员会",
    "delegation": "代表团",
}
ROLE_ZH = {"head": "团长/主任", "deputy": "副团长/副主任", "member": "成员"}

register_messages(
    "zh",
    {
        "unknown_status_event": "未知的代表状态变动：{value}。",
        "event_before_effective": "{name} 的代表资格自 {effective} 起生效，{on} 的变动早于此日期。",
        "status_already_ended": "{name} 的代表资格已于 {on} 终止（{reason}），不能再登记。",
        "period_already_open": "{name} 自 {since} 起的离校或缺席尚未结束，请先登记结束日期。",
        "no_open_period": "{name} 没有尚未结束的离校或缺席，不能登记结束。",
        "period_ends_before_start": "{name} 的结束日期 {end} 不能早于或等于开始日期 {start}（第十七条）。",
        "recall_needs_reason": "罢免须写明理由（第十八条）。",
        "recall_needs_date": "罢免须填写选举单位作出决定的日期（第十八条）。",
        "recall_not_formal": "{name} 不是正式代表，不能罢免。",
        "nothing_to_review": "截至 {on} 没有需要确认的代表资格终止。",
        "no_vacancy": "「{unit}」现有可补选的缺额 {available} 名，不能补选 {seats} 名（第十九条）。",
        "bad_seats": "名额 {value} 无效。",
        "not_by_election": "「{unit}」的这次选举不是补选。",
        "by_election_published": "「{unit}」的补选结果已经公布，不能重复公布。",
        "nothing_elected": "「{unit}」的补选没有人当选，无可公布。",
        "special_kind": "特邀或列席代表的类别无效：{value}（第二十条）。",
        "already_delegate": "{name} 已是本届代表。",
        "unknown_body_kind": "未知的机构类型：{value}。",
        "delegation_needs_unit": "代表团须按院（系）建立，请选择选举单位（第三十二条）。",
        "body_exists": "本届已有「{name}」。",
        "unknown_role": "未知的职务：{value}。",
        "already_member": "{name} 已是「{body}」的成员。",
        "member_not_delegate": "{name} 不是在任的正式代表，不能加入「{body}」（第三十二条）。",
    },
)
register_messages(
    "en",
    {
        "unknown_status_event": "Unknown status change: {value}.",
        "event_before_effective": "{name}'s status began on {effective}; a change on {on} is earlier.",
        "status_already_ended": "{name}'s status ended on {on} ({reason}); nothing more can be recorded.",
        "period_already_open": "{name} has been away or absent since {since}; record its end first.",
        "no_open_period": "{name} has no open absence to end.",
        "period_ends_before_start": "{name}: the end {end} must be after the start {start} (Article 17).",
        "recall_needs_reason": "A recall needs its reason (Article 18).",
        "recall_needs_date": "A recall needs the date of the unit's decision (Article 18).",
        "recall_not_formal": "{name} is not a formal delegate and cannot be recalled.",
        "nothing_to_review": "No status ended by {on} is waiting to be confirmed.",
        "no_vacancy": (
            "{unit} has {available} open seat(s); a by-election for {seats} is refused (Article 19)."
        ),
        "bad_seats": "Invalid number of seats: {value}.",
        "not_by_election": "This election of {unit} is not a by-election.",
        "by_election_published": "The by-election of {unit} is already published.",
        "nothing_elected": "Nobody was elected in the by-election of {unit}.",
        "special_kind": "Invalid kind for an invited or observer delegate: {value} (Article 20).",
        "already_delegate": "{name} is already a delegate of this term.",
        "unknown_body_kind": "Unknown kind of body: {value}.",
        "delegation_needs_unit": "A delegation is formed by department: choose the unit (Article 32).",
        "body_exists": "This term already has {name}.",
        "unknown_role": "Unknown role: {value}.",
        "already_member": "{name} is already a member of {body}.",
        "member_not_delegate": "{name} is not an active formal delegate and cannot join {body} (Article 32).",
    },
)

register_messages("zh", {"no_cards": "没有可打印代表证的代表（须已编号且在任）。"})
register_messages("en", {"no_cards": "No delegate to print a card for (numbered and active)."})
