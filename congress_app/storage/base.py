"""Declarative base with a naming convention, so Alembic batch migrations can name constraints."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def one_of(column: str, values: tuple[str, ...]) -> str:
    """SQL for a CHECK that ``column`` holds one of the (ASCII code) ``values``."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def utcnow() -> datetime:
    """Timestamps are stored as naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_stored(moment: datetime) -> datetime:
    """A moment as stored: naive UTC (a naive ``moment`` is taken as this machine's local time)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def as_local(stored: datetime) -> datetime:
    """A stored naive-UTC timestamp in this machine's local time (naive), for people to read."""
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
