"""The columns of the CSV and Excel exports and each customer's values in them.

One customer is one row. Phones, e-mails and addresses repeat: a ``Layout`` says how many
of each the file has room for (the export service takes the most any customer has), the
primary one first, then the others in their stored order. Values stay typed here (dates,
times, booleans); each writer decides how to put them in its file.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Protocol, TypeVar

from relationdesk.exporting import labels
from relationdesk.normalize.postal import display_postal_code
from relationdesk.services.customer_data import AddressOut, CustomerDetail

Value = str | date | datetime | bool | None

_ADDRESS_PARTS = ("postal_code", "prefecture", "city", "street", "building")


class CellKind(enum.Enum):
    """What a column holds, which decides how a writer stores it."""

    TEXT = "text"
    CODE = "code"  # digits that must stay text: phone numbers, postal codes
    DATE = "date"
    TIMESTAMP = "timestamp"
    FLAG = "flag"


@dataclass(frozen=True, slots=True)
class Column:
    """One column: a stable key (``phone2``), its header in the chosen language, its kind."""

    key: str
    header: str
    kind: CellKind


class LayoutTooSmall(ValueError):
    """A customer has more phones, e-mails or addresses than the layout has columns for."""


@dataclass(frozen=True, slots=True)
class Layout:
    """How many phone, e-mail and address columns a file has (at least one of each)."""

    phones: int = 1
    emails: int = 1
    addresses: int = 1

    def __post_init__(self) -> None:
        if min(self.phones, self.emails, self.addresses) < 1:
            raise ValueError("a layout has at least one column of each")

    @classmethod
    def covering(cls, customers: Iterable[CustomerDetail]) -> Layout:
        """Return the smallest layout with room for every one of *customers*."""
        phones = emails = addresses = 1
        for c in customers:
            phones = max(phones, len(c.phones))
            emails = max(emails, len(c.emails))
            addresses = max(addresses, len(c.addresses))
        return cls(phones, emails, addresses)


def columns(layout: Layout, language: str) -> list[Column]:
    """Return the columns of a file with *layout*, headed in *language* ("ja" or "en")."""
    labels.check_language(language)

    def one(key: str, kind: CellKind = CellKind.TEXT, number: int = 1) -> Column:
        suffix = "" if number == 1 else str(number)
        return Column(key + suffix, labels.header(key, language, number), kind)

    result = [
        one(key)
        for key in (
            "kind",
            "family_name",
            "given_name",
            "display_name",
            "reading",
            "honorific",
            "company",
            "title",
        )
    ]
    result += [one("phone", CellKind.CODE, n) for n in range(1, layout.phones + 1)]
    result += [one("email", CellKind.TEXT, n) for n in range(1, layout.emails + 1)]
    for n in range(1, layout.addresses + 1):
        result.append(one("postal_code", CellKind.CODE, n))
        result += [one(part, CellKind.TEXT, n) for part in _ADDRESS_PARTS[1:]]
    result += [
        one("birthday", CellKind.DATE),
        one("stage"),
        one("tags"),
        one("line_id"),
        one("preferred_channel"),
        one("consent_dm", CellKind.FLAG),
        one("consent_email", CellKind.FLAG),
        one("consent_line", CellKind.FLAG),
        one("source"),
        one("note"),
        one("created_at", CellKind.TIMESTAMP),
        one("updated_at", CellKind.TIMESTAMP),
        one("id"),
    ]
    return result


class _Flagged(Protocol):
    @property
    def primary(self) -> bool: ...


_T = TypeVar("_T", bound=_Flagged)


def primary_first(items: Sequence[_T]) -> list[_T]:
    """Return contact points with the primary one first, the others in stored order."""
    return sorted(items, key=lambda item: not item.primary)


def _padded(values: list[str], size: int, what: str, customer: CustomerDetail) -> list[str]:
    if len(values) > size:
        raise LayoutTooSmall(f"customer {customer.id} has {len(values)} {what}, room for {size}")
    return values + [""] * (size - len(values))


def _address(address: AddressOut | None) -> list[str]:
    if address is None:
        return [""] * len(_ADDRESS_PARTS)
    return [
        display_postal_code(address.postal_code),
        address.prefecture,
        address.city,
        address.street,
        address.building,
    ]


def row(customer: CustomerDetail, layout: Layout, language: str, tz: tzinfo = UTC) -> list[Value]:
    """Return *customer*'s values in the order of ``columns(layout, language)``.

    Created and updated times are given in *tz* (the user's zone) without a zone, since
    neither Excel nor a CSV cell can hold one. Raise LayoutTooSmall if the customer has
    more phones, e-mails or addresses than *layout* has room for.
    """
    phones = _padded(
        [p.display for p in primary_first(customer.phones)], layout.phones, "phones", customer
    )
    emails = _padded(
        [e.address for e in primary_first(customer.emails)], layout.emails, "emails", customer
    )
    addresses = primary_first(customer.addresses)
    if len(addresses) > layout.addresses:
        raise LayoutTooSmall(
            f"customer {customer.id} has {len(addresses)} addresses, room for {layout.addresses}"
        )
    values: list[Value] = [
        labels.label(labels.KINDS, customer.kind, language),
        customer.family_name,
        customer.given_name,
        customer.display_name,
        customer.reading,
        customer.honorific,
        customer.company_name,
        customer.title,
        *phones,
        *emails,
    ]
    for n in range(layout.addresses):
        values += _address(addresses[n] if n < len(addresses) else None)
    values += [
        customer.birthday,
        labels.label(labels.STAGES, customer.stage, language),
        labels.TAG_SEPARATOR.join(customer.tags),
        customer.line_id,
        labels.label(labels.CHANNELS, customer.preferred_channel, language),
        customer.consent_dm,
        customer.consent_email,
        customer.consent_line,
        customer.source,
        customer.note,
        _local(customer.created_at, tz),
        _local(customer.updated_at, tz),
        str(customer.id),
    ]
    return values


def _local(moment: datetime, tz: tzinfo) -> datetime:
    return moment.astimezone(tz).replace(tzinfo=None, microsecond=0)
