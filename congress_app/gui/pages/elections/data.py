"""What the page reads for one unit election, in one session (all through the services).

After a change the page passes what it showed before and the change set: what did not
change (the candidates, the ballot order, rounds untouched) is kept, not read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from congress_app.services import changes as ch
from congress_app.services.counting import RoundView, round_view
from congress_app.services.election_views import candidate_order, round_ids
from congress_app.services.elections import (
    CandidateInfo,
    UnitElectionState,
    candidates_open,
    list_candidates,
)


@dataclass
class UnitData:
    row: UnitElectionState
    order: str = "strokes"
    candidates: list[CandidateInfo] = field(default_factory=list)
    rounds: list[RoundView] = field(default_factory=list)  # by number
    problem: Exception | None = None  # a service failed while reading (shown, not raised)
    can_add: bool = True  # candidates may be added (before voting, or a further round, R14.5)

    @property
    def open_round(self) -> RoundView | None:
        return next((r for r in self.rounds if not r.closed), None)

    @property
    def closed_rounds(self) -> list[RoundView]:
        return [r for r in self.rounds if r.closed]

    @property
    def last_closed(self) -> RoundView | None:
        closed = self.closed_rounds
        return closed[-1] if closed else None


ROUND_KINDS = frozenset({ch.ELECTION_ROUND, ch.ROUND_CANDIDATE, ch.BALLOT_ENTRY, ch.BALLOT_PRINT})


def load_unit(
    session: Session,
    row: UnitElectionState,
    before: UnitData | None = None,
    changes: ch.Changes | None = None,
) -> UnitData:
    """The unit's data; ``before`` (the same unit, shown until ``changes``) lends what the
    change did not touch."""
    same = (
        before is not None
        and changes is not None
        and before.problem is None
        and before.row.election_id == row.election_id
    )
    if same and before is not None and changes is not None:
        data = UnitData(
            row,
            before.order
            if not changes.touches({ch.UNIT_ELECTION})
            else candidate_order(session, row.election_id),
        )
        closed = {r.round_id: r for r in before.rounds if r.closed}  # closed rounds are sealed
        data.rounds = [
            closed.get(rid) or round_view(session, rid) for rid in round_ids(session, row.election_id)
        ]
        if not changes.touches({ch.CANDIDATE, ch.STAFF, ch.UNIT_ELECTION}):
            data.candidates = before.candidates
            data.can_add = (
                candidates_open(session, row.election_id) if changes.touches(ROUND_KINDS) else before.can_add
            )
            return data
    else:
        data = UnitData(row, candidate_order(session, row.election_id))
        data.rounds = [round_view(session, rid) for rid in round_ids(session, row.election_id)]
    try:
        data.candidates = list_candidates(session, row.election_id)
        data.can_add = candidates_open(session, row.election_id)
    except Exception as error:  # noqa: BLE001 - shown on the candidates tab
        data.problem = error
    return data
