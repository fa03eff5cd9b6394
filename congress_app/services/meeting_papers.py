"""The meeting day's papers from the stored records: sign-in sheet by delegation, attendance
report, resolutions with their voting results (reports.meeting_papers draws them)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from congress_app.reports.meeting_papers import (
    AttendanceReportData,
    ResolutionsData,
    ResolutionVote,
    SheetGroup,
    SheetLine,
    SignInSheetData,
    build_attendance_report_pdf,
    build_resolutions_pdf,
    build_sign_in_sheet_pdf,
)
from congress_app.reports.numerals import chinese_numeral
from congress_app.rules.meetings import HANDS
from congress_app.services.checkin import AttendanceLine, meeting_attendance, meeting_attendance_quorum
from congress_app.services.errors import InvalidInput
from congress_app.services.meetings import AWAY, ENDED, NOT_FORMAL, MeetingInfo, RollLine, meeting_info
from congress_app.services.school import school_info
from congress_app.services.unit_order import unit_name_key
from congress_app.services.votes import list_votes
from congress_app.storage.base import as_local
from congress_app.strokes import NameKey, surname_stroke_key
from congress_app.wording.documents import CONGRESS_TITLE
from congress_app.wording.meetings import (
    EXCLUDED_AWAY,
    EXCLUDED_KIND,
    EXTRAORDINARY,
    MEETING_TITLE,
    METHOD_ZH,
    PUBLISHER,
    REMARK_AWAY,
    REMARK_LEAVE,
    REMARK_NOT_COUNTED,
)
from congress_app.wording.meetings import PAPER_NAMES as PAPER_NAMES  # the GUI names files by it
from congress_app.wording.meetings import SHEET_KIND_ZH as KIND_ZH


def meeting_title(session: Session, session_id: int) -> tuple[str, str]:
    """(school, 某某大学第九届教职工代表大会第二次会议)."""
    school = school_info(session).name
    return school, _title(school, meeting_info(session, session_id))


def _title(school: str, m: MeetingInfo) -> str:
    congress = CONGRESS_TITLE.format(school=school, term=chinese_numeral(m.term_number))
    return MEETING_TITLE.format(
        congress=congress,
        number=chinese_numeral(m.number),
        extraordinary=EXTRAORDINARY if m.extraordinary else "",
    )


def _delegation(line: RollLine) -> str:
    return line.entry.delegation or line.entry.unit


def _group_key(session: Session, lines: Sequence[AttendanceLine]) -> Callable[[str], tuple[Any, ...]]:
    """Groups (代表团, or the unit where none is formed) in the one order of units (issue 15):
    a delegation stands where its members' first unit stands."""
    unit_key = unit_name_key(session)
    keys: dict[str, tuple[Any, ...]] = {}  # each name's key once (a stroke key is not free)

    def key(name: str) -> tuple[Any, ...]:
        found = keys.get(name)
        if found is None:
            found = keys[name] = unit_key(name)
        return found

    first: dict[str, tuple[Any, ...]] = {}
    for a in lines:
        group, here = _delegation(a.line), key(a.line.entry.unit)
        first[group] = min(first.get(group, here), here)

    def group_key(group: str) -> tuple[Any, ...]:
        own = key(group)
        return (first.get(group, own), own)

    return group_key


def sign_in_sheet(session: Session, session_id: int) -> SignInSheetData:
    school = school_info(session).name
    meeting, lines = meeting_attendance(session, session_id)
    title = _title(school, meeting)
    groups: dict[str, list[SheetLine]] = defaultdict(list)
    for a in lines:
        if a.line.standing == ENDED:
            continue
        remark = (
            REMARK_LEAVE
            if a.on_leave
            else REMARK_AWAY
            if a.line.standing == AWAY
            else REMARK_NOT_COUNTED
            if a.line.standing == NOT_FORMAL
            else ""
        )
        groups[_delegation(a.line)].append(
            SheetLine(
                a.line.entry.number or "", a.line.entry.name, KIND_ZH.get(a.line.entry.kind, ""), remark
            )
        )
    group_key = _group_key(session, lines)
    ordered = sorted(groups.items(), key=lambda kv: group_key(kv[0]))

    # 姓氏笔画 where no number is assigned yet
    def by_number_then_strokes(line: SheetLine) -> tuple[bool, str, NameKey]:
        return (line.number == "", line.number, surname_stroke_key(line.name))

    return SignInSheetData(
        school,
        title,
        meeting.held_on,
        tuple(SheetGroup(k, tuple(sorted(v, key=by_number_then_strokes))) for k, v in ordered),
    )


def attendance_report(
    session: Session, session_id: int, *, today: date | None = None
) -> AttendanceReportData:
    school = school_info(session).name
    meeting, lines, q = meeting_attendance_quorum(session, session_id)  # no count queries again
    title = _title(school, meeting)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    group_key = _group_key(session, lines)
    leave, absent, excluded = [], [], []
    for a in lines:
        if a.line.counted:
            row = per[_delegation(a.line)]
            row[0] += 1
            if a.checked_in:
                row[1] += 1
            elif a.on_leave:
                row[2] += 1
                leave.append((a.line.entry.name, a.leave_reason))
            else:
                row[3] += 1
                absent.append(a.line.entry.name)
        elif a.line.standing in (AWAY, NOT_FORMAL):
            reason = (
                EXCLUDED_AWAY
                if a.line.standing == AWAY
                else EXCLUDED_KIND.format(kind=KIND_ZH[a.line.entry.kind])
            )
            excluded.append((a.line.entry.name, reason))
    by = tuple(
        (name, row[0], row[1], row[2], row[3])
        for name, row in sorted(per.items(), key=lambda kv: group_key(kv[0]))
    )
    return AttendanceReportData(
        school,
        title,
        meeting.held_on,
        len(lines),
        q.expected,
        q.present,
        q.on_leave,
        q.absent,
        q.required,
        q.reached,
        sum(1 for a in lines if a.checked_in and not a.line.counted),
        by,
        tuple(excluded),
        tuple(leave),
        tuple(absent),
        PUBLISHER,
        today or date.today(),
    )


def resolutions(session: Session, session_id: int, *, today: date | None = None) -> ResolutionsData:
    school = school_info(session).name
    meeting = meeting_info(session, session_id)
    title = _title(school, meeting)
    votes = tuple(
        ResolutionVote(
            v.number,
            v.title,
            v.resolution,
            METHOD_ZH[HANDS if v.method == HANDS else "ballot"],
            v.expected,
            v.present,
            v.yes,
            v.no,
            v.abstain,
            v.needed,
            v.passed,
            as_local(v.voted_at),
            v.seal,
        )
        for v in list_votes(session, session_id)
    )
    return ResolutionsData(school, title, meeting.held_on, votes, PUBLISHER, today or date.today())


def write_meeting_paper(session: Session, session_id: int, kind: str, path: Path) -> Path:
    """Write one of PAPER_NAMES as a PDF (written beside, then moved into place)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    builders = {
        "signin": lambda: build_sign_in_sheet_pdf(sign_in_sheet(session, session_id), tmp),
        "attendance": lambda: build_attendance_report_pdf(attendance_report(session, session_id), tmp),
        "resolutions": lambda: build_resolutions_pdf(resolutions(session, session_id), tmp),
    }
    if kind not in builders:
        raise InvalidInput("unknown_paper", field="kind", value=kind)
    try:
        builders[kind]()
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
