"""The 测评表 (第四十三条, R43.1): returned forms entered after the session, summarised for the
DMC, and the publication of the results recorded (must)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.meeting_templates import EVALUATION_QUESTIONS, GRADES
from congress_app.services.meetings import meeting_info
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import EvaluationForm, SessionSetup

QUESTION_CODES = tuple(code for code, _ in EVALUATION_QUESTIONS)


def enter_forms(
    session: Session,
    session_id: int,
    forms: list[dict[str, str]],
    *,
    actor: str,
    comments: list[str] | None = None,
) -> int:
    """Enter returned forms ({question code: grade}; a blank answer is left out). One
    transaction: a bad form names its position and nothing is stored. Returns the count."""
    meeting_info(session, session_id)
    comments = comments or [""] * len(forms)
    for index, answers in enumerate(forms, start=1):
        for code, grade in answers.items():
            if code not in QUESTION_CODES:
                raise InvalidInput("bad_question", field="forms", index=index, value=code)
            if grade not in GRADES:
                raise InvalidInput("bad_grade", field="forms", index=index, value=grade)
    with unit_of_work(session):
        serial = (
            session.scalar(
                select(func.max(EvaluationForm.serial)).where(EvaluationForm.session_id == session_id)
            )
            or 0
        )
        for answers, comment in zip(forms, comments, strict=True):
            serial += 1
            session.add(
                EvaluationForm(
                    session_id=session_id,
                    serial=serial,
                    entered_by=actor,
                    comment=comment.strip(),
                    answers=json.dumps(answers, ensure_ascii=False, sort_keys=True),
                )
            )
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="evaluation.enter",
            entity="congress_session",
            entity_id=session_id,
            data={"forms": len(forms), "last_serial": serial},
        )
    return len(forms)


@dataclass(frozen=True)
class EvaluationSummary:
    """Counts per question and grade; ``published_on`` once publication is recorded."""

    session_id: int
    forms: int
    counts: dict[str, dict[str, int]]
    comments: tuple[str, ...]
    published_on: date | None

    def share(self, question: str, grade: str) -> tuple[int, int]:
        """(count, answered) for a percentage the fronts format."""
        row = self.counts.get(question, {})
        return row.get(grade, 0), sum(row.values())


def evaluation_summary(session: Session, session_id: int) -> EvaluationSummary:
    counts = {code: {grade: 0 for grade in GRADES} for code in QUESTION_CODES}
    forms = 0
    comments = []
    for form in session.scalars(
        select(EvaluationForm).where(EvaluationForm.session_id == session_id).order_by(EvaluationForm.serial)
    ):
        forms += 1
        for code, grade in json.loads(form.answers).items():
            if code in counts and grade in counts[code]:
                counts[code][grade] += 1
        if form.comment:
            comments.append(form.comment)
    published = session.scalar(
        select(SessionSetup.evaluation_published_on).where(SessionSetup.session_id == session_id)
    )
    return EvaluationSummary(session_id, forms, counts, tuple(comments), published)


def publish_evaluation(session: Session, session_id: int, *, on: date, actor: str) -> None:
    """R43.1: record that the evaluation (and how it is handled) was published."""
    meeting_info(session, session_id)
    summary = evaluation_summary(session, session_id)
    if summary.forms == 0:
        raise InvalidInput("no_forms", field="forms")
    with unit_of_work(session):
        setup = session.scalar(select(SessionSetup).where(SessionSetup.session_id == session_id))
        if setup is None:
            setup = SessionSetup(session_id=session_id)
            session.add(setup)
        elif setup.evaluation_published_on is not None:
            raise Conflict("evaluation_published", on=setup.evaluation_published_on)
        setup.evaluation_published_on = on
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="evaluation.publish",
            entity="congress_session",
            entity_id=session_id,
            data={"on": on, "forms": summary.forms, "counts": summary.counts},
        )
