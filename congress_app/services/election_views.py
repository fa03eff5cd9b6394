"""Read-only facts of one unit election the GUI shows beside the services' views: its rounds
in order and the ballot order it uses (kept out of the GUI, which does not import storage)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.storage.models import ElectionRound, UnitElection

DEFAULT_ORDER = "strokes"


def round_ids(session: Session, election_id: int) -> list[int]:
    """The election's rounds, first to last."""
    return list(
        session.scalars(
            select(ElectionRound.id)
            .where(ElectionRound.election_id == election_id)
            .order_by(ElectionRound.number)
        )
    )


def candidate_order(session: Session, election_id: int) -> str:
    """How the unit's ballot lists its candidates ("strokes" or "entered")."""
    order = session.scalar(select(UnitElection.candidate_order).where(UnitElection.id == election_id))
    return order or DEFAULT_ORDER
