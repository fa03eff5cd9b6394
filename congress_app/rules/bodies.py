"""Terms, sessions and bodies of the congress: term length and yearly sessions (R23.1,
第二十三条), presidium (R26.1, 第二十六条), delegations (R32.1, 第三十二条) and the democratic
management committee (R34.1, 第三十四条).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from congress_app.rules.errors import (
    Finding,
    InvalidCount,
    InvalidDates,
    UnknownChoice,
    require_count,
)
from congress_app.rules.seats import LEADER_ROLES, ceil_div
from congress_app.rules.status import add_years

TERM_MIN_YEARS = 3
TERM_MAX_YEARS = 5
TERM_YEAR = "term_year"  # R23.1 basis: years counted from the term's start
CALENDAR_YEAR = "calendar_year"  # R23.1 basis: calendar years
SESSION_BASES: tuple[str, ...] = (TERM_YEAR, CALENDAR_YEAR)


# --- R23.1: terms and sessions ---------------------------------------------------------------


def check_term_length(start: date, end: date) -> list[Finding]:
    """R23.1: a term lasts 3 to 5 calendar years: ``start + 3 years ≤ end ≤ start + 5 years``,
    ``end`` being the day the term ends counted like an anniversary (the day the next term
    starts): 2024-03-01 → 2027-03-01 is three years, → 2027-02-28 is a day short.
    Findings ``term_too_short`` / ``term_too_long`` (actual = end, required = the bound date).
    Raises :class:`InvalidDates` if end is before start.
    """
    if end < start:
        raise InvalidDates(rule="R23.1", field="end", actual=end, required=start)
    shortest = add_years(start, TERM_MIN_YEARS)
    longest = add_years(start, TERM_MAX_YEARS)
    if end < shortest:
        return [Finding("R23.1", "term_too_short", end, shortest, "end")]
    if end > longest:
        return [Finding("R23.1", "term_too_long", end, longest, "end")]
    return []


def terms_overlap(first: tuple[date, date], second: tuple[date, date]) -> bool:
    """R23.1: do two terms ``(start, end)`` overlap? A term ends the day the next may start
    (end exclusive), so 2020-01-01→2025-01-01 and 2025-01-01→… do not overlap."""
    return first[0] < second[1] and second[0] < first[1]


def check_sessions_per_year(
    *,
    term_start: date,
    term_end: date,
    session_dates: Iterable[date],
    today: date,
    basis: str = TERM_YEAR,
) -> list[Finding]:
    """R23.1: at least one session a year. The school picks the ``basis``:

    - ``"term_year"`` (default): each full year of the term, ``[start + k years, start +
      (k+1) years)``, needs a session; a last stretch shorter than a year does not;
    - ``"calendar_year"``: each calendar year the term touches needs a session within the
      term, partial first and last years included.

    Only periods over by ``today`` (and within the term) are judged. Finding
    ``no_session_in_year`` with ``subject`` = the period's first day (ISO) and ``actual``
    = 0, ``required`` = 1.
    """
    if basis not in SESSION_BASES:
        raise UnknownChoice(rule="R23.1", field="basis", actual=basis, allowed=SESSION_BASES)
    if term_end < term_start:
        raise InvalidDates(rule="R23.1", field="term_end", actual=term_end, required=term_start)
    sessions = sorted(d for d in session_dates if term_start <= d <= term_end)
    periods: list[tuple[date, date]] = []  # [first, past) — past is exclusive
    if basis == TERM_YEAR:
        k = 0
        while add_years(term_start, k + 1) <= term_end:
            periods.append((add_years(term_start, k), add_years(term_start, k + 1)))
            k += 1
    else:
        for year in range(term_start.year, term_end.year + 1):
            first = max(date(year, 1, 1), term_start)
            periods.append((first, date(year + 1, 1, 1)))
    found = []
    for first, past in periods:
        if past > today:
            continue
        if not any(first <= d < past for d in sessions):
            found.append(Finding("R23.1", "no_session_in_year", 0, 1, first.isoformat()))
    return found


def check_extraordinary_session(session_date: date, dmc_decision_on: date | None) -> list[Finding]:
    """R23.1: an extraordinary session (临时会议) needs a recorded DMC decision, taken on or
    before the session date. Findings ``dmc_decision_missing`` / ``dmc_decision_after_session``.
    """
    if dmc_decision_on is None:
        return [Finding("R23.1", "dmc_decision_missing")]
    if dmc_decision_on > session_date:
        return [Finding("R23.1", "dmc_decision_after_session", dmc_decision_on, session_date)]
    return []


# --- R26.1: presidium --------------------------------------------------------------------------


def check_presidium(
    *,
    members: int,
    teachers: int,
    leader_roles_present: Iterable[str],
    required_roles: Iterable[str] = LEADER_ROLES,
) -> list[Finding]:
    """R26.1: the presidium includes the main party, administration and union leaders
    (``leader_missing``, subject = role) and teachers are the majority: ``2×teachers >
    members`` (``teachers_not_majority``, required = fewest teachers that would do).
    """
    require_count("members", members, rule="R26.1")
    require_count("teachers", teachers, rule="R26.1")
    if teachers > members:
        raise InvalidCount(
            "exceeds_members", rule="R26.1", field="teachers", actual=teachers, required=members
        )
    found = []
    if 2 * teachers <= members:
        found.append(Finding("R26.1", "teachers_not_majority", teachers, members // 2 + 1))
    present = set(leader_roles_present)
    found.extend(
        Finding("R26.1", "leader_missing", subject=role) for role in required_roles if role not in present
    )
    return found


# --- R34.1: democratic management committee ----------------------------------------------


@dataclass(frozen=True, slots=True)
class DmcSizeRange:
    """R34.1: DMC size limits for ``delegates`` delegates: ``ceil(5%×D)`` to ``floor(15%×D)``.
    ``feasible`` is false when the range is empty (1 to 6 delegates).
    """

    delegates: int
    minimum: int
    maximum: int

    @property
    def feasible(self) -> bool:
        return self.minimum <= self.maximum


def dmc_size_range(delegates: int) -> DmcSizeRange:
    """R34.1: ``ceil(5×D/100) ≤ size ≤ floor(15×D/100)``."""
    require_count("delegates", delegates, rule="R34.1")
    return DmcSizeRange(delegates, ceil_div(5 * delegates, 100), 15 * delegates // 100)


def check_dmc(
    *,
    delegates: int,
    members: int,
    delegate_members: int,
    director_is_party_leader: bool,
    deputy_is_union_chair: bool,
) -> list[Finding]:
    """R34.1: findings on the DMC: ``size_out_of_range`` (required = (min, max)),
    ``delegates_not_majority`` (``2×delegate_members > members``), ``director_not_party_leader``,
    ``deputy_not_union_chair``.
    """
    rng = dmc_size_range(delegates)
    require_count("members", members, rule="R34.1")
    require_count("delegate_members", delegate_members, rule="R34.1")
    if delegate_members > members:
        raise InvalidCount(
            "exceeds_members",
            rule="R34.1",
            field="delegate_members",
            actual=delegate_members,
            required=members,
        )
    found = []
    if not rng.minimum <= members <= rng.maximum:
        found.append(Finding("R34.1", "size_out_of_range", members, (rng.minimum, rng.maximum)))
    if 2 * delegate_members <= members:
        found.append(Finding("R34.1", "delegates_not_majority", delegate_members, members // 2 + 1))
    if not director_is_party_leader:
        found.append(Finding("R34.1", "director_not_party_leader"))
    if not deputy_is_union_chair:
        found.append(Finding("R34.1", "deputy_not_union_chair"))
    return found


# --- R32.1: delegations ------------------------------------------------------------------------


def check_delegation(
    *,
    department: str,
    member_departments: Mapping[str, str],
    head: str | None,
    deputy_heads: Sequence[str] = (),
    min_deputies: int = 1,
) -> list[Finding]:
    """R32.1: a delegation follows one department (院/系) and has a head and deputy heads,
    chosen among its members. ``member_departments`` maps each member to their department.
    Findings (subject = the person where there is one): ``member_other_department``,
    ``head_missing``, ``head_not_member``, ``too_few_deputies`` (actual, required =
    ``min_deputies``), ``deputy_not_member``, ``deputy_is_head``, ``deputy_repeated``.
    """
    require_count("min_deputies", min_deputies, rule="R32.1")
    found = [
        Finding("R32.1", "member_other_department", dept, department, person)
        for person, dept in sorted(member_departments.items())
        if dept != department
    ]
    if head is None:
        found.append(Finding("R32.1", "head_missing"))
    elif head not in member_departments:
        found.append(Finding("R32.1", "head_not_member", subject=head))
    seen: set[str] = set()
    for deputy in deputy_heads:
        if deputy in seen:
            found.append(Finding("R32.1", "deputy_repeated", subject=deputy))
            continue
        seen.add(deputy)
        if deputy == head:
            found.append(Finding("R32.1", "deputy_is_head", subject=deputy))
        elif deputy not in member_departments:
            found.append(Finding("R32.1", "deputy_not_member", subject=deputy))
    if len(seen - {head}) < min_deputies:
        found.append(Finding("R32.1", "too_few_deputies", len(seen - {head}), min_deputies))
    return found


# --- body kinds, roles, and every check each body shows (R26–R34) ------------------------------

PRESIDIUM = "presidium"  # 大会主席团 (R26.1, R26.2)
DMC = "dmc"  # 民主管理委员会 (R34.1)
COMMITTEE = "committee"  # 专门工作委员会 (R30.1, R30.2)
DELEGATION = "delegation"  # 代表团 (R32.1)
BODY_KINDS: tuple[str, ...] = (PRESIDIUM, DMC, COMMITTEE, DELEGATION)

ROLE_MEMBER = "member"
ROLE_HEAD = "head"  # 团长 / 主任 / 主任委员
ROLE_DEPUTY = "deputy"  # 副团长 / 副主任
MEMBER_ROLES: tuple[str, ...] = (ROLE_HEAD, ROLE_DEPUTY, ROLE_MEMBER)

# (rule, check code, the finding codes that fail it, strength) in the order they are shown
BODY_CHECKS: dict[str, tuple[tuple[str, str, tuple[str, ...], str], ...]] = {
    PRESIDIUM: (
        ("R26.1", "leaders_included", ("leader_missing",), "must"),
        ("R26.1", "teachers_majority", ("teachers_not_majority",), "must"),
        ("R26.2", "elected_by_congress", ("not_elected",), "must"),
    ),
    DMC: (
        ("R34.1", "size_in_range", ("size_out_of_range",), "must"),
        ("R34.1", "delegates_majority", ("delegates_not_majority",), "must"),
        ("R34.1", "director_party_leader", ("director_not_party_leader",), "must"),
        ("R34.1", "deputy_union_chair", ("deputy_not_union_chair",), "must"),
    ),
    COMMITTEE: (
        ("R30.1", "members_are_delegates", ("non_delegate_member",), "warn"),
        ("R30.2", "non_delegates_approved", ("non_delegate_not_approved",), "must"),
    ),
    DELEGATION: (
        ("R32.1", "one_department", ("member_other_department",), "must"),
        (
            "R32.1",
            "head_and_deputies",
            (
                "head_missing",
                "head_not_member",
                "too_few_deputies",
                "deputy_not_member",
                "deputy_is_head",
                "deputy_repeated",
            ),
            "must",
        ),
        ("R32.1", "heads_elected", ("heads_not_elected",), "must"),
    ),
}


def leader_role(post: str) -> str | None:
    """R13.6, R26.1, R34.1: which main leader a post names — the whole title after trimming
    spaces, never a substring (副校长 is not 校长)."""
    title = "".join(post.split())
    return title if title in LEADER_ROLES else None


def check_presidium_election(elected_on: date | None) -> list[Finding]:
    """R26.2: the presidium acts only once its election by the congress is recorded."""
    return [] if elected_on is not None else [Finding("R26.2", "not_elected")]


def check_committee(members: Mapping[str, tuple[bool, date | None]]) -> list[Finding]:
    """R30.1, R30.2: ``members`` maps each member to (is a formal delegate, the date the
    congress approved them or ``None``). A non-delegate is flagged (R30.1, warn) and is a
    member only once approved (R30.2, must)."""
    found = []
    for person, (is_delegate, approved_on) in sorted(members.items()):
        if is_delegate:
            continue
        found.append(Finding("R30.1", "non_delegate_member", subject=person))
        if approved_on is None:
            found.append(Finding("R30.2", "non_delegate_not_approved", subject=person))
    return found


def check_delegation_heads_elected(has_heads: bool, elected_on: date | None) -> list[Finding]:
    """R32.1: no head or deputy without a recorded, dated election by the delegation."""
    return [Finding("R32.1", "heads_not_elected")] if has_heads and elected_on is None else []


@dataclass(frozen=True, slots=True)
class BodyCheck:
    """R26.1–R34.1: one of a body's checks: ``passed`` and the findings that fail it."""

    rule: str
    code: str
    strength: str  # "must" or "warn"
    passed: bool
    findings: tuple[Finding, ...]


def body_checks(kind: str, findings: Iterable[Finding]) -> tuple[BodyCheck, ...]:
    """R26.1, R26.2, R30.1, R30.2, R32.1, R34.1: every check of a body of ``kind``, passed or
    failed, with the findings behind it."""
    if kind not in BODY_KINDS:
        raise UnknownChoice(rule="R26.1", field="kind", actual=kind, allowed=BODY_KINDS)
    found = list(findings)
    result = []
    for rule, code, failing, strength in BODY_CHECKS[kind]:
        mine = tuple(f for f in found if f.code in failing)
        result.append(BodyCheck(rule, code, strength, not mine, mine))
    return tuple(result)
