"""A held meeting with two recorded votes and a fonds number, and small files to file (shared
by tests/archive and tests/services/test_archive.py)."""

from __future__ import annotations

import io
from datetime import date
from functools import cache

import pytest

from congress_app.reports.archive_papers import ListPaperData, build_list_paper_pdf
from congress_app.services.errors import ServiceError
from congress_app.services.school import SchoolInfo, save_school, school_info
from congress_app.services.votes import record_vote
from tests.services.meeting_fixtures import approve_method, check_in_many, meeting_with

PNG = b"\x89PNG\r\n\x1a\nfake"


@cache  # the same bytes each time (the builder stamps the time)
def small_pdf(title: str = "关于召开教代会的批复", lines: tuple[str, ...] = ("同意召开。",)) -> bytes:
    buf = io.BytesIO()
    build_list_paper_pdf(ListPaperData("测试大学", title, "上级来文", date(2026, 3, 1), (), (), lines), buf)
    return buf.getvalue()


@pytest.fixture
def held(db):
    meeting = meeting_with(db, formal=12, observer=1)
    check_in_many(db, meeting.session_id, list(range(1, 10)))
    with db.session() as session:
        approve_method(session, meeting.session_id, 9)
        record_vote(
            session, meeting.session_id, title="关于绩效考核办法的决议", yes=7, no=1, abstain=1, actor="t"
        )
        info = school_info(session)
        save_school(session, SchoolInfo(info.name, "0123", "JDH"), actor="t")
    return meeting


def refused(call, code: str) -> ServiceError:
    """The service refuses with ``code``; the error, for its facts."""
    with pytest.raises(ServiceError) as caught:
        call()
    assert caught.value.code == code, caught.value.details
    return caught.value


def file_pdf(session, session_id: int, data: bytes | None = None, *, title: str = "上级批复", group: int = 1):
    """File an outside PDF (``data``, else :func:`small_pdf`) dated 2026-03-01."""
    from congress_app.services.archive_register import add_file

    return add_file(
        session,
        session_id,
        group=group,
        title=title,
        filename=f"{title}.pdf",
        data=data if data is not None else small_pdf(),
        day=date(2026, 3, 1),
        actor="t",
    )


def raw_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of the given objects (1 0 obj is the catalogue; ``trailer``: more trailer entries),
    with a correct classic xref table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)
