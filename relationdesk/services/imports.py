"""Importing customers from CSV, Excel and vCard files: inspect, preview, run, history, undo.

The wizard (and ``relationdesk import``) works in three steps over this service:

1. ``inspect(path, options)``: what the file is, its headers, the column mapping (the one
   remembered for files of this shape, else the guess) and a few sample rows: cheap;
2. ``preview(path, options, now)``: the whole file checked against the database, with
   every problem, the counts, and the first rows as they will be stored; nothing is
   written;
3. ``run(path, options, now)``: the import itself, as one batch that ``undo`` takes back.

Each call is plain Python with no Qt: a QThreadPool worker can run it, passing
``progress(done, total)`` (records so far, records in the file; called on the worker's
thread after each chunk of records; for a CSV file ``total`` is first estimated from its
line count, and the last call is always ``(records, records)``) and ``cancelled()`` (asked
as often; when it says yes the call raises ImportCancelled and nothing is written).

**All or nothing.** An import is one write transaction: every customer, contact point,
tag, journal entry, change-log row and search-index entry commits together or not at all.
A cancel, an error, or the process being killed leaves the database as it was (SQLite
rolls an unfinished transaction back). The write lock is held for the import's duration,
so other writers wait (the wizard is modal). The preview runs the very same code in a
transaction that is always rolled back, so its counts are the import's counts; it too
holds the write lock while it runs.

**Fast.** Rows go in with Core ``executemany`` in chunks (``import_engine``), with the
foreign-key and CHECK enforcement of a bulk transaction off (the engine builds every row
from checked values), and the search index is written once, sorted, at the end.

**Problems never stop an import.** A record that gives no customer is reported (with its
line and column) and not stored; a bad field is a warning and the rest of the record is
imported. Only a file that cannot be read at all raises (``ImportFileError``).

**Remembered mappings** live in the database (``import_mappings``), keyed by the file's
shape: they are the shop's data, go with its backups (and a shared server later), and are
saved in the same transaction as the import that used them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from relationdesk.ids import uuid7
from relationdesk.models import BatchKind
from relationdesk.normalize.phones import DEFAULT_REGION
from relationdesk.services.batches import BatchUndo, find_batch, finish_batch, list_batches
from relationdesk.services.batches import start_batch as _start_batch
from relationdesk.services.change_log import default_actor
from relationdesk.services.errors import ImportCancelled
from relationdesk.services.import_data import (
    BatchSummary,
    FileInfo,
    ImportOptions,
    ImportPreview,
    ImportResult,
    UndoResult,
)
from relationdesk.services.unit_of_work import Database

if TYPE_CHECKING:
    from relationdesk.importing.mapping import ColumnMapping
    from relationdesk.services.import_engine import ImportEngine
    from relationdesk.services.import_files import Opened

PREVIEW_ROWS = 20

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportService:
    """Imports files of customers as undoable batches (see the module documentation)."""

    def __init__(
        self, db: Database, region: str = DEFAULT_REGION, actor: str | None = None
    ) -> None:
        self._db = db
        self.region = region
        self.actor = default_actor() if actor is None else actor

    # -- the three steps ---------------------------------------------------------------

    def inspect(self, path: Path, options: ImportOptions | None = None) -> FileInfo:
        """Read the file's header and first rows; raise ImportFileError when unreadable."""
        return self._open(Path(path), options or ImportOptions()).info

    def preview(
        self,
        path: Path,
        options: ImportOptions | None,
        now: datetime,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        rows: int = PREVIEW_ROWS,
    ) -> ImportPreview:
        """Check the whole file against the database and say what ``run`` would do.

        Nothing is written: the import runs in a transaction that is rolled back.
        """
        options = options or ImportOptions()
        opened = self._open(Path(path), options, now)
        with self._db.bulk_write() as uow:
            engine = self._engine(uow.connection, uuid7(), options, now, rows, indexing=False)
            self._feed(engine, opened, progress, cancelled)
            # leaving the block rolls everything back
        return ImportPreview(
            file=opened.info,
            rows=tuple(engine.preview),
            problems=tuple(engine.problems),
            counts=engine.counts,
        )

    def run(
        self,
        path: Path,
        options: ImportOptions | None,
        now: datetime,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import the file as one batch; raise ImportFileError or ImportCancelled."""
        options = options or ImportOptions()
        path = Path(path)
        opened = self._open(path, options, now)
        batch_id = uuid7()
        with self._db.bulk_write() as uow:
            conn = uow.connection
            _start_batch(
                conn,
                batch_id,
                BatchKind.IMPORT,
                now,
                self.actor,
                file_name=path.name,
                file_format=opened.info.format.value,
                policy=options.on_duplicate.value,
            )
            engine = self._engine(conn, batch_id, options, now, 0)
            self._feed(engine, opened, progress, cancelled)
            _check(cancelled)
            engine.finish()
            finish_batch(
                conn,
                batch_id,
                engine.counts,
                len(engine.problems),
                {"tags": [t.hex() for t in engine.created_tags]},
            )
            mapping = opened.info.mapping
            if mapping is not None:
                _remember(conn, mapping, now)
            _check(cancelled)
            uow.commit()
        return ImportResult(
            batch_id=batch_id,
            file=opened.info,
            counts=engine.counts,
            problems=tuple(engine.problems),
        )

    # -- history -----------------------------------------------------------------------

    def batches(self, limit: int = 50, before: uuid.UUID | None = None) -> list[BatchSummary]:
        """The import history (imports and manual merges), newest first, *limit* at a time;
        *before* is the last batch of the previous page."""
        with self._db.read() as uow:
            return list_batches(uow.connection, limit, before)

    def find_batch(self, text: str) -> uuid.UUID | None:
        """The batch a user's text names: a whole id or its first 8+ hex digits."""
        with self._db.read() as uow:
            return find_batch(uow.connection, text)

    def undo(
        self,
        batch_id: uuid.UUID,
        now: datetime,
        keep_changed: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> UndoResult:
        """Undo a whole batch (an import or a manual merge), in one transaction.

        Created customers are erased, changed ones get their before-images back (see
        ``services.batches``). Raises BatchNotFound, BatchAlreadyUndone, ImportCancelled,
        or UndoRefused listing the records changed since (nothing is changed then; with
        *keep_changed* those are left as they are and the rest is undone).
        """
        with self._db.write() as uow:
            result = BatchUndo(uow.session, self.region, self.actor, now).undo(
                batch_id, keep_changed, progress, cancelled
            )
            _check(cancelled)
            uow.commit()
        return result

    def remembered_mapping(self, headers: tuple[str, ...]) -> ColumnMapping | None:
        """The mapping last used for files with these headers, if any."""
        with self._db.read() as uow:
            return _stored_mapping(uow.connection, headers)

    # -- running -----------------------------------------------------------------------

    def _engine(
        self,
        conn: Connection,
        batch_id: uuid.UUID,
        options: ImportOptions,
        now: datetime,
        preview_rows: int,
        indexing: bool = True,
    ) -> ImportEngine:
        from relationdesk.services.import_engine import ImportEngine

        return ImportEngine(
            conn,
            batch_id.bytes,
            policy=options.on_duplicate,
            region=options.region or self.region,
            now=now,
            actor=self.actor,
            preview_rows=preview_rows,
            indexing=indexing,
        )

    def _feed(
        self,
        engine: ImportEngine,
        opened: Opened,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        from relationdesk.services.import_files import feed

        feed(engine, opened, progress, cancelled)

    def _open(self, path: Path, options: ImportOptions, now: datetime | None = None) -> Opened:
        from relationdesk.services.import_files import open_file

        return open_file(path, options, options.region or self.region, now, self.remembered_mapping)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled


def _stored_mapping(conn: Connection, headers: tuple[str, ...]) -> ColumnMapping | None:
    from relationdesk.importing.mapping import ColumnMapping, shape_key

    row = conn.exec_driver_sql(
        "SELECT mapping FROM import_mappings WHERE shape = ?", (shape_key(headers),)
    ).first()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
    except ValueError:
        return None
    return ColumnMapping.from_json(data, headers)


def _remember(conn: Connection, mapping: ColumnMapping, now: datetime) -> None:
    """Keep the mapping for the next file of the same shape (one row per shape)."""
    from relationdesk.models.types import to_micros

    now_us = to_micros(now)
    conn.exec_driver_sql(
        "INSERT INTO import_mappings (id, shape, mapping, used_at, created_at, updated_at, "
        "version) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (shape) DO UPDATE SET "
        "mapping = excluded.mapping, used_at = excluded.used_at, "
        "updated_at = excluded.updated_at, version = import_mappings.version + 1",
        (
            uuid7().bytes,
            mapping.shape,
            json.dumps(mapping.to_json(), ensure_ascii=False),
            now_us,
            now_us,
            now_us,
        ),
    )


__all__ = ["PREVIEW_ROWS", "ImportService"]
