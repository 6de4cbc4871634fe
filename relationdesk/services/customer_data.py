"""Plain values that go in and out of the customer service (no ORM objects leave services)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from relationdesk.services.list_rows import (
    Birthday,
    Cursor,
    CustomerFilter,
    CustomerPage,
    CustomerRow,
    Lapsed,
    SortOrder,
)

__all__ = [
    "AddressInput",
    "AddressOut",
    "Birthday",
    "Cursor",
    "CustomerDetail",
    "CustomerFilter",
    "CustomerInput",
    "CustomerPage",
    "CustomerRow",
    "EmailInput",
    "EmailOut",
    "Lapsed",
    "PhoneInput",
    "PhoneOut",
    "SortOrder",
]


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
