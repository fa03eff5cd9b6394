"""ORM models, one module per aggregate. Importing this package registers every table."""

from congress_app.storage.models.accounts import UserAccount
from congress_app.storage.models.archive import ArchiveItem
from congress_app.storage.models.audit import AuditEntry
from congress_app.storage.models.bodies import BodyMember, CongressBody, StatusReview
from congress_app.storage.models.congress import CongressSession, Term
from congress_app.storage.models.delegates import Delegate, DelegateEvent
from congress_app.storage.models.elections import (
    BallotEntry,
    BallotPrint,
    Candidate,
    CredentialsReview,
    ElectionRound,
    RoundCandidate,
    UnitElection,
)
from congress_app.storage.models.leaders import LeaderHolder, LeaderTitle
from congress_app.storage.models.meetings import (
    AgendaItem,
    Attendance,
    EvaluationForm,
    LeaveRequest,
    SessionSetup,
    Vote,
)
from congress_app.storage.models.proposals import (
    Proposal,
    ProposalAnswer,
    ProposalCategory,
    ProposalDepartment,
    ProposalFile,
    ProposalPerson,
    ProposalWindow,
)
from congress_app.storage.models.records import SealedRecord
from congress_app.storage.models.roster import RosterImport
from congress_app.storage.models.school import ElectionUnit, School
from congress_app.storage.models.seats import SeatPlan, SeatPlanUnit
from congress_app.storage.models.staff import Staff, StaffEvent

__all__ = [
    "ArchiveItem",
    "AuditEntry",
    "BallotEntry",
    "BallotPrint",
    "Candidate",
    "CredentialsReview",
    "ElectionRound",
    "RoundCandidate",
    "UnitElection",
    "CongressSession",
    "Delegate",
    "DelegateEvent",
    "ElectionUnit",
    "RosterImport",
    "School",
    "SeatPlan",
    "SeatPlanUnit",
    "Staff",
    "StaffEvent",
    "Term",
    "UserAccount",
    "Proposal",
    "ProposalAnswer",
    "ProposalCategory",
    "ProposalDepartment",
    "ProposalFile",
    "ProposalPerson",
    "ProposalWindow",
    "BodyMember",
    "CongressBody",
    "StatusReview",
    "AgendaItem",
    "Attendance",
    "EvaluationForm",
    "LeaveRequest",
    "SessionSetup",
    "Vote",
    "SealedRecord",
    "LeaderHolder",
    "LeaderTitle",
]
