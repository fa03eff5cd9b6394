"""The school record: name, fonds number and organisation code (used by R48.2 codes)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.services.audit import append_audit
from congress_app.services.errors import InvalidInput
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import School
from congress_app.wording.documents import UNNAMED_SCHOOL

DEFAULT_SCHOOL_NAME = UNNAMED_SCHOOL["zh"]  # documents are Chinese


@dataclass(frozen=True)
class SchoolInfo:
    name: str
    fonds_no: str
    org_code: str


def _school(session: Session) -> School | None:
    return session.scalar(select(School).order_by(School.id).limit(1))


def school_is_named(session: Session) -> bool:
    """Whether the office has entered the school's name (else documents print a placeholder)."""
    school = _school(session)
    return school is not None and bool(school.name.strip())


def school_info(session: Session) -> SchoolInfo:
    school = _school(session)
    if school is None:
        return SchoolInfo(DEFAULT_SCHOOL_NAME, "", "JDH")
    return SchoolInfo(school.name, school.fonds_no, school.org_code)


def save_school(session: Session, info: SchoolInfo, *, actor: str) -> SchoolInfo:
    name = info.name.strip()
    if not name:
        raise InvalidInput("missing_value", field="name")
    with unit_of_work(session):
        school = _school(session)
        if school is None:
            school = School(name=name)
            session.add(school)
        school.name, school.fonds_no, school.org_code = name, info.fonds_no.strip(), info.org_code.strip()
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="school.save",
            entity="school",
            entity_id=school.id,
            data={"name": name, "fonds_no": school.fonds_no, "org_code": school.org_code},
        )
    return school_info(session)
