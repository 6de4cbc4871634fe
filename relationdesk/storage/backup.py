"""Backups with SQLite's online backup API: a consistent copy even while the app writes.

Never a file copy of the live database (a copy taken between a write and its checkpoint
misses the WAL, or catches half a checkpoint). A backup is written under a temporary
name (``.partial``, created 0600), its journal mode set to DELETE so that it is one
self-contained file, then opened and checked (``quick_check`` and the live customer
count, which must equal the count read in the same snapshot of the source), flushed to
the disk (fsync) and only then renamed to its final name, and the folder flushed. So a
backup file that exists under a final name is always complete and healthy; a crash or a
full disk leaves at most a ``.partial`` file, which the next backup removes.

Names carry the time (UTC) and the reason:
``relationdesk-20261123-030000-000000-startup.sqlite3``.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from relationdesk.storage.check import DatabaseFacts, quick_check, read_facts
from relationdesk.storage.files import (
    connect_read_only,
    create_private_file,
    fsync_dir,
    fsync_file,
    make_private_dir,
    side_files,
)

PREFIX = "relationdesk-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^relationdesk-(\d{8}-\d{6}-\d{6})-([a-z0-9][a-z0-9-]{0,60})\.sqlite3$")
_REASON = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")
_STEP_PAGES = 4096  # pages copied between progress reports (16 MiB at 4 KiB pages)

Progress = Callable[[int, int], None]  # (pages done, pages in all)


class BackupFailed(RuntimeError):
    """The backup could not be written or did not pass its check; nothing was left behind."""


def backup_name(now: datetime, reason: str) -> str:
    """The file name of a backup taken at *now* (aware) for *reason* (lower-case, dashes)."""
    if not _REASON.match(reason):
        raise ValueError(f"bad backup reason {reason!r}")
    return f"{PREFIX}{now.astimezone(UTC).strftime(_STAMP)}-{reason}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """Return (time taken, reason) from a backup's file name, None for other files."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken, match.group(2)


def write_backup(source: Path, target: Path, progress: Progress | None = None) -> DatabaseFacts:
    """Write a checked copy of the database *source* to the new file *target*.

    Raises BackupFailed (and leaves no file behind) when the copy cannot be written or
    does not pass its check. *target* must not exist yet. With *progress*, pages are
    copied in steps and *progress(done, total)* is called after each; the source's read
    transaction is held across the steps, so the copy is still one consistent snapshot.
    """
    partial = target.with_name(target.name + PARTIAL)
    _remove(partial)
    try:
        create_private_file(partial, exclusive=True)
        src = connect_read_only(source)
        try:
            # One read transaction: the count and the copy see the same snapshot.
            src.execute("BEGIN")
            expected = _live_customers(src)
            dst = sqlite3.connect(partial)
            try:
                if progress is None:
                    src.backup(dst)
                else:
                    src.backup(
                        dst,
                        pages=_STEP_PAGES,
                        progress=lambda _status, left, total: progress(total - left, total),
                    )
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        problems = quick_check(partial)
        if problems:
            raise BackupFailed(f"the copy did not pass its check: {'; '.join(problems)}")
        facts = read_facts(partial)
        if expected is not None and facts.customers != expected:
            raise BackupFailed(f"the copy holds {facts.customers} customers, not {expected}")
        fsync_file(partial)
        if target.exists():
            raise BackupFailed(f"{target} already exists")
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BackupFailed:
        _remove(partial)
        raise
    except (sqlite3.Error, OSError) as exc:
        _remove(partial)
        raise BackupFailed(str(exc)) from exc
    return DatabaseFacts(facts.revision, facts.customers, target.stat().st_size)


def backup_database(
    source: Path, folder: Path, reason: str, now: datetime, progress: Progress | None = None
) -> Path:
    """Back up the database at *source* into *folder* (created 0700); return the new file."""
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise BackupFailed(str(exc)) from exc
    final = folder / backup_name(now, reason)
    write_backup(source, final, progress)
    return final


def remove_partials(folder: Path) -> None:
    """Delete what interrupted backups left in *folder* (``*.partial`` and their journals)."""
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f"{PREFIX}*{SUFFIX}{PARTIAL}*"):
            leftover.unlink(missing_ok=True)


def _live_customers(connection: sqlite3.Connection) -> int | None:
    try:
        return int(
            connection.execute(
                "SELECT count(*) FROM customers WHERE deleted_at IS NULL"
            ).fetchone()[0]
        )
    except sqlite3.OperationalError:  # an empty file, or one without our tables
        return None


def _remove(partial: Path) -> None:
    for path in (partial, *side_files(partial)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
