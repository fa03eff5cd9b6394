"""Words the election, credentials, roster and export services put into papers, workbooks,
progress and sealed records (one place for them; services hold none). The texts are those the
records have always carried: changing one changes what new records store, never old ones."""

from __future__ import annotations

from congress_app.wording.documents import CONGRESS_TITLE

# -- the congress and its publisher ---------------------------------------------------------------
TERM_CONGRESS = CONGRESS_TITLE.removeprefix("{school}")  # 第{term}届教职工代表大会
UNION = "{school}工会"
ELECTION_TITLE = CONGRESS_TITLE + "代表选举"
BALLOT_SUFFIX = "选票"
ROUND_LABEL = "第{number}轮 · {kind}"
ROUND_LABELS = {"first": "第一轮", "runoff": "另行选举（得票相同）", "further": "另行选举（补足缺额）"}

# -- the delegate lists and the credentials review -----------------------------------------------
LIST_TITLE = "{school}{congress}代表名单"
SUPPLEMENT_LIST_TITLE = "{school}{congress}增补代表名单"
INELIGIBLE_NOTE = "非在岗教职工（R12.1）"
SUPPLEMENT_REVIEW_TITLE = "补选代表资格审查报告"
SUPPLEMENT_INTRO = (
    "根据补选（另行选举）结果，经代表资格审查委员会审查确认，下列 {n} 名同志为"
    "教职工代表大会正式代表（共 {u} 个选举单位），现予增补公布。"
)
BY_ELECTION_INTRO = (
    "根据补选结果，经代表资格审查委员会审查确认，下列 {n} 名同志为"
    "本届教职工代表大会正式代表，任期至本届届满，现予增补公布。"
)
REASON_PUBLISHED = "资格审查通过，张榜公布"
REASON_SUPPLEMENT = "补选代表资格审查通过，增补公布"

PROCEDURE_NOTES = {
    "not_held": "尚未选举",
    "round_open": "本轮尚未结束",
    "void_round": "最后一轮选举无效，须重新选举（按惯例做法，非规范条文）",
    "runoff_pending": "得票相同，须另行选举（R14.4）",
    "seats_unfilled": "有缺额，可另行选举或日后补选（R14.5、R19.1）",
}
# R15.1: why an elected person is not confirmed (formal documents cite the norms' articles)
NOT_CONFIRMED_NOTES = {
    "not_on_roster": "审查之日已不在教职工名册中（第十五条）",
    "transferred_out": "已调离（第十七条第一项）",
    "retired": "已退休（第十七条第三项）",
    "away_one_year": "离校学习、工作已满一年（第十七条第二项）",
    "not_on_duty": "非在岗教职工（第十二条）",
    "not_in_unit": "已不在选出其的选举单位（第十五条）",
}
# both are practice (R14.2's practice part, R14.0): a formal paper cites no article for them
VOID_REASONS = {
    "returned_exceeds_issued": "收回选票多于发出选票",
    "turnout_below_two_thirds": "参加投票人数不足本单位教职工的三分之二",
}

# -- telling people of the same name apart (names.py) ---------------------------------------------
NAME_WITH_UNIT = "{name}（{unit}）"
NAME_WITH_BIRTH_YEAR = "{name}（{year}年生）"
NAME_WITH_STAFF_NO = "{name}（工号 {staff_no}）"

# -- roster import: the steps its progress names, and a staff row's 列入 change -------------------
IMPORT_STEPS = ("选举单位", "新增教职工", "变动", "记录")
YES, NO = "是", "否"

# -- the XLSX exports (services/exports.py) --------------------------------------------------------
RESULTS_SHEET = "选举结果"
RESULTS_HEADER = [
    "选举单位",
    "轮次",
    "选举日期",
    "应选名额",
    "教职工人数",
    "发出选票",
    "收回选票",
    "无效票",
    "候选人",
    "赞成票",
    "结果",
    "本轮无效",
    "封存码",
]
OUTCOMES = {"elected": "当选", "runoff": "进入另行选举", "not_elected": "未当选"}
REVIEW_TITLE = "代表资格审查报告"
ELIGIBLE, NOT_ELIGIBLE = "有效", "不符"
PASSED, NOT_PASSED = "通过", "未通过"
NO_ARTICLE = "—"  # a check resting on practice, not on an article (as the report prints it)
LIST_SEPARATOR = "、"
CREDENTIALS_SHEET = "代表资格"
CREDENTIALS_HEADER = ["审查", "审查日期", "选举单位", "姓名", "岗位类别", "资格", "说明", "封存码"]
COMPOSITION_SHEET = "代表构成"
COMPOSITION_HEADER = ["审查", "项目", "依据", "实有", "要求", "结论", "缺少", "封存码"]
DELEGATES_SHEET = "代表名单"
DELEGATES_HEADER = ["名单", "公布日期", "选举单位", "姓名", "性别", "岗位类别", "封存码"]
