"""Sessions and transactions: one unit of work per use case, and light reads.

Leaving a ``with`` block rolls back unless ``commit()`` was called (Cosmic Python's rule), so
a use case that raises half-way never leaves half its writes behind. Write units take the
SQLite write lock up front (BEGIN IMMEDIATE); read units never block a writer (WAL).

``Database.query()`` is the light read path of the hot reads (the list, search, a
timeline page, reminders, counts): a pooled plain ``sqlite3`` connection, no ORM session,
no SQLAlchemy at all (~1 µs against ~100 µs for ``read()``). The engine and SQLAlchemy are
loaded on the first ``read()``/``write()``, so the window can show its first page before
SQLAlchemy is imported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from relationdesk.storage.check import CheckCancelled, StartupVerification, WritesRefused
from relationdesk.storage.checkpoint import Checkpointer
from relationdesk.storage.connection import DatabaseClosed, Query, ReaderPool

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


__all__ = ["Database", "DatabaseClosed", "UnitOfWork", "WritesRefused"]


class _Orm:
    """The engine and the session factories of one database (made on first use)."""

    def __init__(self, path: Path, engine: Engine | None, on_commit: Callable[[Any], None]) -> None:
        from sqlalchemy import event
        from sqlalchemy.orm import sessionmaker

        from relationdesk.storage.engine import make_engine

        self.engine = engine or make_engine(path)
        event.listen(self.engine, "commit", on_commit)
        self.read = sessionmaker(self.engine, expire_on_commit=False)
        self.write = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self.bulk = sessionmaker(
            self.engine.execution_options(
                sqlite_begin="IMMEDIATE", sqlite_bulk=True, sqlite_checkpoint_later=True
            ),
            expire_on_commit=False,
        )
        self.disposable = sessionmaker(
            self.engine.execution_options(
                sqlite_begin="IMMEDIATE", sqlite_bulk=True, sqlite_not_durable=True
            ),
            expire_on_commit=False,
        )


class Database:
    """The open database: its file, its engine, the session factories and the read pool.

    ``commits`` counts the write transactions committed through it, and commit listeners
    (``on_commit``) are called, in the committing thread, before each commit: the backup
    service uses them to know whether the data changed since the last backup. ``close()``
    and ``reopen()`` let a restore replace the file underneath the services, which keep
    this object; while it is closed, units of work and ``query()`` raise DatabaseClosed.

    ``verification`` holds writes back until the file has passed its start-up quick_check
    (default: passed already): ``write()`` and ``bulk_write()`` wait for it, run it if it
    has not run, and raise WritesRefused when it found damage. Reads never wait.

    ``checkpointer`` copies a durable bulk write's WAL into the file after its commit, on
    a background thread (``storage.checkpoint``); closing waits for it.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine | None = None,
        verification: StartupVerification | None = None,
    ) -> None:
        self.path = path
        self.verification = verification or StartupVerification.done(path)
        self.commits = 0
        self._listeners: list[Callable[[], None]] = []
        self._count_lock = threading.Lock()
        self._given_engine = engine
        self._lock = threading.Lock()
        self._orm_state: _Orm | None = None
        self._readers = ReaderPool(path)
        self.checkpointer = Checkpointer(path)
        self._closed = False

    def _orm(self) -> _Orm:
        orm = self._orm_state
        if orm is None:
            with self._lock:
                if self._orm_state is None:
                    self._orm_state = _Orm(self.path, self._given_engine, self._committed)
                orm = self._orm_state
        return orm

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made, and SQLAlchemy imported, on first use)."""
        return self._orm().engine

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

    def query(self, snapshot: bool = False) -> Query:
        """Return a read block over a pooled plain sqlite3 connection: ``with db.query() as
        conn: conn.execute(sql, params)``. Rows are plain tuples of the stored values.

        *snapshot*: run the block in one read transaction (for several statements that
        must agree). The connection is ``query_only``; never keep it past the block.
        Entering the block raises DatabaseClosed while the database is closed.
        """
        return Query(self._readers, snapshot)

    def read(self) -> UnitOfWork:
        """Return a unit of work for reading (deferred transaction, never commits)."""
        self._check_open()
        return UnitOfWork(self._orm().read)

    def write(self) -> UnitOfWork:
        """Return a unit of work for writing (takes the write lock when it starts).

        Waits until the file has passed its start-up check (see ``verify``).
        """
        self.verify()
        return UnitOfWork(self._orm().write)

    def bulk_write(self, durable: bool = True) -> UnitOfWork:
        """Return a unit of work for bulk loads of rows already known to be consistent.

        Foreign keys and CHECK constraints are not enforced inside it: only for writers
        that build every row themselves (demo data, an import after its own validation).
        A *durable* one commits once, big: SQLite's checkpoint after that commit runs on
        a background thread instead (``storage.checkpoint``), after the data is safe.
        Not *durable*: commits skip the fsync (``synchronous=NORMAL``): a power cut may
        lose the last commits (never corrupt the file). Only for disposable data.
        Waits until the file has passed its start-up check (see ``verify``).
        """
        self.verify()
        orm = self._orm()
        if durable:
            return UnitOfWork(orm.bulk, after_commit=self.checkpointer.request)
        return UnitOfWork(orm.disposable)

    def verify(self) -> None:
        """Return once the file has passed its start-up quick_check, running it here if it
        has not run yet (seconds for a large file: never on the GUI thread).

        Raises WritesRefused when the check found damage, DatabaseClosed when the database
        is (or gets) closed first.
        """
        self._check_open()
        try:
            self.verification.ensure(cancel=lambda: self._closed)
        except CheckCancelled as exc:
            raise DatabaseClosed(str(self.path)) from exc
        self._check_open()

    def close(self) -> None:
        """Close every pooled connection (the WAL is checkpointed by SQLite on last close),
        once a background checkpoint in progress has ended.

        Units of work and queries started afterwards raise DatabaseClosed until
        ``reopen()``.
        """
        self._closed = True
        self.checkpointer.wait()
        self._readers.close()
        if self._orm_state is not None:
            self._orm_state.engine.dispose()
        elif self._given_engine is not None:
            self._given_engine.dispose()

    def reopen(self) -> None:
        """Open the file again with a new engine (after a restore replaced it)."""
        self.checkpointer.wait()
        with self._lock:
            if self._orm_state is not None:
                self._orm_state.engine.dispose()
            elif self._given_engine is not None:
                self._given_engine.dispose()
            self._orm_state = None
            self._given_engine = None  # a new engine is made on first use
        self._readers.reopen()
        self._closed = False

    def _check_open(self) -> None:
        if self._closed:
            raise DatabaseClosed(str(self.path))


class UnitOfWork:
    """A session scope: ``with db.write() as uow: ...; uow.commit()``."""

    def __init__(
        self, factory: sessionmaker[Session], after_commit: Callable[[], None] | None = None
    ) -> None:
        self._factory = factory
        self._after_commit = after_commit  # called once the commit has succeeded
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
        if self._after_commit is not None:
            self._after_commit()
