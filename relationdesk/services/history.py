"""The change history (the ``changes`` table): read it, export it as CSV or JSON.

Every change writes one row per changed field in the same transaction as the change
(``change_log``): who (the staff name set in Preferences, else the operating system's
user), when, which record (a customer's profile, or one of its interactions, purchases
and reminders; or a task, a reminder about no customer), which field, from what to what.
This is the read side: one customer's history for the History tab and its export, and
the whole log (every customer's and the tasks') for ``export_all``, which streams it in
id order (keyset pages in one read transaction: a consistent picture of one moment, never
the whole log in memory).
"""

from __future__ import annotations

import contextlib
import csv
import enum
import io
import json
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Connection

from relationdesk.exporting.injection import neutralise
from relationdesk.services.change_fields import TIME_FIELDS
from relationdesk.services.errors import CustomerNotFound
from relationdesk.services.rows import as_instant, as_uuid
from relationdesk.services.unit_of_work import Database
from relationdesk.storage.files import open_atomically, write_atomically

PAGE_SIZE = 1000  # rows per keyset page of the whole log's export


class HistoryFormat(enum.StrEnum):
    """File formats of a history export."""

    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One changed field: ``old_value``/``new_value`` are text, "" for empty."""

    id: uuid.UUID
    changed_at: datetime  # UTC
    actor: str
    record_type: str
    record_id: uuid.UUID
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One changed field of the whole log: the change, and the customer it belongs to
    (``customer_id`` None and ``customer_name`` "" for a task's change)."""

    entry: HistoryEntry
    customer_id: uuid.UUID | None
    customer_name: str


# Column headers and field names for CSV files, in the user's language.
HEADERS = {
    "en": ("Changed at", "By", "Field", "From", "To", "Record type", "Record ID"),
    "ja": ("日時", "担当者", "項目", "変更前", "変更後", "レコード種別", "レコードID"),
}
# The whole log's CSV: the same columns, then the customer's (empty for a task).
CUSTOMER_HEADERS = {
    "en": ("Customer ID", "Customer"),
    "ja": ("顧客ID", "顧客名"),
}
FIELD_NAMES: dict[str, dict[str | tuple[str, str], str]] = {
    "ja": {
        "kind": "種別",
        "family_name": "姓",
        "given_name": "名",
        "display_name": "表示名",
        "reading": "フリガナ",
        "honorific": "敬称",
        "company": "会社",
        "title": "役職",
        "birthday": "誕生日",
        "stage": "段階",
        "source": "流入元",
        "preferred_channel": "希望連絡手段",
        "consent_dm": "DM 同意",
        "consent_email": "メール同意",
        "consent_line": "LINE 同意",
        "line_id": "LINE ID",
        "note": "メモ",
        "tags": "タグ",
        "phones": "電話番号",
        "emails": "メール",
        "addresses": "住所",
        "in_trash": "ごみ箱",
        ("interaction", "kind"): "種類",
        ("interaction", "direction"): "きっかけ",
        ("interaction", "occurred_at"): "日時",
        ("interaction", "subject"): "件名",
        ("interaction", "body"): "内容",
        ("interaction", "outcome"): "結果",
        ("purchase", "purchased_at"): "日時",
        ("purchase", "lines"): "明細",
        ("purchase", "total"): "合計",
        ("reminder", "title"): "やること",
        ("reminder", "due_at"): "期限",
        ("reminder", "recurrence"): "繰り返し",
        ("reminder", "snoozed_until"): "再通知",
        ("reminder", "done_at"): "完了",
    },
}
# Record types in the user's language (the CSV's record type column).
RECORD_NAMES = {
    "ja": {
        "customer": "顧客",
        "interaction": "対応履歴",
        "purchase": "購入",
        "reminder": "リマインダー",
    },
}


class HistoryService:
    """Reads and exports the change log."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def history(
        self, customer_id: uuid.UUID, field: str | None = None, limit: int | None = None
    ) -> list[HistoryEntry]:
        """Every change of a customer (also one in the trash), newest first.

        *field* keeps one field's changes; raises CustomerNotFound for an unknown id.
        """
        sql = (
            "SELECT id, changed_at, actor, record_type, record_id, field, old_value, new_value "
            "FROM changes WHERE customer_id = ?"
        )
        params: list[object] = [customer_id.bytes]
        if field is not None:
            sql += " AND field = ?"
            params.append(field)
        sql += " ORDER BY changed_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._db.read() as uow:
            conn = uow.connection
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM customers WHERE id = ?", (customer_id.bytes,)
            ).first()
            if exists is None:
                raise CustomerNotFound(customer_id)
            rows = conn.exec_driver_sql(sql, tuple(params)).all()
        return [
            HistoryEntry(
                as_uuid(r[0]), as_instant(r[1]), r[2], r[3], as_uuid(r[4]), r[5], r[6], r[7]
            )
            for r in rows
        ]

    def export(
        self,
        customer_id: uuid.UUID,
        target: Path,
        fmt: HistoryFormat,
        now: datetime,
        language: str = "en",
        tz: tzinfo = UTC,
    ) -> int:
        """Write a customer's history to *target* (CSV: UTF-8 with a BOM, times in *tz*;
        JSON: UTC ISO 8601); atomically, owner-only. Returns the number of changes."""
        entries = self.history(customer_id)
        if fmt == HistoryFormat.JSON:
            data = json.dumps(
                {
                    "customer_id": str(customer_id),
                    "exported_at": now.astimezone(UTC).isoformat(),
                    "changes": [entry_json(e) for e in entries],
                },
                ensure_ascii=False,
                indent=2,
            ).encode("utf-8")
        else:
            data = history_csv(entries, language, tz).encode("utf-8-sig")
        write_atomically(target, data)
        return len(entries)

    def log_entries(self, page_size: int = PAGE_SIZE) -> Generator[LogEntry, None, None]:
        """Every change of the log (customers', also in the trash, and tasks'), in id
        order (oldest first), read page by page in one read transaction."""
        with self._db.read() as uow:
            yield from _log_pages(uow.connection, page_size)

    def export_all(
        self,
        target: Path,
        fmt: HistoryFormat,
        now: datetime,
        language: str = "en",
        tz: tzinfo = UTC,
        page_size: int = PAGE_SIZE,
    ) -> int:
        """Write the whole change log to *target* (as ``export``: CSV UTF-8 with a BOM and
        times in *tz*, with the customer's id and name; JSON in UTC with ``customer_id``
        and ``customer_name``, null and "" for a task), streamed, atomically, owner-only:
        a failure or Ctrl+C leaves no half file. Returns the number of changes."""
        encoding = "utf-8" if fmt == HistoryFormat.JSON else "utf-8-sig"
        with open_atomically(target) as raw:
            out = io.TextIOWrapper(raw, encoding=encoding, newline="")
            try:
                count = self.write_all(out, fmt, now, language, tz, page_size, document=True)
            finally:
                out.detach()  # flushes; the raw file stays open_atomically's to close
        return count

    def write_all(
        self,
        out: TextIO,
        fmt: HistoryFormat,
        now: datetime,
        language: str = "en",
        tz: tzinfo = UTC,
        page_size: int = PAGE_SIZE,
        document: bool = False,
    ) -> int:
        """Stream the whole change log to the text stream *out* (CSV, or JSON: an array of
        changes, or with *document* an object with ``exported_at`` and ``changes``).
        Returns the number of changes."""
        with contextlib.closing(self.log_entries(page_size)) as entries:  # ends the read
            if fmt == HistoryFormat.JSON:
                return write_log_json(entries, out, now if document else None)
            return write_log_csv(entries, out, language, tz)


def _log_pages(conn: Connection, page_size: int) -> Iterator[LogEntry]:
    """The whole log in id order, keyset-paged (``id > last``: the primary key's order)."""
    sql = (
        "SELECT ch.id, ch.changed_at, ch.actor, ch.record_type, ch.record_id, ch.field, "
        "ch.old_value, ch.new_value, ch.customer_id, coalesce(c.display_name, '') "
        "FROM changes ch LEFT JOIN customers c ON c.id = ch.customer_id "
        "WHERE ch.id > ? ORDER BY ch.id LIMIT ?"
    )
    last = b""
    while True:
        rows = conn.exec_driver_sql(sql, (last, page_size)).all()
        for r in rows:
            yield LogEntry(
                HistoryEntry(
                    as_uuid(r[0]), as_instant(r[1]), r[2], r[3], as_uuid(r[4]), r[5], r[6], r[7]
                ),
                None if r[8] is None else as_uuid(r[8]),
                r[9],
            )
        if len(rows) < page_size:
            return
        last = rows[-1][0]


def entry_json(entry: HistoryEntry) -> dict[str, str]:
    """One change as a JSON object."""
    return {
        "changed_at": entry.changed_at.astimezone(UTC).isoformat(),
        "actor": entry.actor,
        "record_type": entry.record_type,
        "record_id": str(entry.record_id),
        "field": entry.field,
        "old_value": entry.old_value,
        "new_value": entry.new_value,
    }


def log_entry_json(item: LogEntry) -> dict[str, Any]:
    """One change of the whole log as a JSON object: ``entry_json`` and the customer's id
    (null for a task) and name."""
    return {
        **entry_json(item.entry),
        "customer_id": None if item.customer_id is None else str(item.customer_id),
        "customer_name": item.customer_name,
    }


def history_csv(entries: list[HistoryEntry], language: str, tz: tzinfo) -> str:
    """Changes as CSV text (header row first; formula-like cells neutralised; times, also
    the values of time fields, in *tz*)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(HEADERS.get(language, HEADERS["en"]))
    row = csv_row_maker(language, tz)
    for e in entries:
        writer.writerow(row(e))
    return out.getvalue()


def csv_row_maker(language: str, tz: tzinfo) -> Callable[[HistoryEntry], list[str]]:
    """The function that turns a HistoryEntry into its CSV cells (the columns of
    ``HEADERS``; formula-like text neutralised; times, also the values of time fields, in
    *tz*; field and record type names in *language*)."""
    names = FIELD_NAMES.get(language, {})
    records = RECORD_NAMES.get(language, {})

    def row(e: HistoryEntry) -> list[str]:
        field = names.get((e.record_type, e.field)) or names.get(e.field, e.field)
        return [
            e.changed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"),
            neutralise(e.actor),
            field,
            neutralise(value_text(e.field, e.old_value, tz)),
            neutralise(value_text(e.field, e.new_value, tz)),
            records.get(e.record_type, e.record_type),
            str(e.record_id),
        ]

    return row


def write_log_csv(entries: Iterable[LogEntry], out: TextIO, language: str, tz: tzinfo) -> int:
    """Write the whole log's changes to *out* as CSV: ``history_csv``'s columns (the same
    cells, neutralised the same way), then the customer's id and name ("" for a task).
    Returns the number of changes."""
    writer = csv.writer(out)
    writer.writerow(
        (
            *HEADERS.get(language, HEADERS["en"]),
            *CUSTOMER_HEADERS.get(language, CUSTOMER_HEADERS["en"]),
        )
    )
    row = csv_row_maker(language, tz)
    count = 0
    for item in entries:
        customer = "" if item.customer_id is None else str(item.customer_id)
        writer.writerow([*row(item.entry), customer, neutralise(item.customer_name)])
        count += 1
    return count


def write_log_json(entries: Iterable[LogEntry], out: TextIO, exported_at: datetime | None) -> int:
    """Write the whole log's changes to *out* as JSON, one change per line: an array, or
    with *exported_at* an object ``{"exported_at": ..., "changes": [...]}``. Returns the
    number of changes."""
    if exported_at is not None:
        stamp = json.dumps(exported_at.astimezone(UTC).isoformat())
        out.write(f'{{\n  "exported_at": {stamp},\n  "changes": [')
    else:
        out.write("[")
    count = 0
    for item in entries:
        out.write(",\n    " if count else "\n    ")
        out.write(json.dumps(log_entry_json(item), ensure_ascii=False))
        count += 1
    out.write("\n  ]\n}\n" if exported_at is not None else "\n]\n")
    return count


def value_text(field: str, value: str, tz: tzinfo) -> str:
    """A logged value for a person: an instant in *tz* (``YYYY-MM-DD HH:MM:SS``), the rest
    as stored."""
    if field in TIME_FIELDS and value:
        try:
            return datetime.fromisoformat(value).astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return value
    return value
