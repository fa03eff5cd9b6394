"""Quorum and votes at the congress (第二十四条, 第二十五条): R24.2 two-thirds of the expected
delegates present, R25.1 more than half of the EXPECTED delegates, R25.2 the voting method.
Only formal delegates count (R20.1); ``expected`` comes from R24.1.
"""

from __future__ import annotations

from dataclasses import dataclass

from congress_app.rules.errors import Finding, InvalidCount, UnknownChoice, require_count
from congress_app.rules.seats import ceil_div

SHOW_OF_HANDS = "show_of_hands"  # 举手
SECRET_BALLOT = "secret_ballot"  # 无记名投票
VOTING_METHODS: tuple[str, ...] = (SHOW_OF_HANDS, SECRET_BALLOT)


def _check_within(field: str, value: int, limit_field: str, limit: int, rule: str) -> None:
    require_count(field, value, rule=rule)
    if value > limit:
        raise InvalidCount(f"exceeds_{limit_field}", rule=rule, field=field, actual=value, required=limit)


@dataclass(frozen=True, slots=True)
class Quorum:
    """R24.2: ``required`` is the fewest present delegates that open the session,
    ``ceil(2×expected/3)``, and 1 when expected is 0 (then it can never be reached, since
    present ≤ expected). ``reached`` ⇔ ``3×present ≥ 2×expected`` and expected > 0, which is
    the same as ``present ≥ required``. ``shortfall`` = delegates still missing.
    """

    expected: int
    present: int
    required: int
    reached: bool
    shortfall: int
    rule: str = "R24.2"


def quorum_required(expected: int) -> int:
    """R24.2: the fewest present delegates that open a session (1 for expected = 0, which
    cannot be met because present ≤ expected).
    """
    require_count("expected", expected, rule="R24.2")
    return max(1, ceil_div(2 * expected, 3))


def quorum(expected: int, present: int) -> Quorum:
    """R24.2: may the session open? Raises :class:`InvalidCount` (``.field``) on negative
    numbers or present > expected (only expected formal delegates count as present).
    """
    required = quorum_required(expected)
    _check_within("present", present, "expected", expected, "R24.2")
    reached = expected > 0 and 3 * present >= 2 * expected
    return Quorum(expected, present, required, reached, max(0, required - present))


def votes_needed(expected: int) -> int:
    """R25.1: the fewest yes votes that pass: smallest y with ``2×y > expected``."""
    require_count("expected", expected, rule="R25.1")
    return expected // 2 + 1


def motion_passes(expected: int, yes: int) -> bool:
    """R25.1: a motion or a congress election passes only if ``2 × yes > expected``.
    Raises :class:`InvalidCount` on negatives or yes > expected.
    """
    require_count("expected", expected, rule="R25.1")
    _check_within("yes", yes, "expected", expected, "R25.1")
    return 2 * yes > expected


@dataclass(frozen=True, slots=True)
class MotionResult:
    """R25.1: a recorded vote; ``passed`` ⇔ ``2×yes > expected``; ``needed`` = fewest yes
    votes that pass.
    """

    expected: int
    present: int
    yes: int
    no: int
    abstain: int
    needed: int
    passed: bool
    rule: str = "R25.1"


def tally_motion(*, expected: int, present: int, yes: int, no: int = 0, abstain: int = 0) -> MotionResult:
    """R25.1 (R24.2 for present): count a vote of the congress. Raises :class:`InvalidCount`
    on negatives, present > expected, or yes + no + abstain > present (field ``"votes"``).
    """
    require_count("expected", expected, rule="R25.1")
    _check_within("present", present, "expected", expected, "R25.1")
    for field, value in (("yes", yes), ("no", no), ("abstain", abstain)):
        require_count(field, value, rule="R25.1")
    if yes + no + abstain > present:
        raise InvalidCount(
            "exceeds_present",
            rule="R25.1",
            field="votes",
            actual=yes + no + abstain,
            required=present,
        )
    return MotionResult(
        expected, present, yes, no, abstain, votes_needed(expected), motion_passes(expected, yes)
    )


def check_voting_method(method: str, approval: MotionResult | None) -> list[Finding]:
    """R25.2: the method (``"show_of_hands"`` or ``"secret_ballot"``) must have been approved
    by the delegates in a recorded vote that passed under R25.1. Findings:
    ``method_not_approved`` (no vote recorded) or ``approval_failed`` (actual = yes, required
    = votes needed).
    """
    if method not in VOTING_METHODS:
        raise UnknownChoice(rule="R25.2", field="method", actual=method, allowed=VOTING_METHODS)
    if approval is None:
        return [Finding("R25.2", "method_not_approved", subject=method)]
    if not approval.passed:
        return [Finding("R25.2", "approval_failed", approval.yes, approval.needed, method)]
    return []
