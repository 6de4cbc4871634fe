"""Sessions and transactions: one unit of work per use case.

Leaving a ``with`` block rolls back unless ``commit()`` was called (Cosmic Python's rule), so
a use case that raises half-way never leaves half its writes behind. Write units take the
SQLite write lock up front (BEGIN IMMEDIATE); read units never block a writer (WAL).
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from relationdesk.storage.engine import make_engine


class Database:
    """The open database: its file, its engine and the session factories for reads and writes."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.engine = engine or make_engine(path)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self._bulk = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE", sqlite_bulk=True),
            expire_on_commit=False,
        )

    def read(self) -> UnitOfWork:
        """Return a unit of work for reading (deferred transaction, never commits)."""
        return UnitOfWork(self._read)

    def write(self) -> UnitOfWork:
        """Return a unit of work for writing (takes the write lock when it starts)."""
        return UnitOfWork(self._write)

    def bulk_write(self) -> UnitOfWork:
        """Return a unit of work for bulk loads of rows already known to be consistent.

        Foreign keys and CHECK constraints are not enforced inside it: only for writers
        that build every row themselves (demo data, an import after its own validation).
        """
        return UnitOfWork(self._bulk)

    def close(self) -> None:
        """Close every pooled connection (the WAL is checkpointed by SQLite on last close)."""
        self.engine.dispose()


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
