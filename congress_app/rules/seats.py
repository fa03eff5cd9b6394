"""Delegate seats (第十三条): base, bands, recommended total, composition (R13.1–R13.6),
and apportionment to election units (RA.1–RA.3). Integer and Fraction arithmetic only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from math import floor

from congress_app.rules.errors import (
    Finding,
    InvalidCount,
    OutsideNorms,
    require_count,
)

# --- R13.1: staff statuses and post categories -------------------------------------------
# Stored as stable ASCII codes; the Chinese words (在岗 …) live in the file and display layer
# (congress_app.roster_file.columns.VALUE_WORDS). Compare only through these constants.
ON_DUTY = "on_duty"  # 在岗
AWAY_STUDY = "away_study"  # 离校学习
AWAY_WORK = "away_work"  # 离校工作
RETIRED = "retired"  # 退休
TRANSFERRED = "transferred"  # 调离
STAFF_STATUSES: tuple[str, ...] = (ON_DUTY, AWAY_STUDY, AWAY_WORK, RETIRED, TRANSFERRED)
ON_DUTY_STATUSES: frozenset[str] = frozenset({ON_DUTY, AWAY_STUDY, AWAY_WORK})
AWAY_STATUSES: frozenset[str] = frozenset({AWAY_STUDY, AWAY_WORK})

TEACHING = "teaching"  # 教学 (incl. teaching-research posts)
RESEARCH = "research"  # 科研
MANAGEMENT = "admin"  # 管理
TEACHING_SUPPORT = "support"  # 教辅
SERVICE = "service"  # 工勤
POST_CATEGORIES: tuple[str, ...] = (TEACHING, RESEARCH, MANAGEMENT, TEACHING_SUPPORT, SERVICE)
# R13.5 "教学人员, incl. teaching-research posts": the roster's 教学 (a file's 教学科研 is read
# as the same category at the file boundary).
TEACHING_CATEGORIES: frozenset[str] = frozenset({TEACHING})

# --- R13.5: gender -------------------------------------------------------------------------
MALE = "m"  # 男
FEMALE = "f"  # 女
GENDERS: tuple[str, ...] = (MALE, FEMALE)

# --- R13.6 / R26.1: the main leaders --------------------------------------------------------
PARTY_SECRETARY = "党委书记"
PRESIDENT = "校长"
UNION_CHAIR = "工会主席"
LEADER_ROLES: tuple[str, ...] = (PARTY_SECRETARY, PRESIDENT, UNION_CHAIR)
# A 职务 cell may list several posts ("党委副书记、校长"); each is compared as a whole title.
POST_SEPARATORS = "、，,；;/／ \u3000"


def post_titles(post: str) -> tuple[str, ...]:
    """R13.6: the whole titles in a 职务 text, split at 、，,；;/ and spaces."""
    titles: list[str] = []
    current: list[str] = []
    for ch in post:
        if ch in POST_SEPARATORS:
            titles.append("".join(current))
            current = []
        else:
            current.append(ch)
    titles.append("".join(current))
    return tuple(t for t in titles if t)


def leader_roles_held(post: str, roles: Iterable[str] = LEADER_ROLES) -> tuple[str, ...]:
    """R13.6: which of ``roles`` the 职务 text names as a whole title (exact match, never a
    substring: 副校长 is not 校长), in the order of ``roles``."""
    titles = set(post_titles(post))
    return tuple(role for role in roles if role in titles)


DEFAULT_YOUTH_AGE_LIMIT = 35  # R13.5: 35 or under on the reference date

# --- R13.2: bands (lowest N, highest N, low %, high %) --------------------------------------
BANDS: tuple[tuple[int, int, int, int], ...] = (
    (80, 200, 30, 40),
    (201, 500, 20, 25),
    (501, 1000, 10, 20),
    (1001, 5000, 6, 10),
)
MIN_ON_DUTY = BANDS[0][0]
MAX_ON_DUTY = BANDS[-1][1]
GUIDE_PERCENT_ABOVE = 6  # R13.4: the guide offered above 5000

HAMILTON = "hamilton"
SAINTE_LAGUE = "sainte-lague"
DHONDT = "dhondt"
METHODS: tuple[str, ...] = (HAMILTON, SAINTE_LAGUE, DHONDT)


def is_on_duty(status: str) -> bool:
    """R13.1: 在岗, 离校学习 and 离校工作 (ON_DUTY, AWAY_STUDY, AWAY_WORK) count as on duty;
    退休, 调离 and anything else not."""
    return status in ON_DUTY_STATUSES


def is_woman(gender: str) -> bool:
    """R13.5: does the stored gender count towards the women's share?"""
    return gender == FEMALE


def is_teaching(category: str) -> bool:
    """R13.5: does the post category count as 教学人员 (teaching staff)?"""
    return category in TEACHING_CATEGORIES


def status_on(events: Iterable[tuple[date, str]], ref_date: date) -> str | None:
    """R13.1: the staff status on ``ref_date`` from a dated history of ``(date, status)``
    pairs: the status of the latest event on or before the date (of two on the same date,
    the later in the sequence). ``None`` when no event is that early (not yet on staff).
    """
    current: tuple[date, str] | None = None
    for when, status in events:
        if when <= ref_date and (current is None or when >= current[0]):
            current = (when, status)
    return None if current is None else current[1]


def ceil_div(a: int, b: int) -> int:
    """Exact integer ceiling of a/b (b > 0), for the minimums of R13.2, R13.5, R24.2, R34.1."""
    return -(-a // b)


def round_half_up(value: Fraction) -> int:
    """Round an exact fraction half up (R13.3, R13.4); helper for the seat rules."""
    return floor(value + Fraction(1, 2))


@dataclass(frozen=True, slots=True)
class SeatRange:
    """R13.2/R13.3: permitted delegate totals for ``on_duty`` staff and the recommended one.

    ``low_percent``/``high_percent`` are the band's ratios, ``band_lo``/``band_hi`` its N
    limits, ``recommended_ratio`` the sliding-scale ratio (a fraction, not a percent).
    """

    on_duty: int
    minimum: int
    maximum: int
    recommended: int
    low_percent: int
    high_percent: int
    band_lo: int
    band_hi: int
    recommended_ratio: Fraction

    def permits(self, total: int) -> bool:
        """R13.3: may the school choose ``total``?"""
        return self.minimum <= total <= self.maximum


def seat_range(on_duty: int) -> SeatRange:
    """R13.2, R13.3: the band for ``on_duty`` staff, ``min = ceil(N×low)``,
    ``max = floor(N×high)`` and the recommended total (sliding ratio from the band's high
    figure to its low one, × N rounded half up, clamped into [min, max]).
    Raises :class:`OutsideNorms` (R13.4) below 80 or above 5000.
    """
    require_count("on_duty", on_duty, rule="R13.1")
    for lo, hi, low, high in BANDS:
        if lo <= on_duty <= hi:
            minimum = ceil_div(on_duty * low, 100)
            maximum = on_duty * high // 100
            ratio = Fraction(high, 100) - Fraction((high - low) * (on_duty - lo), 100 * (hi - lo))
            recommended = min(max(round_half_up(ratio * on_duty), minimum), maximum)
            return SeatRange(on_duty, minimum, maximum, recommended, low, high, lo, hi, ratio)
    raise OutsideNorms(on_duty=on_duty, minimum_on_duty=MIN_ON_DUTY, maximum_on_duty=MAX_ON_DUTY)


@dataclass(frozen=True, slots=True)
class OutsideNormsGuide:
    """R13.4: what to offer when N is outside 80–5000.

    ``code`` is ``"below_bands"`` or ``"above_bands"``; ``guide_total`` is 6% of N rounded
    half up above 5000 and ``None`` below 80; ``suggest_all_staff_assembly`` is true below 80.
    A manual total always needs a recorded reason there (``reason_required``).
    """

    on_duty: int
    code: str
    guide_total: int | None
    suggest_all_staff_assembly: bool
    reason_required: bool = True
    rule: str = "R13.4"


def guide_total_outside_norms(on_duty: int) -> OutsideNormsGuide:
    """R13.4: the guide for N < 80 (suggest a 教职工大会) or N > 5000 (6% as a guide).
    Raises :class:`InvalidCount` (field ``on_duty``) for N inside 80–5000, where R13.2 applies.
    """
    require_count("on_duty", on_duty, rule="R13.1")
    if on_duty < MIN_ON_DUTY:
        return OutsideNormsGuide(on_duty, "below_bands", None, True)
    if on_duty > MAX_ON_DUTY:
        guide = round_half_up(Fraction(on_duty * GUIDE_PERCENT_ABOVE, 100))
        return OutsideNormsGuide(on_duty, "above_bands", guide, False)
    raise InvalidCount(
        "within_norms",
        rule="R13.4",
        field="on_duty",
        actual=on_duty,
        required=(MIN_ON_DUTY, MAX_ON_DUTY),
    )


def check_total(on_duty: int, total: int, *, reason: str | None = None) -> list[Finding]:
    """R13.2–R13.4: findings on a chosen delegate total. Inside the bands the total must lie in
    [min, max] (``total_out_of_range``, required = (min, max)); outside them any positive
    total needs a recorded reason (``reason_required``).
    """
    require_count("total", total, rule="R13.3", minimum=1)
    try:
        rng = seat_range(on_duty)
    except OutsideNorms:
        if reason is None or not reason.strip():
            return [Finding("R13.4", "reason_required", actual=on_duty, subject="reason")]
        return []
    if not rng.permits(total):
        return [Finding("R13.2", "total_out_of_range", total, (rng.minimum, rng.maximum), "total")]
    return []


# --- R13.5, R13.6: composition ---------------------------------------------------------------


def age_on(birth: date, ref: date) -> int:
    """R13.5: age in full years on ``ref`` (a 29 February birthday counts from 1 March in a
    common year).
    """
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def is_youth(birth: date, ref: date, age_limit: int = DEFAULT_YOUTH_AGE_LIMIT) -> bool:
    """R13.5: youth = aged ``age_limit`` or under on the reference date (default 35)."""
    return age_on(birth, ref) <= age_limit


def share_target(group_on_duty: int, on_duty: int, total: int) -> int:
    """R13.5: ``floor(share × total)`` with share = group on-duty / on-duty (0 if on_duty 0)."""
    require_count("group_on_duty", group_on_duty, rule="R13.5")
    require_count("on_duty", on_duty, rule="R13.5")
    require_count("total", total, rule="R13.5")
    if group_on_duty > on_duty:
        raise InvalidCount(
            "exceeds_on_duty", rule="R13.5", field="group_on_duty", actual=group_on_duty, required=on_duty
        )
    return 0 if on_duty == 0 else group_on_duty * total // on_duty


def teaching_minimum(total: int) -> int:
    """R13.5: the fewest teaching delegates among ``total``: smallest t with 10t ≥ 6×total."""
    require_count("total", total, rule="R13.5")
    return ceil_div(6 * total, 10)


def teaching_share_met(teaching: int, total: int) -> bool:
    """R13.5: are ``teaching`` delegates not fewer than 60% of ``total`` (``10t ≥ 6×total``)?"""
    return 10 * teaching >= 6 * total


def check_seats_below_staff(
    seats_by_unit: dict[str, int] | Iterable[tuple[str, int]], staff_by_unit: dict[str, int]
) -> list[Finding]:
    """R14.6 [第十四条 · warn]: 差额 needs ``seats < staff`` in each unit. A finding
    ``seats_not_below_staff`` (subject = the unit, actual = seats, required = its on-duty
    staff) for every unit given seats ≥ its staff (units without seats are left out),
    in the order given. A warning: never a refusal.
    """
    items = seats_by_unit.items() if isinstance(seats_by_unit, dict) else seats_by_unit
    return [
        Finding("R14.6", "seats_not_below_staff", seats, staff_by_unit.get(unit, 0), unit)
        for unit, seats in items
        if seats > 0 and seats >= staff_by_unit.get(unit, 0)
    ]


@dataclass(frozen=True, slots=True)
class CompositionTargets:
    """R13.5 targets for a delegate body of ``total``: teaching, women and youth minimums."""

    total: int
    teaching: int
    women: int
    youth: int


def composition_targets(
    *, total: int, on_duty: int, women_on_duty: int, youth_on_duty: int
) -> CompositionTargets:
    """R13.5: targets for allocation (teaching ≥ 60%, women and youth ≥ floor(share×total))."""
    return CompositionTargets(
        total,
        teaching_minimum(total),
        share_target(women_on_duty, on_duty, total),
        share_target(youth_on_duty, on_duty, total),
    )


def check_composition(
    *,
    total: int,
    teaching: int,
    women: int,
    youth: int,
    on_duty: int,
    women_on_duty: int,
    youth_on_duty: int,
    leader_roles_present: Iterable[str] = (),
    required_roles: Iterable[str] = LEADER_ROLES,
    women_tolerance: int = 0,
    youth_tolerance: int = 0,
) -> list[Finding]:
    """R13.5, R13.6: findings on an elected body of ``total`` formal delegates.

    ``teaching_share`` when ``10×teaching < 6×total``; ``women_share``/``youth_share`` when the
    count is below ``floor(share×total) − tolerance`` (tolerance in seats, default 0);
    ``leader_missing`` (subject = role) for each of ``required_roles`` (default 党委书记, 校长,
    工会主席) not held by a formal delegate (``leader_roles_present``).
    """
    require_count("total", total, rule="R13.5")
    for field, value in (("teaching", teaching), ("women", women), ("youth", youth)):
        require_count(field, value, rule="R13.5")
        if value > total:
            raise InvalidCount("exceeds_total", rule="R13.5", field=field, actual=value, required=total)
    require_count("women_tolerance", women_tolerance, rule="R13.5")
    require_count("youth_tolerance", youth_tolerance, rule="R13.5")
    targets = composition_targets(
        total=total, on_duty=on_duty, women_on_duty=women_on_duty, youth_on_duty=youth_on_duty
    )
    findings = []
    if not teaching_share_met(teaching, total):
        findings.append(Finding("R13.5", "teaching_share", teaching, targets.teaching))
    for code, actual, target, tol in (
        ("women_share", women, targets.women, women_tolerance),
        ("youth_share", youth, targets.youth, youth_tolerance),
    ):
        needed = max(0, target - tol)
        if actual < needed:
            findings.append(Finding("R13.5", code, actual, needed))
    present = set(leader_roles_present)
    for role in required_roles:
        if role not in present:
            findings.append(Finding("R13.6", "leader_missing", subject=role))
    return findings
