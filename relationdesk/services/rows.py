"""Turning raw SQLite values back into Python values, for the fast read paths that skip the ORM."""

from __future__ import annotations

import uuid
from datetime import datetime

from relationdesk.models.types import from_micros, to_micros


def as_uuid(value: bytes | uuid.UUID) -> uuid.UUID:
    """Return a UUID from its 16 stored bytes."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(bytes=bytes(value))


def as_time(value: int | None) -> datetime | None:
    """Return an aware UTC datetime from stored microseconds (None stays None)."""
    return None if value is None else from_micros(value)


def as_instant(value: int) -> datetime:
    """Return an aware UTC datetime from stored microseconds of a NOT NULL column."""
    return from_micros(value)


def micros(value: datetime) -> int:
    """Return the stored form of an aware datetime."""
    return to_micros(value)


__all__ = ["as_instant", "as_time", "as_uuid", "micros"]
