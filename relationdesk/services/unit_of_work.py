"""Sessions and transactions: one unit of work per use case.

Leaving a ``with`` block rolls back unless ``commit()`` was called (Cosmic Python's rule), so
a use case that raises half-way never leaves half its writes behind. Write units take the
SQLite write lock up front (BEGIN IMMEDIATE); read units never block a writer (WAL).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from relationdesk.storage.engine import make_engine


class DatabaseClosed(RuntimeError):
    """The database was closed (or is being replaced by a restore); nothing was done."""


class Database:
    """The open database: its file, its engine and the session factories for reads and writes.

    ``commits`` counts the write transactions committed through it, and commit listeners
    (``on_commit``) are called, in the committing thread, before each commit: the backup
    service uses them to know whether the data changed since the last backup. ``close()``
    and ``reopen()`` let a restore replace the file underneath the services, which keep
    this object.
    """

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.commits = 0
        self._listeners: list[Callable[[], None]] = []
        self._count_lock = threading.Lock()
        self._closed = False
        self._use(engine or make_engine(path))

    def _use(self, engine: Engine) -> None:
        self.engine = engine
        event.listen(engine, "commit", self._committed)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self._bulk = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE", sqlite_bulk=True),
            expire_on_commit=False,
        )

    def _committed(self, _connection: Any) -> None:
        self.note_write()

    def note_write(self) -> None:
        """Count a write made outside a unit of work (raw maintenance such as VACUUM)."""
        with self._count_lock:
            self.commits += 1
        for listener in list(self._listeners):
            listener()

    def on_commit(self, listener: Callable[[], None]) -> None:
        """Call *listener* before every commit of a write (in the committing thread)."""
        self._listeners.append(listener)

    @property
    def closed(self) -> bool:
        """True between ``close()`` and ``reopen()``."""
        return self._closed

    def read(self) -> UnitOfWork:
        """Return a unit of work for reading (deferred transaction, never commits)."""
        self._check_open()
        return UnitOfWork(self._read)

    def write(self) -> UnitOfWork:
        """Return a unit of work for writing (takes the write lock when it starts)."""
        self._check_open()
        return UnitOfWork(self._write)

    def bulk_write(self) -> UnitOfWork:
        """Return a unit of work for bulk loads of rows already known to be consistent.

        Foreign keys and CHECK constraints are not enforced inside it: only for writers
        that build every row themselves (demo data, an import after its own validation).
        """
        self._check_open()
        return UnitOfWork(self._bulk)

    def close(self) -> None:
        """Close every pooled connection (the WAL is checkpointed by SQLite on last close).

        Units of work started afterwards raise DatabaseClosed until ``reopen()``.
        """
        self._closed = True
        self.engine.dispose()

    def reopen(self) -> None:
        """Open the file again with a new engine (after a restore replaced it)."""
        self.engine.dispose()
        self._use(make_engine(self.path))
        self._closed = False

    def _check_open(self) -> None:
        if self._closed:
            raise DatabaseClosed(str(self.path))


class UnitOfWork:
    """A session scope: ``with db.write() as uow: ...; uow.commit()``."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The ORM session of this unit of work."""
        if self._session is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._session

    @property
    def connection(self) -> Connection:
        """The Core connection of this unit of work's transaction (for bulk and raw queries)."""
        return self.session.connection()

    def __enter__(self) -> Self:
        self._session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def commit(self) -> None:
        """Commit everything done in this unit of work."""
        self.session.commit()
