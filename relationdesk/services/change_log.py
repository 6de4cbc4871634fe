"""Writes the change log: a snapshot of a customer's profile before and after, diffed per field.

Called inside the unit of work that makes the change, so the log and the change commit or
roll back together.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from relationdesk.ids import uuid7
from relationdesk.models import Change, ContactKind, Customer

# The profile fields the log follows, in the order a History view lists them.
TRACKED = (
    "kind",
    "family_name",
    "given_name",
    "display_name",
    "reading",
    "honorific",
    "company",
    "title",
    "birthday",
    "stage",
    "source",
    "preferred_channel",
    "consent_dm",
    "consent_email",
    "consent_line",
    "line_id",
    "note",
    "tags",
    "phones",
    "emails",
    "addresses",
)


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


def change_rows(
    customer_id: bytes,
    before: Mapping[str, str],
    after: Mapping[str, str],
    now_us: int,
    actor: str,
) -> list[tuple[Any, ...]]:
    """Return the ``changes`` rows (for a Core insert, ``CHANGE_COLUMNS``) of one diff."""
    return [
        (uuid7().bytes, now_us, actor, customer_id, "customer", customer_id, name, old, new)
        for name in TRACKED
        if (old := before.get(name, "")) != (new := after.get(name, ""))
    ]


CHANGE_COLUMNS = (
    "id, changed_at, actor, customer_id, record_type, record_id, field, old_value, new_value"
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


def _flag(value: Any) -> str:
    return "1" if value else "0"
