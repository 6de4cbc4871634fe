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


def given_first_sql(table: str) -> str:
    """SQL for a person's name written given name first: "John Smith" for the stored
    "Smith John". '' where that does not apply: a company, a person with one of the two
    names only, or a display name the user wrote themselves. See ``given_first``."""
    t = table
    return (
        f"CASE WHEN {t}.kind = 'person' AND {t}.family_name <> '' AND {t}.given_name <> '' "
        f"AND {t}.display_name = {t}.family_name || ' ' || {t}.given_name "
        f"THEN {t}.given_name || ' ' || {t}.family_name ELSE '' END"
    )


def given_first(kind: str, display_name: str, family_name: str, given_name: str) -> str:
    """A person's name given name first, as ``given_first_sql`` gives it ('' if none).

    Names are stored family name first (``display_name`` "山田 太郎", "Smith John") and
    sorted that way in every language; a window in a language that writes the given name
    first shows this instead.
    """
    if kind != "person" or not family_name or not given_name:
        return ""
    if display_name != f"{family_name} {given_name}":
        return ""
    return f"{given_name} {family_name}"


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
    given_first: str


class CustomerRow(StoredRow, _StoredCustomerRow):
    """One line of the customer list.

    Attributes: ``id``, ``kind``, ``display_name``, ``reading``, ``company_name``,
    ``stage``, ``phone`` (as shown), ``email``, ``last_contact_at``, ``created_at``,
    ``given_first`` (a person's name given name first, or ''; see ``given_first``); the id
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
        "given_first",
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
        given_first: str = "",
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
                given_first,
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
    given_first: str = ""  # the name given name first, or '' (see ``given_first``)


@dataclass(frozen=True, slots=True)
class Lapsed:
    """A customer not contacted for longer than usual: when last, and since when overdue."""

    id: uuid.UUID
    name: str
    last_contact_at: datetime
    follow_up_at: datetime
    given_first: str = ""  # the name given name first, or '' (see ``given_first``)


class _StoredHit(NamedTuple):
    id_bytes: bytes
    name: str
    reading: str
    company: str
    stage: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    given_first: str


class SearchHit(StoredRow, _StoredHit):
    """A customer found by a search, with what the result list shows.

    Attributes: ``id``, ``name``, ``reading``, ``company``, ``stage``, ``phones`` (as
    shown, primary first), ``emails``, ``given_first`` (the name given name first, or '');
    the id is held as stored and converted on access.
    """

    __slots__ = ()
    PUBLIC = ("id", "name", "reading", "company", "stage", "phones", "emails", "given_first")

    def __new__(
        cls,
        id: uuid.UUID,
        name: str,
        reading: str,
        company: str,
        stage: str,
        phones: tuple[str, ...],
        emails: tuple[str, ...],
        given_first: str = "",
    ) -> SearchHit:
        """Make a hit from public values."""
        return tuple.__new__(
            cls, (id.bytes, name, reading, company, stage, phones, emails, given_first)
        )

    @property
    def id(self) -> uuid.UUID:
        """The customer's id."""
        return as_uuid(self.id_bytes)
