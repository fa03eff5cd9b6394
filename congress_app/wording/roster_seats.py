"""Messages for the roster and seat-plan workflow (issue: 名册与名额)."""

from __future__ import annotations

from congress_app.wording.errors import register_messages

register_messages(
    "zh",
    {
        "roster_invalid": "名册有 {count} 处问题，未导入任何数据。请改正后重新导入。",
        "roster_empty": "名册中没有教职工。",
        "unit_name_taken": "已有名为「{name}」的选举单位。",
        "unit_already_merged": "「{name}」已属于联合选举单位，或本身就是联合选举单位。",
        "merge_needs_two_units": "合并至少需要选择两个选举单位。",
        "unit_in_seat_plan": "「{name}」已用于名额分配方案，不能拆分；请先另行制定名额方案。",
        "unknown_method": "未知的分配方法：{value}（可选 hamilton、sainte-lague、dhondt）。",
        "bad_youth_age_limit": "青年年龄上限 {value} 不合理（应在 16 至 70 岁之间）。",
        "no_staff_on_duty": "{value} 没有在岗教职工，请先导入名册或换一个基准日期。",
        "manual_total_needs_reason": (
            "在岗教职工 {on_duty} 人，不在规范规定的 80～5000 人范围内（R13.4），"
            "手工确定代表总数须填写理由（--reason）。"
        ),
        "total_out_of_range": (
            "代表总数 {total} 超出允许范围：在岗教职工 {on_duty} 人，代表总数应为 "
            "{minimum}～{maximum} 名（R13.2）。"
        ),
        "apportion_tie": (
            "名额分配出现并列：{units} 余数（或商数）相同，争 {seats} 个名额。须由工会抽签或决定，"
            "并记录（惯例做法，非规范条文）；请指定获得名额的单位。"
        ),
        "apportion_tie_decision": "并列名额的决定无效：须从 {units} 中指定 {seats} 个单位。",
        "no_apportion_tie": "此分配没有并列，无需指定。",
        "no_seat_plan": "还没有保存名额分配方案，请先在「名额方案」中保存一个方案。",
        "unknown_format": "不支持的导出格式：{value}（可选 pdf、xlsx）。",
        "too_few_seats": (
            "代表总数 {seats} 少于有在岗教职工的选举单位数 {units}，请先合并小单位为联合选举单位（RA.1）。"
        ),
        "unit_order_unknown": "单位顺序中有不存在的选举单位：{names}。",
        "unit_order_duplicate": "单位顺序中重复列出了：{names}。",
        "unit_order_missing": "单位顺序须列出每个选举单位，缺少：{names}。",
        "unit_name_unknown": "没有名为「{name}」的选举单位（须写完整名称）。",
    },
)
register_messages(
    "en",
    {
        "roster_invalid": (
            "The roster has {count} problems; nothing was imported. Correct them and import again."
        ),
        "roster_empty": "The roster lists no staff.",
        "unit_name_taken": "An election unit named '{name}' exists already.",
        "unit_already_merged": "'{name}' already belongs to a joint unit, or is one.",
        "merge_needs_two_units": "Pick at least two election units to merge.",
        "unit_in_seat_plan": (
            "'{name}' is used by a seat plan and cannot be split; make a new seat plan first."
        ),
        "unknown_method": "Unknown method: {value} (hamilton, sainte-lague or dhondt).",
        "bad_youth_age_limit": "Youth age limit {value} is implausible (16 to 70).",
        "no_staff_on_duty": "No staff on duty on {value}: import a roster or pick another reference date.",
        "manual_total_needs_reason": (
            "{on_duty} on-duty staff is outside the norms' 80–5000 (R13.4): a manual total needs a "
            "reason (--reason)."
        ),
        "total_out_of_range": (
            "Total {total} is out of range: with {on_duty} on-duty staff the total must be "
            "{minimum}–{maximum} (R13.2)."
        ),
        "apportion_tie": (
            "A tie in the apportionment: {units} are equal for {seats} seat(s). The union settles it "
            "by lot or by choice, on record (a practice, not the norms' text); name the unit(s) that "
            "get the seat(s)."
        ),
        "apportion_tie_decision": "The tie decision is invalid: name {seats} of {units}.",
        "no_apportion_tie": "There is no tie to settle in this apportionment.",
        "no_seat_plan": "No seat plan has been saved yet: save one under Seat plan first.",
        "unknown_format": "Unsupported export format: {value} (pdf or xlsx).",
        "too_few_seats": (
            "{seats} seats are fewer than the {units} units with staff: merge small units into joint "
            "units first (RA.1)."
        ),
        "unit_order_unknown": "The unit order names units that do not exist: {names}.",
        "unit_order_duplicate": "The unit order names these more than once: {names}.",
        "unit_order_missing": "The unit order must name every election unit; missing: {names}.",
        "unit_name_unknown": "There is no election unit named '{name}' (give the whole name).",
    },
)
