"""Privacy requests (Japan's APPI, GDPR-style): everything about one customer, and erasure.

**Export** (``dossier``, ``export_customer``): every stored value about one customer, read
generically from every table that refers to them, so a column added later is exported
too: the profile, contact points, tags, custom fields, interactions, purchases with their
lines, reminders (trashed ones included, marked) and the change history; for a company,
who works there; the duplicates merged into them that are still in the trash (each with
the same); and the import and merge journal's entries about them (the before-images an
undo would put back, what an import filled in or left aside). Written as JSON (complete,
machine-readable) and as an HTML report a person can read and print, both owner-only.

**Erasure** (``erase_preview``, then ``erase``). The preview is what the confirmation says:
what will go, and that backups taken before keep a copy until the rotation removes them,
with the day the last one goes (see ``BackupService.copies_expire_on``), plus any other
copies lying in the data folder (``.damaged`` files) which the user must delete. ``erase``
then, in one transaction:

* deletes the customer row and, through the cascading foreign keys, contact points, tag
  links, interactions, purchases and lines, reminders and its change-log rows;
* erases with it the duplicates merged into it (by merges not undone; and those merged
  into them) that are still in the trash: they are the same person, their data went
  into this record, and the trash would keep a full copy for another 30 days. One
  restored from the trash since is a record the user chose to keep: it stays, and the
  preview names it (``restored_duplicates``), as it names the live records this one was
  merged into (``merged_into``), which keep what they took from it;
* removes its search-index entries;
* for a company, unlinks the people who worked there (their search documents lose its
  name; their change log says the company went, as ``ERASED``) and replaces its name in
  their change history with ``ERASED``, and takes it out
  of their before-images in the import journal (``batches.forget_company``);
* takes the erased customers out of the import and merge journal
  (``batches.forget_customers``): their entries (before-images are whole profiles) are
  deleted, a batch left with none is deleted, a merge batch named after one is renamed
  ``ERASED``, and so is an import whose file name names one (with the 獲得経路 of the
  others it created, the file's name by default). Undo of the batches that remain works
  from what remains, so it can never bring an erased customer back;
* deletes tags nobody else uses (a tag can be personal: 山田さんご家族).

and afterwards, outside any transaction: merges each full-text index into one segment
(``optimize``; FTS5 keeps deleted tokens in old segments until they merge), VACUUMs (a new
file without free pages, where deleted bytes would linger), and truncates the WAL with a
checkpoint, so the erased bytes are gone from the database file and its WAL. The cost
grows with the file (a VACUUM rewrites all of it): run it off the GUI thread.

Erasure takes no backup of its own: a new copy of the data being erased would only live
longer. Free text elsewhere (another customer's note that mentions the person) is not
searched for: that needs a person's judgement.
"""

from __future__ import annotations

import html
import json
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from relationdesk.models.types import from_micros
from relationdesk.services.backups import BackupInfo, BackupService, RetentionPolicy
from relationdesk.services.batches import (
    ERASED,
    forget_company,
    forget_customers,
    kept_by,
    merged_into,
)
from relationdesk.services.change_log import default_actor
from relationdesk.services.customer_records import StoredCustomer, slices
from relationdesk.services.errors import CustomerNotFound
from relationdesk.services.history import HistoryService, entry_json
from relationdesk.services.list_rows import given_first_sql
from relationdesk.services.trash import delete_customers, remove_from_index, unlink_members
from relationdesk.services.unit_of_work import Database
from relationdesk.storage.files import write_atomically
from relationdesk.storage.restore import DAMAGED

# Derived or internal columns left out of an export (copies of what is exported).
_INTERNAL = {"doc_id", "search_text", "sort_key", "name_key", "reading_key", "birthday_md"}
_TIMELINE = ("interactions", "purchases", "reminders")


@dataclass(frozen=True, slots=True)
class PrivacyExport:
    """The files an export wrote."""

    json_path: Path
    report_path: Path


@dataclass(frozen=True, slots=True)
class RecordRef:
    """A customer record named in a confirmation: its stored name and, for a person, the
    name given name first ('' if none; see ``list_rows.given_first``)."""

    id: uuid.UUID
    name: str
    given_first: str = ""


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What erasing one customer removes, and what the confirmation must say about copies.

    ``duplicates`` are the records merged into this one that are still in the trash: they
    are erased with it. ``restored_duplicates`` were merged into it and restored from the
    trash since: they stay. ``merged_into`` are live records this one was merged into:
    they stay, with what they took from it. ``journal_entries`` are the import and merge
    journal's entries about the customer and its duplicates, which go.

    ``backup_copies`` are the backups that hold the customer; they keep it until the
    rotation removes them, the last on ``copies_expire_on`` (with one backup a day; None:
    not within three years, or never, with this rotation). ``other_copies`` are files in
    the data folder outside the rotation that may hold it (damaged files kept aside).
    ``given_first`` is the customer's name given name first ('' if none; see
    ``list_rows.given_first``), for a window that writes names that way.
    """

    customer_id: uuid.UUID
    name: str
    kind: str
    in_trash: bool
    contact_points: int
    interactions: int
    purchases: int
    reminders: int
    changes: int
    members: int
    history_mentions: int
    tags: int
    duplicates: tuple[RecordRef, ...]
    restored_duplicates: tuple[RecordRef, ...]
    merged_into: tuple[RecordRef, ...]
    journal_entries: int
    backup_copies: tuple[BackupInfo, ...]
    copies_expire_on: date | None
    policy: RetentionPolicy
    other_copies: tuple[Path, ...]
    given_first: str = ""


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What ``erase`` did: the plan it carried out, and whether the file was cleaned."""

    plan: ErasurePlan
    vacuumed: bool
    wal_cleared: bool
    seconds: float


class PrivacyService:
    """Exports everything about a customer, and erases a customer completely."""

    def __init__(
        self,
        db: Database,
        backups: BackupService,
        history: HistoryService,
        actor: str | None = None,
    ) -> None:
        self._db = db
        self._backups = backups
        self._history = history
        self.actor = default_actor() if actor is None else actor  # who unlinks the members

    # -- export ------------------------------------------------------------------------

    def dossier(self, customer_id: uuid.UUID, now: datetime) -> dict[str, Any]:
        """Every stored value about a customer, as JSON-ready data."""
        key = customer_id.bytes
        with self._db.read() as uow:
            conn = uow.connection
            data: dict[str, Any] = {"exported_at": now.astimezone(UTC).isoformat()}
            data.update(_record(conn, key))
            gone, _ = merged_into(conn, key)
            duplicates = [_record(conn, d) for d in gone if _exists(conn, d)]
            journal = _journal(conn, [key, *gone])
        data["changes"] = [entry_json(e) for e in self._history.history(customer_id)]
        for duplicate in duplicates:
            duplicate_id = uuid.UUID(duplicate["customer"]["id"])
            duplicate["changes"] = [entry_json(e) for e in self._history.history(duplicate_id)]
        data["merged_duplicates"] = duplicates
        data["journal"] = journal
        return data

    def export_customer(
        self,
        customer_id: uuid.UUID,
        folder: Path,
        now: datetime,
        language: str = "en",
        tz: tzinfo = UTC,
    ) -> PrivacyExport:
        """Write everything about a customer into *folder*: a JSON file and an HTML report."""
        data = self.dossier(customer_id, now)
        stem = f"relationdesk-customer-{str(customer_id)[:8]}-{now.astimezone(tz):%Y%m%d-%H%M%S}"
        json_path = folder / f"{stem}.json"
        report_path = folder / f"{stem}.html"
        write_atomically(json_path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        write_atomically(report_path, report_html(data, language, tz).encode("utf-8"))
        return PrivacyExport(json_path, report_path)

    # -- erasure -----------------------------------------------------------------------

    def erase_preview(self, customer_id: uuid.UUID, now: datetime) -> ErasurePlan:
        """What erasing the customer would remove, and what becomes of the copies."""
        with self._db.read() as uow:
            plan = self._plan(uow.connection, customer_id)
        copies = tuple(self._backups.copies_of(customer_id))
        expires = self._backups.copies_expire_on(copies, now) if copies else None
        others = tuple(
            sorted(p for p in self._db.path.parent.iterdir() if p.name.endswith(DAMAGED))
        )
        return ErasurePlan(
            **plan,
            backup_copies=copies,
            copies_expire_on=expires,
            policy=self._backups.policy,
            other_copies=others,
        )

    def erase(self, customer_id: uuid.UUID, now: datetime, vacuum: bool = True) -> ErasureReport:
        """Erase a customer completely (see the module docstring); raise CustomerNotFound.

        Call ``erase_preview`` first and show its plan for confirmation. Off the GUI thread:
        the VACUUM rewrites the whole file.
        """
        started = time.perf_counter()
        plan = self.erase_preview(customer_id, now)
        key = customer_id.bytes
        with self._db.write() as uow:
            conn = uow.connection
            if not _exists(conn, key):
                raise CustomerNotFound(customer_id)
            gone, _ = merged_into(conn, key)
            doomed = [key, *gone]
            rows: list[Any] = []
            for part in slices(doomed):
                marks = ",".join("?" * len(part))
                rows += conn.exec_driver_sql(
                    "SELECT id, doc_id, search_text, display_name, kind FROM customers "
                    f"WHERE id IN ({marks})",
                    tuple(part),
                ).all()
            present = [bytes(r[0]) for r in rows]
            tag_ids: list[bytes] = []
            for part in slices(present):
                marks = ",".join("?" * len(part))
                tag_ids += [
                    r[0]
                    for r in conn.exec_driver_sql(
                        f"SELECT tag_id FROM customer_tags WHERE customer_id IN ({marks})",
                        tuple(part),
                    ).all()
                ]
            names = _identifiers(conn, doomed)
            remove_from_index(conn, [(r[1], r[2]) for r in rows])
            unlink_members(conn, present, now, self.actor, redacted=ERASED)
            for company_id, _, _, name, kind in rows:
                if kind != "company":
                    continue
                conn.exec_driver_sql(
                    "UPDATE changes SET "
                    "old_value = CASE WHEN old_value = ? THEN ? ELSE old_value END, "
                    "new_value = CASE WHEN new_value = ? THEN ? ELSE new_value END "
                    "WHERE field = 'company' AND customer_id <> ? "
                    "AND (old_value = ? OR new_value = ?)",
                    (name, ERASED, name, ERASED, company_id, name, name),
                )
                forget_company(conn, bytes(company_id), name)
            forget_customers(conn, doomed, names)
            delete_customers(conn, present)
            _delete_unused_tags(conn, set(tag_ids))
            uow.commit()
        vacuumed, cleared = self._scrub(vacuum)
        return ErasureReport(plan, vacuumed, cleared, time.perf_counter() - started)

    def _scrub(self, vacuum: bool) -> tuple[bool, bool]:
        """Merge the FTS segments, VACUUM and truncate the WAL; (vacuumed, WAL emptied)."""
        self._db.checkpointer.wait()  # a running checkpoint would keep TRUNCATE from emptying it
        self._db.engine.dispose()  # idle pooled connections would keep the WAL alive
        raw = self._db.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA secure_delete = ON")
            for table in ("customer_fts", "customer_grams"):
                cursor.execute("BEGIN IMMEDIATE")
                cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
                cursor.execute("COMMIT")
            if vacuum:
                cursor.execute("VACUUM")
            busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            cursor.execute("PRAGMA secure_delete = OFF")
            cursor.close()
        finally:
            raw.close()
        self._db.note_write()
        wal = self._db.path.with_name(self._db.path.name + "-wal")
        cleared = busy == 0 and (not wal.exists() or wal.stat().st_size == 0)
        return vacuum, cleared

    def _plan(self, conn: Any, customer_id: uuid.UUID) -> dict[str, Any]:
        key = customer_id.bytes
        row = conn.exec_driver_sql(
            "SELECT display_name, kind, deleted_at, "
            f"{given_first_sql('customers')} FROM customers WHERE id = ?",
            (key,),
        ).first()
        if row is None:
            raise CustomerNotFound(customer_id)
        name, kind, deleted_at, name_given_first = row
        gone, restored = merged_into(conn, key)

        def count(sql: str, *params: Any) -> int:
            return int(conn.exec_driver_sql(sql, params).scalar() or 0)

        return {
            "customer_id": customer_id,
            "name": name,
            "given_first": name_given_first or "",
            "kind": kind,
            "in_trash": deleted_at is not None,
            "contact_points": count(
                "SELECT count(*) FROM contact_points WHERE customer_id = ?", key
            ),
            "interactions": count("SELECT count(*) FROM interactions WHERE customer_id = ?", key),
            "purchases": count("SELECT count(*) FROM purchases WHERE customer_id = ?", key),
            "reminders": count("SELECT count(*) FROM reminders WHERE customer_id = ?", key),
            "changes": count("SELECT count(*) FROM changes WHERE customer_id = ?", key),
            "members": count("SELECT count(*) FROM customers WHERE company_id = ?", key),
            "history_mentions": count(
                "SELECT count(*) FROM changes WHERE field = 'company' AND customer_id <> ? "
                "AND (old_value = ? OR new_value = ?)",
                key,
                name,
                name,
            ),
            "tags": count(
                "SELECT count(*) FROM customer_tags ct WHERE ct.customer_id = ? AND NOT EXISTS "
                "(SELECT 1 FROM customer_tags o WHERE o.tag_id = ct.tag_id "
                "AND o.customer_id <> ct.customer_id)",
                key,
            ),
            "duplicates": _refs(conn, gone),
            "restored_duplicates": _refs(conn, restored),
            "merged_into": _refs(conn, [k for k in kept_by(conn, key) if _live(conn, k)]),
            "journal_entries": sum(
                count("SELECT count(*) FROM import_batch_items WHERE customer_id = ?", k)
                for k in (key, *gone)
            ),
        }


def _record(conn: Any, key: bytes) -> dict[str, Any]:
    """One customer's stored values (not its change log): profile, company, contact points,
    tags, interactions, purchases with lines, reminders, members."""
    profile = _rows(conn, "SELECT * FROM customers WHERE id = ?", key)
    if not profile:
        raise CustomerNotFound(uuid.UUID(bytes=key))
    customer = profile[0]
    company = None
    if customer.get("company_id"):
        company_rows = _rows(
            conn,
            "SELECT id, display_name FROM customers WHERE id = ?",
            uuid.UUID(customer["company_id"]).bytes,
        )
        company = company_rows[0] if company_rows else None
    purchases = _rows(conn, "SELECT * FROM purchases WHERE customer_id = ?", key)
    for purchase in purchases:
        purchase["lines"] = _rows(
            conn,
            "SELECT * FROM purchase_lines WHERE purchase_id = ? ORDER BY position",
            uuid.UUID(purchase["id"]).bytes,
        )
    return {
        "customer": customer,
        "company": company,
        "contact_points": _rows(
            conn,
            "SELECT * FROM contact_points WHERE customer_id = ? ORDER BY kind, position",
            key,
        ),
        "tags": [
            r["name"]
            for r in _rows(
                conn,
                "SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                "WHERE ct.customer_id = ? ORDER BY t.name_key",
                key,
            )
        ],
        "interactions": _rows(
            conn, "SELECT * FROM interactions WHERE customer_id = ? ORDER BY occurred_at", key
        ),
        "purchases": purchases,
        "reminders": _rows(
            conn, "SELECT * FROM reminders WHERE customer_id = ? ORDER BY due_at", key
        ),
        "members": _rows(
            conn,
            "SELECT id, display_name FROM customers WHERE company_id = ? ORDER BY sort_key",
            key,
        ),
    }


def _journal(conn: Any, ids: list[bytes]) -> list[dict[str, Any]]:
    """The import and merge journal's entries about *ids*, oldest batch first, with the
    before-images and details read out of their JSON."""
    entries: list[dict[str, Any]] = []
    for part in slices(ids):
        marks = ",".join("?" * len(part))
        entries += _rows(
            conn,
            "SELECT b.id AS batch_id, b.kind AS batch_kind, b.created_at, b.actor, "
            "b.file_name, b.undone_at, i.customer_id, i.action, i.line, i.after_version, "
            "i.before, i.details FROM import_batch_items i "
            f"JOIN import_batches b ON b.id = i.batch_id WHERE i.customer_id IN ({marks})",
            *part,
        )
    for entry in entries:
        entry["before"] = _image(entry["before"]) if entry["before"] else None
        entry["details"] = json.loads(entry["details"]) if entry["details"] else None
    entries.sort(key=lambda e: (e["created_at"], e["batch_id"]))
    return entries


def _image(text: str) -> dict[str, Any]:
    """A journal before-image as JSON-ready data, like the rest of the export."""
    image = StoredCustomer.from_image(text)
    return {
        "customer": {k: _value(k, v) for k, v in image.row.items() if k not in _INTERNAL},
        "company": image.company_name,
        "contact_points": [{k: _value(k, v) for k, v in p.items()} for p in image.points],
        "tags": [name for _, name, _ in image.tags],
    }


def _identifiers(conn: Any, ids: list[bytes]) -> set[str]:
    """What could name these customers in a file name: names, readings, e-mail addresses
    and phone digits, now and in their journal before-images."""
    found: set[str] = set()

    def add_row(row: dict[str, Any]) -> None:
        # Whole names only: a family or given name alone (山田, 太郎) names too many files.
        found.add(str(row.get("display_name") or ""))
        found.add(str(row.get("reading") or ""))
        found.add(f"{row.get('family_name') or ''}{row.get('given_name') or ''}")

    def add_point(point: dict[str, Any]) -> None:
        found.add(str(point.get("email") or ""))
        digits = "".join(c for c in str(point.get("phone_national") or "") if c.isdigit())
        if len(digits) >= 8:
            found.add(digits)

    for part in slices(ids):
        marks = ",".join("?" * len(part))
        for row in _rows(conn, f"SELECT * FROM customers WHERE id IN ({marks})", *part):
            add_row(row)
        for point in _rows(
            conn, f"SELECT * FROM contact_points WHERE customer_id IN ({marks})", *part
        ):
            add_point(point)
        for (before,) in conn.exec_driver_sql(
            f"SELECT before FROM import_batch_items WHERE customer_id IN ({marks}) "
            "AND before <> ''",
            tuple(part),
        ).all():
            image = StoredCustomer.from_image(before)
            add_row(image.row)
            for point in image.points:
                add_point(point)
    return {n for n in found if n}


def _exists(conn: Any, key: bytes) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM customers WHERE id = ?", (key,)).first() is not None


def _live(conn: Any, key: bytes) -> bool:
    row = conn.exec_driver_sql("SELECT deleted_at FROM customers WHERE id = ?", (key,)).first()
    return row is not None and row[0] is None


def _refs(conn: Any, ids: list[bytes]) -> tuple[RecordRef, ...]:
    """The records among *ids* that exist, with their names, in the order given."""
    refs = []
    for key in ids:
        row = conn.exec_driver_sql(
            f"SELECT display_name, {given_first_sql('customers')} FROM customers WHERE id = ?",
            (key,),
        ).first()
        if row is not None:
            refs.append(RecordRef(uuid.UUID(bytes=key), row[0], row[1] or ""))
    return tuple(refs)


def _delete_unused_tags(conn: Any, tag_ids: Iterable[bytes]) -> None:
    for tag_id in tag_ids:
        conn.exec_driver_sql(
            "DELETE FROM tags WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM customer_tags WHERE tag_id = ?)",
            (tag_id, tag_id),
        )


def _rows(conn: Any, sql: str, *params: Any) -> list[dict[str, Any]]:
    """Rows as dicts of JSON-ready values: ids as UUID text, instants as ISO 8601 UTC."""
    result = conn.exec_driver_sql(sql, params)
    names = list(result.keys())
    return [
        {
            name: _value(name, value)
            for name, value in zip(names, row, strict=True)
            if name not in _INTERNAL
        }
        for row in result.all()
    ]


def _value(name: str, value: Any) -> Any:
    if isinstance(value, bytes) and len(value) == 16 and (name == "id" or name.endswith("_id")):
        return str(uuid.UUID(bytes=value))
    if isinstance(value, int) and name.endswith("_at"):
        return from_micros(value).isoformat()
    if name == "custom_fields" and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    if isinstance(value, bytes):
        return value.hex()
    return value


# -- the readable report -----------------------------------------------------------------

_LABELS = {
    "en": {
        "title": "Everything RelationDesk holds about {name}",
        "exported": "Exported",
        "profile": "Profile",
        "contact_points": "Phones, e-mails and addresses",
        "tags": "Tags",
        "interactions": "History",
        "purchases": "Purchases",
        "reminders": "Reminders",
        "changes": "Change history",
        "members": "People at this company",
        "merged_duplicates": "Duplicates merged into this customer (in the trash)",
        "journal": "Import and merge journal",
        "none": "None.",
        "trashed": "(in the trash)",
    },
    "ja": {
        "title": "RelationDesk が保有する {name} 様の全情報",
        "exported": "出力日時",
        "profile": "基本情報",
        "contact_points": "電話・メール・住所",
        "tags": "タグ",
        "interactions": "対応履歴",
        "purchases": "購入",
        "reminders": "リマインダー",
        "changes": "変更履歴",
        "members": "この会社の担当者",
        "merged_duplicates": "この顧客に統合された重複データ（ごみ箱）",
        "journal": "取り込み・統合の記録",
        "none": "なし",
        "trashed": "（ごみ箱）",
    },
}


def report_html(data: dict[str, Any], language: str, tz: tzinfo) -> str:
    """A readable, printable HTML page of a customer's dossier."""
    labels = _LABELS.get(language, _LABELS["en"])
    esc = html.escape
    customer = data["customer"]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(language)}"><head><meta charset="utf-8">',
        f"<title>{esc(labels['title'].format(name=customer.get('display_name', '')))}</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;"
        "margin-bottom:1.5em}td,th{border:1px solid #999;padding:.3em .6em;text-align:left;"
        "vertical-align:top}th{background:#eee}</style></head><body>",
        f"<h1>{esc(labels['title'].format(name=customer.get('display_name', '')))}</h1>",
        f"<p>{esc(labels['exported'])}: {esc(_local(data['exported_at'], tz))}</p>",
    ]
    parts += _record_html(data, labels, tz, 2)
    duplicates = data.get("merged_duplicates") or []
    if duplicates:
        parts.append(f"<h2>{esc(labels['merged_duplicates'])}</h2>")
        for duplicate in duplicates:
            parts.append(f"<h3>{esc(str(duplicate['customer'].get('display_name', '')))}</h3>")
            parts += _record_html(duplicate, labels, tz, 4)
    parts.append(f"<h2>{esc(labels['journal'])}</h2>")
    parts.append(
        _table(data["journal"], tz) if data.get("journal") else f"<p>{esc(labels['none'])}</p>"
    )
    parts.append("</body></html>")
    return "\n".join(parts)


def _record_html(data: dict[str, Any], labels: dict[str, str], tz: tzinfo, level: int) -> list[str]:
    """One record's sections (profile, tags, contact points, history ...) at heading *level*."""
    esc = html.escape
    h = f"h{level}"
    parts = [
        f"<{h}>{esc(labels['profile'])}</{h}>",
        _table([{"": k, " ": _text(v, tz)} for k, v in data["customer"].items()], tz, header=False),
    ]
    if data.get("company"):
        parts.append(_table([data["company"]], tz))
    parts += [
        f"<{h}>{esc(labels['tags'])}</{h}>",
        f"<p>{esc('、'.join(data['tags'])) or esc(labels['none'])}</p>",
    ]
    for key in ("contact_points", "interactions", "purchases", "reminders", "changes", "members"):
        rows = data.get(key) or []
        parts.append(f"<{h}>{esc(labels[key])}</{h}>")
        if not rows:
            parts.append(f"<p>{esc(labels['none'])}</p>")
            continue
        flat = []
        for row in rows:
            row = dict(row)
            if key == "purchases":
                row["lines"] = "、".join(
                    f"{line['product']} × {line['quantity']} @ {line['unit_price_minor']}"
                    for line in row.get("lines", [])
                )
            if row.get("deleted_at"):
                row["deleted_at"] = f"{_local(row['deleted_at'], tz)} {labels['trashed']}"
            flat.append(row)
        parts.append(_table(flat, tz))
    return parts


def _table(rows: list[dict[str, Any]], tz: tzinfo, header: bool = True) -> str:
    esc = html.escape
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    out = ["<table>"]
    if header:
        out.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in columns) + "</tr>")
    for row in rows:
        out.append(
            "<tr>" + "".join(f"<td>{esc(_text(row.get(c), tz))}</td>" for c in columns) + "</tr>"
        )
    out.append("</table>")
    return "\n".join(out)


def _text(value: Any, tz: tzinfo) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    if len(text) >= 25 and text[4:5] == "-" and text[10:11] == "T":
        return _local(text, tz)
    return text


def _local(iso: str, tz: tzinfo) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone(tz).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


__all__ = [
    "ERASED",
    "ErasurePlan",
    "ErasureReport",
    "PrivacyExport",
    "PrivacyService",
    "RecordRef",
    "report_html",
]
