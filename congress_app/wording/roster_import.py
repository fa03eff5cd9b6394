"""Sentences for what a roster re-import preview says (leading zeros restored, unit names
matched, many staff leaving) and for its refusal; shared by the CLI and the GUI."""

from __future__ import annotations

from congress_app.services.roster_match import (
    MANY_REMOVALS,
    STAFF_NO_ZEROS,
    UNIT_NAME_FORM,
    ImportWarning,
)
from congress_app.wording.errors import register_messages

register_messages(
    "zh",
    {
        "elections_prepared_elsewhere": (
            "另一台电脑刚刚为本届建立了各单位的选举，本次未重复建立。请刷新后查看。"
        ),
        "removals_need_confirmation": (
            "这次导入将使 {ending} 名在岗教职工（现有 {on_duty} 名在岗）不再在岗或不再列入名册，"
            "超过十分之一，可能是名册不完整。未导入任何数据。核对无误后请加 --allow-removals "
            "重新导入。"
        ),
    },
)
register_messages(
    "en",
    {
        "elections_prepared_elsewhere": (
            "Another desk has just prepared this term's unit elections; none were created twice. "
            "Refresh to see them."
        ),
        "removals_need_confirmation": (
            "This import would end the on-duty status of {ending} of the {on_duty} on-duty staff "
            "(left off the roster, or no longer on duty) — more than a tenth; the file may be "
            "incomplete. Nothing was imported. If it is right, import again with --allow-removals."
        ),
    },
)

_SENTENCES = {
    "zh": {
        STAFF_NO_ZEROS: (
            "{count} 个工号开头的 0 已丢失（Excel 把工号存成了数字），已按现有名册补回并对应，如 {examples}。"
        ),
        UNIT_NAME_FORM: (
            "{count} 个选举单位名称只在全角/半角或空格上与现有名称不同，已按现有名称对应：{examples}。"
        ),
        MANY_REMOVALS: (
            "将有 {count} 名在岗教职工（现有 {total} 名在岗）不再在岗或不再列入名册，"
            "超过十分之一，请核对名册是否完整；导入前须确认。"
        ),
    },
    "en": {
        STAFF_NO_ZEROS: (
            "Staff numbers that lost their leading zeros (Excel stored them as numbers): {count}; "
            "restored and matched to the roster on record, e.g. {examples}."
        ),
        UNIT_NAME_FORM: (
            "Election unit names differing from names on record only in full-/half-width forms or "
            "spaces: {count}; matched to the names on record: {examples}."
        ),
        MANY_REMOVALS: (
            "{count} of the {total} on-duty staff would stop being on duty or leave the roster — "
            "more than a tenth; check that the file is complete. The import needs confirming."
        ),
    },
}


def describe_warning(warning: ImportWarning, lang: str = "zh") -> str:
    table = _SENTENCES.get(lang) or _SENTENCES["zh"]
    arrow = " → "
    sep = "、" if lang == "zh" else ", "
    quote = "「{}」" if lang == "zh" else "'{}'"
    examples = sep.join(quote.format(a) + arrow + quote.format(b) for a, b in warning.examples)
    template = table.get(warning.code)
    if template is None:
        return warning.code
    return template.format(count=warning.count, total=warning.total, examples=examples)
