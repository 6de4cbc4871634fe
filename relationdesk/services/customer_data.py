"""Plain values that go in and out of the customer service (no ORM objects leave services)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class PhoneInput:
    """A phone as typed, with its label (mobile, home, work, fax ...)."""

    number: str
    label: str = ""
    primary: bool = False
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class EmailInput:
    """An e-mail address as typed."""

    address: str
    label: str = ""
    primary: bool = False
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class AddressInput:
    """A postal address, split the Japanese way."""

    postal_code: str = ""
    prefecture: str = ""
    city: str = ""
    street: str = ""
    building: str = ""
    label: str = ""
    primary: bool = False
    country: str = "JP"
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class CustomerInput:
    """Everything a user can type into a customer's profile.

    For a person give family and/or given name; for a company give ``display_name``.
    A person's company is ``company_id``, or else ``company_name``: the company of that
    name, created when there is none yet.
    ``birthday`` may be a date or text in any form ``parse_date`` understands (S55.7.15 ...).
    """

    kind: str = "person"
    family_name: str = ""
    given_name: str = ""
    display_name: str = ""
    reading: str = ""
    honorific: str = ""
    company_id: uuid.UUID | None = None
    company_name: str = ""
    title: str = ""
    birthday: date | str | None = None
    stage: str = "lead"
    source: str = ""
    preferred_channel: str = "none"
    consent_dm: bool = False
    consent_email: bool = False
    consent_line: bool = False
    line_id: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    custom_fields: dict[str, Any] = field(default_factory=dict)
    phones: tuple[PhoneInput, ...] = ()
    emails: tuple[EmailInput, ...] = ()
    addresses: tuple[AddressInput, ...] = ()


@dataclass(frozen=True, slots=True)
class PhoneOut:
    """A stored phone: as typed, E.164, and shown in the local format."""

    id: uuid.UUID
    label: str
    raw: str
    e164: str
    display: str
    primary: bool


@dataclass(frozen=True, slots=True)
class EmailOut:
    """A stored e-mail address."""

    id: uuid.UUID
    label: str
    address: str
    primary: bool


@dataclass(frozen=True, slots=True)
class AddressOut:
    """A stored postal address (postal code as 7 digits)."""

    id: uuid.UUID
    label: str
    postal_code: str
    prefecture: str
    city: str
    street: str
    building: str
    country: str
    primary: bool


@dataclass(frozen=True)
class CustomerDetail:
    """One customer's whole profile, as stored."""

    id: uuid.UUID
    version: int
    kind: str
    family_name: str
    given_name: str
    display_name: str
    reading: str
    honorific: str
    company_id: uuid.UUID | None
    company_name: str
    title: str
    birthday: date | None
    stage: str
    source: str
    preferred_channel: str
    consent_dm: bool
    consent_email: bool
    consent_line: bool
    line_id: str
    note: str
    tags: tuple[str, ...]
    custom_fields: dict[str, Any]
    phones: tuple[PhoneOut, ...]
    emails: tuple[EmailOut, ...]
    addresses: tuple[AddressOut, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    last_contact_at: datetime | None


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
