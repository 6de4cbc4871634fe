"""The trash: what is in it, purging what has been there too long, and Empty Trash.

Deleting a customer, a timeline entry (interaction or purchase) or a reminder only sets its
``deleted_at``: it goes to the trash and can be restored. Purging removes trashed records
for good, in one transaction:

* a trashed customer with everything that belongs to it: contact points, tag links,
  interactions, purchases and their lines, reminders and its change-log rows (the foreign
  keys cascade), and its search-index entries (normally already gone: trashing removes
  them; removed here too should an older version have left them);
* people who worked for a purged company lose the link (``company_id``), and their search
  document loses the company's name, in the index too; their change log says so;
* trashed interactions, purchases and reminders of customers that stay.

``purge_expired`` purges what has been in the trash longer than the trash period
(``trash_days`` in Preferences, 30 by default; call it at start-up, off the GUI thread);
``empty`` purges everything in the trash now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from relationdesk.services import change_log, search_index
from relationdesk.services.rows import micros
from relationdesk.services.unit_of_work import Database

_CHUNK = 500  # ids per IN (...) list
COMPANY_LINE = 2  # the company's key is the third line of a search document


@dataclass(frozen=True, slots=True)
class TrashCounts:
    """How many records are in the trash (a customer's own entries count with it)."""

    customers: int
    interactions: int
    purchases: int
    reminders: int

    @property
    def total(self) -> int:
        """Everything in the trash."""
        return self.customers + self.interactions + self.purchases + self.reminders


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What a purge removed for good; ``cutoff`` None means the whole trash (Empty Trash).

    The entry counts are the trashed entries of customers that stay; a purged customer's
    own history goes with it and is counted in ``customer_entries``.
    """

    cutoff: datetime | None
    customers: int
    customer_entries: int
    interactions: int
    purchases: int
    reminders: int
    unlinked_members: int

    @property
    def total(self) -> int:
        """Records purged from the trash (customers and standalone entries)."""
        return self.customers + self.interactions + self.purchases + self.reminders


class TrashService:
    """Counts and purges the trash; *actor* is who the purge's changes to people of a
    purged company are logged as (default: the OS user)."""

    def __init__(self, db: Database, days: int = 30, actor: str | None = None) -> None:
        self._db = db
        self.days = days
        self.actor = change_log.default_actor() if actor is None else actor

    def counts(self) -> TrashCounts:
        """What is in the trash now (entries of a trashed customer count with the customer)."""
        with self._db.read() as uow:
            conn = uow.connection
            customers = conn.exec_driver_sql(
                "SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL"
            ).scalar()
            entries = [
                int(
                    conn.exec_driver_sql(
                        f"SELECT count(*) FROM {table} x LEFT JOIN customers c "
                        "ON c.id = x.customer_id "
                        "WHERE x.deleted_at IS NOT NULL AND c.deleted_at IS NULL"
                    ).scalar()
                    or 0
                )
                for table in ("interactions", "purchases", "reminders")
            ]
        return TrashCounts(int(customers or 0), *entries)

    def purge_expired(self, now: datetime) -> PurgeResult:
        """Purge what was trashed more than ``days`` days before *now*."""
        return self._purge(now - timedelta(days=self.days), now)

    def empty(self, now: datetime) -> PurgeResult:
        """Empty Trash: purge everything in the trash (*now* is when it was asked)."""
        return self._purge(None, now)

    def _purge(self, cutoff: datetime | None, now: datetime) -> PurgeResult:
        limit = "deleted_at IS NOT NULL" + ("" if cutoff is None else " AND deleted_at <= ?")
        params: tuple[Any, ...] = () if cutoff is None else (micros(cutoff),)
        with self._db.write() as uow:
            conn = uow.connection
            doomed = conn.exec_driver_sql(
                f"SELECT id, doc_id, search_text FROM customers WHERE {limit}", params
            ).all()
            ids = [row[0] for row in doomed]
            entries = 0
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                for table in ("interactions", "purchases", "reminders"):
                    entries += int(
                        conn.exec_driver_sql(
                            f"SELECT count(*) FROM {table} WHERE customer_id IN ({marks})", chunk
                        ).scalar()
                        or 0
                    )
            remove_from_index(conn, [(row[1], row[2]) for row in doomed])
            unlinked = unlink_members(conn, ids, now, self.actor)
            delete_customers(conn, ids)
            counts = []
            for table in ("interactions", "purchases", "reminders"):
                counts.append(
                    conn.exec_driver_sql(f"DELETE FROM {table} WHERE {limit}", params).rowcount
                )
            uow.commit()
        return PurgeResult(
            cutoff=cutoff,
            customers=len(ids),
            customer_entries=entries,
            interactions=counts[0],
            purchases=counts[1],
            reminders=counts[2],
            unlinked_members=unlinked,
        )


def remove_from_index(conn: Connection, documents: Sequence[tuple[int, str]]) -> None:
    """Remove documents (doc_id, text) from the search index where they are still in it."""
    present = []
    for chunk in _chunks([doc_id for doc_id, _ in documents]):
        marks = ",".join("?" * len(chunk))
        present += [
            row[0]
            for row in conn.exec_driver_sql(
                f"SELECT id FROM customer_fts_docsize WHERE id IN ({marks})", chunk
            ).all()
        ]
    indexed = set(present)
    search_index.remove_documents(conn, [d for d in documents if d[0] in indexed])


def unlink_members(
    conn: Connection,
    company_ids: Sequence[bytes],
    now: datetime,
    actor: str,
    redacted: str | None = None,
) -> int:
    """Take departing companies off their members (and the company off their search
    documents, in the index too), logged in each member's history as *actor* (the old
    value is the company's name, or *redacted* in its place); return how many members
    there were."""
    departing = set(company_ids)
    count = 0
    changes: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(company_ids)):
        marks = ",".join("?" * len(chunk))
        members = conn.exec_driver_sql(
            "SELECT m.id, m.doc_id, m.search_text, m.deleted_at, c.display_name "
            "FROM customers m JOIN customers c ON c.id = m.company_id "
            f"WHERE m.company_id IN ({marks})",
            chunk,
        ).all()
        for member_id, doc_id, text, deleted_at, company in members:
            if member_id in departing:
                continue
            lines = text.split("\n")
            if len(lines) > COMPANY_LINE:
                lines[COMPANY_LINE] = ""
            new_text = "\n".join(lines)
            if deleted_at is None and new_text != text:
                search_index.remove_documents(conn, [(doc_id, text)])
                search_index.add_documents(conn, [(doc_id, new_text)])
            # A profile field changes: the version moves, so an editor open on the member
            # sees a conflict rather than saving the departed company back.
            conn.exec_driver_sql(
                "UPDATE customers SET company_id = NULL, search_text = ?, updated_at = ?, "
                "version = version + 1 WHERE id = ?",
                (new_text, micros(now), member_id),
            )
            old = {"company": company if redacted is None else redacted}
            changes += change_log.change_rows(
                bytes(member_id), old, {"company": ""}, micros(now), actor
            )
            count += 1
    change_log.write(conn, changes)
    return count


def delete_customers(conn: Connection, ids: Sequence[bytes]) -> None:
    """Delete customers for good; their own rows go with them (the foreign keys cascade)."""
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(f"DELETE FROM customers WHERE id IN ({marks})", chunk)


def _chunks(values: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [tuple(values[i : i + _CHUNK]) for i in range(0, len(values), _CHUNK)]
