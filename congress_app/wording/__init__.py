"""Words for typed errors, shared by the CLI and the GUI (Chinese first, English available).

The rules and services raise errors with codes and facts; only the fronts turn them into
sentences, through this package.
"""

from congress_app.wording import (  # noqa: F401  (each registers its messages)
    archive,
    audit,
    database,
    delegates,
    elections,
    meetings,
    proposals,
    roster_import,
    roster_seats,
)
from congress_app.wording.errors import describe_error

__all__ = ["describe_error"]
