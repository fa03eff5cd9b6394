"""Typed refusals and findings of the rules (ids from shared/norms/RULES.md).

Nothing here holds prose: an exception or a finding carries the rule id, a short ``code``
and the numbers; only the fronts (GUI, CLI) turn them into words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule not met, e.g. ``Finding(rule="R13.5", code="teaching_share", actual=29,
    required=30)``: ``rule`` and ``code`` name it, ``actual`` and
    ``required`` give the numbers, ``subject`` names what it is about (a field such as
    ``"invalid"``, a unit code, a role, a person) where that is known.
    """

    rule: str
    code: str
    actual: Any = None
    required: Any = None
    subject: str | None = None


class RuleViolation(ValueError):
    """Base of every refusal by the rules (R13.4, R14.1, RA.1 ... — see ``rule``).

    ``rule`` is the rule id, ``code`` names the problem, ``details`` holds the facts; each
    fact is also an attribute (``err.on_duty``, ``err.field`` ...).
    """

    rule: str = ""
    code: str = "rule_violation"

    def __init__(self, code: str | None = None, *, rule: str | None = None, **details: Any):
        self.code = code or type(self).code
        self.rule = rule or type(self).rule
        self.details = details
        for key, value in details.items():
            setattr(self, key, value)
        facts = " ".join(f"{k}={v!r}" for k, v in details.items())
        super().__init__(f"{self.rule} {self.code} {facts}".strip())

    def finding(self) -> Finding:
        """The same facts as a :class:`Finding` (any rule; ``subject`` is the field, if any)."""
        return Finding(
            rule=self.rule,
            code=self.code,
            actual=self.details.get("actual"),
            required=self.details.get("required"),
            subject=self.details.get("field"),
        )


class InvalidCount(RuleViolation):
    """A number that cannot be (negative, larger than what contains it ...), R14.2/R24.2/R25.1
    and others. ``field`` names the input; ``actual`` and ``required`` (the limit) give the
    numbers.
    """

    code = "invalid_count"


class NotEnoughCandidates(InvalidCount):
    """R14.1: candidates must outnumber seats (差额); ``candidates`` and ``seats``."""

    rule = "R14.1"
    code = "not_contested"


class OutsideNorms(RuleViolation):
    """R13.4: on-duty staff outside 80–5000, where the norms give no ratio; ``on_duty``."""

    rule = "R13.4"
    code = "outside_norms"


class TooFewSeats(RuleViolation):
    """RA.1: fewer seats than election units with staff; ``seats`` and ``units``."""

    rule = "RA.1"
    code = "too_few_seats"


class UnknownChoice(RuleViolation):
    """A value not among the allowed ones (RA.2 method, R20.1 kind, R36.1 proposal kind, R37.1
    state ...); ``field``, ``actual`` and ``allowed``.
    """

    code = "unknown_choice"


class InvalidTransition(RuleViolation):
    """R37.1/R38.1: a proposal state change the state machine does not allow;
    ``from_state`` and ``to_state``.
    """

    rule = "R37.1"
    code = "invalid_transition"
    from_state: str
    to_state: str


class InvalidArchivalCode(RuleViolation):
    """R48.2: text that is not a well-formed archival code or field; ``field`` and
    ``actual``.
    """

    rule = "R48.2"
    code = "invalid_archival_code"


class InvalidDates(RuleViolation):
    """Dates in an impossible order (R23.1 a term ending before it starts, R19.1 a
    by-election after the term); ``field``, ``actual``, ``required``."""

    code = "invalid_dates"


def count_problem(value: object, minimum: int = 0) -> str | None:
    """The code of what is wrong with a count (R14.2, R24.2 and every other counting rule):
    ``"not_integer"`` (bools are not counts), ``"negative"`` (below a minimum of 0),
    ``"below_minimum"``, or ``None`` if the count is fine.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        return "not_integer"
    if value < minimum:
        return "negative" if minimum == 0 else "below_minimum"
    return None


def require_count(field: str, value: object, *, rule: str, minimum: int = 0) -> None:
    """Raise :class:`InvalidCount` (``field``, ``actual``, ``required`` = minimum) unless
    ``value`` is an integer ≥ ``minimum`` (R13.1, R24.2 ... — ``rule`` says which).
    """
    code = count_problem(value, minimum)
    if code is not None:
        raise InvalidCount(code, rule=rule, field=field, actual=value, required=minimum)
