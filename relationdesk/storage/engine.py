"""The SQLAlchemy engine over one SQLite file, with the connection settings we rely on.

Every connection gets WAL (readers never block the writer), ``synchronous=FULL`` (a
committed transaction survives a power cut), ``foreign_keys=ON`` and a ``busy_timeout``.
pysqlite's own transaction handling is switched off so SQLAlchemy emits BEGIN itself:
writes use ``BEGIN IMMEDIATE`` (the write lock is taken up front, so a transaction never
fails half-way on lock upgrade); reads use a plain deferred BEGIN. Bulk writes of rows
that are consistent by construction (demo data, a checked import) may turn foreign-key and
CHECK enforcement off for their transaction and use a larger page cache; every other
transaction turns them back on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32_000
BULK_CACHE_KIB = 256_000


def configure_connection(dbapi_connection: sqlite3.Connection) -> None:
    """Apply RelationDesk's pragmas to a raw sqlite3 connection."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def make_engine(path: Path, *, pool_size: int = 4) -> Engine:
    """Create the engine for the database file at *path* (the file is created if missing)."""
    engine = create_engine(
        f"sqlite:///{path}",
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
        raw = connection.connection.dbapi_connection
        # These pragmas cannot change inside a transaction, so each one is set before BEGIN.
        if options.get("sqlite_bulk"):
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute("PRAGMA ignore_check_constraints = ON")
            raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        else:
            raw.execute("PRAGMA foreign_keys = ON")
            raw.execute("PRAGMA ignore_check_constraints = OFF")
            raw.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        connection.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")

    return engine
