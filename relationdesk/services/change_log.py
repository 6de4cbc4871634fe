"""Writes the change log: a snapshot of a record before and after, diffed per field.

Called inside the unit of work that makes the change, so the log and the change commit or
roll back together. A row belongs to a customer's history (``customer_id``; None for a
task, a reminder about no customer) and names the record that changed (``record_type``,
``record_id``):

* ``customer``: the profile fields of ``TRACKED`` (a save, an import filling it in, a
  merge, an undo), and ``in_trash`` when it is moved to the trash or restored;
* ``interaction``, ``purchase``, ``reminder``: a customer's timeline entries and
  reminders, with the fields of ``FIELDS``: every non-empty field when one is created,
  the fields that differ when one is edited (a reminder snoozed, done or reopened too),
  ``in_trash`` when one is deleted or restored. A reminder about no customer (a task) is
  logged the same way with ``customer_id`` NULL: it is in no customer's History tab, only
  in the whole log's export (``HistoryService.export_all``).

Values are text: instants as ISO 8601 in UTC (``instant``), flags as "0"/"1", "" for
empty. The bulk paths (an import's new customers, sample data) write no rows per record:
the batch journal says what an import created.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from relationdesk.ids import uuid7
from relationdesk.models import Change, ContactKind, Customer, Interaction, Purchase, Reminder
from relationdesk.services.change_fields import BLANK, FIELDS, IN_TRASH, TRACKED

__all__ = [
    "BLANK",
    "CHANGE_COLUMNS",
    "FIELDS",
    "IN_TRASH",
    "TRACKED",
    "change_rows",
    "default_actor",
    "instant",
    "interaction_snapshot",
    "purchase_snapshot",
    "record",
    "reminder_snapshot",
    "snapshot",
    "snapshot_values",
    "trash_rows",
    "write",
]


def default_actor() -> str:
    """The OS user's name, for changes made without a staff name set."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment (some services)
        return ""


def snapshot(customer: Customer) -> dict[str, str]:
    """Return the tracked fields of a loaded customer as text."""
    points = sorted(customer.contact_points, key=lambda cp: (cp.kind, cp.position))
    return snapshot_values(
        {
            "kind": customer.kind,
            "family_name": customer.family_name,
            "given_name": customer.given_name,
            "display_name": customer.display_name,
            "reading": customer.reading,
            "honorific": customer.honorific,
            "title": customer.title,
            "birthday": customer.birthday.isoformat() if customer.birthday else "",
            "stage": customer.stage,
            "source": customer.source,
            "preferred_channel": customer.preferred_channel,
            "consent_dm": customer.consent_dm,
            "consent_email": customer.consent_email,
            "consent_line": customer.consent_line,
            "line_id": customer.line_id,
            "note": customer.note,
        },
        customer.company.display_name if customer.company is not None else "",
        [t.name for t in customer.tags],
        [
            {
                "kind": p.kind,
                "phone_raw": p.phone_raw,
                "email": p.email,
                "postal_code": p.postal_code,
                "prefecture": p.prefecture,
                "city": p.city,
                "street": p.street,
                "building": p.building,
            }
            for p in points
        ],
    )


def snapshot_values(
    fields: Mapping[str, Any],
    company: str,
    tags: Iterable[str],
    points: Iterable[Mapping[str, Any]],
) -> dict[str, str]:
    """Return the tracked fields as text from plain values (the bulk paths' snapshot).

    *fields* holds the customer's columns (birthday as ISO text or a date, flags as bools
    or 0/1), *points* its contact points in (kind, position) order.
    """
    points = list(points)
    birthday = fields["birthday"]
    return {
        "kind": fields["kind"],
        "family_name": fields["family_name"],
        "given_name": fields["given_name"],
        "display_name": fields["display_name"],
        "reading": fields["reading"],
        "honorific": fields["honorific"],
        "company": company,
        "title": fields["title"],
        "birthday": birthday.isoformat() if isinstance(birthday, date) else (birthday or ""),
        "stage": fields["stage"],
        "source": fields["source"],
        "preferred_channel": fields["preferred_channel"],
        "consent_dm": _flag(fields["consent_dm"]),
        "consent_email": _flag(fields["consent_email"]),
        "consent_line": _flag(fields["consent_line"]),
        "line_id": fields["line_id"],
        "note": fields["note"],
        "tags": "、".join(sorted(tags)),
        "phones": "、".join(p["phone_raw"] for p in points if p["kind"] == ContactKind.PHONE),
        "emails": "、".join(p["email"] for p in points if p["kind"] == ContactKind.EMAIL),
        "addresses": "、".join(
            " ".join(
                part
                for part in (
                    p["postal_code"],
                    p["prefecture"],
                    p["city"],
                    p["street"],
                    p["building"],
                )
                if part
            )
            for p in points
            if p["kind"] == ContactKind.ADDRESS
        ),
    }


def instant(value: datetime | None) -> str:
    """An instant as the log stores it: ISO 8601 in UTC, "" for none."""
    return "" if value is None else value.astimezone(UTC).isoformat()


def interaction_snapshot(entry: Interaction) -> dict[str, str]:
    """The logged fields of an interaction as text."""
    return {
        "kind": str(entry.kind),
        "direction": str(entry.direction),
        "occurred_at": instant(entry.occurred_at),
        "subject": entry.subject,
        "body": entry.body,
        "outcome": entry.outcome,
    }


def purchase_snapshot(purchase: Purchase) -> dict[str, str]:
    """The logged fields of a purchase as text (amounts in minor units, with the currency)."""
    lines = sorted(purchase.lines, key=lambda line: line.position)
    return {
        "purchased_at": instant(purchase.purchased_at),
        "lines": "、".join(
            f"{line.product} × {line.quantity} @ {line.unit_price_minor}" for line in lines
        ),
        "total": f"{purchase.total_minor} {purchase.currency}",
        "note": purchase.note,
    }


def reminder_snapshot(reminder: Reminder) -> dict[str, str]:
    """The logged fields of a reminder as text."""
    return {
        "title": reminder.title,
        "due_at": instant(reminder.due_at),
        "recurrence": str(reminder.recurrence),
        "note": reminder.note,
        "snoozed_until": instant(reminder.snoozed_until),
        "done_at": instant(reminder.done_at),
    }


def change_rows(
    customer_id: bytes | None,
    before: Mapping[str, str] | None,
    after: Mapping[str, str],
    now_us: int,
    actor: str,
    record_type: str = "customer",
    record_id: bytes | None = None,
) -> list[tuple[Any, ...]]:
    """Return the ``changes`` rows (for a Core insert, ``CHANGE_COLUMNS``) of one diff.

    *customer_id* None: a record about no customer (a task); *record_id* is then required,
    else it defaults to the customer's own id. *before* None means the record is new:
    every field that is not at its type's default (``BLANK``) is logged, from "".
    """
    record = _record_key(customer_id, record_id)
    if before is None:  # new: every field not at its default, from ""
        blank = BLANK.get(record_type, {})
        return [
            (uuid7().bytes, now_us, actor, customer_id, record_type, record, name, "", new)
            for name in FIELDS[record_type]
            if (new := after.get(name, "")) != blank.get(name, "")
        ]
    return [
        (uuid7().bytes, now_us, actor, customer_id, record_type, record, name, old, new)
        for name in FIELDS[record_type]
        if (old := before.get(name, "")) != (new := after.get(name, ""))
    ]


def trash_rows(
    customer_id: bytes | None,
    trashed: bool,
    now_us: int,
    actor: str,
    record_type: str = "customer",
    record_id: bytes | None = None,
) -> list[tuple[Any, ...]]:
    """The row that logs a record moved to the trash (*trashed*) or restored from it
    (*customer_id* and *record_id* as for ``change_rows``)."""
    record = _record_key(customer_id, record_id)
    old, new = ("0", "1") if trashed else ("1", "0")
    return [(uuid7().bytes, now_us, actor, customer_id, record_type, record, IN_TRASH, old, new)]


CHANGE_COLUMNS = (
    "id, changed_at, actor, customer_id, record_type, record_id, field, old_value, new_value"
)


def write(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert change rows (``CHANGE_COLUMNS`` order) with one executemany."""
    if rows:
        conn.exec_driver_sql(
            f"INSERT INTO changes ({CHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            list(rows),
        )


def record(
    session: Session,
    customer_id: uuid.UUID,
    before: dict[str, str],
    after: dict[str, str],
    now: datetime,
    actor: str,
) -> int:
    """Add one Change per field that differs; return how many."""
    count = 0
    for name in TRACKED:
        old, new = before.get(name, ""), after.get(name, "")
        if old == new:
            continue
        session.add(
            Change(
                id=uuid7(),
                changed_at=now,
                actor=actor,
                customer_id=customer_id,
                record_type="customer",
                record_id=customer_id,
                field=name,
                old_value=old,
                new_value=new,
            )
        )
        count += 1
    return count


def _record_key(customer_id: bytes | None, record_id: bytes | None) -> bytes:
    """The logged record's id: *record_id*, else the customer's own."""
    if record_id is not None:
        return record_id
    if customer_id is None:
        raise ValueError("a change about no customer needs its record's id")
    return customer_id


def _flag(value: Any) -> str:
    return "1" if value else "0"
