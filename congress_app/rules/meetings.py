"""The meeting day (第二十四条, 第二十五条, 第四十六条): which votes may be taken and how a vote of
the congress is counted. R24.2 (quorum) must be reached for any vote; R25.2 the voting method
is approved first; R25.1 the verdict against the EXPECTED delegates; R20.1 only formal
delegates present vote.
"""

from __future__ import annotations

from dataclasses import dataclass

from congress_app.rules.errors import InvalidCount, RuleViolation, UnknownChoice, require_count
from congress_app.rules.quorum import motion_passes, quorum, votes_needed

# kinds of vote (storage codes)
VOTE_METHOD = "method"  # R46.1 item 4: 通过表决、选举办法 (R25.2)
VOTE_CREDENTIALS = "credentials"  # R46.1 item 2: 代表资格审查报告
VOTE_AGENDA = "agenda"  # R46.1 item 3: 大会议程和日程
VOTE_MOTION = "motion"  # 议案、决议
VOTE_ELECTION = "election"  # congress-level elections (presidium R26.2, DMC R34.1)
VOTE_KINDS: tuple[str, ...] = (VOTE_METHOD, VOTE_CREDENTIALS, VOTE_AGENDA, VOTE_MOTION, VOTE_ELECTION)
# R25.2: before the method is approved only these may be taken, by show of hands
BEFORE_METHOD_KINDS: tuple[str, ...] = (VOTE_METHOD, VOTE_CREDENTIALS, VOTE_AGENDA)

# methods (storage codes)
HANDS = "hands"  # 举手表决
BALLOT = "ballot"  # 无记名投票
METHODS: tuple[str, ...] = (HANDS, BALLOT)


class QuorumNotReached(RuleViolation):
    """R24.2: fewer than two thirds of the expected delegates are present; ``expected``,
    ``present``, ``required``."""

    rule = "R24.2"
    code = "quorum_not_reached"


class MethodNotApproved(RuleViolation):
    """R25.2: this vote may not be taken before the voting method is approved (``kind``), or
    only by show of hands (``method``)."""

    rule = "R25.2"
    code = "method_not_approved"


def check_vote_allowed(kind: str, method: str, *, method_approved: bool) -> None:
    """R25.2: before the voting method is approved only the preparatory meeting's items 2–3
    (credentials, agenda) and the method vote itself may be taken, and by show of hands.
    Raises :class:`UnknownChoice` for an unknown kind or method, :class:`MethodNotApproved`.
    """
    if kind not in VOTE_KINDS:
        raise UnknownChoice(rule="R25.2", field="kind", actual=kind, allowed=VOTE_KINDS)
    if method not in METHODS:
        raise UnknownChoice(rule="R25.2", field="method", actual=method, allowed=METHODS)
    if method_approved:
        return
    if kind not in BEFORE_METHOD_KINDS:
        raise MethodNotApproved(kind=kind, method=method)
    if method != HANDS:
        raise MethodNotApproved("hands_only", kind=kind, method=method)


@dataclass(frozen=True, slots=True)
class CongressVote:
    """R25.1 with R24.2: a counted vote of the congress. ``present`` = expected delegates
    present (R24.2), ``voters`` = formal delegates present (R20.1), ``needed`` = fewest yes
    votes that pass, ``passed`` ⇔ ``2×yes > expected``.
    """

    expected: int
    present: int
    voters: int
    yes: int
    no: int
    abstain: int
    needed: int
    passed: bool
    rule: str = "R25.1"


def tally_congress_vote(
    *, expected: int, present: int, voters: int, yes: int, no: int, abstain: int
) -> CongressVote:
    """R24.2, R25.1, R20.1: refuse a vote when the quorum is not reached
    (:class:`QuorumNotReached`) or when ``yes + no + abstain`` exceeds the formal delegates
    present (:class:`InvalidCount`, field ``"votes"``, code ``exceeds_present``); else the
    verdict ``2 × yes > expected``.
    """
    state = quorum(expected, present)
    require_count("voters", voters, rule="R25.1")
    if voters < present:
        raise InvalidCount("below_present", rule="R25.1", field="voters", actual=voters, required=present)
    for field, value in (("yes", yes), ("no", no), ("abstain", abstain)):
        require_count(field, value, rule="R25.1")
    if not state.reached:
        raise QuorumNotReached(expected=expected, present=present, required=state.required)
    if yes + no + abstain > voters:
        raise InvalidCount(
            "exceeds_present", rule="R25.1", field="votes", actual=yes + no + abstain, required=voters
        )
    passed = 2 * yes > expected if yes > expected else motion_passes(expected, yes)
    return CongressVote(expected, present, voters, yes, no, abstain, votes_needed(expected), passed)
