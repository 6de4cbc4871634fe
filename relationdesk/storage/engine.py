"""The SQLAlchemy engine over one SQLite file, with the connection settings we rely on.

Each new connection is configured once (``connection.configure_connection``: WAL,
``synchronous=FULL``, foreign keys, busy timeout, page cache). pysqlite's own transaction
handling is switched off so SQLAlchemy emits BEGIN itself: writes use ``BEGIN IMMEDIATE``
(the write lock is taken up front, so a transaction never fails half-way on lock upgrade);
reads use a plain deferred BEGIN.

Bulk writes of rows that are consistent by construction (demo data, a checked import) may
turn foreign-key and CHECK enforcement off for their transaction and use a larger page
cache: those pragmas are set before their BEGIN and put back when the connection returns
to the pool, so an ordinary transaction runs no pragma at all (three pragmas on every
BEGIN were a third of a small read's cost). A bulk write may leave the checkpoint after
its commit to a background thread (``sqlite_checkpoint_later``, ``storage.checkpoint``).
Bulk writes of disposable data (demo data) may also give up durability:
``synchronous=NORMAL`` skips the fsync at each commit; WAL keeps the file consistent, and
only the last commits can be lost on power loss.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from relationdesk.storage.connection import (
    BULK_CACHE_KIB,
    BUSY_TIMEOUT_MS,
    CACHE_KIB,
    WAL_AUTOCHECKPOINT_PAGES,
    configure_connection,
)

__all__ = [
    "BULK_CACHE_KIB",
    "BUSY_TIMEOUT_MS",
    "CACHE_KIB",
    "configure_connection",
    "make_engine",
]

_BULK = "relationdesk_bulk"  # in a pooled connection's info while its pragmas are relaxed


def make_engine(path: Path, *, pool_size: int = 4) -> Engine:
    """Create the engine for the database file at *path* (the file is created if missing)."""
    # URL.create, not f"sqlite:///{path}": a "?" or "#" in a folder's name is part of the
    # file name, not a query string.
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=4,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        configure_connection(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        if options.get("sqlite_bulk"):
            # These pragmas cannot change inside a transaction: set before BEGIN.
            raw = connection.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute("PRAGMA ignore_check_constraints = ON")
            raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            if options.get("sqlite_not_durable"):
                raw.execute("PRAGMA synchronous = NORMAL")
            if options.get("sqlite_checkpoint_later"):
                raw.execute("PRAGMA wal_autocheckpoint = 0")  # see storage.checkpoint
            connection.connection.info[_BULK] = True
        elif connection.connection.info.pop(_BULK, False):
            _restore(connection.connection.dbapi_connection)
        connection.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, record: Any) -> None:
        # The pool has rolled back by now (reset on return), so pragmas take effect.
        if dbapi_connection is not None and record.info.pop(_BULK, False):
            _restore(dbapi_connection)

    return engine


def _restore(dbapi_connection: Any) -> None:
    # A bulk writer may have attached scratch databases (an import's staged chunk): they
    # go with its transaction.
    for _, name, _ in dbapi_connection.execute("PRAGMA database_list").fetchall():
        if name not in ("main", "temp"):
            dbapi_connection.execute(f'DETACH DATABASE "{name}"')
    dbapi_connection.execute("PRAGMA synchronous = FULL")
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    dbapi_connection.execute("PRAGMA ignore_check_constraints = OFF")
    dbapi_connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
