"""The values the customer list shows and is asked with: rows, orders, filters, cursors, hits.

Kept apart from the profile's values (``customer_data``, which re-exports these) because
the window imports them before its first paint: each dataclass costs ~0.5 ms to define.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from relationdesk.services.rows import (
    StoredRow,
    as_instant,
    as_time,
    as_uuid,
    micros,
    micros_or_none,
)


class _StoredCustomerRow(NamedTuple):
    id_bytes: bytes
    kind: str
    display_name: str
    reading: str
    company_name: str
    stage: str
    phone: str
    email: str
    last_contact_us: int | None
    created_us: int


class CustomerRow(StoredRow, _StoredCustomerRow):
    """One line of the customer list.

    Attributes: ``id``, ``kind``, ``display_name``, ``reading``, ``company_name``,
    ``stage``, ``phone`` (as shown), ``email``, ``last_contact_at``, ``created_at``; the id
    and times are held as stored and converted on access (``rows.StoredRow``).
    """

    __slots__ = ()
    PUBLIC = (
        "id",
        "kind",
        "display_name",
        "reading",
        "company_name",
        "stage",
        "phone",
        "email",
        "last_contact_at",
        "created_at",
    )

    def __new__(
        cls,
        id: uuid.UUID,
        kind: str,
        display_name: str,
        reading: str,
        company_name: str,
        stage: str,
        phone: str,
        email: str,
        last_contact_at: datetime | None,
        created_at: datetime,
    ) -> CustomerRow:
        """Make a row from public values."""
        return tuple.__new__(
            cls,
            (
                id.bytes,
                kind,
                display_name,
                reading,
                company_name,
                stage,
                phone,
                email,
                micros_or_none(last_contact_at),
                micros(created_at),
            ),
        )

    @property
    def id(self) -> uuid.UUID:
        """The customer's id."""
        return as_uuid(self.id_bytes)

    @property
    def last_contact_at(self) -> datetime | None:
        """The last call, visit, message or purchase (None if never in touch)."""
        return as_time(self.last_contact_us)

    @property
    def created_at(self) -> datetime:
        """When the customer was added."""
        return as_instant(self.created_us)


class SortOrder(enum.StrEnum):
    """Orders of the customer list."""

    READING = "reading"  # 五十音 by reading, the default
    NAME = "name"
    LAST_CONTACT = "last_contact"  # most recently contacted first, never contacted last
    CREATED = "created"  # oldest first


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page ended: the sort value and id of its last row (keyset paging)."""

    value: Any
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class CustomerPage:
    """A page of the customer list and the cursor of the next page (None at the end)."""

    rows: tuple[CustomerRow, ...]
    next: Cursor | None


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    """Restricts the list: a stage, a tag name, and whether to list the trash instead."""

    stage: str | None = None
    tag: str | None = None
    trashed: bool = False


@dataclass(frozen=True, slots=True)
class Birthday:
    """A customer's coming birthday: the day it falls on and the age they turn."""

    id: uuid.UUID
    name: str
    birthday: date
    next_date: date
    turning: int


@dataclass(frozen=True, slots=True)
class Lapsed:
    """A customer not contacted for longer than usual: when last, and since when overdue."""

    id: uuid.UUID
    name: str
    last_contact_at: datetime
    follow_up_at: datetime


class _StoredHit(NamedTuple):
    id_bytes: bytes
    name: str
    reading: str
    company: str
    stage: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]


class SearchHit(StoredRow, _StoredHit):
    """A customer found by a search, with what the result list shows.

    Attributes: ``id``, ``name``, ``reading``, ``company``, ``stage``, ``phones`` (as
    shown, primary first), ``emails``; the id is held as stored and converted on access.
    """

    __slots__ = ()
    PUBLIC = ("id", "name", "reading", "company", "stage", "phones", "emails")

    def __new__(
        cls,
        id: uuid.UUID,
        name: str,
        reading: str,
        company: str,
        stage: str,
        phones: tuple[str, ...],
        emails: tuple[str, ...],
    ) -> SearchHit:
        """Make a hit from public values."""
        return tuple.__new__(cls, (id.bytes, name, reading, company, stage, phones, emails))

    @property
    def id(self) -> uuid.UUID:
        """The customer's id."""
        return as_uuid(self.id_bytes)
