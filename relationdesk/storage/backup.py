"""Backups with SQLite's online backup API: a consistent copy even while the app writes.

A backup is written under a temporary name, opened and checked, then renamed into place,
so a backup file that exists is always a complete, healthy database.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


class BackupFailed(RuntimeError):
    """The backup could not be written or did not pass its check."""


def backup_database(source: Path, folder: Path, reason: str, now: datetime) -> Path:
    """Copy the database at *source* into *folder*; return the new backup's path."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"relationdesk-{stamp}-{reason}.sqlite3"
    partial = final.with_suffix(".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        check = sqlite3.connect(f"file:{partial}?mode=ro", uri=True)
        try:
            result = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
        if result != "ok":
            raise BackupFailed(f"backup check failed: {result}")
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, final)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(str(exc)) from exc
    return final
