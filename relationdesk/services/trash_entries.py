"""Trashed timeline entries: list them (newest deletion first) and restore one.

The trash holds, besides customers, the interactions, purchases and reminders that were
deleted one by one from a customer's timeline (and reminders about no customer). This
module lists those whose customer is not itself in the trash (a trashed customer's
entries come back with the customer), in pages ordered by ``deleted_at`` then id, newest
first, with a keyset cursor; each part reads through its partial index on ``deleted_at``
(migration 0004), so a page costs the same whatever the size of the history.

Restoring goes through the timeline's and the reminders' own restore, which log it in
the customer's change history in the same transaction (a task's with no customer).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from relationdesk.services.list_rows import given_first_sql
from relationdesk.services.rows import as_instant, micros
from relationdesk.services.unit_of_work import Database

SUMMARY_LENGTH = 120

# Each part: trashed rows of one table whose customer is live (or, for reminders, absent).
# CROSS JOIN keeps the trashed rows (their partial index) as the outer loop: with a plain
# JOIN SQLite's planner walks every live customer's history instead (2.8 s at 100,000
# customers against ~1 ms; tools/measure_trash.py).
_PARTS_SQL = """
SELECT * FROM (
  SELECT i.id, i.kind, i.occurred_at, i.subject, i.body, i.deleted_at, i.customer_id,
         c.display_name, {given_first}
  FROM interactions i CROSS JOIN customers c ON c.id = i.customer_id
  WHERE i.deleted_at IS NOT NULL AND c.deleted_at IS NULL {interaction_after}
  ORDER BY i.deleted_at DESC, i.id DESC LIMIT ?
)
UNION ALL
SELECT * FROM (
  SELECT p.id, 'purchase', p.purchased_at, coalesce(
           (SELECT group_concat(product, '、') FROM
              (SELECT l.product FROM purchase_lines l WHERE l.purchase_id = p.id
               ORDER BY l.position)), ''),
         p.note, p.deleted_at, p.customer_id, c.display_name, {given_first}
  FROM purchases p CROSS JOIN customers c ON c.id = p.customer_id
  WHERE p.deleted_at IS NOT NULL AND c.deleted_at IS NULL {purchase_after}
  ORDER BY p.deleted_at DESC, p.id DESC LIMIT ?
)
UNION ALL
SELECT * FROM (
  SELECT r.id, 'reminder', r.due_at, r.title, r.note, r.deleted_at, r.customer_id,
         coalesce(c.display_name, ''), coalesce({given_first}, '')
  FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id
  WHERE r.deleted_at IS NOT NULL AND c.deleted_at IS NULL {reminder_after}
  ORDER BY r.deleted_at DESC, r.id DESC LIMIT ?
)
ORDER BY 6 DESC, 1 DESC LIMIT ?
"""
_AFTER = "AND ({0}.deleted_at, {0}.id) < (?, ?)"
_ALIASES = (("interaction_after", "i"), ("purchase_after", "p"), ("reminder_after", "r"))


@dataclass(frozen=True, slots=True)
class TrashedEntry:
    """One trashed timeline entry.

    ``kind`` is an interaction kind (``"call"``, ``"note"`` ...), ``"purchase"`` or
    ``"reminder"``; ``at`` is when it happened (a reminder: when it was due); ``summary``
    is its subject, products or title, else the start of its text. ``customer_id`` is
    None for a reminder about no customer (its names are then ''); ``customer_given_first``
    is the name given name first where there is such a form (see ``ui.names``).
    """

    id: uuid.UUID
    kind: str
    at: datetime
    summary: str
    deleted_at: datetime
    customer_id: uuid.UUID | None
    customer_name: str
    customer_given_first: str


@dataclass(frozen=True, slots=True)
class TrashCursor:
    """Where a page of trashed entries ended (deletion time and id of its last entry)."""

    deleted_at: datetime
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class TrashedEntryPage:
    """A page of trashed entries and the cursor of the next (older) page, None at the end."""

    entries: tuple[TrashedEntry, ...]
    next: TrashCursor | None


class TrashedEntries:
    """The timeline entries in the trash: paged listing and restore.

    *timeline* and *reminders* are the app's TimelineService and ReminderService: restoring
    is theirs (logged in the change history as their actor, in the same transaction).
    """

    def __init__(self, db: Database, timeline: Any, reminders: Any) -> None:
        self._db = db
        self._timeline = timeline
        self._reminders = reminders

    def page(self, before: TrashCursor | None = None, limit: int = 100) -> TrashedEntryPage:
        """Trashed entries of live customers, newest deletion first, older than *before*."""
        clauses: dict[str, str] = {}
        params: list[object] = []
        for name, alias in _ALIASES:
            if before is not None:
                clauses[name] = _AFTER.format(alias)
                params += [micros(before.deleted_at), before.id.bytes]
            else:
                clauses[name] = ""
            params.append(limit)
        sql = _PARTS_SQL.format(given_first=given_first_sql("c"), **clauses)
        with self._db.query() as conn:
            rows = conn.execute(sql, (*params, limit)).fetchall()
        entries = tuple(_entry(row) for row in rows)
        cursor = None
        if len(entries) == limit:
            cursor = TrashCursor(entries[-1].deleted_at, entries[-1].id)
        return TrashedEntryPage(entries, cursor)

    def restore(self, entry: TrashedEntry, now: datetime) -> None:
        """Bring a trashed entry back to its customer's timeline (logged in the history).

        Raises EntryNotFound when it is no longer there (purged); a reminder that is no
        longer in the trash raises ReminderNotFound.
        """
        if entry.kind == "reminder":
            self._reminders.restore(entry.id, now)
        else:
            self._timeline.restore_entry(entry.id, now)


def _entry(row: Any) -> TrashedEntry:
    entry_id, kind, at, subject, body, deleted_at, customer, name, given_first = row
    summary = " ".join(subject.split()) or " ".join(body[: SUMMARY_LENGTH * 4].split())
    if len(summary) > SUMMARY_LENGTH:
        summary = summary[: SUMMARY_LENGTH - 1] + "…"
    return TrashedEntry(
        id=uuid.UUID(bytes=bytes(entry_id)),
        kind=kind,
        at=as_instant(at),
        summary=summary,
        deleted_at=as_instant(deleted_at),
        customer_id=None if customer is None else uuid.UUID(bytes=bytes(customer)),
        customer_name=name or "",
        customer_given_first=given_first or "",
    )
