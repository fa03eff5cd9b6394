"""R26.2, R30.1, R30.2, R32.1 and the checks each body shows (with whole-title leaders)."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.rules.bodies import (
    COMMITTEE,
    DELEGATION,
    DMC,
    PRESIDIUM,
    body_checks,
    check_committee,
    check_delegation_heads_elected,
    check_dmc,
    check_presidium,
    check_presidium_election,
    leader_role,
)
from congress_app.rules.errors import UnknownChoice


def test_leader_role_matches_whole_titles_only() -> None:
    assert leader_role("校长") == "校长"
    assert leader_role(" 党委 书记 ") == "党委书记"
    assert leader_role("副校长") is None
    assert leader_role("党委副书记") is None
    assert leader_role("工会副主席") is None
    assert leader_role("") is None


def test_presidium_checks_pass_and_fail() -> None:
    findings = check_presidium(members=9, teachers=5, leader_roles_present={"党委书记", "校长", "工会主席"})
    findings += check_presidium_election(date(2025, 12, 18))
    assert all(c.passed for c in body_checks(PRESIDIUM, findings))
    findings = check_presidium(members=10, teachers=5, leader_roles_present={"校长"})
    findings += check_presidium_election(None)
    checks = {c.code: c for c in body_checks(PRESIDIUM, findings)}
    assert not checks["teachers_majority"].passed
    assert [f.subject for f in checks["leaders_included"].findings] == ["党委书记", "工会主席"]
    assert checks["elected_by_congress"].rule == "R26.2" and not checks["elected_by_congress"].passed


def test_dmc_checks() -> None:
    findings = check_dmc(
        delegates=100,
        members=4,
        delegate_members=2,
        director_is_party_leader=True,
        deputy_is_union_chair=False,
    )
    checks = {c.code: c.passed for c in body_checks(DMC, findings)}
    assert checks == {
        "size_in_range": False,
        "delegates_majority": False,
        "director_party_leader": True,
        "deputy_union_chair": False,
    }


def test_committee_non_delegates_flagged_and_need_approval() -> None:
    members = {"甲": (True, None), "乙": (False, date(2025, 12, 18)), "丙": (False, None)}
    findings = check_committee(members)
    assert [(f.rule, f.code, f.subject) for f in findings] == [
        ("R30.1", "non_delegate_member", "丙"),
        ("R30.2", "non_delegate_not_approved", "丙"),
        ("R30.1", "non_delegate_member", "乙"),
    ]
    checks = body_checks(COMMITTEE, findings)
    assert [(c.code, c.strength, c.passed) for c in checks] == [
        ("members_are_delegates", "warn", False),
        ("non_delegates_approved", "must", False),
    ]
    assert all(c.passed for c in body_checks(COMMITTEE, check_committee({"甲": (True, None)})))


def test_delegation_heads_need_an_election() -> None:
    assert check_delegation_heads_elected(True, None)[0].code == "heads_not_elected"
    assert check_delegation_heads_elected(True, date(2025, 12, 10)) == []
    assert check_delegation_heads_elected(False, None) == []
    checks = {c.code: c.passed for c in body_checks(DELEGATION, check_delegation_heads_elected(True, None))}
    assert checks == {"one_department": True, "head_and_deputies": True, "heads_elected": False}


def test_unknown_body_kind_is_refused() -> None:
    with pytest.raises(UnknownChoice):
        body_checks("senate", [])
