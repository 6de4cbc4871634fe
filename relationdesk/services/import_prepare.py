"""The part of an import that needs no database: a converted record made into stored rows.

``Preparer.prepare`` checks a converted record with ``check_converted`` (what
``check_customer``, and so the customer service, would store, without parsing again what
the converter parsed) and builds the customer's row, contact points, tags and the keys
the duplicate rule compares, as plain tuples. ``import_stage`` binds a chunk of them into
a SQLite image for the process that writes; the engine turns each record's wire tuple
back into an ``Incoming`` record with ``unwire``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Protocol

from relationdesk.codes import ContactKind, CustomerKind
from relationdesk.ids import uuid7
from relationdesk.importing.problems import Problem, Severity
from relationdesk.importing.values import Conversion
from relationdesk.normalize.kana import fold
from relationdesk.normalize.phones import stored_search_digits
from relationdesk.services import search_index
from relationdesk.services.customer_columns import (
    CUSTOMER_COLUMNS,
    POINT_COLUMNS,
    customer_tuple,
    point_tuple,
)
from relationdesk.services.customer_validation import (
    CheckedCustomer,
    check_converted,
    check_customer,
)
from relationdesk.services.duplicate_rules import Identity
from relationdesk.services.errors import ValidationError

if TYPE_CHECKING:  # loads SQLAlchemy, which the helper processes do without
    from relationdesk.services.customer_records import StoredCustomer

# A prepared record is a tuple: (line, problems, row, points, tags, company, company
# reading, identity, grams of the search document, order bucket of the sort key); for a
# record that gives no customer, row is None.
Wire = tuple[Any, ...]
# What a staged record keeps of its row in its wire tuple (``import_stage``; the rest
# stays in the chunk's image): these columns, in this order.
HEAD_COLUMNS = ("id", "kind", "display_name", "family_name", "given_name", "search_text")
_HEAD_ID, _HEAD_KIND, _HEAD_NAME, _HEAD_FAMILY, _HEAD_GIVEN, _HEAD_TEXT = range(len(HEAD_COLUMNS))
# A new contact point's row as a list to fill in (a copy and a few assignments cost half
# of a 19-key dict): every column at its default.
_POINT_AT = {column: index for index, column in enumerate(POINT_COLUMNS)}
_POINT_TEMPLATE: list[Any] = list(
    point_tuple(
        dict.fromkeys(POINT_COLUMNS, "")
        | {"is_primary": 0, "position": 0, "country": "JP", "version": 1}
    )
)
_POINT_ID, _POINT_CUSTOMER, _POINT_KIND, _POINT_LABEL = (
    _POINT_AT[c] for c in ("id", "customer_id", "kind", "label")
)
_POINT_PRIMARY, _POINT_POSITION, _POINT_CREATED, _POINT_UPDATED = (
    _POINT_AT[c] for c in ("is_primary", "position", "created_at", "updated_at")
)


class ImportCode:
    """Codes of the problems the import itself reports (beyond the file's and values')."""

    POSSIBLE_DUPLICATE: Final = "possible_duplicate"  # warning; value: the name; params: rule
    NOT_STORED: Final = "not_stored"  # error: the record failed the customer checks; params: field


class IdSource(Protocol):
    """What hands out the ids of new rows: ``Ids``, or a test's predictable stand-in."""

    def new(self) -> bytes:
        """A new 16-byte id."""
        ...


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


class StagedRows(Protocol):
    """Where a staged record's whole row and contact points are read from
    (``import_stage.StageReader``)."""

    def record(self, row_id: int) -> tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]:
        """The customer row and contact point rows staged as *row_id*."""
        ...


class Incoming:
    """One usable record, checked, as the customer it would become.

    Its rows stay in the chunk's staged image (``import_stage``): the record keeps only
    the head (``HEAD_COLUMNS``) and its rowid there. ``row`` and ``points``
    read them on first use (a merge into it, a company link, a preview row), and
    ``customer`` makes the full ``StoredCustomer``; a new customer is copied from the
    image without them.

    A plain class for its compiled __init__, as one is made per record (FAST_INIT in
    relationdesk.services.customer_data).
    """

    def __init__(
        self,
        line: int,
        problems: list[Problem],
        identity: Identity,
        company_name: str,
        company_reading: str,
        head: tuple[Any, ...],
        stage_row: int,
        tags: tuple[tuple[str, str], ...],
        grams: str,
        bucket: int,
        stage: StagedRows,
        keys: tuple[tuple[str, str], ...],
    ) -> None:
        self.line = line
        self.problems = problems
        self.identity = identity
        self.company_name = company_name
        self.company_reading = company_reading
        self.head = head
        self.stage_row = stage_row
        self.tags = tags
        self.grams = grams
        self.bucket = bucket
        self.stage = stage
        self.keys = keys  # what the engine's index finds it by
        self.made: StoredCustomer | None = None
        self.loaded: tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]] | None = None

    @property
    def id(self) -> bytes:
        """The new customer's id."""
        return bytes(self.head[_HEAD_ID])

    @property
    def kind(self) -> str:
        """person or company."""
        return str(self.head[_HEAD_KIND])

    @property
    def display_name(self) -> str:
        """The display name."""
        return str(self.head[_HEAD_NAME])

    @property
    def family_name(self) -> str:
        """The family name ("" for a company)."""
        return str(self.head[_HEAD_FAMILY] or "")

    @property
    def given_name(self) -> str:
        """The given name ("" for a company)."""
        return str(self.head[_HEAD_GIVEN] or "")

    @property
    def search_text(self) -> str:
        """The customer's search document."""
        return str(self.head[_HEAD_TEXT])

    @property
    def row(self) -> tuple[Any, ...]:
        """The customer row, in ``CUSTOMER_COLUMNS`` order (read from the image)."""
        return self._rows()[0]

    @property
    def points(self) -> tuple[tuple[Any, ...], ...]:
        """The contact point rows, in ``POINT_COLUMNS`` order (read from the image)."""
        return self._rows()[1]

    def _rows(self) -> tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]:
        if self.loaded is None:
            self.loaded = self.stage.record(self.stage_row)
        return self.loaded

    @property
    def customer(self) -> StoredCustomer:
        """The record as a full StoredCustomer (made on first use)."""
        if self.made is None:
            from relationdesk.services.customer_records import StoredCustomer

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
        self.ids: IdSource = Ids()

    def prepare(self, conversion: Conversion) -> Wire:
        """The prepared tuple of one converted record."""
        problems = list(conversion.problems)
        if conversion.customer is None:
            return (conversion.line, _wire_problems(problems), None)
        try:
            if conversion.parsed is None:
                checked = check_customer(conversion.customer, self.region)
            else:
                checked = check_converted(conversion.customer, self.region, conversion.parsed)
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
        company_key = ""
        if conversion.company_name and checked.data.kind == CustomerKind.PERSON:
            # The company it will be linked to has exactly this folded name (found or made).
            company_key = fold(conversion.company_name.strip())
        row, points, tags, identity, document = self.rows(checked, company_key)
        return (
            conversion.line,
            _wire_problems(problems),
            row,
            points,
            tags,
            conversion.company_name,
            conversion.company_reading,
            identity,
            search_index.grams_of(document),
            search_index.order_bucket(checked.sort_key),
        )

    def stored(self, checked: CheckedCustomer) -> StoredCustomer:
        """The customer *checked* becomes, as ``CustomerService.create`` stores it."""
        from relationdesk.services.customer_records import StoredCustomer

        row, points, tags, _, _ = self.rows(checked, "")
        return StoredCustomer(
            dict(zip(CUSTOMER_COLUMNS, row, strict=True)),
            [dict(zip(POINT_COLUMNS, p, strict=True)) for p in points],
            [(b"", name, key) for name, key in tags],
        )

    def rows(self, checked: CheckedCustomer, company_key: str) -> tuple[Any, ...]:
        """What *checked* is stored as, built straight from the checked values:
        (customer row, contact point rows, (tag name, folded name) pairs, identity as
        a plain tuple, search document). *company_key* is the folded name of the company
        it will be linked to ("" for none)."""
        data = checked.data
        now = self.now_us
        customer_id = self.ids.new()
        birthday = checked.birthday.isoformat() if checked.birthday else None
        points = []
        e164s, digits = [], []
        for position, phone in enumerate(checked.phones):
            number = phone.phone
            points.append(
                self.point(
                    customer_id,
                    ContactKind.PHONE,
                    phone.label,
                    phone.primary,
                    position,
                    phone_raw=number.raw,
                    phone_e164=number.e164,
                    phone_national=number.national,
                )
            )
            e164s.append(number.e164)
            digits.append(stored_search_digits(number.e164, number.national, self.region))
        emails = []
        for position, mail in enumerate(checked.emails):
            points.append(
                self.point(
                    customer_id,
                    ContactKind.EMAIL,
                    mail.label,
                    mail.primary,
                    position,
                    email=mail.address,
                )
            )
            emails.append(mail.address)
        chosen = next((i for i, a in enumerate(checked.addresses) if a.source.primary), 0)
        postal_codes = []
        for position, address in enumerate(checked.addresses):
            source = address.source
            points.append(
                self.point(
                    customer_id,
                    ContactKind.ADDRESS,
                    source.label,
                    position == chosen,
                    position,
                    postal_code=address.postal_code,
                    prefecture=source.prefecture.strip(),
                    city=source.city.strip(),
                    street=source.street.strip(),
                    building=source.building.strip(),
                    country=(source.country or "JP").upper(),
                )
            )
            if address.postal_code:
                postal_codes.append(address.postal_code)
        tags = tuple((name, search_index.fold_tag(name)) for name in checked.tags)
        document = search_index.search_document(
            checked.name_key,
            checked.reading_key,
            company_key,
            [key for _, key in tags],
            digits,
            emails,
        )
        row = customer_tuple(
            {
                "id": customer_id,
                "doc_id": 0,
                "kind": str(data.kind),
                "family_name": checked.family_name,
                "given_name": checked.given_name,
                "display_name": checked.display_name,
                "reading": checked.reading,
                "reading_key": checked.reading_key,
                "sort_key": checked.sort_key,
                "name_key": checked.name_key,
                "honorific": str(checked.honorific),
                "company_id": None,
                "title": data.title.strip(),
                "birthday": birthday,
                "birthday_md": birthday[5:] if birthday else None,
                "stage": str(data.stage),
                "source": data.source.strip(),
                "preferred_channel": str(data.preferred_channel),
                # flags as 0 and 1, as SQLite stores them: sqlite3 binds an exact int
                # directly but looks for an adapter for a bool
                "consent_dm": int(data.consent_dm),
                "consent_email": int(data.consent_email),
                "consent_line": int(data.consent_line),
                "line_id": data.line_id.strip(),
                "note": data.note,
                "custom_fields": (
                    json.dumps(dict(data.custom_fields)) if data.custom_fields else "{}"
                ),
                "search_text": document,
                "last_contact_at": None,
                "first_contact_at": None,
                "contact_count": 0,
                "follow_up_at": None,
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "deleted_at": None,
            }
        )
        identity = (
            str(data.kind),
            checked.name_key,
            checked.reading_key,
            fold(checked.family_name),
            fold(checked.given_name),
            birthday or "",
            tuple(postal_codes),
            tuple(e.lower() for e in emails),
            tuple(e164s),
        )
        return row, tuple(points), tags, identity, document

    def point(
        self,
        customer_id: bytes,
        kind: str,
        label: str,
        primary: bool,
        position: int,
        **values: str,
    ) -> tuple[Any, ...]:
        """A new contact point's row: *values* over every other column's default."""
        row = _POINT_TEMPLATE.copy()
        row[_POINT_ID] = self.ids.new()
        row[_POINT_CUSTOMER] = customer_id
        row[_POINT_KIND] = str(kind)
        row[_POINT_LABEL] = label.strip()
        row[_POINT_PRIMARY] = int(primary)
        row[_POINT_POSITION] = position
        row[_POINT_CREATED] = row[_POINT_UPDATED] = self.now_us
        for column, value in values.items():
            row[_POINT_AT[column]] = value
        return tuple(row)


def unwire(item: Wire, stage: StagedRows) -> Incoming | Rejected:
    """The record a staged wire tuple stands for (``import_stage.Staged``); *stage* holds
    its chunk's image."""
    line = item[0]
    problems = (
        [Problem(p[0], p[1], p[2], p[3], Severity(p[4]), p[5]) for p in item[1]] if item[1] else []
    )
    if item[2] is None:
        return Rejected(line, problems)
    i = item[7]
    identity = Identity(
        i[0], i[1], i[2], i[3], i[4], i[5], frozenset(i[6]), frozenset(i[7]), frozenset(i[8])
    )
    return Incoming(
        line,
        problems,
        identity,
        item[5],
        item[6],
        item[2],
        item[3],
        item[4],
        item[8],
        item[9],
        stage,
        identity_keys(identity.emails, identity.phones, identity.name_key),
    )


def identity_keys(
    emails: Iterable[str], phones: Iterable[str], name_key: str
) -> tuple[tuple[str, str], ...]:
    """The keys an import finds a record's duplicates by: each e-mail, each phone, the name."""
    return (
        *[("email", email) for email in emails],
        *[("phone", phone) for phone in phones],
        ("name", name_key),
    )


def _wire_problems(problems: list[Problem]) -> tuple[tuple[Any, ...], ...]:
    return tuple((p.line, p.column, p.code, p.value, p.severity.value, p.params) for p in problems)


__all__ = [
    "HEAD_COLUMNS",
    "IdSource",
    "Ids",
    "ImportCode",
    "Incoming",
    "Preparer",
    "Rejected",
    "StagedRows",
    "Wire",
    "identity_keys",
    "unwire",
]
