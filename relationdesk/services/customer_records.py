"""Whole stored customers as plain rows, for the bulk paths: import, merge and undo.

A ``StoredCustomer`` is one customer as the database holds it: its ``customers`` row, its
contact points and its tags, as the driver returns them (ids as 16 bytes, instants as
integer microseconds, the birthday as ISO text). Imports build new ones and fill in
loaded ones, then write them with Core statements; undo puts a before-image back. The
column lists come from the models, so a column added later is carried along.

This is also where a stored customer's derived values are computed from its plain
values (display name, keys, search document, change-log snapshot) the same way
``CustomerService`` computes them from ORM objects; the tests hold the two to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from relationdesk.models import ContactKind
from relationdesk.normalize.kana import fold, gojuon_key
from relationdesk.normalize.phones import stored_search_digits
from relationdesk.services import change_log, search_index
from relationdesk.services.customer_columns import (
    CUSTOMER_COLUMNS,
    POINT_COLUMNS,
    customer_tuple,
    point_tuple,
)
from relationdesk.services.customer_validation import person_display_name
from relationdesk.services.duplicate_rules import Identity
from relationdesk.services.list_rows import given_first

# What undo puts back on a customer that stays: the profile, not the bookkeeping (id,
# times, version), not the trash flag, and not the contact figures, which the timeline
# keeps current from the history.
KEPT_ON_RESTORE = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted_at",
        "last_contact_at",
        "first_contact_at",
        "contact_count",
        "follow_up_at",
    }
)
PROFILE_COLUMNS: tuple[str, ...] = tuple(c for c in CUSTOMER_COLUMNS if c not in KEPT_ON_RESTORE)
CONTACT_COLUMNS = ("last_contact_at", "first_contact_at", "contact_count", "follow_up_at")
# SQLite allows 32,766 bound parameters; look-ups go in slices well below that.
SLICE = 500


@dataclass
class StoredCustomer:
    """One customer's row, contact points and tags (id, name, folded name) as stored."""

    row: dict[str, Any]
    points: list[dict[str, Any]] = field(default_factory=list)
    tags: list[tuple[bytes, str, str]] = field(default_factory=list)
    company_name: str = ""
    company_key: str = ""

    @property
    def id(self) -> bytes:
        """The customer's id (16 bytes)."""
        return bytes(self.row["id"])

    def points_of(self, kind: str) -> list[dict[str, Any]]:
        """The contact points of one kind, in position order."""
        return sorted((p for p in self.points if p["kind"] == kind), key=lambda p: p["position"])

    def snapshot(self) -> dict[str, str]:
        """The change log's text form of the tracked fields."""
        return change_log.snapshot_values(
            self.row,
            self.company_name,
            (name for _, name, _ in self.tags),
            sorted(self.points, key=lambda p: (p["kind"], p["position"])),
        )

    def document(self, region: str) -> str:
        """The search document, as ``CustomerService`` builds it."""
        ordered = sorted(self.points, key=lambda p: p["position"])
        return search_index.search_document(
            self.row["name_key"],
            self.row["reading_key"],
            self.company_key,
            [key for _, _, key in self.tags],  # in the order given, as the ORM path has them
            [
                stored_search_digits(p["phone_e164"], p["phone_national"], region)
                for p in ordered
                if p["kind"] == ContactKind.PHONE
            ],
            [p["email"] for p in ordered if p["kind"] == ContactKind.EMAIL],
        )

    def derive_keys(self) -> None:
        """Recompute the display name (of a person) and the name, reading and sort keys."""
        row = self.row
        if row["kind"] != "company":
            row["display_name"] = person_display_name(row["family_name"], row["given_name"])
        row["name_key"] = fold(row["display_name"])
        row["reading_key"] = fold(row["reading"])
        row["sort_key"] = gojuon_key(row["reading_key"] or row["name_key"])
        birthday = row["birthday"]
        row["birthday_md"] = birthday[5:] if birthday else None

    def identity(self) -> Identity:
        """What the duplicate rule compares of this customer."""
        row = self.row
        return Identity(
            kind=row["kind"],
            name_key=row["name_key"],
            reading_key=row["reading_key"],
            family_key=fold(row["family_name"]),
            given_key=fold(row["given_name"]),
            birthday=row["birthday"] or "",
            postal_codes=frozenset(
                p["postal_code"]
                for p in self.points
                if p["kind"] == ContactKind.ADDRESS and p["postal_code"]
            ),
            emails=frozenset(
                p["email"].lower() for p in self.points if p["kind"] == ContactKind.EMAIL
            ),
            phones=frozenset(
                p["phone_e164"] for p in self.points if p["kind"] == ContactKind.PHONE
            ),
        )

    def image(self) -> str:
        """The JSON before-image of this customer (``from_image`` reads it back)."""
        return json.dumps(
            {
                "customer": {k: _encode(v) for k, v in self.row.items()},
                "points": [{k: _encode(v) for k, v in p.items()} for p in self.points],
                "tags": [[tag_id.hex(), name, key] for tag_id, name, key in self.tags],
                "company": [self.company_name, self.company_key],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_image(cls, text: str) -> StoredCustomer:
        """Read a before-image written by ``image``."""
        data = json.loads(text)
        company_name, company_key = data.get("company", ["", ""])
        return cls(
            row={k: _decode(v) for k, v in data["customer"].items()},
            points=[{k: _decode(v) for k, v in p.items()} for p in data["points"]],
            tags=[(bytes.fromhex(t[0]), t[1], t[2]) for t in data["tags"]],
            company_name=company_name,
            company_key=company_key,
        )


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return {"hex": bytes(value).hex()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"hex"}:
        return bytes.fromhex(value["hex"])
    return value


def load_identities(
    conn: Connection, ids: Iterable[bytes]
) -> tuple[dict[bytes, Identity], dict[bytes, tuple[str, str]]]:
    """What the duplicate rule compares of the live customers among *ids*, and their
    display names with the name given name first ('' if none; ``list_rows.given_first``)
    (two indexed queries per slice of ids; trashed ids are left out)."""
    rows: dict[bytes, Any] = {}
    postal: dict[bytes, set[str]] = {}
    emails: dict[bytes, set[str]] = {}
    phones: dict[bytes, set[str]] = {}
    for part in slices(sorted(ids)):
        marks = ",".join("?" * len(part))
        for r in conn.exec_driver_sql(
            "SELECT id, kind, name_key, reading_key, family_name, given_name, birthday, "
            f"display_name FROM customers WHERE id IN ({marks}) AND +deleted_at IS NULL",
            tuple(part),
        ):
            rows[bytes(r[0])] = r
        for customer_id, kind, email, phone, code in conn.exec_driver_sql(
            "SELECT customer_id, kind, email, phone_e164, postal_code FROM contact_points "
            f"WHERE customer_id IN ({marks})",
            tuple(part),
        ):
            key = bytes(customer_id)
            if kind == ContactKind.EMAIL:
                emails.setdefault(key, set()).add(email.lower())
            elif kind == ContactKind.PHONE:
                phones.setdefault(key, set()).add(phone)
            elif code:
                postal.setdefault(key, set()).add(code)
    identities = {
        key: Identity(
            kind=r[1],
            name_key=r[2],
            reading_key=r[3],
            family_key=fold(r[4]),
            given_key=fold(r[5]),
            birthday=r[6] or "",
            postal_codes=frozenset(postal.get(key, ())),
            emails=frozenset(emails.get(key, ())),
            phones=frozenset(phones.get(key, ())),
        )
        for key, r in rows.items()
    }
    names = {key: (r[7], given_first(r[1], r[7], r[4], r[5])) for key, r in rows.items()}
    return identities, names


def load_customers(
    conn: Connection, ids: Iterable[bytes], include_trashed: bool = False
) -> dict[bytes, StoredCustomer]:
    """Load whole customers by id (16-byte keys); missing (and trashed) ids are left out."""
    keys = list(dict.fromkeys(bytes(i) for i in ids))
    found: dict[bytes, StoredCustomer] = {}
    columns = ", ".join(f"c.{c}" for c in CUSTOMER_COLUMNS)
    live = "" if include_trashed else "AND +c.deleted_at IS NULL"
    for part in _slices(keys):
        marks = ",".join("?" * len(part))
        rows = conn.exec_driver_sql(
            f"SELECT {columns}, co.display_name, co.name_key FROM customers c "
            f"LEFT JOIN customers co ON co.id = c.company_id WHERE c.id IN ({marks}) {live}",
            tuple(part),
        ).all()
        width = len(CUSTOMER_COLUMNS)
        for r in rows:
            row = dict(zip(CUSTOMER_COLUMNS, r[:width], strict=True))
            row["id"] = bytes(row["id"])
            found[row["id"]] = StoredCustomer(
                row=row, company_name=r[width] or "", company_key=r[width + 1] or ""
            )
        if not rows:
            continue
        present = [k for k in part if k in found]
        marks = ",".join("?" * len(present))
        point_columns = ", ".join(POINT_COLUMNS)
        for p in conn.exec_driver_sql(
            f"SELECT {point_columns} FROM contact_points WHERE customer_id IN ({marks}) "
            "ORDER BY customer_id, kind, position",
            tuple(present),
        ):
            point = dict(zip(POINT_COLUMNS, p, strict=True))
            found[bytes(point["customer_id"])].points.append(point)
        for customer_id, tag_id, name, key in conn.exec_driver_sql(
            "SELECT ct.customer_id, t.id, t.name, t.name_key FROM customer_tags ct "
            f"JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id IN ({marks}) "
            "ORDER BY ct.customer_id, t.name_key",
            tuple(present),
        ):
            found[bytes(customer_id)].tags.append((bytes(tag_id), name, key))
    return found


def insert_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """INSERT *rows* (tuples in *columns* order) with one executemany."""
    if not rows:
        return
    marks = ", ".join("?" * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", list(rows))


def slices(items: Sequence[Any], size: int = SLICE) -> Iterable[Sequence[Any]]:
    """*items* in consecutive slices of at most *size* (for IN lists)."""
    return _slices(items, size)


def _slices(items: Sequence[Any], size: int = SLICE) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


__all__ = [
    "CONTACT_COLUMNS",
    "CUSTOMER_COLUMNS",
    "POINT_COLUMNS",
    "PROFILE_COLUMNS",
    "StoredCustomer",
    "customer_tuple",
    "insert_rows",
    "load_customers",
    "point_tuple",
    "slices",
]
