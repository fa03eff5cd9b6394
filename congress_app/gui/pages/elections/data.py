"""What the page reads for one unit election, in one session.

Stopgap, to be replaced by service calls: the services give no list of an election's
rounds (only ``open_round_id``) and do not say which ballot order a unit uses, so those two
facts are read here (read-only) from storage. Everything else goes through the services.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.services.counting import RoundView, round_view
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


def round_ids(session: Session, election_id: int) -> list[int]:
    from congress_app.storage.models import ElectionRound  # stopgap, see module docstring

    return list(session.scalars(select(ElectionRound.id).where(
        ElectionRound.election_id == election_id).order_by(ElectionRound.number)))


def candidate_order(session: Session, election_id: int) -> str:
    from congress_app.storage.models import UnitElection  # stopgap, see module docstring

    election = session.get(UnitElection, election_id)
    return election.candidate_order if election is not None else "strokes"


def load_unit(session: Session, row: UnitElectionState) -> UnitData:
    data = UnitData(row, candidate_order(session, row.election_id))
    data.rounds = [round_view(session, rid) for rid in round_ids(session, row.election_id)]
    try:
        data.candidates = list_candidates(session, row.election_id)
        data.can_add = candidates_open(session, row.election_id)
    except Exception as error:  # noqa: BLE001 - shown on the candidates tab
        data.problem = error
    return data
