"""Schema migrations (Alembic), shipped inside the package, and the start-up upgrade.

``open_database`` is what the app and the CLI call before anything else touches the file:
a new file is created at the newest schema; an older one is backed up with SQLite's backup
API and upgraded; a file made by a newer RelationDesk, or a file that is not a RelationDesk
database, is refused and left untouched.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from relationdesk.storage.backup import backup_database

# The newest revision in versions/. Kept here so a start-up at the current schema can be
# checked with plain sqlite3, without importing Alembic; a test keeps it in step.
HEAD_REVISION = "0003"
KNOWN_REVISIONS = ("0001", "0002", "0003")


class DatabaseError(Exception):
    """Base of the errors about the database file itself."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer RelationDesk; we must not touch it."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class NotARelationDeskDatabase(DatabaseError):
    """The file is a database (or not even that), but not one of ours."""


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
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    except sqlite3.DatabaseError as exc:
        raise NotARelationDeskDatabase(str(path)) from exc
    if row is None:
        raise NotARelationDeskDatabase(str(path))
    return str(row[0])


def open_database(path: Path, backups: Path, now: datetime) -> OpenResult:
    """Bring the database at *path* to the newest schema, creating it when it is new."""
    revision = current_revision(path)
    if revision == HEAD_REVISION:
        return OpenResult(created=False, upgraded_from=None, backup=None)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(revision)
    backup = None
    if revision is not None:
        backup = backup_database(path, backups, f"before-upgrade-{revision}", now)
    _upgrade(path)
    return OpenResult(created=revision is None, upgraded_from=revision, backup=backup)


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
