"""Who is making a change when no one said: ``CONGRESS_OPERATOR``, else the computer user's
login name — never a placeholder."""

from __future__ import annotations

import getpass
import os

ENV = "CONGRESS_OPERATOR"


def login_name() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError, ImportError):  # no passwd entry, no USER/LOGNAME
        name = ""
    if name.strip():
        return name.strip()
    return f"uid-{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def default_operator(explicit: str | None = None) -> str:
    """``explicit`` (e.g. --operator), else CONGRESS_OPERATOR, else the login name."""
    for candidate in (explicit, os.environ.get(ENV)):
        if candidate and candidate.strip():
            return candidate.strip()[:80]
    return login_name()[:80]
