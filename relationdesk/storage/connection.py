"""Plain ``sqlite3`` connections with RelationDesk's settings, and the pool of read connections.

No SQLAlchemy here: the window reads its first page through this module before SQLAlchemy
(~0.2 s to import) is loaded, and the hot read paths (the list, search, a timeline page,
due reminders) use it for every call.

Every connection gets WAL (readers never block the writer), ``synchronous=FULL`` (a
committed transaction survives a power cut), ``foreign_keys=ON`` and a ``busy_timeout``,
once, when it is opened. pysqlite's own transaction handling is off (``isolation_level``
None): whoever needs a transaction says BEGIN.

Read connections (``ReaderPool``) are also ``query_only``: a read path that tried to write
would fail instead of writing outside a unit of work.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32_000
# The page cache of a bulk load: the secondary indexes it inserts into at random places
# (~540 MB for the customers' and contact points' at 1M customers) must stay in memory
# between commits, or every group of rows reads and rewrites them again. SQLite takes the
# memory only as pages are used.
BULK_CACHE_KIB = 1_024_000
# SQLite's default: a commit that leaves the WAL over this many pages copies them into the
# database file (a checkpoint). Set on every connection, so a bulk write that turned it off
# (``storage.checkpoint``) can put it back.
WAL_AUTOCHECKPOINT_PAGES = 1000
STATEMENT_CACHE = 256  # prepared statements kept per connection (the services' SQL is fixed)


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
        cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    finally:
        cursor.close()


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open the database at *path* with RelationDesk's settings (usable from any thread,
    by one thread at a time)."""
    connection = sqlite3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
        cached_statements=STATEMENT_CACHE,
    )
    try:
        configure_connection(connection)
        if read_only:
            connection.execute("PRAGMA query_only = ON")
    except BaseException:
        connection.close()
        raise
    return connection


class DatabaseClosed(RuntimeError):
    """The database was closed (or is being replaced by a restore); nothing was done."""


class ReaderPool:
    """Idle read connections of one database file, handed out one caller at a time.

    Taking and giving back a connection is a list pop and append (atomic in CPython), a
    fraction of a microsecond, against ~8 µs for a checkout from SQLAlchemy's pool and
    ~100 µs for an ORM session with its per-transaction pragmas. There are never more
    connections than threads that read at the same moment.

    ``close()`` closes the idle connections and refuses new ones (DatabaseClosed) until
    ``reopen()``; a connection in use at that moment is closed when it is given back, never
    pooled again (after a restore it would still see the replaced file).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._idle: list[sqlite3.Connection] = []
        self._current: set[sqlite3.Connection] = set()  # opened since the last close()
        self._lock = threading.Lock()
        self._closed = False

    @property
    def closed(self) -> bool:
        """True between ``close()`` and ``reopen()``."""
        return self._closed

    def acquire(self) -> sqlite3.Connection:
        """Return an idle connection, opening one if there is none."""
        if self._closed:
            raise DatabaseClosed(str(self.path))
        try:
            return self._idle.pop()
        except IndexError:
            pass
        connection = connect(self.path, read_only=True)
        with self._lock:
            if self._closed:
                connection.close()
                raise DatabaseClosed(str(self.path))
            self._current.add(connection)
        return connection

    def release(self, connection: sqlite3.Connection) -> None:
        """Take a connection back (its transaction, if any, is rolled back)."""
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        if self._closed or connection not in self._current:
            with self._lock:
                self._current.discard(connection)
            connection.close()
        else:
            self._idle.append(connection)

    def close(self) -> None:
        """Close the idle connections; connections still in use close when given back."""
        with self._lock:
            self._closed = True
            self._current.clear()
            while self._idle:
                self._idle.pop().close()

    def reopen(self) -> None:
        """Hand out connections again (new ones: the file may have been replaced)."""
        with self._lock:
            while self._idle:
                self._idle.pop().close()
            self._current.clear()
            self._closed = False


class Query:
    """``with db.query() as conn:`` — a pooled read connection for the block.

    With *snapshot*, the block runs in one read transaction (BEGIN ... ROLLBACK), so that
    several statements see the same state of the file; a single statement needs none.
    """

    __slots__ = ("_connection", "_pool", "_snapshot")

    def __init__(self, pool: ReaderPool, snapshot: bool) -> None:
        self._pool = pool
        self._snapshot = snapshot
        self._connection: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        connection = self._pool.acquire()
        if self._snapshot:
            try:
                connection.execute("BEGIN")
            except BaseException:
                self._pool.release(connection)
                raise
        self._connection = connection
        return connection

    def __exit__(self, *_exc: object) -> None:
        connection = self._connection
        if connection is not None:
            self._connection = None
            self._pool.release(connection)
