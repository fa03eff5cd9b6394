"""Words of the elections page: states, outcomes, void reasons, live count problems and the
credentials checks, in plain Chinese with the rule id (translated through Qt, context
"elections"). The services return codes and numbers; only this module turns them into text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.rules.elections import turnout_minimum
from congress_app.services import elections as el

CONTEXT = "elections"


def tr(text: str) -> str:
    """Translate a text taken from one of the QT_TRANSLATE_NOOP tables below. Literal texts
    call QCoreApplication.translate("elections", …) directly: lupdate files a bare tr("…")
    outside a class under the empty context, where the runtime lookup never finds it."""
    return QCoreApplication.translate(CONTEXT, text)


STATE_LABELS = {
    el.STATE_CANDIDATES: QT_TRANSLATE_NOOP("elections", "提名候选人"),
    el.STATE_READY: QT_TRANSLATE_NOOP("elections", "可以开始投票"),
    el.STATE_BALLOTS_PRINTED: QT_TRANSLATE_NOOP("elections", "选票已打印"),
    el.STATE_COUNTING: QT_TRANSLATE_NOOP("elections", "计票中"),
    el.STATE_RUNOFF: QT_TRANSLATE_NOOP("elections", "需另行选举（票数相同）"),
    el.STATE_FURTHER: QT_TRANSLATE_NOOP("elections", "可进行另行选举（有缺额）"),
    el.STATE_REPEAT: QT_TRANSLATE_NOOP("elections", "本轮无效，需重新选举"),
    el.STATE_ELECTED: QT_TRANSLATE_NOOP("elections", "已选出"),
}

STATE_COLORS = {
    el.STATE_CANDIDATES: "#555555",
    el.STATE_READY: "#1f5fa8",
    el.STATE_BALLOTS_PRINTED: "#1f5fa8",
    el.STATE_COUNTING: "#7a4b00",
    el.STATE_RUNOFF: "#b45309",
    el.STATE_FURTHER: "#b45309",
    el.STATE_REPEAT: "#c8102e",
    el.STATE_ELECTED: "#1b7f3b",
}

OUTCOME_LABELS = {
    "elected": QT_TRANSLATE_NOOP("elections", "当选"),
    "runoff": QT_TRANSLATE_NOOP("elections", "进入另行选举"),
    "not_elected": QT_TRANSLATE_NOOP("elections", "未当选"),
    "": QT_TRANSLATE_NOOP("elections", "—"),
}

ROUND_KINDS = {
    "first": QT_TRANSLATE_NOOP("elections", "首轮选举"),
    "runoff": QT_TRANSLATE_NOOP("elections", "另行选举（票数相同）"),
    "further": QT_TRANSLATE_NOOP("elections", "另行选举（补足缺额）"),
}

FIELD_NAMES = {
    "issued": QT_TRANSLATE_NOOP("elections", "发出选票"),
    "returned": QT_TRANSLATE_NOOP("elections", "收回选票"),
    "invalid": QT_TRANSLATE_NOOP("elections", "无效票"),
    "yes_votes": QT_TRANSLATE_NOOP("elections", "赞成票"),
    "electorate": QT_TRANSLATE_NOOP("elections", "本单位教职工人数"),
    "seats": QT_TRANSLATE_NOOP("elections", "应选名额"),
}


def state_label(state: str) -> str:
    return tr(STATE_LABELS.get(state, state))


def unit_state_label(state: str, open_round: int | None, rounds: int) -> str:
    """Where a unit stands, for the list: once a round is open it says so (with its number),
    not "可以开始投票" as before the round."""
    if open_round is not None and state == el.STATE_READY:
        return QCoreApplication.translate("elections", "第{n}轮投票中").format(n=rounds)
    if open_round is not None and state == el.STATE_BALLOTS_PRINTED:
        return QCoreApplication.translate("elections", "第{n}轮选票已打印").format(n=rounds)
    return state_label(state)


def outcome_label(outcome: str) -> str:
    return tr(OUTCOME_LABELS.get(outcome, outcome))


def round_kind_label(kind: str) -> str:
    return tr(ROUND_KINDS.get(kind, kind))


def void_text(reason: str, *, electorate: int, issued: int | None, returned: int | None) -> str:
    """Why a closed round elected nobody, with the figures and the rule."""
    if reason == "returned_exceeds_issued":
        return QCoreApplication.translate(
            "elections",
            "本轮选举无效：收回选票 {returned} 张，多于发出的 {issued} 张（R14.2，第十四条）。须重新选举。",
        ).format(returned=returned, issued=issued)
    if reason == "turnout_below_two_thirds":
        need = turnout_minimum(electorate)
        return QCoreApplication.translate(
            "elections",
            "本轮选举无效：收回选票 {returned} 张，不足本单位教职工 {electorate} 人的三分之二"
            "（至少 {need} 张，R14.0）。须重新选举。",
        ).format(returned=returned, electorate=electorate, need=need)
    return QCoreApplication.translate("elections", "本轮选举无效（{reason}），须重新选举。").format(
        reason=reason
    )


def finding_text(code: str, field: str, actual, required, name: str = "") -> str:
    """One live problem of the counting screen, naming the field (and the candidate)."""
    what = name if name else tr(FIELD_NAMES.get(field, field))
    if code == "negative":
        return QCoreApplication.translate("elections", "{what}不能是负数（R14.2）").format(what=what)
    if code == "not_integer":
        return QCoreApplication.translate("elections", "{what}必须是整数").format(what=what)
    if code == "below_minimum":
        return QCoreApplication.translate("elections", "{what}至少为 {required}").format(
            what=what, required=required
        )
    if code == "exceeds_electorate":
        return QCoreApplication.translate(
            "elections", "发出选票 {actual} 张，多于本单位在岗教职工 {required} 人（R14.2）"
        ).format(actual=actual, required=required)
    if code == "exceeds_returned":
        return QCoreApplication.translate(
            "elections", "无效票 {actual} 张，多于收回选票 {required} 张（R14.2）"
        ).format(actual=actual, required=required)
    if code == "exceeds_valid":
        return QCoreApplication.translate(
            "elections", "{name} 得 {actual} 票，多于有效票 {required} 张（R14.2）"
        ).format(name=name or what, actual=actual, required=required)
    if code == "exceeds_marks":
        return QCoreApplication.translate(
            "elections",
            "赞成票合计 {actual}，超过 有效票 × 应选名额 = {required}：多选的选票应计为无效票（R14.2）",
        ).format(actual=actual, required=required)
    if code == "not_contested":
        return QCoreApplication.translate(
            "elections", "候选人 {actual} 人，须多于应选名额（差额选举，R14.1）"
        ).format(actual=actual)
    return QCoreApplication.translate("elections", "{what}：{code}（实际 {actual}，要求 {required}）").format(
        what=what, code=code, actual=actual, required=required
    )


def candidates_hint(candidates: int, seats: int) -> tuple[str, bool]:
    """The live 差额 hint of the candidates list and whether it is met (R14.1)."""
    ok = candidates > seats
    text = QCoreApplication.translate(
        "elections", "候选人 {n} 人，应选 {m} 名：须多于 {m} 人（差额，R14.1）"
    ).format(n=candidates, m=seats)
    if ok:
        text += QCoreApplication.translate("elections", " —— 已满足，可以开始投票。")
    else:
        text += QCoreApplication.translate("elections", " —— 还需至少 {k} 人。").format(
            k=seats + 1 - candidates
        )
    return text, ok


def _pct(part: int, whole: int) -> str:
    if whole <= 0:
        return "0"
    value = round(100 * part / whole, 1)
    return f"{value:g}"


CHECK_NAMES = {
    "teaching": QT_TRANSLATE_NOOP("elections", "教学人员代表比例"),
    "women": QT_TRANSLATE_NOOP("elections", "女代表比例"),
    "youth": QT_TRANSLATE_NOOP("elections", "青年代表比例"),
    "leaders": QT_TRANSLATE_NOOP("elections", "党政工主要负责人"),
}


def check_name(kind: str) -> str:
    return tr(CHECK_NAMES.get(kind, kind))


def check_text(check, *, delegates: int, on_duty: int, women_staff: int, youth_staff: int) -> str:
    """A plain explanation of one credentials check (failed or passed) with its numbers."""
    kind, actual, required = check.kind, check.actual, check.required
    if kind == "teaching":
        if check.passed:
            return QCoreApplication.translate(
                "elections", "教学人员代表 {a} 名，占 {p}%，不低于 60%（R13.5）。"
            ).format(a=actual, p=_pct(actual, delegates))
        return QCoreApplication.translate(
            "elections", "教学人员代表 {a} 名，占 {p}%，低于 60%（须至少 {r} 名；R13.5，第十三条）。"
        ).format(a=actual, p=_pct(actual, delegates), r=required)
    if kind in ("women", "youth"):
        group = (
            QCoreApplication.translate("elections", "女代表")
            if kind == "women"
            else QCoreApplication.translate("elections", "青年代表")
        )
        staff = women_staff if kind == "women" else youth_staff
        facts = QCoreApplication.translate(
            "elections", "{g} {a} 名，占代表 {p}%；在岗教职工中占 {s}%，相应应有 {r} 名"
        ).format(g=group, a=actual, p=_pct(actual, delegates), s=_pct(staff, on_duty), r=required)
        if check.passed:
            return facts + QCoreApplication.translate("elections", "，已达到（R13.5）。")
        return facts + QCoreApplication.translate(
            "elections", "，少 {d} 名（R13.5，第十三条：应占相应的比例）。"
        ).format(d=required - actual)
    if kind == "leaders":
        missing = "、".join(getattr(check, "missing", ()) or ())
        if check.passed:
            return QCoreApplication.translate("elections", "党委书记、校长、工会主席均为正式代表（R13.6）。")
        return QCoreApplication.translate(
            "elections", "学校党政工主要负责人中，{m}不是正式代表（须为正式代表，R13.6，第十三条）。"
        ).format(m=missing or QCoreApplication.translate("elections", "{n} 人").format(n=required - actual))
    return QCoreApplication.translate("elections", "{name}：实际 {a}，要求 {r}").format(
        name=check_name(kind), a=actual, r=required
    )


ELIGIBILITY_CODES = {
    "not_on_duty": QT_TRANSLATE_NOOP("elections", "非在岗教职工（R12.1）"),
    "no_political_rights": QT_TRANSLATE_NOOP("elections", "无政治权利（R12.1）"),
    "duty_not_accepted": QT_TRANSLATE_NOOP("elections", "未表示愿意履行代表职责（R12.1）"),
    "not_formal": QT_TRANSLATE_NOOP("elections", "特邀或列席代表不是正式代表（R12.1）"),
    "profile_missing": QT_TRANSLATE_NOOP("elections", "缺少本人资料（R12.1）"),
    "not_on_roster": QT_TRANSLATE_NOOP("elections", "审查之日已不在名册中，不予确认（R15.1）"),
    "transferred_out": QT_TRANSLATE_NOOP("elections", "已调离，不予确认（R17.1）"),
    "retired": QT_TRANSLATE_NOOP("elections", "已退休，不予确认（R17.1）"),
    "away_one_year": QT_TRANSLATE_NOOP("elections", "离校学习、工作已满一年，不予确认（R17.1）"),
    "not_in_unit": QT_TRANSLATE_NOOP("elections", "已不在本选举单位，不予确认（R15.1）"),
}

PROCEDURE_CODES = {
    "not_held": QT_TRANSLATE_NOOP("elections", "尚未选举"),
    "round_open": QT_TRANSLATE_NOOP("elections", "本轮尚未结束"),
    "void_round": QT_TRANSLATE_NOOP("elections", "最后一轮选举无效，须重新选举（R14.0/R14.2）"),
    "runoff_pending": QT_TRANSLATE_NOOP("elections", "得票相同，须另行选举（R14.4）"),
    "seats_unfilled": QT_TRANSLATE_NOOP("elections", "有缺额，可另行选举或日后补选（R14.5、R19.1）"),
}


def codes_text(codes, table: dict[str, str]) -> str:
    separator = QCoreApplication.translate("elections", "；")
    return separator.join(tr(table.get(code, code)) for code in codes)


def ineligible_lines(view) -> list[str]:
    """A credentials review's delegates who are not eligible, one line each with why."""
    return [
        QCoreApplication.translate("elections", "{unit} {name}：{why}").format(
            unit=d.unit, name=d.name, why=codes_text(d.codes, ELIGIBILITY_CODES)
        )
        for d in view.delegates
        if not d.eligible
    ]


def unfinished_lines(view) -> list[str]:
    """A credentials review's units whose election is not finished in order, one line each."""
    return [
        QCoreApplication.translate("elections", "{unit}：{why}").format(
            unit=p.unit, why=codes_text(p.codes, PROCEDURE_CODES)
        )
        for p in view.procedures
        if not p.compliant
    ]
