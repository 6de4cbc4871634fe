"""Instants as stored on SQLite: integer microseconds since the Unix epoch, in UTC.

Kept apart from ``models.types`` (which needs SQLAlchemy) so that the plain read paths
and the start-up path convert without importing the ORM.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_micros(value: datetime) -> int:
    """Return microseconds since the epoch for an aware datetime (naive is taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> datetime:
    """Return the aware UTC datetime for microseconds since the epoch."""
    return EPOCH + timedelta(microseconds=value)
