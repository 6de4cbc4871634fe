"""import_100k: importing a 100,000-row CSV against a raw bulk insert of the same rows.

The app side is what File → Import runs (``ImportService.run``): reading the CP932 file,
converting and checking every value, duplicate look-ups, the writes, the undo journal and
the search index, in one transaction, with its helper processes. It imports into a fresh
data folder (migrated before the clock starts), as a new user's first import does.

The baseline is the least work that leaves the same rows in the same schema: the
customers, contact points and search-index documents the app stored, read back from the
app's database before the clock starts, then written into a fresh copy of the empty
database with one ``executemany`` per table and the index documents in doc-id order, in
one transaction with the app's pragmas (WAL, synchronous=FULL, foreign keys, the bulk
page cache). It does no parsing, no checks and no journal: it is the floor the app's
import is measured against. Each run checks that both databases hold the same customers,
contact points and index documents.

A run takes ~30 s (both sides), so this scenario takes ``IMPORT_REPS`` pairs (3 by
default: `--import-reps`) instead of the in-process scenarios' 7 or more.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import sqlite3
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from relationdesk.app import open_app
from relationdesk.services.customer_records import CUSTOMER_COLUMNS, POINT_COLUMNS
from relationdesk.storage.connection import BULK_CACHE_KIB, BUSY_TIMEOUT_MS

ROWS = 100_000
IMPORT_REPS = 3
TARGET_RATIO = 2.0
HEADERS = ["氏名", "フリガナ", "電話番号", "携帯", "メール", "郵便番号", "住所", "生年月日", "備考"]


def write_file(path: Path, rows: int) -> None:
    """Write an Excel-style CP932 CSV (CRLF) of *rows* customers: name and half-width
    kana reading, two phones (one in full-width digits), e-mail, postal code, a whole
    address with a ① building name, a 和暦 birthday and a note on two rows of three."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for i in range(rows):
        writer.writerow(
            [
                f"髙橋 一郎{i}",
                "ﾀｶﾊｼ ｲﾁﾛｳ",
                f"03-{1000 + i % 9000}-{i % 10000:04d}",
                f"０９０-{1000 + i % 9000}-{i % 10000:04d}",
                f"user{i}@example.co.jp",
                "100-0001",
                f"東京都千代田区千代田{i % 9 + 1}-1 ①ビル",
                f"昭和{i % 60 + 1}年{i % 12 + 1}月{i % 28 + 1}日",
                "備考" if i % 3 else "",
            ]
        )
    path.write_bytes(buffer.getvalue().encode("cp932"))


@dataclass(frozen=True, slots=True)
class ImportTiming:
    """The medians of both sides, the counts both stored, and each run's seconds."""

    app_ms: float
    raw_ms: float
    customers: int
    points: int
    app_runs: tuple[float, ...]
    raw_runs: tuple[float, ...]


class ImportMismatch(AssertionError):
    """The baseline did not store what the app stored: the ratio would be dishonest."""


@dataclass
class _Stored:
    """What an import left in a database: rows to write again and index documents."""

    customers: list[tuple[Any, ...]]
    points: list[tuple[Any, ...]]
    documents: list[tuple[int, str, str]]  # doc id, text, grams (as the app indexed them)


def measure(rows: int = ROWS, reps: int = IMPORT_REPS, log: Any = print) -> ImportTiming:
    """Time the app's import and the raw bulk insert alternately, *reps* times each."""
    with tempfile.TemporaryDirectory(prefix="relationdesk-bench-import-") as tmp:
        folder = Path(tmp)
        path = folder / "customers.csv"
        write_file(path, rows)
        empty = _empty_database(folder / "empty")
        app_runs: list[float] = []
        raw_runs: list[float] = []
        counts = (0, 0)
        for rep in range(reps):
            data = folder / f"app-{rep}"
            app = open_app(data, datetime.now(UTC), region="JP")
            try:
                started = time.perf_counter()
                app.imports.run(path, None, datetime.now(UTC))
                app_runs.append(time.perf_counter() - started)
                database = app.paths.database
            finally:
                app.close()
            stored = _read_back(database)
            target = folder / f"raw-{rep}.sqlite3"
            shutil.copyfile(empty, target)
            started = time.perf_counter()
            _bulk_insert(target, stored)
            raw_runs.append(time.perf_counter() - started)
            counts = _check_same(database, target)
            shutil.rmtree(data)
            target.unlink()
            log(
                f"  import_100k run {rep + 1}/{reps}: app {app_runs[-1]:6.2f} s  "
                f"raw {raw_runs[-1]:6.2f} s"
            )
        return ImportTiming(
            statistics.median(app_runs) * 1000,
            statistics.median(raw_runs) * 1000,
            counts[0],
            counts[1],
            tuple(app_runs),
            tuple(raw_runs),
        )


def _empty_database(folder: Path) -> Path:
    """A migrated, empty database file (what a fresh data folder holds)."""
    app = open_app(folder, datetime.now(UTC), region="JP")
    database = app.paths.database
    app.close()
    return Path(database)


def _read_back(database: Path) -> _Stored:
    from relationdesk.services.search_index import grams_of

    conn = sqlite3.connect(str(database))
    try:
        customers = conn.execute(
            f"SELECT {', '.join(CUSTOMER_COLUMNS)} FROM customers ORDER BY id"
        ).fetchall()
        points = conn.execute(
            f"SELECT {', '.join(POINT_COLUMNS)} FROM contact_points ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    text = CUSTOMER_COLUMNS.index("search_text")
    doc = CUSTOMER_COLUMNS.index("doc_id")
    documents = sorted((r[doc], r[text], grams_of(r[text])) for r in customers)
    return _Stored(customers, points, documents)


def _bulk_insert(database: Path, stored: _Stored) -> None:
    """The baseline: one transaction, one executemany per table, documents in doc-id order."""
    conn = sqlite3.connect(str(database), isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        conn.execute("BEGIN IMMEDIATE")
        for table, columns, rows in (
            ("customers", CUSTOMER_COLUMNS, stored.customers),
            ("contact_points", POINT_COLUMNS, stored.points),
        ):
            marks = ", ".join("?" * len(columns))
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        conn.executemany(
            "INSERT INTO customer_fts (rowid, text) VALUES (?, ?)",
            [(d, t) for d, t, _ in stored.documents],
        )
        conn.executemany(
            "INSERT INTO customer_grams (rowid, grams) VALUES (?, ?)",
            [(d, g) for d, _, g in stored.documents],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


_COUNTS = ("SELECT count(*) FROM customers", "SELECT count(*) FROM contact_points")
# The index's documents and their token counts (a contentless FTS5 table keeps them per
# row in its _docsize table): the same documents indexed give the same rows.
_INDEX = (
    "SELECT id, sz FROM customer_fts_docsize ORDER BY id",
    "SELECT id, sz FROM customer_grams_docsize ORDER BY id",
)


def _check_same(app_database: Path, raw_database: Path) -> tuple[int, int]:
    """Raise ImportMismatch unless both hold the same rows and index; the row counts."""
    found = []
    for database in (app_database, raw_database):
        conn = sqlite3.connect(str(database))
        try:
            seen: list[Any] = [conn.execute(sql).fetchone()[0] for sql in _COUNTS]
            for sql in _INDEX:
                digest = hashlib.sha256()
                for doc_id, size in conn.execute(sql):
                    digest.update(doc_id.to_bytes(8, "big", signed=True) + bytes(size))
                seen.append(digest.hexdigest())
            seen.append(conn.execute("PRAGMA integrity_check").fetchone()[0])
            found.append(seen)
        finally:
            conn.close()
    if found[0] != found[1]:
        raise ImportMismatch(f"import_100k: app stored {found[0]}, baseline {found[1]}")
    return found[0][0], found[0][1]
