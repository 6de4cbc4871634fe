"""The part of an import that needs no database: a converted record made into stored rows.

``Preparer.prepare`` checks a converted record with ``check_customer`` (what the customer
service would store) and builds the customer's row, contact points, tags and the keys
the duplicate rule compares, as plain tuples: cheap to send from a helper process
(``import_pipeline``) to the process that writes. The engine turns them back into
``StoredCustomer`` values with ``unwire``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import Any

from relationdesk.ids import uuid7
from relationdesk.importing.problems import Problem, Severity
from relationdesk.importing.values import Conversion
from relationdesk.models import ContactKind, CustomerKind
from relationdesk.normalize.kana import fold
from relationdesk.services import search_index
from relationdesk.services.customer_records import (
    CUSTOMER_COLUMNS,
    POINT_COLUMNS,
    StoredCustomer,
    customer_tuple,
    point_tuple,
)
from relationdesk.services.customer_validation import CheckedCustomer, check_customer
from relationdesk.services.duplicate_rules import Identity
from relationdesk.services.errors import ValidationError

# A prepared record is a tuple: (line, problems, row, points, tags, company, company
# reading, identity, grams of the search document, order bucket of the sort key); for a
# record that gives no customer, row is None.
Wire = tuple[Any, ...]
ROW_ID = CUSTOMER_COLUMNS.index("id")
ROW_KIND = CUSTOMER_COLUMNS.index("kind")


class ImportCode:
    """Codes of the problems the import itself reports (beyond the file's and values')."""

    POSSIBLE_DUPLICATE = "possible_duplicate"  # warning; value: the name; params: rule
    NOT_STORED = "not_stored"  # error: the record failed the customer checks; params: field


class Ids:
    """Time-ordered UUID v7 bytes for bulk rows: one ``uuid7()``, then a counter below it.

    The random low bits of the first id leave room for the counter, so the ids stay unique
    (each process draws its own random base) and ascend (B-tree appends), at a fraction of
    ``uuid7()``'s cost per id.
    """

    def __init__(self) -> None:
        first = uuid7().int
        self._base = (first >> 62 << 62) | random.getrandbits(60)
        self._counter = 0

    def new(self) -> bytes:
        """A new id (16 bytes)."""
        self._counter += 1
        return (self._base + self._counter).to_bytes(16, "big")


@dataclass(slots=True)
class Incoming:
    """One usable record, checked, as the customer it would become.

    The row, contact points and tags stay the tuples they came as (what a new customer is
    written with); ``customer`` makes the full ``StoredCustomer`` only when it is needed
    (a merge into it, a preview row).
    """

    line: int
    problems: list[Problem]
    identity: Identity
    company_name: str
    company_reading: str
    row: tuple[Any, ...]
    points: tuple[tuple[Any, ...], ...]
    tags: tuple[tuple[str, str], ...]
    grams: str
    bucket: int
    made: StoredCustomer | None = None

    @property
    def id(self) -> bytes:
        """The new customer's id."""
        return bytes(self.row[ROW_ID])

    @property
    def kind(self) -> str:
        """person or company."""
        return str(self.row[ROW_KIND])

    @property
    def customer(self) -> StoredCustomer:
        """The record as a full StoredCustomer (made on first use)."""
        if self.made is None:
            self.made = StoredCustomer(
                dict(zip(CUSTOMER_COLUMNS, self.row, strict=True)),
                [dict(zip(POINT_COLUMNS, p, strict=True)) for p in self.points],
                [(b"", name, key) for name, key in self.tags],
            )
        return self.made


@dataclass(slots=True)
class Rejected:
    """A record that gives no customer, with the problems that say why."""

    line: int
    problems: list[Problem]


class Preparer:
    """Turns converted records into prepared tuples (see the module docstring)."""

    def __init__(self, region: str, now_us: int) -> None:
        self.region = region
        self.now_us = now_us
        self.ids = Ids()

    def prepare(self, conversion: Conversion) -> Wire:
        """The prepared tuple of one converted record."""
        problems = list(conversion.problems)
        if conversion.customer is None:
            return (conversion.line, _wire_problems(problems), None)
        try:
            checked = check_customer(conversion.customer, self.region)
        except ValidationError as exc:  # the converter should have prevented this
            problems += [
                Problem(
                    conversion.line,
                    "",
                    ImportCode.NOT_STORED,
                    e.value,
                    Severity.ERROR,
                    (("field", e.field), ("code", e.code)),
                )
                for e in exc.errors
            ]
            return (conversion.line, _wire_problems(problems), None)
        customer = self.stored(checked)
        identity = customer.identity()
        if conversion.company_name and customer.row["kind"] == CustomerKind.PERSON:
            # The company it will be linked to has exactly this folded name (found or made).
            customer.company_key = fold(conversion.company_name.strip())
        document = customer.document(self.region)
        customer.row["search_text"] = document
        return (
            conversion.line,
            _wire_problems(problems),
            customer_tuple(customer.row),
            tuple(point_tuple(p) for p in customer.points),
            tuple((name, key) for _, name, key in customer.tags),
            conversion.company_name,
            conversion.company_reading,
            (
                identity.kind,
                identity.name_key,
                identity.reading_key,
                identity.family_key,
                identity.given_key,
                identity.birthday,
                tuple(identity.postal_codes),
                tuple(identity.emails),
                tuple(identity.phones),
            ),
            search_index.grams_of(document),
            search_index.order_bucket(customer.row["sort_key"]),
        )

    def stored(self, checked: CheckedCustomer) -> StoredCustomer:
        """The customer *checked* becomes, as ``CustomerService.create`` stores it."""
        data = checked.data
        now = self.now_us
        customer_id = self.ids.new()
        birthday = checked.birthday.isoformat() if checked.birthday else None
        row = {
            "id": customer_id,
            "doc_id": 0,
            "kind": data.kind,
            "family_name": checked.family_name,
            "given_name": checked.given_name,
            "display_name": checked.display_name,
            "reading": checked.reading,
            "reading_key": checked.reading_key,
            "sort_key": checked.sort_key,
            "name_key": checked.name_key,
            "honorific": checked.honorific,
            "company_id": None,
            "title": data.title.strip(),
            "birthday": birthday,
            "birthday_md": birthday[5:] if birthday else None,
            "stage": data.stage,
            "source": data.source.strip(),
            "preferred_channel": data.preferred_channel,
            "consent_dm": data.consent_dm,
            "consent_email": data.consent_email,
            "consent_line": data.consent_line,
            "line_id": data.line_id.strip(),
            "note": data.note,
            "custom_fields": json.dumps(dict(data.custom_fields)),
            "search_text": "",
            "last_contact_at": None,
            "first_contact_at": None,
            "contact_count": 0,
            "follow_up_at": None,
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "deleted_at": None,
        }
        points = []
        for position, phone in enumerate(checked.phones):
            point = self.point(customer_id, ContactKind.PHONE, phone.label, phone.primary)
            point["position"] = position
            point["phone_raw"] = phone.phone.raw
            point["phone_e164"] = phone.phone.e164
            point["phone_national"] = phone.phone.national
            points.append(point)
        for position, mail in enumerate(checked.emails):
            point = self.point(customer_id, ContactKind.EMAIL, mail.label, mail.primary)
            point["position"] = position
            point["email"] = mail.address
            points.append(point)
        chosen = next((i for i, a in enumerate(checked.addresses) if a.source.primary), 0)
        for position, address in enumerate(checked.addresses):
            source = address.source
            point = self.point(customer_id, ContactKind.ADDRESS, source.label, position == chosen)
            point["position"] = position
            point["postal_code"] = address.postal_code
            point["prefecture"] = source.prefecture.strip()
            point["city"] = source.city.strip()
            point["street"] = source.street.strip()
            point["building"] = source.building.strip()
            point["country"] = (source.country or "JP").upper()
            points.append(point)
        tags = [(b"", name, search_index.fold_tag(name)) for name in checked.tags]
        return StoredCustomer(row=row, points=points, tags=tags)

    def point(self, customer_id: bytes, kind: str, label: str, primary: bool) -> dict[str, Any]:
        """A new contact point of *kind* with every other column at its default."""
        now = self.now_us
        return {
            "id": self.ids.new(),
            "customer_id": customer_id,
            "kind": kind,
            "label": label.strip(),
            "is_primary": primary,
            "position": 0,
            "phone_raw": "",
            "phone_e164": "",
            "phone_national": "",
            "email": "",
            "postal_code": "",
            "prefecture": "",
            "city": "",
            "street": "",
            "building": "",
            "country": "JP",
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }


def unwire(item: Wire) -> Incoming | Rejected:
    """The record a prepared tuple stands for."""
    line = item[0]
    problems = [Problem(p[0], p[1], p[2], p[3], Severity(p[4]), p[5]) for p in item[1]]
    if item[2] is None:
        return Rejected(line, problems)
    i = item[7]
    identity = Identity(
        i[0], i[1], i[2], i[3], i[4], i[5], frozenset(i[6]), frozenset(i[7]), frozenset(i[8])
    )
    return Incoming(
        line, problems, identity, item[5], item[6], item[2], item[3], item[4], item[8], item[9]
    )


def _wire_problems(problems: list[Problem]) -> tuple[tuple[Any, ...], ...]:
    return tuple((p.line, p.column, p.code, p.value, p.severity.value, p.params) for p in problems)


__all__ = ["Ids", "ImportCode", "Incoming", "Preparer", "Rejected", "Wire", "unwire"]
