"""Column types shared by the entities: compact UUIDs and UTC instants.

On SQLite a UUID is stored as its 16 bytes (half of SQLAlchemy's default CHAR(32), in every
row and every foreign-key index), and an instant as integer microseconds since the Unix
epoch in UTC (8 bytes, compared as integers, never ambiguous about its zone). On PostgreSQL
the native ``uuid`` and ``timestamptz`` types are used instead.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, LargeBinary, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from relationdesk.instants import EPOCH, from_micros, to_micros

__all__ = ["EPOCH", "UTCDateTime", "UUIDType", "from_micros", "to_micros"]


class UUIDType(TypeDecorator[uuid.UUID]):
    """A UUID: 16 raw bytes on SQLite, the native type on PostgreSQL."""

    impl = LargeBinary(16)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Pick the storage type for *dialect* (TypeDecorator override)."""
        if dialect.name == "postgresql":
            return dialect.type_descriptor(Uuid())
        return dialect.type_descriptor(LargeBinary(16))

    def process_bind_param(self, value: uuid.UUID | None, dialect: Dialect) -> Any:
        """Turn a UUID into what the database stores (TypeDecorator override)."""
        if value is None or dialect.name == "postgresql":
            return value
        return value.bytes

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        """Turn a stored value back into a UUID (TypeDecorator override)."""
        if value is None or isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(bytes=bytes(value))


class UTCDateTime(TypeDecorator[datetime]):
    """An instant in UTC: integer microseconds on SQLite, ``timestamptz`` on PostgreSQL."""

    impl = BigInteger
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Pick the storage type for *dialect* (TypeDecorator override)."""
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(BigInteger())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        """Store an aware datetime (TypeDecorator override)."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC instant is required")
        if dialect.name == "postgresql":
            return value.astimezone(UTC)
        return to_micros(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read an instant back as an aware UTC datetime (TypeDecorator override)."""
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.astimezone(UTC)
        return from_micros(int(value))
