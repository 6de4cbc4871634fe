"""Helpers of the import service tests: files to import and looks into the database."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Sequence
from pathlib import Path

from tests.unit.importing.helpers import DATA, csv_bytes

__all__ = ["DATA", "content_digest", "count", "csv_bytes", "rows_of", "write_csv"]

HEADERS = ("氏名", "フリガナ", "電話番号", "メール", "郵便番号", "住所", "誕生日", "備考", "タグ")


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    headers: Sequence[str] = HEADERS,
    encoding: str = "utf-8",
) -> Path:
    """Write a CSV file with *headers* and *rows*; return its path."""
    path.write_bytes(csv_bytes([list(headers), *[list(r) for r in rows]], encoding=encoding))
    return path


def count(app, table: str, where: str = "1") -> int:
    """Rows of *table* matching *where*."""
    with app.db.read() as uow:
        return int(
            uow.connection.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {where}").scalar()
            or 0
        )


def rows_of(app, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of a query."""
    with app.db.read() as uow:
        return [tuple(r) for r in uow.connection.exec_driver_sql(sql, params).all()]


def content_digest(database: Path) -> str:
    """A digest of every row of every table (the FTS shadow tables included).

    Equal digests mean equal content, whatever the pages and the WAL look like.
    """
    digest = hashlib.sha256()
    with sqlite3.connect(database) as conn:
        for line in conn.iterdump():
            digest.update(line.encode("utf-8"))
    return digest.hexdigest()


def uid(value: bytes) -> uuid.UUID:
    """A UUID from 16 stored bytes."""
    return uuid.UUID(bytes=bytes(value))
