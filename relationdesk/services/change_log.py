"""Writes the change log: a snapshot of a customer's profile before and after, diffed per field.

Called inside the unit of work that makes the change, so the log and the change commit or
roll back together.
"""

from __future__ import annotations

import getpass
import uuid
from datetime import datetime

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
    return {
        "kind": customer.kind,
        "family_name": customer.family_name,
        "given_name": customer.given_name,
        "display_name": customer.display_name,
        "reading": customer.reading,
        "honorific": customer.honorific,
        "company": customer.company.display_name if customer.company is not None else "",
        "title": customer.title,
        "birthday": customer.birthday.isoformat() if customer.birthday else "",
        "stage": customer.stage,
        "source": customer.source,
        "preferred_channel": customer.preferred_channel,
        "consent_dm": _flag(customer.consent_dm),
        "consent_email": _flag(customer.consent_email),
        "consent_line": _flag(customer.consent_line),
        "line_id": customer.line_id,
        "note": customer.note,
        "tags": "、".join(sorted(t.name for t in customer.tags)),
        "phones": "、".join(p.phone_raw for p in points if p.kind == ContactKind.PHONE),
        "emails": "、".join(p.email for p in points if p.kind == ContactKind.EMAIL),
        "addresses": "、".join(
            " ".join(
                part for part in (p.postal_code, p.prefecture, p.city, p.street, p.building) if part
            )
            for p in points
            if p.kind == ContactKind.ADDRESS
        ),
    }


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


def _flag(value: bool) -> str:
    return "1" if value else "0"
