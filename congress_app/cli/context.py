"""What every command gets: the parsed arguments and a lazily opened database."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from congress_app.paths import resolve_db_url
from congress_app.services.database import Database, open_database


@dataclass
class CommandContext:
    args: argparse.Namespace
    _db: Database | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return resolve_db_url(self.args.db, self.args.db_url)

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def lang(self) -> str:
        return getattr(self.args, "lang", "zh") or "zh"

    @property
    def actor(self) -> str:
        """--operator, else CONGRESS_OPERATOR, else the login name (never a placeholder)."""
        from congress_app.services.operator import default_operator

        return default_operator(getattr(self.args, "operator", None))

    def db(self) -> Database:
        """The open database. Only commands that set ``creates_database`` (init, demo) may
        create a missing file; every other command refuses it (a mistyped --db)."""
        if self._db is None:
            self._db = open_database(self.url, create=bool(getattr(self.args, "creates_database", False)))
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
