"""What the database holds, at a glance (status bar, home page, `congress-app info`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from congress_app.services.school import school_info
from congress_app.storage.base import Base
from congress_app.storage.models import (
    AuditEntry,
    CongressSession,
    Delegate,
    ElectionUnit,
    Staff,
    Term,
)


@dataclass(frozen=True)
class Overview:
    school: str
    units: int
    staff: int
    terms: int
    sessions: int
    delegates: int
    audit_entries: int

    @property
    def empty(self) -> bool:
        return self.staff == 0 and self.units == 0 and self.terms == 0


def overview(session: Session) -> Overview:
    def count(model: type[Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return Overview(
        school=school_info(session).name,
        units=count(ElectionUnit),
        staff=count(Staff),
        terms=count(Term),
        sessions=count(CongressSession),
        delegates=count(Delegate),
        audit_entries=count(AuditEntry),
    )
