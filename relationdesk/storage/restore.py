"""Putting a backup's content in place of the database file, safely.

Two ways, chosen by the state of the current file:

* ``copy_into`` (the current file is healthy): SQLite's backup API copies the backup into
  the live file in one write transaction. In WAL mode the new pages go to the WAL and
  commit atomically, so a crash leaves either the old or the new content, never a mix;
  the WAL and shared-memory files stay SQLite's business. A final TRUNCATE checkpoint
  leaves one self-contained file.
* ``swap_in`` (the current file is damaged or missing; SQLite must not write to it): the
  backup is copied (and checked) to ``<name>.restoring``; then the damaged file and its
  ``-wal``/``-shm``/``-journal`` are renamed to ``<name>.<time>.damaged`` (+ the same
  suffixes, so the pair still opens for a salvage attempt) and the copy is renamed into
  place. A stale WAL is never left beside the new file, where SQLite would replay it.
  A crash between the renames leaves no database but a complete ``.restoring`` file,
  which ``finish_interrupted_restore`` (called at every start) puts in place.

Both need every connection to the database closed first (the caller disposes its engine).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from relationdesk.storage.backup import BackupFailed, write_backup
from relationdesk.storage.check import DatabaseFacts, quick_check, read_facts
from relationdesk.storage.connection import BUSY_TIMEOUT_MS
from relationdesk.storage.files import (
    connect_read_only,
    fsync_dir,
    make_private,
    restoring_path,
    side_files,
)

DAMAGED = ".damaged"


class RestoreFailed(RuntimeError):
    """The backup could not be put in place; the current file is as it was."""


def damaged_path(database: Path, now: datetime) -> Path:
    """The name a damaged database file is kept under (``relationdesk.sqlite3.<time>.damaged``)."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    candidate = database.with_name(f"{database.name}.{stamp}{DAMAGED}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = database.with_name(f"{database.name}.{stamp}-{counter}{DAMAGED}")
    return candidate


def copy_into(source: Path, database: Path) -> None:
    """Replace the content of the healthy database *database* with *source*'s, atomically."""
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
        dst.isolation_level = None
        try:
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            dst.execute("PRAGMA synchronous = FULL")
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise RestoreFailed(str(exc)) from exc
    finally:
        src.close()
    make_private(database, *side_files(database))


def swap_in(source: Path, database: Path, now: datetime) -> Path | None:
    """Put a checked copy of *source* where *database* is, without writing to the old file.

    The old file (if any) is kept under a ``.damaged`` name, which is returned.
    """
    temp = restoring_path(database)
    _remove_with_sides(temp)
    try:
        write_backup(source, temp)
    except BackupFailed as exc:
        raise RestoreFailed(str(exc)) from exc
    aside: Path | None = None
    if database.exists():
        aside = damaged_path(database, now)
        for side, suffix in zip(side_files(database), ("-wal", "-shm", "-journal"), strict=True):
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(database, aside)
    else:
        _move_orphan_sides(database, now)
    os.replace(temp, database)
    fsync_dir(database.parent)
    return aside


def finish_interrupted_restore(database: Path, now: datetime) -> bool:
    """Complete a ``swap_in`` that a crash interrupted; True when it had to.

    A ``.restoring`` file beside an existing database is a copy that never went in place
    (it is deleted); beside a missing database it is the complete, checked copy whose
    rename was cut off (it is checked again and put in place).
    """
    temp = restoring_path(database)
    if not temp.exists():
        return False
    if database.exists() or quick_check(temp):
        _remove_with_sides(temp)
        return False
    _move_orphan_sides(database, now)
    os.replace(temp, database)
    fsync_dir(database.parent)
    return True


def verify(path: Path) -> DatabaseFacts:
    """Check a database file read-only; return its facts or raise RestoreFailed."""
    problems = quick_check(path)
    if problems:
        raise RestoreFailed("; ".join(problems))
    try:
        return read_facts(path)
    except sqlite3.Error as exc:
        raise RestoreFailed(str(exc)) from exc


def is_healthy(database: Path) -> bool:
    """True when *database* exists, is not empty and passes quick_check with its WAL."""
    if not database.exists() or database.stat().st_size == 0:
        return False
    if quick_check(database):
        return False
    try:
        connection = connect_read_only(database)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return False
    return True


def set_aside_orphans(database: Path, now: datetime) -> bool:
    """When *database* is missing, rename its leftover -wal/-shm/-journal files out of the
    way (SQLite would replay another file's WAL into the new one); True when there were."""
    if database.exists():
        return False
    found = any(side.exists() for side in side_files(database))
    _move_orphan_sides(database, now)
    return found


def _move_orphan_sides(database: Path, now: datetime) -> None:
    """Rename -wal/-shm/-journal files without their database out of the way."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    for side in side_files(database):
        if side.exists():
            os.replace(side, side.with_name(f"{side.name}.{stamp}.orphan"))


def _remove_with_sides(path: Path) -> None:
    for item in (path, *side_files(path), path.with_name(path.name + ".partial")):
        with contextlib.suppress(OSError):
            item.unlink(missing_ok=True)
