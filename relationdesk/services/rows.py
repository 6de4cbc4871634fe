"""Turning raw SQLite values back into Python values, for the fast read paths that skip the ORM.

The result rows of the hot reads (``CustomerRow``, ``SearchHit``, ``TimelineEntry``,
``ReminderItem``) are tuples of the values as stored (id bytes, integer microseconds),
built straight from the database row in C (``stored_rows``): ~0.1 µs a row, against
~1.2 µs for a frozen dataclass plus ~0.9 µs per UUID and ~0.5 µs per datetime. Their public
attributes (``id``, ``due_at`` ...) are properties that convert on access, so a list of 200
rows of which the screen shows 30 converts only what is looked at. ``StoredRow`` gives them
a dataclass's manners: equal only to the same type, and a repr with the public values.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from functools import partial
from typing import Any, ClassVar, TypeVar

from relationdesk.instants import from_micros, to_micros

T = TypeVar("T", bound=tuple[Any, ...])


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


def micros_or_none(value: datetime | None) -> int | None:
    """Return the stored form of an aware datetime, None for None."""
    return None if value is None else to_micros(value)


def id_bytes(value: uuid.UUID | None) -> bytes | None:
    """Return the stored form of a UUID, None for None."""
    return None if value is None else value.bytes


def stored_rows(cls: type[T], rows: Iterable[tuple[Any, ...]]) -> list[T]:
    """Return database rows as *cls* rows, their values taken as they are (no conversion).

    The statement must select exactly the stored fields of *cls*, in order.
    """
    return [*map(partial(tuple.__new__, cls), rows)]


_TUPLE_EQ: Any = tuple.__eq__
_TUPLE_NE: Any = tuple.__ne__
_TUPLE_HASH: Any = tuple.__hash__


class StoredRow:
    """Manners for a NamedTuple of stored values with converting properties.

    ``PUBLIC`` names the public attributes, in order: the repr shows them, as a dataclass's
    would. Equality and hashing are those of the stored values, as for a frozen dataclass,
    but a row never equals a row of another type or a plain tuple.
    """

    __slots__ = ()
    PUBLIC: ClassVar[tuple[str, ...]] = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            # A plain tuple (or another row type) would compare by values otherwise.
            return False if isinstance(other, tuple) else NotImplemented
        return _TUPLE_EQ(self, other)

    def __ne__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return True if isinstance(other, tuple) else NotImplemented
        return _TUPLE_NE(self, other)

    def __hash__(self) -> int:
        return _TUPLE_HASH(self)

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.PUBLIC)
        return f"{type(self).__name__}({values})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild from the stored values (the constructor takes the public ones).
        return (tuple.__new__, (type(self), tuple(self)))  # type: ignore[arg-type]


__all__ = [
    "StoredRow",
    "as_instant",
    "as_time",
    "as_uuid",
    "id_bytes",
    "micros",
    "micros_or_none",
    "stored_rows",
]
