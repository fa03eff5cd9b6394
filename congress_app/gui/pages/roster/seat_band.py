"""The words of the band panel: N, the ratio band, the permitted range and the recommended
total (R13.1–R13.3), or outside 80–5000 what R13.4 says instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from congress_app.services.seats import SeatOverview


def band_text(overview: SeatOverview) -> str:
    """Rich text for the panel above the total."""
    n = overview.on_duty
    ref = overview.reference_date.isoformat()
    base = QCoreApplication.translate(
        "SeatBand", "在岗教职工 <b>N = {n}</b> 人（R13.1，基准日 {ref}，含离校学习、离校工作）。"
    ).format(n=n, ref=ref)
    rng = overview.range
    if rng is not None:
        percent = float(rng.recommended_ratio) * 100
        return (
            base
            + "<br>"
            + QCoreApplication.translate(
                "SeatBand",
                "按 R13.2，{lo}–{hi} 人的学校代表比例为 {low}%–{high}%，代表总数允许 "
                "<b>{minimum}–{maximum}</b> 名；按 R13.3 的滑动比例（约 {percent:.2f}%）"
                "推荐 <b>{recommended}</b> 名。",
            ).format(
                lo=rng.band_lo,
                hi=rng.band_hi,
                low=rng.low_percent,
                high=rng.high_percent,
                minimum=rng.minimum,
                maximum=rng.maximum,
                percent=percent,
                recommended=rng.recommended,
            )
        )
    outside = overview.outside
    if outside is None or n == 0:
        return (
            base
            + "<br>"
            + QCoreApplication.translate(
                "SeatBand", "基准日没有在岗教职工，无法确定代表名额。请导入名册或换一个基准日期。"
            )
        )
    if outside.suggest_all_staff_assembly:
        return (
            base
            + "<br>"
            + QCoreApplication.translate(
                "SeatBand",
                "少于 80 人，规范未规定代表比例（R13.4）。建议召开<b>教职工大会</b>（第三十三条）代替"
                "教职工代表大会；如仍召开代表大会，须手工确定代表总数并填写理由。",
            )
        )
    return (
        base
        + "<br>"
        + QCoreApplication.translate(
            "SeatBand",
            "多于 5000 人，规范对此未作规定（R13.4）。按 6% 参考为 <b>{guide}</b> 名；"
            "手工确定代表总数须填写理由。",
        ).format(guide=outside.guide_total)
    )


def default_total(overview: SeatOverview) -> int:
    """The total the spin box starts at: the recommended one, the 6% guide, or (below 80,
    where every member of staff could attend) N itself."""
    if overview.range is not None:
        return overview.range.recommended
    if overview.outside is not None and overview.outside.guide_total:
        return overview.outside.guide_total
    return max(overview.on_duty, 1)


def total_limits(overview: SeatOverview) -> tuple[int, int]:
    """What the spin box allows: the permitted range inside the bands, else 1..N."""
    if overview.range is not None:
        return overview.range.minimum, overview.range.maximum
    return 1, max(overview.on_duty, 1)
