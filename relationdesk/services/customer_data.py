"""Plain values that go in and out of the customer service (no ORM objects leave services).

FAST_INIT: the value classes an import makes for every record (here and in the importing
modules) are frozen dataclasses with ``init=False`` and an ``__init__`` of their own that
sets each field with ``object.__setattr__``, as the generated one does. mypyc compiles
that ``__init__`` to C; the generated one stays interpreted even in a compiled module
(a 4-field class: 62 ns against 952 ns). ``tests/unit/test_value_inits.py`` holds each
``__init__`` to its fields and their defaults.
"""

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


@dataclass(frozen=True, slots=True, init=False)
class PhoneInput:
    """A phone as typed, with its label (mobile, home, work, fax ...)."""

    number: str
    label: str = ""
    primary: bool = False
    id: uuid.UUID | None = None

    def __init__(
        self, number: str, label: str = "", primary: bool = False, id: uuid.UUID | None = None
    ) -> None:
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "primary", primary)
        object.__setattr__(self, "id", id)


@dataclass(frozen=True, slots=True, init=False)
class EmailInput:
    """An e-mail address as typed."""

    address: str
    label: str = ""
    primary: bool = False
    id: uuid.UUID | None = None

    def __init__(
        self, address: str, label: str = "", primary: bool = False, id: uuid.UUID | None = None
    ) -> None:
        object.__setattr__(self, "address", address)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "primary", primary)
        object.__setattr__(self, "id", id)


@dataclass(frozen=True, slots=True, init=False)
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

    def __init__(
        self,
        postal_code: str = "",
        prefecture: str = "",
        city: str = "",
        street: str = "",
        building: str = "",
        label: str = "",
        primary: bool = False,
        country: str = "JP",
        id: uuid.UUID | None = None,
    ) -> None:
        object.__setattr__(self, "postal_code", postal_code)
        object.__setattr__(self, "prefecture", prefecture)
        object.__setattr__(self, "city", city)
        object.__setattr__(self, "street", street)
        object.__setattr__(self, "building", building)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "primary", primary)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "id", id)


@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        kind: str = "person",
        family_name: str = "",
        given_name: str = "",
        display_name: str = "",
        reading: str = "",
        honorific: str = "",
        company_id: uuid.UUID | None = None,
        company_name: str = "",
        title: str = "",
        birthday: date | str | None = None,
        stage: str = "lead",
        source: str = "",
        preferred_channel: str = "none",
        consent_dm: bool = False,
        consent_email: bool = False,
        consent_line: bool = False,
        line_id: str = "",
        note: str = "",
        tags: tuple[str, ...] = (),
        custom_fields: dict[str, Any] | None = None,
        phones: tuple[PhoneInput, ...] = (),
        emails: tuple[EmailInput, ...] = (),
        addresses: tuple[AddressInput, ...] = (),
    ) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "family_name", family_name)
        object.__setattr__(self, "given_name", given_name)
        object.__setattr__(self, "display_name", display_name)
        object.__setattr__(self, "reading", reading)
        object.__setattr__(self, "honorific", honorific)
        object.__setattr__(self, "company_id", company_id)
        object.__setattr__(self, "company_name", company_name)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "birthday", birthday)
        object.__setattr__(self, "stage", stage)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "preferred_channel", preferred_channel)
        object.__setattr__(self, "consent_dm", consent_dm)
        object.__setattr__(self, "consent_email", consent_email)
        object.__setattr__(self, "consent_line", consent_line)
        object.__setattr__(self, "line_id", line_id)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "tags", tags)
        object.__setattr__(self, "custom_fields", {} if custom_fields is None else custom_fields)
        object.__setattr__(self, "phones", phones)
        object.__setattr__(self, "emails", emails)
        object.__setattr__(self, "addresses", addresses)


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
