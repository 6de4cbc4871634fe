"""The batch journal: writing batch rows, listing them, and undoing a batch whole.

An import and a manual merge of duplicates each write one ``import_batches`` row and a
journal entry per customer they created or changed (``import_batch_items``). Undo works
from the journal alone:

* a customer the batch **created** is erased: its row, contact points, tags and change
  log go, and it leaves the search index. Erased, not trashed: the import put it there
  and nobody has touched it since (else undo refuses, below), so the trash would only
  keep personal data the user wanted gone, and a corrected file imported again would
  find the trashed copies in its way;
* a customer the batch **changed** (filled in by an import, or kept by a merge) gets its
  before-image back: every profile column, its contact points and its tags exactly as
  they were, and its search document; the change is logged like any profile save;
* a customer a merge **absorbed** comes out of the trash as it was, and the history the
  merge moved (interactions, purchases, reminders, change log, a company's people) goes
  back to it.

**Forgetting a customer** (``forget_customers``, ``forget_company``: a privacy erasure).
The journal holds copies of personal data: a before-image is a customer's whole profile, a
merge batch is named after the customer it kept, an import after its file (which can name
a person). When a customer is erased, its journal entries are deleted, a batch left with
none is deleted, a merge batch that kept it loses its name, and an import batch whose
file name names it loses that (and so does the 獲得経路 of the others that import
created, which is the file's name by default); an erased company is taken out of the
before-images of its people (link, name, search document) and out of what the details
say a file offered. The batches stay undoable and safe: undo works from the journal
alone, so it never puts an erased customer back, and the others' entries are as they
were.

Undo refuses, with ``UndoRefused`` listing every such record, when it would lose work
done since: a record whose version moved on (its profile was saved, it was trashed or
restored, a later import or merge changed it), a created customer that has history of
its own now, or a created company other customers now belong to. Nothing is changed
then; ``keep_changed=True`` undoes the rest and leaves those records as they are. Undo is
one transaction: it happens whole or not at all.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from relationdesk.models import BatchKind, ItemAction
from relationdesk.models.types import to_micros
from relationdesk.normalize.kana import fold
from relationdesk.services import change_log, search_index
from relationdesk.services.customer_records import (
    POINT_COLUMNS,
    PROFILE_COLUMNS,
    StoredCustomer,
    insert_rows,
    load_customers,
    point_tuple,
    slices,
)
from relationdesk.services.errors import (
    BatchAlreadyUndone,
    BatchNotFound,
    ChangedSince,
    ChangeReason,
    ImportCancelled,
    UndoRefused,
)
from relationdesk.services.import_data import BatchSummary, ImportCounts, UndoResult
from relationdesk.services.list_rows import given_first_sql
from relationdesk.services.rows import as_instant, as_time, as_uuid
from relationdesk.services.timeline import recompute_contacts
from relationdesk.services.trash import COMPANY_LINE

ERASED = "[erased]"  # what replaces an erased customer's name where others' records keep it

# Tables whose rows a manual merge moves from the absorbed customer to the kept one.
HISTORY_TABLES = ("interactions", "purchases", "reminders", "changes")

_BATCH_COLUMNS = (
    "id, kind, created_at, actor, file_name, file_format, policy, read_count, created_count, "
    "merged_count, skipped_count, duplicate_count, rejected_count, company_count, "
    "problem_count, undone_at"
)


def start_batch(
    conn: Connection,
    batch_id: uuid.UUID,
    kind: BatchKind,
    now: datetime,
    actor: str,
    *,
    file_name: str = "",
    file_format: str = "",
    policy: str = "",
) -> None:
    """Write the batch row (its counts come with ``finish_batch``)."""
    now_us = to_micros(now)
    conn.exec_driver_sql(
        "INSERT INTO import_batches (id, kind, actor, file_name, file_format, policy, "
        "read_count, created_count, merged_count, skipped_count, duplicate_count, "
        "rejected_count, company_count, problem_count, extra, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, '{}', ?, ?, 1)",
        (batch_id.bytes, kind.value, actor, file_name[:400], file_format, policy, now_us, now_us),
    )


def finish_batch(
    conn: Connection,
    batch_id: uuid.UUID,
    counts: ImportCounts,
    problem_count: int,
    extra: dict[str, Any],
) -> None:
    """Store the batch's counts and what undo needs beyond the journal."""
    conn.exec_driver_sql(
        "UPDATE import_batches SET read_count = ?, created_count = ?, merged_count = ?, "
        "skipped_count = ?, duplicate_count = ?, rejected_count = ?, company_count = ?, "
        "problem_count = ?, extra = ? WHERE id = ?",
        (
            counts.read,
            counts.new,
            counts.merged,
            counts.skipped,
            counts.created_anyway,
            counts.rejected,
            counts.companies,
            problem_count,
            json.dumps(extra),
            batch_id.bytes,
        ),
    )


def list_batches(
    conn: Connection, limit: int = 50, before: uuid.UUID | None = None
) -> list[BatchSummary]:
    """The newest batches first; *before* continues after that batch (keyset paging)."""
    if before is None:
        rows = conn.exec_driver_sql(
            f"SELECT {_BATCH_COLUMNS} FROM import_batches ORDER BY created_at DESC, id DESC "
            "LIMIT ?",
            (limit,),
        ).all()
    else:
        rows = conn.exec_driver_sql(
            f"SELECT {_BATCH_COLUMNS} FROM import_batches WHERE (created_at, id) < "
            "(SELECT created_at, id FROM import_batches WHERE id = ?) "
            "ORDER BY created_at DESC, id DESC LIMIT ?",
            (before.bytes, limit),
        ).all()
    return [
        BatchSummary(
            id=as_uuid(r[0]),
            kind=r[1],
            created_at=as_instant(r[2]),
            actor=r[3],
            file_name=r[4],
            file_format=r[5],
            policy=r[6],
            counts=ImportCounts(
                read=r[7],
                new=r[8],
                merged=r[9],
                skipped=r[10],
                created_anyway=r[11],
                rejected=r[12],
                companies=r[13],
            ),
            problem_count=r[14],
            undone_at=as_time(r[15]),
        )
        for r in rows
    ]


def find_batch(conn: Connection, text: str) -> uuid.UUID | None:
    """The batch *text* names: its whole id, or its last (or first) 8+ hex digits when only
    one batch has them. Ids are UUID v7: the first digits are the time, the same for
    batches made within a minute, so the short form shown to users is the last 8."""
    digits = text.strip().lower().replace("-", "")
    if len(digits) < 8 or any(c not in "0123456789abcdef" for c in digits):
        return None
    if len(digits) == 32:
        found = conn.exec_driver_sql(
            "SELECT id FROM import_batches WHERE id = ?", (bytes.fromhex(digits),)
        ).first()
        return None if found is None else as_uuid(found[0])
    for pattern in ("%" + digits.upper(), digits.upper() + "%"):
        rows = conn.exec_driver_sql(
            "SELECT id FROM import_batches WHERE hex(id) LIKE ? LIMIT 2", (pattern,)
        ).all()
        if len(rows) == 1:
            return as_uuid(rows[0][0])
    return None


def short_id(batch_id: uuid.UUID) -> str:
    """The short form of a batch id users see and type: its last 8 hex digits."""
    return batch_id.hex[-8:]


@dataclass(slots=True)
class _Item:
    customer_id: bytes
    action: str
    after_version: int
    before: str
    details: str


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class BatchUndo:
    """Undoes one batch inside the caller's write transaction (see the module docstring)."""

    def __init__(self, session: Session, region: str, actor: str, now: datetime) -> None:
        self.session = session
        self.conn = session.connection()
        self.region = region
        self.actor = actor
        self.now = now
        self.now_us = to_micros(now)

    def undo(
        self,
        batch_id: uuid.UUID,
        keep_changed: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> UndoResult:
        """Undo the batch; raise BatchNotFound, BatchAlreadyUndone or UndoRefused."""
        conn = self.conn
        found = conn.exec_driver_sql(
            "SELECT kind, undone_at, extra FROM import_batches WHERE id = ?", (batch_id.bytes,)
        ).first()
        if found is None:
            raise BatchNotFound(batch_id)
        if found[1] is not None:
            raise BatchAlreadyUndone(batch_id)
        items = [
            _Item(bytes(r[0]), r[1], r[2], r[3], r[4])
            for r in conn.exec_driver_sql(
                "SELECT customer_id, action, after_version, before, details "
                "FROM import_batch_items WHERE batch_id = ?",
                (batch_id.bytes,),
            )
        ]
        conflicts = self._conflicts(items)
        if conflicts and not keep_changed:
            raise UndoRefused(batch_id, tuple(conflicts.values()))
        todo = [i for i in items if i.customer_id not in conflicts]
        total = len(todo)
        done = 0

        def step(count: int) -> None:
            nonlocal done
            done += count
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(min(done, total), total)

        changed = [i for i in todo if i.action != ItemAction.CREATED]
        for part in slices(changed, 200):
            self._restore(batch_id, part)
            step(len(part))
        created = [i.customer_id for i in todo if i.action == ItemAction.CREATED]
        for part in slices(created):
            self._erase(part)
            step(len(part))
        extra = json.loads(found[2] or "{}")
        self._drop_unused_tags(bytes.fromhex(t) for t in extra.get("tags", ()))
        conn.exec_driver_sql(
            "UPDATE import_batches SET undone_at = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ?",
            (self.now_us, self.now_us, batch_id.bytes),
        )
        return UndoResult(
            batch_id=batch_id,
            removed=len(created),
            restored=len(changed),
            kept=tuple(conflicts.values()),
        )

    # -- what would be lost ----------------------------------------------------------

    def _conflicts(self, items: list[_Item]) -> dict[bytes, ChangedSince]:
        conn = self.conn
        state: dict[bytes, tuple[int, str, str]] = {}
        for part in slices([i.customer_id for i in items]):
            marks = ",".join("?" * len(part))
            for key, version, name, name_given_first in conn.exec_driver_sql(
                f"SELECT id, version, display_name, {given_first_sql('customers')} "
                f"FROM customers WHERE id IN ({marks})",
                tuple(part),
            ):
                state[bytes(key)] = (version, name, name_given_first or "")
        conflicts: dict[bytes, ChangedSince] = {}

        def refuse(key: bytes, reason: str) -> None:
            _, name, name_given_first = state.get(key, (0, "", ""))
            conflicts.setdefault(key, ChangedSince(as_uuid(key), name, reason, name_given_first))

        created = {i.customer_id for i in items if i.action == ItemAction.CREATED}
        for item in items:
            key = item.customer_id
            if key not in state:
                if item.action != ItemAction.CREATED:
                    refuse(key, ChangeReason.MISSING)
            elif state[key][0] != item.after_version:
                refuse(key, ChangeReason.EDITED)
        for part in slices(sorted(created)):
            marks = ",".join("?" * len(part))
            for table in ("interactions", "purchases", "reminders"):
                for (key,) in conn.exec_driver_sql(
                    f"SELECT DISTINCT customer_id FROM {table} WHERE customer_id IN ({marks})",
                    tuple(part),
                ):
                    refuse(bytes(key), ChangeReason.HAS_HISTORY)
        # A created company stays while anyone not going away with this undo belongs to
        # it: a person the batch did not create or changed since, or a person the batch
        # filled in whose before-image had no such company.
        images = {
            i.customer_id: i.before for i in items if i.action != ItemAction.CREATED and i.before
        }
        for part in slices(sorted(created)):
            marks = ",".join("?" * len(part))
            for member, company in conn.exec_driver_sql(
                f"SELECT id, company_id FROM customers WHERE company_id IN ({marks})",
                tuple(part),
            ):
                member, company = bytes(member), bytes(company)
                if member in created and member not in conflicts:
                    continue
                if member in images and member not in conflicts:
                    before = StoredCustomer.from_image(images[member]).row.get("company_id")
                    if before != company:
                        continue
                refuse(company, ChangeReason.IN_USE)
        return conflicts

    # -- putting back ------------------------------------------------------------------

    def _restore(self, batch_id: uuid.UUID, items: Sequence[_Item]) -> None:
        """Put the before-images of changed customers back (and a merge's moved history).

        A restored customer is again as an earlier batch left it when the before-image was
        taken at the version that batch recorded: that batch's journal then takes the new
        version, so it can be undone next (batches undo newest first, one after another).
        """
        conn = self.conn
        current = load_customers(conn, [i.customer_id for i in items], include_trashed=True)
        removed: list[tuple[int, str]] = []
        added: list[tuple[int, str]] = []
        changes: list[tuple[Any, ...]] = []
        moved_back: list[bytes] = []
        for item in items:
            key = item.customer_id
            now = current[key]
            image = StoredCustomer.from_image(item.before)
            before_live = image.row.get("deleted_at") is None
            if now.row["deleted_at"] is None:
                removed.append((now.row["doc_id"], now.row["search_text"]))
            row = image.row
            doc_id = row["doc_id"]
            if doc_id != now.row["doc_id"] and self._doc_taken(doc_id, key):
                row["doc_id"] = search_index.DocIdAllocator(conn).allocate(row["sort_key"])
            columns = [c for c in PROFILE_COLUMNS if c in row]
            values = [row[c] for c in columns]
            if item.action == ItemAction.ABSORBED:
                columns.append("deleted_at")
                values.append(row.get("deleted_at"))
            assignments = ", ".join(f"{c} = ?" for c in columns)
            conn.exec_driver_sql(
                f"UPDATE customers SET {assignments}, updated_at = ?, version = version + 1 "
                "WHERE id = ?",
                (*values, self.now_us, key),
            )
            conn.exec_driver_sql(
                "UPDATE import_batch_items SET after_version = "
                "(SELECT version FROM customers WHERE id = ?) "
                "WHERE customer_id = ? AND after_version = ? AND batch_id <> ? AND batch_id IN "
                "(SELECT id FROM import_batches WHERE undone_at IS NULL)",
                (key, key, row["version"], batch_id.bytes),
            )
            conn.exec_driver_sql("DELETE FROM contact_points WHERE customer_id = ?", (key,))
            insert_rows(
                conn,
                "contact_points",
                POINT_COLUMNS,
                [point_tuple({**_point_defaults(), **p}) for p in image.points],
            )
            conn.exec_driver_sql("DELETE FROM customer_tags WHERE customer_id = ?", (key,))
            insert_rows(
                conn,
                "customer_tags",
                ("customer_id", "tag_id"),
                [(key, tag_id) for tag_id, _, _ in image.tags if self._tag_exists(tag_id)],
            )
            if before_live:
                added.append((row["doc_id"], row["search_text"]))
            if item.action != ItemAction.ABSORBED:
                changes.extend(
                    change_log.change_rows(
                        key, now.snapshot(), image.snapshot(), self.now_us, self.actor
                    )
                )
            elif before_live and now.row["deleted_at"] is not None:
                changes.extend(change_log.trash_rows(key, False, self.now_us, self.actor))
            if item.action in (ItemAction.KEPT, ItemAction.ABSORBED):
                moved_back.append(key)
            if item.action == ItemAction.ABSORBED:
                self._move_back(key, json.loads(item.details or "{}"))
        search_index.remove_documents(conn, removed)
        search_index.add_documents(conn, added)
        insert_rows(conn, "changes", change_log.CHANGE_COLUMNS.split(", "), changes)
        for key in moved_back:
            recompute_contacts(self.session, as_uuid(key))

    def _move_back(self, absorbed: bytes, details: dict[str, Any]) -> None:
        """Give an absorbed customer back the history a manual merge moved away from it."""
        conn = self.conn
        kept = bytes.fromhex(details.get("kept", ""))
        moved = details.get("moved", {})
        for table in HISTORY_TABLES:
            ids = [bytes.fromhex(h) for h in moved.get(table, ())]
            for part in slices(ids):
                marks = ",".join("?" * len(part))
                conn.exec_driver_sql(
                    f"UPDATE {table} SET customer_id = ? WHERE id IN ({marks}) AND customer_id = ?",
                    (absorbed, *part, kept),
                )
        members = [bytes.fromhex(h) for h in moved.get("members", ())]
        for part in slices(members):
            marks = ",".join("?" * len(part))
            conn.exec_driver_sql(
                f"UPDATE customers SET company_id = ? WHERE id IN ({marks}) AND company_id = ?",
                (absorbed, *part, kept),
            )
        if members:
            reindex_members(conn, members, self.region)

    def _erase(self, ids: Sequence[bytes]) -> None:
        """Erase customers the batch created: rows, contact points, tags, log, index."""
        conn = self.conn
        marks = ",".join("?" * len(ids))
        documents = [
            (doc_id, text)
            for doc_id, text in conn.exec_driver_sql(
                f"SELECT doc_id, search_text FROM customers WHERE id IN ({marks}) "
                "AND +deleted_at IS NULL",  # + : look the ids up, do not walk deleted_at
                tuple(ids),
            )
        ]
        search_index.remove_documents(conn, documents)
        # Foreign keys are on: contact points, tag links and change log rows go with them.
        conn.exec_driver_sql(f"DELETE FROM customers WHERE id IN ({marks})", tuple(ids))

    def _drop_unused_tags(self, tag_ids: Iterable[bytes]) -> None:
        for tag_id in tag_ids:
            self.conn.exec_driver_sql(
                "DELETE FROM tags WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM customer_tags WHERE tag_id = ?)",
                (tag_id, tag_id),
            )

    def _doc_taken(self, doc_id: int, key: bytes) -> bool:
        row = self.conn.exec_driver_sql(
            "SELECT 1 FROM customers WHERE doc_id = ? AND id <> ?", (doc_id, key)
        ).first()
        return row is not None

    def _tag_exists(self, tag_id: bytes) -> bool:
        row = self.conn.exec_driver_sql("SELECT 1 FROM tags WHERE id = ?", (tag_id,)).first()
        return row is not None


def merged_into(conn: Connection, customer_id: bytes) -> tuple[list[bytes], list[bytes]]:
    """The customers merged into *customer_id* by manual merges not undone, and into those
    in turn: (those in the trash or purged since, those restored from the trash since)."""
    seen = {customer_id}
    todo = [customer_id]
    gone: list[bytes] = []
    restored: list[bytes] = []
    while todo:
        kept = todo.pop()
        for absorbed, deleted_at, present in conn.exec_driver_sql(
            "SELECT a.customer_id, c.deleted_at, c.id IS NOT NULL FROM import_batch_items k "
            "JOIN import_batches b ON b.id = k.batch_id "
            "JOIN import_batch_items a ON a.batch_id = k.batch_id "
            "LEFT JOIN customers c ON c.id = a.customer_id "
            "WHERE k.customer_id = ? AND k.action = 'kept' AND a.action = 'absorbed' "
            "AND b.kind = 'merge' AND b.undone_at IS NULL",
            (kept,),
        ).all():
            absorbed = bytes(absorbed)
            if absorbed in seen:
                continue
            seen.add(absorbed)
            if present and deleted_at is None:
                restored.append(absorbed)
            else:
                gone.append(absorbed)
                todo.append(absorbed)
    return gone, restored


def kept_by(conn: Connection, customer_id: bytes) -> list[bytes]:
    """The customers *customer_id* was merged into by manual merges not undone."""
    return [
        bytes(r[0])
        for r in conn.exec_driver_sql(
            "SELECT k.customer_id FROM import_batch_items a "
            "JOIN import_batches b ON b.id = a.batch_id "
            "JOIN import_batch_items k ON k.batch_id = a.batch_id AND k.action = 'kept' "
            "WHERE a.customer_id = ? AND a.action = 'absorbed' AND b.kind = 'merge' "
            "AND b.undone_at IS NULL",
            (customer_id,),
        )
    ]


def forget_customers(conn: Connection, ids: Sequence[bytes], names: Iterable[str] = ()) -> int:
    """Take erased customers out of the journal (see the module docstring); return how many
    journal entries went.

    *names* are what identifies them in a file name (names, readings, e-mails, phone
    digits); an import batch whose file name contains one (compared folded) loses it,
    and so do the customers it created, whose 獲得経路 is the file's name by default.
    """
    needles = {fold(n) for n in names if len(fold(n)) >= 2}
    batches: set[bytes] = set()
    renamed: set[bytes] = set()
    for part in slices(list(ids)):
        marks = ",".join("?" * len(part))
        for batch_id, action in conn.exec_driver_sql(
            f"SELECT batch_id, action FROM import_batch_items WHERE customer_id IN ({marks})",
            tuple(part),
        ):
            batches.add(bytes(batch_id))
            if action == ItemAction.KEPT:
                renamed.add(bytes(batch_id))  # a merge batch is named after the kept one
    for batch_id in sorted(batches - renamed):
        row = conn.exec_driver_sql(
            "SELECT file_name FROM import_batches WHERE id = ?", (batch_id,)
        ).first()
        if row is not None and any(needle in fold(row[0]) for needle in needles):
            renamed.add(batch_id)
            _forget_file_name(conn, batch_id, row[0], set(ids))
    for batch_id in sorted(renamed):
        conn.exec_driver_sql(
            "UPDATE import_batches SET file_name = ? WHERE id = ?", (ERASED, batch_id)
        )
    count = 0
    for part in slices(list(ids)):
        marks = ",".join("?" * len(part))
        count += conn.exec_driver_sql(
            f"DELETE FROM import_batch_items WHERE customer_id IN ({marks})", tuple(part)
        ).rowcount
    for batch_id in sorted(batches):
        conn.exec_driver_sql(
            "DELETE FROM import_batches WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM import_batch_items WHERE batch_id = ?)",
            (batch_id, batch_id),
        )
    return count


def _forget_file_name(conn: Connection, batch_id: bytes, name: str, erased: set[bytes]) -> None:
    """An import's file name names an erased customer: take it out of the 獲得経路 (source)
    of the others that import created, which is the file's name when the file had none,
    of their change log and of their before-images in the journal."""
    created = [
        bytes(r[0])
        for r in conn.exec_driver_sql(
            "SELECT customer_id FROM import_batch_items WHERE batch_id = ? AND action = ?",
            (batch_id, ItemAction.CREATED.value),
        )
        if bytes(r[0]) not in erased
    ]

    def named(value: Any) -> bool:
        return isinstance(value, str) and bool(value) and name.startswith(value)

    for part in slices(created):
        marks = ",".join("?" * len(part))
        conn.exec_driver_sql(
            f"UPDATE customers SET source = ? WHERE id IN ({marks}) AND source <> '' "
            "AND substr(?, 1, length(source)) = source",
            (ERASED, *part, name),
        )
        for column in ("old_value", "new_value"):
            conn.exec_driver_sql(
                f"UPDATE changes SET {column} = ? WHERE customer_id IN ({marks}) "
                f"AND field = 'source' AND {column} <> '' "
                f"AND substr(?, 1, length({column})) = {column}",
                (ERASED, *part, name),
            )
        for item_batch, customer_id, before in conn.exec_driver_sql(
            "SELECT batch_id, customer_id, before FROM import_batch_items "
            f"WHERE customer_id IN ({marks}) AND before <> ''",
            tuple(part),
        ).all():
            image = StoredCustomer.from_image(before)
            if named(image.row.get("source")):
                image.row["source"] = ERASED
                conn.exec_driver_sql(
                    "UPDATE import_batch_items SET before = ? WHERE batch_id = ? "
                    "AND customer_id = ?",
                    (image.image(), item_batch, customer_id),
                )


def forget_company(conn: Connection, company_id: bytes, name: str) -> None:
    """Take an erased company out of other customers' journal entries: the link, its name
    and its key in their before-images (undo puts them back without it), and its name
    where the details keep a company a file offered."""
    key = fold(name)
    for batch_id, customer_id, before, details in conn.exec_driver_sql(
        "SELECT batch_id, customer_id, before, details FROM import_batch_items "
        "WHERE instr(before, ?) > 0 OR instr(details, '\"company\"') > 0",
        (company_id.hex(),),
    ).all():
        changed = False
        if before:
            image = StoredCustomer.from_image(before)
            if image.row.get("company_id") == company_id:
                image.row["company_id"] = None
                image.company_name = image.company_key = ""
                lines = (image.row.get("search_text") or "").split("\n")
                if len(lines) > COMPANY_LINE:
                    lines[COMPANY_LINE] = ""
                    image.row["search_text"] = "\n".join(lines)
                before, changed = image.image(), True
        if details:
            data = json.loads(details)
            kept = data.get("kept") if isinstance(data, dict) else None
            offered = kept.get("company") if isinstance(kept, dict) else None
            if isinstance(kept, dict) and isinstance(offered, str) and fold(offered) == key:
                kept["company"] = ERASED
                details, changed = json.dumps(data, ensure_ascii=False), True
        if changed:
            conn.exec_driver_sql(
                "UPDATE import_batch_items SET before = ?, details = ? "
                "WHERE batch_id = ? AND customer_id = ?",
                (before, details, batch_id, customer_id),
            )


def reindex_members(conn: Connection, members: list[bytes], region: str) -> None:
    """Write the search documents of people whose company changed (the company's name is
    part of a person's document)."""
    removed, added, updates = [], [], []
    for key, customer in load_customers(conn, members).items():
        document = customer.document(region)
        if document == customer.row["search_text"]:
            continue
        removed.append((customer.row["doc_id"], customer.row["search_text"]))
        added.append((customer.row["doc_id"], document))
        updates.append((document, key))
    search_index.remove_documents(conn, removed)
    search_index.add_documents(conn, added)
    if updates:
        conn.exec_driver_sql("UPDATE customers SET search_text = ? WHERE id = ?", updates)


def _point_defaults() -> dict[str, Any]:
    """Values for contact-point columns an older before-image may lack."""
    return {
        "label": "",
        "is_primary": False,
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
        "version": 1,
    }


__all__ = [
    "ERASED",
    "HISTORY_TABLES",
    "BatchUndo",
    "find_batch",
    "finish_batch",
    "forget_company",
    "forget_customers",
    "kept_by",
    "list_batches",
    "merged_into",
    "reindex_members",
    "short_id",
    "start_batch",
]
