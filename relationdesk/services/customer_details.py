"""Whole customer profiles read in batches with Core queries, for exports and bulk reads.

``CustomerService.get`` loads one customer through the ORM; reading thousands that way is
5-9x slower than Core rows (see ARCHITECTURE "Known facts"). Here a batch of ids costs
three queries: the customers with their company's name, their contact points and their
tags. The functions take the caller's connection, so a long export can read every page
inside one read transaction (one consistent snapshot of the database).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection

from relationdesk.normalize.phones import PhoneDisplay
from relationdesk.services.customer_data import AddressOut, CustomerDetail, EmailOut, PhoneOut
from relationdesk.services.rows import as_instant, as_time, as_uuid

# SQLite's limit on bound parameters is 32,766 (3.32+); batches stay far below it.
MAX_BATCH = 10_000

_CUSTOMERS = """
SELECT c.id, c.version, c.kind, c.family_name, c.given_name, c.display_name, c.reading,
  c.honorific, c.company_id, co.display_name, c.title, c.birthday, c.stage, c.source,
  c.preferred_channel, c.consent_dm, c.consent_email, c.consent_line, c.line_id, c.note,
  c.custom_fields, c.created_at, c.updated_at, c.deleted_at, c.last_contact_at
FROM customers c LEFT JOIN customers co ON co.id = c.company_id
WHERE c.id IN ({marks}) {live}
"""

_POINTS = """
SELECT customer_id, kind, id, label, is_primary, phone_raw, phone_e164, phone_national,
  email, postal_code, prefecture, city, street, building, country
FROM contact_points WHERE customer_id IN ({marks})
ORDER BY customer_id, kind, position
"""

_TAGS = """
SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
WHERE ct.customer_id IN ({marks})
ORDER BY ct.customer_id, t.name_key
"""


def load_details(
    conn: Connection,
    ids: Sequence[uuid.UUID],
    phones: PhoneDisplay,
    include_trashed: bool = False,
) -> list[CustomerDetail]:
    """Return the profiles of *ids* in the order given; missing (and trashed) ids are left out.

    The same values as ``CustomerService.get`` gives one at a time. At most MAX_BATCH ids.
    """
    if len(ids) > MAX_BATCH:
        raise ValueError(f"at most {MAX_BATCH} ids per batch, {len(ids)} given")
    if not ids:
        return []
    keys = tuple(dict.fromkeys(i.bytes for i in ids))
    marks = ",".join("?" * len(keys))
    # The unary + keeps SQLite from walking an index on deleted_at (every live customer)
    # instead of looking the ids up.
    live = "" if include_trashed else "AND +c.deleted_at IS NULL"
    found = conn.exec_driver_sql(_CUSTOMERS.format(marks=marks, live=live), keys).all()
    rows = {bytes(r[0]): r for r in found}
    points: dict[bytes, list[Any]] = {}
    for point in conn.exec_driver_sql(_POINTS.format(marks=marks), keys).all():
        points.setdefault(bytes(point[0]), []).append(point)
    tags: dict[bytes, list[str]] = {}
    for customer_id, name in conn.exec_driver_sql(_TAGS.format(marks=marks), keys).all():
        tags.setdefault(bytes(customer_id), []).append(name)
    return [
        _detail(rows[key], points.get(key, []), tags.get(key, []), phones)
        for key in keys
        if key in rows
    ]


def _detail(r: Any, points: list[Any], tags: list[str], phones: PhoneDisplay) -> CustomerDetail:
    return CustomerDetail(
        id=as_uuid(r[0]),
        version=r[1],
        kind=r[2],
        family_name=r[3],
        given_name=r[4],
        display_name=r[5],
        reading=r[6],
        honorific=r[7],
        company_id=None if r[8] is None else as_uuid(r[8]),
        company_name=r[9] or "",
        title=r[10],
        birthday=None if r[11] is None else date.fromisoformat(r[11]),
        stage=r[12],
        source=r[13],
        preferred_channel=r[14],
        consent_dm=bool(r[15]),
        consent_email=bool(r[16]),
        consent_line=bool(r[17]),
        line_id=r[18],
        note=r[19],
        tags=tuple(tags),
        custom_fields=_json(r[20]),
        phones=tuple(
            PhoneOut(as_uuid(p[2]), p[3], p[5], p[6], phones.show(p[6], p[7]), bool(p[4]))
            for p in points
            if p[1] == "phone"
        ),
        emails=tuple(
            EmailOut(as_uuid(p[2]), p[3], p[8], bool(p[4])) for p in points if p[1] == "email"
        ),
        addresses=tuple(
            AddressOut(as_uuid(p[2]), p[3], p[9], p[10], p[11], p[12], p[13], p[14], bool(p[4]))
            for p in points
            if p[1] == "address"
        ),
        created_at=as_instant(r[21]),
        updated_at=as_instant(r[22]),
        deleted_at=as_time(r[23]),
        last_contact_at=as_time(r[24]),
    )


def _json(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    loaded = json.loads(value) if isinstance(value, str | bytes) else value
    return dict(loaded or {})


__all__ = ["MAX_BATCH", "load_details"]
