"""R35.1, R35.2, R36.1, R37.1, R38.1: deadlines, proposers, the proposal state machine."""

from datetime import date

import pytest

from congress_app.rules import (
    PROPOSAL_STATES,
    Finding,
    InvalidTransition,
    UnknownChoice,
    allowed_transitions,
    check_answer_deadline,
    check_assignment,
    check_collection_opened,
    check_proposal_people,
    classify_submission,
    proposal_deadlines,
    record_satisfaction,
    transition,
)


@pytest.mark.parametrize(
    "session,open_by,submit_by",
    [
        (date(2025, 3, 31), date(2025, 2, 28), date(2025, 3, 17)),
        (date(2024, 3, 31), date(2024, 2, 29), date(2024, 3, 17)),
        (date(2024, 3, 29), date(2024, 2, 29), date(2024, 3, 15)),
        (date(2025, 3, 1), date(2025, 2, 1), date(2025, 2, 15)),
        (date(2025, 1, 10), date(2024, 12, 10), date(2024, 12, 27)),
    ],
)
def test_deadlines(session, open_by, submit_by):
    d = proposal_deadlines(session)
    assert (d.open_by, d.submit_by, d.rule) == (open_by, submit_by, "R35.1")


def test_collection_opened_boundary():
    session = date(2025, 3, 31)
    assert check_collection_opened(date(2025, 2, 28), session) == []
    assert check_collection_opened(date(2025, 3, 1), session) == [
        Finding("R35.1", "collection_opened_late", date(2025, 3, 1), date(2025, 2, 28))
    ]


def test_classify_submission_boundary():
    session = date(2024, 3, 29)
    assert classify_submission(date(2024, 3, 15), session) == "proposal"
    assert classify_submission(date(2024, 3, 16), session) == "opinion"
    assert classify_submission(date(2024, 3, 16), session, exception_recorded=True) == "proposal"


FORMAL = {f"d{i}" for i in range(20)}


def people(kind, proposers, seconders):
    return check_proposal_people(kind=kind, proposers=proposers, seconders=seconders, formal_delegates=FORMAL)


def test_general_proposal():
    assert people("general", ["d0"], ["d1", "d2", "d3"]) == []
    assert people("general", ["d0"], ["d1", "d2"]) == [Finding("R36.1", "too_few_seconders", 2, 3)]
    assert people("general", ["d0", "d1"], ["d2", "d3", "d4"]) == [Finding("R36.1", "proposer_count", 2, 1)]
    assert people("general", [], ["d2", "d3", "d4"]) == [Finding("R36.1", "proposer_count", 0, 1)]
    found = people("general", ["d0"], ["d1", "d1", "d0", "x9", "d2"])
    assert found == [
        Finding("R36.1", "seconder_repeated", subject="d1"),
        Finding("R36.1", "seconder_is_proposer", subject="d0"),
        Finding("R35.2", "seconder_not_formal", subject="x9"),
        Finding("R36.1", "too_few_seconders", 2, 3),
    ]
    assert people("general", ["x1"], ["d1", "d2", "d3"]) == [
        Finding("R35.2", "proposer_not_formal", subject="x1")
    ]


def test_important_proposal():
    ten = [f"d{i}" for i in range(3, 13)]
    assert people("important", ["d0", "d1", "d2"], ten) == []
    assert people("important", ["d0"], ten[:9]) == [Finding("R36.1", "too_few_seconders", 9, 10)]
    assert people("important", [], ten)[0] == Finding("R36.1", "proposer_count", 0, 1)
    assert people("important", ["d0", "d0"], ten) == [Finding("R36.1", "proposer_repeated", subject="d0")]
    with pytest.raises(UnknownChoice):
        people("urgent", ["d0"], ten)


# independent statement of the allowed moves (R37.1, R38.1)
ALLOWED = {
    ("submitted", "registered"),
    ("submitted", "merged"),
    ("submitted", "opinion"),
    ("registered", "dmc_passed"),
    ("dmc_passed", "assigned"),
    ("assigned", "answered"),
    ("answered", "closed"),
    ("answered", "assigned"),
}


def test_transition_table():
    assert len(PROPOSAL_STATES) == 8
    for a in PROPOSAL_STATES:
        for b in PROPOSAL_STATES:
            if (a, b) in ALLOWED:
                assert transition(a, b) == b
                assert b in allowed_transitions(a)
            else:
                with pytest.raises(InvalidTransition) as info:
                    transition(a, b)
                assert (info.value.from_state, info.value.to_state) == (a, b)
                assert info.value.rule in ("R37.1", "R38.1")


def test_unknown_state():
    with pytest.raises(UnknownChoice):
        transition("submitted", "lost")
    with pytest.raises(UnknownChoice):
        allowed_transitions("lost")


def test_satisfaction():
    assert record_satisfaction("answered", "satisfied") == "closed"
    assert record_satisfaction("answered", "basically_satisfied") == "closed"
    assert record_satisfaction("answered", "not_satisfied") == "assigned"  # sent back
    with pytest.raises(InvalidTransition) as info:
        record_satisfaction("assigned", "satisfied")
    assert info.value.rule == "R38.1"
    with pytest.raises(UnknownChoice):
        record_satisfaction("answered", "thrilled")


def test_full_path_with_sendback():
    state = "submitted"
    for step in ("registered", "dmc_passed", "assigned", "answered"):
        state = transition(state, step)
    state = record_satisfaction(state, "not_satisfied")
    state = transition(state, "answered")
    assert record_satisfaction(state, "satisfied") == "closed"


def test_assignment_and_answer_deadline():
    assert check_assignment("后勤处", ["财务处", "人事处"]) == []
    assert [f.code for f in check_assignment(None, ["财务处", "财务处"])] == [
        "lead_missing",
        "assisting_repeated",
    ]
    assert check_assignment("后勤处", ["后勤处"]) == [Finding("R38.1", "assisting_is_lead", subject="后勤处")]
    nxt = date(2026, 3, 20)
    assert check_answer_deadline(date(2026, 3, 19), nxt, date(2026, 4, 1)) == []
    assert check_answer_deadline(nxt, nxt, nxt)[0].code == "answer_late"
    assert check_answer_deadline(None, nxt, date(2026, 3, 19)) == []
    assert check_answer_deadline(None, nxt, nxt)[0].code == "answer_missing"
