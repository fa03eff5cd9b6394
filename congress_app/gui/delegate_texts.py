"""Words of the 代表管理 page for the codes the services return (marked for lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "DelegateTexts"

STATUS = {
    "active": QT_TRANSLATE_NOOP("DelegateTexts", "在任"),
    "transferred": QT_TRANSLATE_NOOP("DelegateTexts", "调离本单位"),
    "away": QT_TRANSLATE_NOOP("DelegateTexts", "离校满一年"),
    "retired": QT_TRANSLATE_NOOP("DelegateTexts", "退休"),
    "absent": QT_TRANSLATE_NOOP("DelegateTexts", "无故缺席满一年"),
    "recalled": QT_TRANSLATE_NOOP("DelegateTexts", "罢免"),
}
KIND = {
    "formal": QT_TRANSLATE_NOOP("DelegateTexts", "正式代表"),
    "invited": QT_TRANSLATE_NOOP("DelegateTexts", "特邀代表"),
    "observer": QT_TRANSLATE_NOOP("DelegateTexts", "列席代表"),
}
EVENT = {
    "effective": QT_TRANSLATE_NOOP("DelegateTexts", "资格生效"),
    "transferred": QT_TRANSLATE_NOOP("DelegateTexts", "调离本选举单位"),
    "away_start": QT_TRANSLATE_NOOP("DelegateTexts", "离校学习、工作"),
    "away_end": QT_TRANSLATE_NOOP("DelegateTexts", "返校"),
    "retired": QT_TRANSLATE_NOOP("DelegateTexts", "退休"),
    "absence_start": QT_TRANSLATE_NOOP("DelegateTexts", "无故缺席代表活动"),
    "absence_end": QT_TRANSLATE_NOOP("DelegateTexts", "恢复参加代表活动"),
    "recalled": QT_TRANSLATE_NOOP("DelegateTexts", "罢免"),
    "ended": QT_TRANSLATE_NOOP("DelegateTexts", "资格终止（已确认）"),
}
BODY = {
    "presidium": QT_TRANSLATE_NOOP("DelegateTexts", "大会主席团"),
    "dmc": QT_TRANSLATE_NOOP("DelegateTexts", "民主管理委员会"),
    "committee": QT_TRANSLATE_NOOP("DelegateTexts", "专门工作委员会"),
    "delegation": QT_TRANSLATE_NOOP("DelegateTexts", "代表团"),
}
ROLE = {
    "head": QT_TRANSLATE_NOOP("DelegateTexts", "团长／主任"),
    "deputy": QT_TRANSLATE_NOOP("DelegateTexts", "副团长／副主任"),
    "member": QT_TRANSLATE_NOOP("DelegateTexts", "成员"),
}
CHECK = {
    "leaders_included": QT_TRANSLATE_NOOP("DelegateTexts", "包括党、政、工主要负责人"),
    "teachers_majority": QT_TRANSLATE_NOOP("DelegateTexts", "教师代表占多数"),
    "elected_by_congress": QT_TRANSLATE_NOOP("DelegateTexts", "由预备会议选举产生"),
    "size_in_range": QT_TRANSLATE_NOOP("DelegateTexts", "人数为代表总数的5%–15%"),
    "delegates_majority": QT_TRANSLATE_NOOP("DelegateTexts", "教职工代表占多数"),
    "director_party_leader": QT_TRANSLATE_NOOP("DelegateTexts", "主任由党委负责人担任"),
    "deputy_union_chair": QT_TRANSLATE_NOOP("DelegateTexts", "副主任由工会主席担任"),
    "members_are_delegates": QT_TRANSLATE_NOOP("DelegateTexts", "成员一般在代表中提名"),
    "non_delegates_approved": QT_TRANSLATE_NOOP("DelegateTexts", "非代表成员经教代会通过"),
    "one_department": QT_TRANSLATE_NOOP("DelegateTexts", "按院（系）建立"),
    "head_and_deputies": QT_TRANSLATE_NOOP("DelegateTexts", "有团长和副团长，均为本团代表"),
    "heads_elected": QT_TRANSLATE_NOOP("DelegateTexts", "正、副团长经选举产生"),
}

FINDING = {
    "leader_missing": QT_TRANSLATE_NOOP("DelegateTexts", "缺少"),
    "teachers_not_majority": QT_TRANSLATE_NOOP("DelegateTexts", "教师代表不足半数"),
    "not_elected": QT_TRANSLATE_NOOP("DelegateTexts", "未记录选举"),
    "size_out_of_range": QT_TRANSLATE_NOOP("DelegateTexts", "人数不在范围内"),
    "delegates_not_majority": QT_TRANSLATE_NOOP("DelegateTexts", "代表不足半数"),
    "director_not_party_leader": QT_TRANSLATE_NOOP("DelegateTexts", "主任不是党委书记"),
    "deputy_not_union_chair": QT_TRANSLATE_NOOP("DelegateTexts", "副主任中没有工会主席"),
    "non_delegate_member": QT_TRANSLATE_NOOP("DelegateTexts", "非代表"),
    "non_delegate_not_approved": QT_TRANSLATE_NOOP("DelegateTexts", "未经教代会通过"),
    "member_other_department": QT_TRANSLATE_NOOP("DelegateTexts", "不属本院（系）"),
    "head_missing": QT_TRANSLATE_NOOP("DelegateTexts", "没有团长"),
    "head_not_member": QT_TRANSLATE_NOOP("DelegateTexts", "团长不是本团代表"),
    "too_few_deputies": QT_TRANSLATE_NOOP("DelegateTexts", "副团长不足"),
    "deputy_not_member": QT_TRANSLATE_NOOP("DelegateTexts", "副团长不是本团代表"),
    "deputy_is_head": QT_TRANSLATE_NOOP("DelegateTexts", "副团长与团长为同一人"),
    "deputy_repeated": QT_TRANSLATE_NOOP("DelegateTexts", "副团长重复"),
    "heads_not_elected": QT_TRANSLATE_NOOP("DelegateTexts", "正、副团长未记录选举"),
}


def word(table: dict[str, str], code: str | None) -> str:
    """The translated word for ``code`` (the code itself if unknown, "" for None)."""
    if code is None:
        return ""
    text = table.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code
