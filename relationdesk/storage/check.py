"""Checking a database file without writing to it: the header, SQLite's checks, a few facts.

Everything here opens the file read-only (``mode=ro``), so a damaged file is never written
to by a check. Checks never raise for damage: they return the problems they found, as
lines of text (SQLite's own words), an empty list meaning healthy.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relationdesk.storage.files import connect_read_only

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
MAX_PROBLEMS = 20  # what a report shows; SQLite can list thousands for one broken table
# SQLite's error messages quote damaged bytes (a schema object's name, say), which Python's
# sqlite3 fails to decode: such a UnicodeDecodeError is damage too.
UNREADABLE = "SQLite reported damage in a message that is not readable text"


class CheckCancelled(Exception):
    """A long check was cancelled by its caller."""


@dataclass(frozen=True, slots=True)
class DatabaseFacts:
    """What a (healthy) RelationDesk database file holds, read from the file itself."""

    revision: str | None
    customers: int  # live ones, not those in the trash
    size: int  # bytes of the main file


def header_problem(path: Path) -> str | None:
    """Say what is wrong with the file's 100-byte header (None when it looks right).

    Catches a foreign or overwritten header and a truncated file at once, before SQLite
    reads any page. An empty file is fine (a new database).
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return None
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}"
    if len(header) < HEADER_SIZE:
        return f"the file is too short to be a database ({size} bytes)"
    if header[:16] != MAGIC:
        return "the file does not start with the SQLite header"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"the header names an impossible page size ({page_size})"
    if header[21:24] != b"\x40\x20\x20":
        return "the header's payload fractions are wrong"
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if pages and valid_for == change_counter and size < pages * page_size and not _has_wal(path):
        # With a WAL the main file may be shorter than its header says: a checkpoint cut
        # off by a crash writes page 1 before the pages that extend the file, and recovery
        # finishes it from the WAL (the crash tests found this).
        return f"the file is truncated ({size} bytes; its header says {pages * page_size})"
    return None


def _has_wal(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def run_check(
    path: Path,
    pragma: str = "quick_check",
    cancel: Callable[[], bool] | None = None,
) -> list[str]:
    """Run ``PRAGMA quick_check`` or ``integrity_check`` (and, after either, ``foreign_key_check``
    when *pragma* is ``integrity_check``) read-only; return the problems found.

    *cancel* is polled while SQLite works; when it returns True, CheckCancelled is raised.
    """
    problem = header_problem(path)
    if problem is not None:
        return [problem]
    if not path.exists():
        return ["the file does not exist"]
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        return [f"cannot open the file: {exc}"]
    cancelled = False
    try:
        if cancel is not None:

            def poll() -> int:
                nonlocal cancelled
                cancelled = cancel()
                return 1 if cancelled else 0

            connection.set_progress_handler(poll, 10_000)
        problems = [
            str(row[0])
            for row in connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
            if row[0] != "ok"
        ]
        if not problems and pragma == "integrity_check":
            problems += [
                f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
                for row in connection.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS)
            ]
        return problems
    except sqlite3.Error as exc:
        if cancelled:
            raise CheckCancelled() from exc
        return [str(exc)]
    except UnicodeDecodeError:
        return [UNREADABLE]
    finally:
        connection.close()


def quick_check(path: Path) -> list[str]:
    """The start-up check: the header, then SQLite's quick_check (page structure, not indexes)."""
    return run_check(path, "quick_check")


def read_facts(path: Path) -> DatabaseFacts:
    """Read a database's schema revision and live customer count, read-only.

    Raises sqlite3.Error when the file cannot be read as a RelationDesk database.
    """
    try:
        return _read_facts(path)
    except UnicodeDecodeError as exc:
        raise sqlite3.DatabaseError(UNREADABLE) from exc


def _read_facts(path: Path) -> DatabaseFacts:
    connection = connect_read_only(path)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        customers = 0
        if "customers" in tables:
            customers = int(
                connection.execute(
                    "SELECT count(*) FROM customers WHERE deleted_at IS NULL"
                ).fetchone()[0]
            )
    finally:
        connection.close()
    return DatabaseFacts(revision, customers, path.stat().st_size)


# quick_check reads every page: ~0.6-1 s for a 430 MB file (100,000 demo customers) on the
# project's machine, ~10 s at a million customers. Up to this size it runs at start-up;
# above, start-up does the light check and quick_check runs in the background.
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class StartupCheck:
    """The start-up check's result. ``complete`` is False when only the light check ran
    (a large file): the caller runs ``quick_check`` in the background next."""

    complete: bool
    problems: tuple[str, ...]

    @property
    def healthy(self) -> bool:
        """True when the check found nothing wrong."""
        return not self.problems


def startup_check(path: Path, limit: int = QUICK_CHECK_MAX_BYTES) -> StartupCheck:
    """The fast check before the app opens the file, read-only.

    A missing or empty file is fine (a new database). Then the header; then, for a file
    up to *limit* bytes, SQLite's quick_check; for a larger one a light check (the schema
    and the first page of every table and index, which is what the first screen needs).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return StartupCheck(True, ())
    except OSError as exc:
        return StartupCheck(True, (f"cannot read the file: {exc.strerror or exc}",))
    if size == 0:
        return StartupCheck(True, ())
    problem = header_problem(path)
    if problem is not None:
        return StartupCheck(True, (problem,))
    if size <= limit:
        return StartupCheck(True, tuple(quick_check(path)))
    return StartupCheck(False, tuple(light_check(path)))


def light_check(path: Path) -> list[str]:
    """Read the schema and the first row of every table and index, read-only."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        return [f"cannot open the file: {exc}"]
    try:
        objects = connection.execute(
            "SELECT type, name, tbl_name FROM sqlite_master "
            "WHERE type IN ('table', 'index') AND rootpage > 0"
        ).fetchall()
        for kind, name, table in objects:
            quoted = '"' + str(table).replace('"', '""') + '"'
            if kind == "table":
                connection.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
            else:
                index = '"' + str(name).replace('"', '""') + '"'
                connection.execute(f"SELECT 1 FROM {quoted} INDEXED BY {index} LIMIT 1").fetchall()
        return []
    except sqlite3.Error as exc:
        return [str(exc)]
    except UnicodeDecodeError:
        return [UNREADABLE]
    finally:
        connection.close()
