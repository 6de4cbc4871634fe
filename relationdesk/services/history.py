"""A customer's change history (the ``changes`` table): read it, export it as CSV or JSON.

Every change writes one row per changed field in the same transaction as the change
(``change_log``): who (the staff name set in Preferences, else the operating system's
user), when, which record (the customer's profile, or one of its interactions, purchases
and reminders), which field, from what to what. This is the read side, for the History
tab and for exports.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from relationdesk.exporting.injection import neutralise
from relationdesk.services.change_fields import TIME_FIELDS
from relationdesk.services.errors import CustomerNotFound
from relationdesk.services.rows import as_instant, as_uuid
from relationdesk.services.unit_of_work import Database
from relationdesk.storage.files import write_atomically


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


# Column headers and field names for CSV files, in the user's language.
HEADERS = {
    "en": ("Changed at", "By", "Field", "From", "To", "Record type", "Record ID"),
    "ja": ("日時", "担当者", "項目", "変更前", "変更後", "レコード種別", "レコードID"),
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


def history_csv(entries: list[HistoryEntry], language: str, tz: tzinfo) -> str:
    """Changes as CSV text (header row first; formula-like cells neutralised; times, also
    the values of time fields, in *tz*)."""
    names = FIELD_NAMES.get(language, {})
    records = RECORD_NAMES.get(language, {})
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(HEADERS.get(language, HEADERS["en"]))
    for e in entries:
        field = names.get((e.record_type, e.field)) or names.get(e.field, e.field)
        writer.writerow(
            [
                e.changed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"),
                neutralise(e.actor),
                field,
                neutralise(value_text(e.field, e.old_value, tz)),
                neutralise(value_text(e.field, e.new_value, tz)),
                records.get(e.record_type, e.record_type),
                str(e.record_id),
            ]
        )
    return out.getvalue()


def value_text(field: str, value: str, tz: tzinfo) -> str:
    """A logged value for a person: an instant in *tz* (``YYYY-MM-DD HH:MM:SS``), the rest
    as stored."""
    if field in TIME_FIELDS and value:
        try:
            return datetime.fromisoformat(value).astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return value
    return value
