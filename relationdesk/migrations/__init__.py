"""Schema migrations (Alembic), shipped inside the package, and the start-up upgrade.

``open_database`` is what the app and the CLI call before anything else touches the file:
a new file is created (owner-only) at the newest schema; an older one is backed up with
SQLite's backup API and upgraded; a file made by a newer RelationDesk, or a file that is
not a RelationDesk database, is refused and left untouched. An upgrade that fails half-way
(an error in a revision, a full disk, Ctrl+C) puts the pre-upgrade backup's content back,
checks that the file is at its old revision again, and raises MigrationFailed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from relationdesk.storage.files import create_private_file, make_private, side_files, uri

# The newest revision in versions/. Kept here so a start-up at the current schema can be
# checked with plain sqlite3, without importing Alembic; a test keeps it in step.
HEAD_REVISION = "0005"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")


class DatabaseError(Exception):
    """Base of the errors about the database file itself."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer RelationDesk; we must not touch it."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class NotARelationDeskDatabase(DatabaseError):
    """The file is a database (or not even that), but not one of ours."""


class MigrationFailed(DatabaseError):
    """Upgrading the file to the current schema failed; it was put back as it was.

    ``revision`` is the file's revision before (and, when ``restored``, after) the attempt,
    ``backup`` the pre-upgrade backup, ``detail`` what went wrong.
    """

    def __init__(
        self, revision: str | None, backup: Path | None, detail: str, restored: bool
    ) -> None:
        super().__init__(f"upgrade from {revision} failed: {detail}")
        self.revision = revision
        self.backup = backup
        self.detail = detail
        self.restored = restored


@dataclass(frozen=True, slots=True)
class OpenResult:
    """What happened when the database was opened: created, upgraded (with its backup) or as is."""

    created: bool
    upgraded_from: str | None
    backup: Path | None


def alembic_config(connection: object | None = None, url: str | None = None) -> object:
    """Return an Alembic Config pointing at the migrations inside this package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "relationdesk:migrations")
    if url:
        config.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(path: Path) -> str | None:
    """Return the file's schema revision, None for an empty file; raise for a foreign file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(uri(path, mode="ro"), uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotARelationDeskDatabase(str(path))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damaged bytes in a message
        raise NotARelationDeskDatabase(str(path)) from exc
    if row is None:
        raise NotARelationDeskDatabase(str(path))
    return str(row[0])


def upgrade_pending(path: Path) -> bool | None:
    """Whether opening the file at *path* will upgrade it (a backup, then the migrations).

    True: it is a RelationDesk database at an older revision than ``HEAD_REVISION``.
    False: it is missing, empty, current, or from a newer version (refused at once).
    None: it cannot be told (unreadable, busy, damaged, not ours); ``open_database``
    finds out what is wrong. Cheap and read-only: one read of ``alembic_version`` through
    a ``mode=ro`` connection, no Alembic, nothing written.
    """
    try:
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            return False
        connection = sqlite3.connect(uri(path, mode="ro"), uri=True, timeout=0.1)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except (OSError, ValueError, sqlite3.Error):
        return None
    if row is None or not isinstance(row[0], str):
        return None
    return row[0] != HEAD_REVISION and row[0] in KNOWN_REVISIONS


_UNREAD = "unread"  # open_database's revision when the caller has not read it


def open_database(
    path: Path, backups: Path, now: datetime, revision: str | None = _UNREAD
) -> OpenResult:
    """Bring the database at *path* to the newest schema, creating it when it is new.

    *revision* is the file's ``current_revision`` when the caller has just read it.
    """
    if revision == _UNREAD:
        revision = current_revision(path)
    if revision == HEAD_REVISION:
        return OpenResult(created=False, upgraded_from=None, backup=None)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(revision)
    backup = None
    if revision is not None:
        from relationdesk.storage.backup import backup_database

        backup = backup_database(path, backups, f"before-upgrade-{revision}", now)
    else:
        create_private_file(path)  # SQLite gives -wal and -shm the database file's mode
    try:
        _upgrade(path)
    except BaseException as exc:
        failure = _undo_failed_upgrade(path, revision, backup, exc, now)
        if not isinstance(exc, Exception):
            raise  # Ctrl+C: the file is back as it was; let the interrupt through
        raise failure from exc
    make_private(path, *side_files(path))
    return OpenResult(created=revision is None, upgraded_from=revision, backup=backup)


def _undo_failed_upgrade(
    path: Path, revision: str | None, backup: Path | None, exc: BaseException, now: datetime
) -> MigrationFailed:
    """Put the file back as it was before a failed upgrade; say how that went."""
    from relationdesk.storage.restore import RestoreFailed, copy_into, is_healthy, swap_in

    detail = f"{type(exc).__name__}: {exc}"
    if backup is None:  # a new file whose creation failed: leave nothing half-made behind
        for leftover in (path, *side_files(path)):
            leftover.unlink(missing_ok=True)
        return MigrationFailed(None, None, detail, restored=True)
    try:
        if is_healthy(path):
            copy_into(backup, path)
        else:
            swap_in(backup, path, now)
        restored = current_revision(path) == revision
    except (RestoreFailed, OSError, DatabaseError):
        restored = False
    return MigrationFailed(revision, backup, detail, restored)


def _upgrade(path: Path) -> None:
    from alembic import command

    from relationdesk.storage.engine import make_engine

    engine = make_engine(path, pool_size=1)
    try:
        with engine.connect() as connection:
            command.upgrade(alembic_config(connection), "head")  # type: ignore[arg-type]
            connection.commit()
    finally:
        engine.dispose()
