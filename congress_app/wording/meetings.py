"""Messages for the meeting day: check-in, quorum and votes (第二十三、二十四、二十五、四十三条)."""

from __future__ import annotations

from congress_app.wording.errors import register_messages

STATUS_ZH = {
    "transferred": "已调离",
    "away": "离校满一年",
    "retired": "已退休",
    "absent": "无故缺席满一年",
    "recalled": "已罢免",
    "active": "在任",
}

# the meeting's papers (documents are Chinese, as printed)
PAPER_NAMES = {"signin": "代表签到表", "attendance": "代表出席情况报告", "resolutions": "决议及表决结果"}
SHEET_KIND_ZH = {"formal": "正式", "invited": "特邀", "observer": "列席"}
PUBLISHER = "教职工代表大会主席团"
MEETING_TITLE = "{congress}第{number}次{extraordinary}会议"
EXTRAORDINARY = "临时"
REMARK_LEAVE = "请假"
REMARK_AWAY = "离校满半年，不计入应到"
REMARK_NOT_COUNTED = "不计入应到"
EXCLUDED_AWAY = "离校学习、工作满半年"
EXCLUDED_KIND = "{kind}代表"
METHOD_ZH = {"hands": "举手表决", "ballot": "无记名投票"}

register_messages(
    "zh",
    {
        "already_checked_in": "{name}（{number}）已经签到，不再重复计数。",
        "unknown_delegate": "查无此代表：{key}。请核对代表编号、工号或姓名。",
        "ambiguous_delegate": "有 {count} 位代表名叫「{key}」，请改用代表编号或工号（{numbers}）。",
        "delegate_ended": "{name}（{number}）的代表资格已终止，不能签到。",
        "not_checked_in": "{name}（{number}）还没有签到，无需撤销。",
        "leave_not_expected": "{name} 不属于应到会代表，无需请假。",
        "leave_exists": "{name} 已经请假。",
        "dmc_decision_missing": "临时会议须经民主管理委员会通过（第二十三条）：请填写民管会的决定及日期。",
        "dmc_decision_after_session": "民主管理委员会的决定日期 {on} 晚于会议日期 {held_on}（第二十三条）。",
        "no_term_on": "{on} 不在任何一届教代会的任期内，请先建立届次。",
        "session_on_date": "本届在 {on} 已有一次会议。",
        "no_session": "还没有会议，请先用「meeting new」建立。",
        "quorum_not_reached": (
            "实到 {present} 人，不足应到会代表 {expected} 人的三分之二（须 {required} 人），"
            "不能表决（第二十四条）。"
        ),
        "method_not_approved": (
            "表决、选举办法尚未通过（第二十五条）：此前只能举手表决代表资格审查报告、大会议程和表决办法本身。"
        ),
        "hands_only": "表决、选举办法通过之前，只能举手表决（第二十五条）。",
        "exceeds_present": (
            "赞成、反对、弃权合计 {actual} 票，超过到会的正式代表 {required} 人（第二十五条）。"
        ),
        "below_present": "到会正式代表 {actual} 人少于计入法定人数的 {required} 人。",
        "bad_question": "第 {index} 份测评表：没有「{value}」这一项。",
        "bad_grade": "第 {index} 份测评表：评价「{value}」无效（满意、基本满意、不满意）。",
        "no_forms": "还没有录入测评表，无法公布。",
        "negative_votes": "{field} 的票数 {value} 不能是负数。",
        "evaluation_published": "测评结果已于 {on} 公布。",
    },
)

register_messages(
    "en",
    {
        "already_checked_in": "{name} ({number}) has already checked in; not counted twice.",
        "unknown_delegate": "No such delegate: {key}. Check the delegate number, staff number or name.",
        "ambiguous_delegate": "{count} delegates are called '{key}': use the number ({numbers}).",
        "delegate_ended": "{name} ({number}) is no longer a delegate and cannot check in.",
        "not_checked_in": "{name} ({number}) has not checked in; nothing to undo.",
        "leave_not_expected": "{name} is not an expected delegate; no leave needed.",
        "leave_exists": "{name} is already on leave.",
        "dmc_decision_missing": (
            "An extraordinary session needs the DMC's decision (Article 23): enter the decision and its date."
        ),
        "dmc_decision_after_session": "The DMC decided on {on}, after the session on {held_on} (Article 23).",
        "no_term_on": "{on} is not within any term; open a term first.",
        "session_on_date": "This term already has a session on {on}.",
        "no_session": "No session yet; create one with 'meeting new'.",
        "quorum_not_reached": (
            "{present} present, fewer than two thirds of the {expected} expected delegates "
            "({required} needed): no vote (Article 24)."
        ),
        "method_not_approved": (
            "The voting method has not been approved (Article 25): until then only the credentials "
            "report, the agenda and the method itself may be voted, by show of hands."
        ),
        "hands_only": "Before the voting method is approved, votes are by show of hands only (Article 25).",
        "exceeds_present": (
            "Yes, no and abstain total {actual}, more than the {required} formal delegates present "
            "(Article 25)."
        ),
        "below_present": (
            "{actual} formal delegates present, fewer than the {required} counted for the quorum."
        ),
        "bad_question": "Evaluation form {index}: no question '{value}'.",
        "bad_grade": "Evaluation form {index}: invalid grade '{value}'.",
        "no_forms": "No evaluation forms entered yet; nothing to publish.",
        "negative_votes": "{field}: {value} votes cannot be negative.",
        "evaluation_published": "The evaluation was published on {on}.",
    },
)
