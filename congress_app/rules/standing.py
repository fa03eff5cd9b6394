"""Who may stand and who is confirmed, as of a date: R12.1 (第十二条), R15.1 (第十五条) with
R17.1 (第十七条).

R12.1's political rights, willingness (愿意承担代表义务) and ability (能够履行代表权利) are facts
the union records per candidate — yes/no with a date, never inferred: a missing or a "no"
keeps the person off the ballot. The roster facts are read as of the date asked: on the
roster, on duty, in the unit, and none of 第十七条's facts (transferred out, away for study
or work one year or more, retired).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from congress_app.rules.errors import Finding
from congress_app.rules.seats import AWAY_STATUSES, RETIRED, TRANSFERRED, is_on_duty
from congress_app.rules.status import add_years

# R12.1: the facts recorded per candidate, in the order the office asks them
POLITICAL_RIGHTS = "political_rights"
WILLING = "willing"
ABLE = "able"
CONFIRMATION_FACTS: tuple[str, ...] = (POLITICAL_RIGHTS, WILLING, ABLE)


@dataclass(frozen=True, slots=True)
class Standing:
    """R15.1 input: a person's roster facts on a date. ``status`` None: not (yet) on staff that day;
    ``listed`` false: dropped from the roster by that day; ``unit_id`` the election unit
    they stand in that day (a joint unit for merged ones); ``status_since`` when the
    current status began (for 第十七条's year away), None if unknown.
    """

    status: str | None
    listed: bool = True
    unit_id: int | None = None
    status_since: date | None = None


def check_standing(standing: Standing, on: date, unit_id: int | None = None) -> list[Finding]:
    """R12.1, R15.1, R17.1: what stops a person standing in (or being confirmed for) the
    unit ``unit_id`` on ``on``. Codes: ``not_on_roster`` (R15.1: not listed or not on staff
    that day), ``transferred_out``, ``retired``, ``away_one_year`` (R17.1: away for study or
    work since a date with that date + 1 year ≤ ``on``), ``not_on_duty`` (R12.1, any other
    status), ``not_in_unit`` (R15.1; actual = the person's unit, required = ``unit_id``).
    At most one of the status codes; ``not_in_unit`` may come as well.
    """
    found: list[Finding] = []
    if standing.status is None or not standing.listed:
        return [Finding("R15.1", "not_on_roster", standing.status)]
    if standing.status == TRANSFERRED:
        found.append(Finding("R17.1", "transferred_out", standing.status))
    elif standing.status == RETIRED:
        found.append(Finding("R17.1", "retired", standing.status))
    elif (
        standing.status in AWAY_STATUSES
        and standing.status_since is not None
        and add_years(standing.status_since, 1) <= on
    ):
        found.append(
            Finding("R17.1", "away_one_year", standing.status_since, add_years(standing.status_since, 1))
        )
    elif not is_on_duty(standing.status):
        found.append(Finding("R12.1", "not_on_duty", standing.status))
    if unit_id is not None and standing.unit_id != unit_id:
        found.append(Finding("R15.1", "not_in_unit", standing.unit_id, unit_id))
    return found


def check_confirmations(facts: dict[str, bool | None]) -> list[Finding]:
    """R12.1: each of political rights, willingness and ability must be recorded "yes".
    Codes ``<fact>_missing`` (not recorded) and ``<fact>_no`` (recorded no); ``subject`` = the
    fact. Nothing is inferred: an absent key is missing.
    """
    found = []
    for fact in CONFIRMATION_FACTS:
        value = facts.get(fact)
        if value is None:
            found.append(Finding("R12.1", f"{fact}_missing", subject=fact))
        elif value is not True:
            found.append(Finding("R12.1", f"{fact}_no", value, True, fact))
    return found
