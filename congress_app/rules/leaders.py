"""The school's main leaders (R13.6, 第十三条): 党委书记, 校长, 工会主席.

A post matches a role only when the WHOLE title, trimmed of spaces, is one of the role's
titles — never as a substring: 副校长, 常务副校长, 党委副书记, 工会副主席 never count. The school
may configure its exact titles (e.g. 党委书记兼校长); a post field holding several posts
(``党委书记、校长``) is read part by part, each part whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from congress_app.rules.errors import Finding, UnknownChoice
from congress_app.rules.seats import LEADER_ROLES, PARTY_SECRETARY, PRESIDENT, UNION_CHAIR

# ASCII codes for storage; the Chinese role names are the labels (and the JSON keys of
# ``allocate --json``).
ROLE_CODES: dict[str, str] = {
    PARTY_SECRETARY: "party_secretary",
    PRESIDENT: "president",
    UNION_CHAIR: "union_chair",
}
ROLES_BY_CODE: dict[str, str] = {code: role for role, code in ROLE_CODES.items()}
DEFAULT_TITLES: dict[str, tuple[str, ...]] = {role: (role,) for role in LEADER_ROLES}

# 、，,；;／/ and line breaks separate several posts held by one person
_POST_SEPARATORS = re.compile(r"[、，,；;／/\n]+")
_SPACES = " \t\r\u3000\u00a0"


def normalise_title(title: str) -> str:
    """R13.6: a title trimmed of spaces (ASCII, full-width 　, no-break) at both ends."""
    return title.strip(_SPACES)


def post_titles(post: str) -> tuple[str, ...]:
    """R13.6: the whole titles in a post field, each trimmed; empty parts dropped."""
    return tuple(t for t in (normalise_title(p) for p in _POST_SEPARATORS.split(post or "")) if t)


def require_role(role: str) -> None:
    """Raise :class:`UnknownChoice` (R13.6) unless ``role`` is one of the three roles."""
    if role not in LEADER_ROLES:
        raise UnknownChoice(rule="R13.6", field="role", actual=role, allowed=LEADER_ROLES)


def titles_for(configured: Mapping[str, Iterable[str]] | None = None) -> dict[str, frozenset[str]]:
    """R13.6: each role's exact titles: the school's configured ones, else the role's name."""
    configured = configured or {}
    out: dict[str, frozenset[str]] = {}
    for role in LEADER_ROLES:
        titles = {normalise_title(t) for t in configured.get(role, ()) if normalise_title(t)}
        out[role] = frozenset(titles or DEFAULT_TITLES[role])
    return out


def roles_of_post(post: str, configured: Mapping[str, Iterable[str]] | None = None) -> tuple[str, ...]:
    """R13.6: the roles a post holds, in LEADER_ROLES order — whole titles only."""
    titles = titles_for(configured)
    held = set(post_titles(post))
    return tuple(role for role in LEADER_ROLES if held & titles[role])


def holds_role(post: str, role: str, configured: Mapping[str, Iterable[str]] | None = None) -> bool:
    """R13.6: does ``post`` hold ``role`` (whole title match)?"""
    require_role(role)
    return role in roles_of_post(post, configured)


VACANT = "vacant"  # a role the school records as vacant (dated), not a person


def check_leaders(holders: Mapping[str, object | None], delegates: Iterable[object]) -> list[Finding]:
    """R13.6 (checked by R15.1): each role's holder must be a formal delegate.

    ``holders`` maps a role to its holder (any id), to :data:`VACANT` when the school
    recorded the post as vacant (nothing to check), or to ``None`` / leaves it out when no
    holder is known — neither recorded nor found by whole title on the roster: that is a
    failure too (``leader_unknown``), never a pass. ``leader_missing``: the holder is not
    among ``delegates`` (actual = the holder). ``subject`` = the role.
    """
    elected = set(delegates)
    found = []
    for role in LEADER_ROLES:
        holder = holders.get(role)
        if holder is None:
            found.append(Finding("R13.6", "leader_unknown", subject=role))
        elif holder == VACANT:
            continue
        elif holder not in elected:
            found.append(Finding("R13.6", "leader_missing", holder, subject=role))
    return found
