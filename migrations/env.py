"""Alembic environment: batch mode for SQLite, the app's metadata as the target."""

from __future__ import annotations

from alembic import context

from congress_app.storage import models  # noqa: F401  (registers every table)
from congress_app.storage.base import Base
from congress_app.storage.engine import make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _pause_for_tests(ctx, step, heads, run_args) -> None:
    """CONGRESS_MIGRATION_PAUSE_AFTER=<revision>: stop for a while right after that step, inside
    the upgrade's transaction (the test of an interrupted upgrade kills the process here);
    CONGRESS_MIGRATION_FAIL_AFTER=<revision>: fail there (the test of one transaction)."""
    import os
    import sys
    import time

    if os.environ.get("CONGRESS_MIGRATION_FAIL_AFTER") in heads:
        raise RuntimeError(f"migration failed on purpose after {os.environ['CONGRESS_MIGRATION_FAIL_AFTER']}")
    wanted = os.environ.get("CONGRESS_MIGRATION_PAUSE_AFTER")
    if wanted and wanted in heads:
        sys.stderr.write(f"migration paused after {wanted}\n")
        sys.stderr.flush()
        time.sleep(float(os.environ.get("CONGRESS_MIGRATION_PAUSE_SECONDS", "60")))


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        transaction_per_migration=False,  # the whole upgrade is one transaction
        on_version_apply=_pause_for_tests,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"), foreign_keys=False)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
