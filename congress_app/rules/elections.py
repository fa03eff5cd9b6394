"""Unit elections (第十四条, 第十五条): contested ballots (R14.1), turnout (R14.0), void rounds
and invalid ballots (R14.2), majority of the whole electorate (R14.3), ties (R14.4), further
rounds (R14.5), eligibility (R12.1) and the credentials check (R15.1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from congress_app.rules.errors import (
    Finding,
    InvalidCount,
    NotEnoughCandidates,
    count_problem,
)
from congress_app.rules.seats import is_on_duty
from congress_app.rules.status import FORMAL

VOID_RETURNED_EXCEEDS_ISSUED = "returned_exceeds_issued"  # R14.2
VOID_TURNOUT_BELOW_TWO_THIRDS = "turnout_below_two_thirds"  # R14.0


def passing_threshold(electorate: int) -> int:
    """R14.3: the smallest yes count that elects: smallest y with ``2×y > E``."""
    return electorate // 2 + 1


def elects(yes: int, electorate: int) -> bool:
    """R14.3: does ``yes`` pass more than half of the whole electorate (``2×yes > E``)?"""
    return 2 * yes > electorate


def turnout_minimum(electorate: int) -> int:
    """R14.0 [practice]: the fewest ballots returned for a valid meeting: smallest r with
    ``3×r ≥ 2×E``."""
    return -(-2 * electorate // 3)


def turnout_reached(electorate: int, returned: int) -> bool:
    """R14.0: the meeting is valid only if ``3 × returned ≥ 2 × E``."""
    return 3 * returned >= 2 * electorate


def check_round_counts(
    *,
    electorate: int,
    seats: int,
    yes_votes: Mapping[str, int],
    issued: int,
    returned: int,
    invalid: int = 0,
) -> list[Finding]:
    """R14.1–R14.3: every problem with the counts of one round at once (for live checks).

    Each finding's ``subject`` is the offending field (``"electorate"``, ``"seats"``,
    ``"issued"``, ``"returned"``, ``"invalid"``, ``"yes_votes[张三]"``, ``"yes_votes"``).
    Codes: ``not_integer``, ``below_minimum`` (electorate, seats < 1), ``negative``,
    ``exceeds_electorate`` (issued > E), ``exceeds_returned`` (invalid > returned),
    ``exceeds_valid`` (a yes count above the valid ballots), ``exceeds_marks`` (sum of yes
    above valid × seats: such ballots are invalid, R14.2), ``not_contested`` (R14.1:
    candidates ≤ seats). Returned > issued is no problem here: it voids the round (R14.2).
    """
    found: list[Finding] = []
    ok: dict[str, int] = {}
    for field, value, minimum, rule in (
        ("electorate", electorate, 1, "R14.3"),
        ("seats", seats, 1, "R14.1"),
        ("issued", issued, 0, "R14.2"),
        ("returned", returned, 0, "R14.2"),
        ("invalid", invalid, 0, "R14.2"),
    ):
        code = count_problem(value, minimum)
        if code is not None:
            found.append(Finding(rule, code, value, minimum, field))
        else:
            ok[field] = value
    if "issued" in ok and "electorate" in ok and ok["issued"] > ok["electorate"]:
        found.append(Finding("R14.2", "exceeds_electorate", issued, electorate, "issued"))
    valid = None
    if "invalid" in ok and "returned" in ok:
        if invalid > returned:
            found.append(Finding("R14.2", "exceeds_returned", invalid, returned, "invalid"))
        else:
            valid = returned - invalid
    total_yes = 0
    all_yes_ok = True
    for name in sorted(yes_votes):
        yes = yes_votes[name]
        field = f"yes_votes[{name}]"
        code = count_problem(yes)
        if code is not None:
            found.append(Finding("R14.2", code, yes, 0, field))
            all_yes_ok = False
        else:
            total_yes += yes
            if valid is not None and yes > valid:
                found.append(Finding("R14.2", "exceeds_valid", yes, valid, field))
    if all_yes_ok and valid is not None and "seats" in ok and total_yes > valid * seats:
        found.append(Finding("R14.2", "exceeds_marks", total_yes, valid * seats, "yes_votes"))
    if "seats" in ok and len(yes_votes) <= seats:
        found.append(Finding("R14.1", "not_contested", len(yes_votes), seats + 1, "yes_votes"))
    return found


def _raise_first(findings: Sequence[Finding], seats: int) -> None:
    if not findings:
        return
    first = findings[0]
    if first.code == "not_contested":
        raise NotEnoughCandidates(
            field=first.subject,
            actual=first.actual,
            required=first.required,
            candidates=first.actual,
            seats=seats,
        )
    raise InvalidCount(
        first.code,
        rule=first.rule,
        field=first.subject,
        actual=first.actual,
        required=first.required,
    )


@dataclass(frozen=True, slots=True)
class UnitElectionResult:
    """R14.0–R14.5: the outcome of one round in one election unit.

    ``valid`` = returned − invalid; ``threshold`` = fewest yes votes that elect (R14.3,
    ``2×yes > E``); ``void`` with ``void_reason`` (``"returned_exceeds_issued"``, R14.2, or
    ``"turnout_below_two_thirds"``, R14.0) and ``void_rule``; ``passing``: candidates over
    the threshold, most votes first; ``elected``: most votes first (ties by name);
    ``runoff``: candidates tied at the last seat (R14.4, none of them elected), by name, for
    ``runoff_seats`` seats; ``unfilled`` = seats − len(elected) — the runoff seats are
    counted in it. A void round elects nobody: elected and runoff empty, unfilled = seats.
    """

    electorate: int
    seats: int
    issued: int
    returned: int
    invalid: int
    valid: int
    threshold: int
    turnout_required: bool
    turnout_reached: bool
    void: bool
    void_reason: str | None
    void_rule: str | None
    yes_votes: dict[str, int]
    passing: list[str]
    elected: list[str]
    runoff: list[str]
    runoff_seats: int
    unfilled: int


def tally_unit_election(
    *,
    electorate: int,
    seats: int,
    yes_votes: Mapping[str, int],
    issued: int,
    returned: int,
    invalid: int = 0,
    require_two_thirds_turnout: bool = True,
) -> UnitElectionResult:
    """R14.0–R14.4: count one round of a unit election.

    Raises :class:`NotEnoughCandidates` (R14.1) when candidates ≤ seats and
    :class:`InvalidCount` (with ``.field``) for counts that cannot be — the first finding of
    :func:`check_round_counts`. Returned > issued voids the round (R14.2); so does a turnout
    below 2/3 (R14.0) unless ``require_two_thirds_turnout`` is off (recorded by the caller).
    """
    _raise_first(
        check_round_counts(
            electorate=electorate,
            seats=seats,
            yes_votes=yes_votes,
            issued=issued,
            returned=returned,
            invalid=invalid,
        ),
        seats,
    )
    threshold = passing_threshold(electorate)
    reached = turnout_reached(electorate, returned)
    void_reason = void_rule = None
    if returned > issued:
        void_reason, void_rule = VOID_RETURNED_EXCEEDS_ISSUED, "R14.2"
    elif require_two_thirds_turnout and not reached:
        void_reason, void_rule = VOID_TURNOUT_BELOW_TWO_THIRDS, "R14.0"
    passing: list[str] = []
    elected: list[str] = []
    runoff: list[str] = []
    if void_reason is None:
        passing = sorted(
            (n for n, y in yes_votes.items() if elects(y, electorate)),
            key=lambda n: (-yes_votes[n], n),
        )
        if len(passing) <= seats:
            elected = passing
        else:
            last = yes_votes[passing[seats - 1]]
            if yes_votes[passing[seats]] == last:
                elected = [n for n in passing if yes_votes[n] > last]
                runoff = sorted(n for n in passing if yes_votes[n] == last)
            else:
                elected = passing[:seats]
    unfilled = seats - len(elected)
    return UnitElectionResult(
        electorate=electorate,
        seats=seats,
        issued=issued,
        returned=returned,
        invalid=invalid,
        valid=returned - invalid,
        threshold=threshold,
        turnout_required=require_two_thirds_turnout,
        turnout_reached=reached,
        void=void_reason is not None,
        void_reason=void_reason,
        void_rule=void_rule,
        yes_votes=dict(yes_votes),
        passing=passing,
        elected=elected,
        runoff=runoff,
        runoff_seats=unfilled if runoff else 0,
        unfilled=unfilled,
    )


@dataclass(frozen=True, slots=True)
class FurtherRound:
    """R14.5 (with R14.4, R14.1): a further round (另行选举) for ``seats`` seats among
    ``candidates`` (sorted by name). ``excluded``: names given but already elected.
    ``contested`` is ``len(candidates) > seats``; ``findings`` say what stops the round.
    """

    seats: int
    candidates: list[str]
    excluded: list[str]
    contested: bool
    findings: list[Finding]
    rule: str = "R14.5"


def further_round(previous: UnitElectionResult, candidates: Sequence[str] | None = None) -> FurtherRound:
    """R14.5: the seats left by ``previous`` and who may stand for them.

    ``candidates`` defaults to: everyone after a void round (all seats again); the runoff
    names after a tie at the last seat (R14.4); otherwise all candidates not elected. Names
    already elected are dropped (listed in ``excluded``). Findings: ``no_unfilled_seats``
    (R14.5) and ``not_contested`` (R14.1, actual = candidates, required = seats + 1).
    Every candidate of the new round still needs ``2×yes > E`` (R14.3) when it is tallied.
    """
    if candidates is None:
        if previous.void:
            candidates = list(previous.yes_votes)
        elif previous.runoff:
            candidates = previous.runoff
        else:
            candidates = [n for n in previous.yes_votes if n not in previous.elected]
    elected = set(previous.elected)
    names = sorted(set(candidates))
    eligible = [n for n in names if n not in elected]
    excluded = [n for n in names if n in elected]
    seats = previous.unfilled
    findings = []
    if seats == 0:
        findings.append(Finding("R14.5", "no_unfilled_seats", 0, 1, "seats"))
    elif len(eligible) <= seats:
        findings.append(Finding("R14.1", "not_contested", len(eligible), seats + 1, "candidates"))
    return FurtherRound(seats, eligible, excluded, seats > 0 and len(eligible) > seats, findings)


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    """R12.1 input: the staff ``status`` on the election date, the delegate ``kind`` sought,
    political rights and acceptance of the duty.
    """

    status: str
    kind: str = FORMAL
    political_rights: bool = True
    accepts_duty: bool = True


def check_eligibility(profile: CandidateProfile) -> list[Finding]:
    """R12.1: findings ``not_on_duty`` (actual = status), ``no_political_rights``,
    ``duty_not_accepted``, ``not_formal`` (invited/observer delegates are never formal).
    """
    found = []
    if not is_on_duty(profile.status):
        found.append(Finding("R12.1", "not_on_duty", profile.status))
    if not profile.political_rights:
        found.append(Finding("R12.1", "no_political_rights"))
    if not profile.accepts_duty:
        found.append(Finding("R12.1", "duty_not_accepted"))
    if profile.kind != FORMAL:
        found.append(Finding("R12.1", "not_formal", profile.kind, FORMAL))
    return found


def check_credentials(result: UnitElectionResult, profiles: Mapping[str, CandidateProfile]) -> list[Finding]:
    """R15.1: the credentials committee's check of one unit's round: the procedure (R14:
    ``void_round`` with the void rule and reason, ``runoff_pending`` while a tie is open) and
    each elected delegate's eligibility (R12.1; ``profile_missing`` if none is given). Each
    finding about a person has ``subject`` = the name. Unfilled seats are no finding: R14.5
    lets them stay vacant.
    """
    found = []
    if result.void:
        found.append(Finding(result.void_rule or "R14.2", "void_round", result.void_reason))
    if result.runoff:
        found.append(Finding("R14.4", "runoff_pending", len(result.runoff), result.runoff_seats))
    for name in result.elected:
        profile = profiles.get(name)
        if profile is None:
            found.append(Finding("R15.1", "profile_missing", subject=name))
            continue
        for f in check_eligibility(profile):
            found.append(Finding(f.rule, f.code, f.actual, f.required, name))
    return found
