"""Checking a database file without writing to it: the header, SQLite's checks, a few facts.

Everything here opens the file read-only (``mode=ro``), so a damaged file is never written
to by a check. Checks never raise for damage: they return the problems they found, as
lines of text (SQLite's own words), an empty list meaning healthy.
"""

from __future__ import annotations

import re
import sqlite3
import struct
import threading
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


class WritesRefused(Exception):
    """The database failed its start-up check: nothing may be written to it.

    ``problems`` are SQLite's findings (see ``StartupVerification``).
    """

    def __init__(self, problems: tuple[str, ...]) -> None:
        super().__init__("; ".join(problems[:3]))
        self.problems = problems


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
# project's machine, ~10 s at a million customers. For a command-line command it runs
# before the file is opened up to this size; above, the light check does, and quick_check
# runs before the first write (StartupVerification). A window start never waits for it:
# it checks the header, paints, and runs quick_check off the GUI thread.
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class StartupCheck:
    """The start-up check's result. ``complete`` is False when quick_check has not run
    yet (a large file, or a window start): ``StartupVerification`` runs it before the
    first write."""

    complete: bool
    problems: tuple[str, ...]

    @property
    def healthy(self) -> bool:
        """True when the check found nothing wrong."""
        return not self.problems


def startup_check(
    path: Path, limit: int = QUICK_CHECK_MAX_BYTES, *, header_only: bool = False
) -> StartupCheck:
    """The fast check before the app opens the file, read-only.

    A missing or empty file is fine (a new database). Then the header; then, for a file
    up to *limit* bytes, SQLite's quick_check; for a larger one a light check (the schema
    and the first page of every table and index, which is what the first screen needs).
    With *header_only* (a window start) nothing follows the header: quick_check runs off
    the GUI thread once the first page is painted.
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
    if header_only:
        return StartupCheck(False, ())
    if size <= limit:
        return StartupCheck(True, tuple(quick_check(path)))
    return StartupCheck(False, tuple(light_check(path)))


def in_wal_mode(path: Path) -> bool:
    """True when the file's header says it is in WAL mode (what the app leaves it in)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:
        return False
    return len(header) == HEADER_SIZE and header[18:20] == b"\x02\x02"


class StartupVerification:
    """Has the database passed its start-up quick_check? Writes wait here until it has.

    Made *passed* when the check ran before the file was opened (or there was nothing to
    check: a new file); else *pending*, and the full ``quick_check`` runs once, read-only,
    in the first thread that calls ``ensure()``: the window's start-up work, after its
    first page is painted, or the first write, whichever comes first. Every write unit
    calls ``ensure()`` before it starts (``Database.write``): it returns at once once the
    check has passed, waits while another thread runs it, and raises WritesRefused when
    the check found damage, so nothing is ever written to a file that failed its check.

    ``passed()`` says that the file was replaced by a checked one (a restore); a check of
    the old file still running then leaves the verdict alone. ``refuse()`` holds writes
    from then on when a later, fuller check (``MaintenanceService.check``) finds damage.
    """

    def __init__(self, path: Path, problems: tuple[str, ...] | None) -> None:
        self.path = path
        self._problems = problems  # None: not checked yet; () passed
        self._running = threading.Lock()  # held by the thread running the check
        self._state = threading.Lock()
        self._generation = 0
        self._when_passed: list[Callable[[], object]] = []

    @classmethod
    def done(cls, path: Path) -> StartupVerification:
        """A verification that has passed (checked already, or nothing to check)."""
        return cls(path, ())

    @property
    def decided(self) -> bool:
        """True once the check has run (passed or not)."""
        return self._problems is not None

    @property
    def problems(self) -> tuple[str, ...] | None:
        """What the check found (empty: healthy); None while it has not run."""
        return self._problems

    def ensure(self, cancel: Callable[[], bool] | None = None) -> None:
        """Return when the database has passed its check, running the check if it has not
        run yet (or waiting for the thread running it); raise WritesRefused on damage.

        *cancel* is polled while waiting and while SQLite checks; when it returns True,
        CheckCancelled is raised and the check is left to run again later.
        """
        if self._problems is None:
            while not self._running.acquire(timeout=0.05):
                if cancel is not None and cancel():
                    raise CheckCancelled()
            try:
                if self._problems is None:
                    generation = self._generation
                    found = tuple(run_check(self.path, "quick_check", cancel))
                    with self._state:
                        if generation == self._generation and self._problems is None:
                            self._problems = found  # (unless refuse() came first)
                    if not found:
                        for callback in self._when_passed:
                            callback()  # before any waiting write goes ahead
            finally:
                self._running.release()
        problems = self._problems
        if problems:
            raise WritesRefused(problems)

    def when_passed(self, callback: Callable[[], object]) -> None:
        """Call *callback* once the check has passed: now if it has, else in the thread that
        runs the check, before any write waiting for it goes ahead."""
        if self._problems == ():
            callback()
        else:
            self._when_passed.append(callback)

    def passed(self) -> None:
        """The file was replaced by one that passed its checks (a restore)."""
        with self._state:
            self._generation += 1
            self._problems = ()

    @property
    def generation(self) -> int:
        """Counts the files that replaced the checked one (restores): give it to ``refuse``."""
        return self._generation

    def refuse(self, problems: tuple[str, ...], generation: int | None = None) -> bool:
        """A later check (the full integrity check) found damage: refuse writes from now on.

        *generation* is ``generation`` from when that check started: if the file has been
        replaced since (a restore), the finding is about the old file and is ignored.
        Returns True when writes are refused now.
        """
        if not problems:
            raise ValueError("refuse() needs the problems found")
        with self._state:
            if generation is not None and generation != self._generation:
                return False
            self._problems = tuple(problems)
            return True


def _partial_where(sql: str | None) -> str:
    """The WHERE clause of a partial index's CREATE INDEX statement ('' for a full index)."""
    if not sql:
        return ""
    found = re.search(r"\sWHERE\s(.+)$", sql, re.IGNORECASE | re.DOTALL)
    return f"WHERE {found.group(1)}" if found else ""


def light_check(path: Path) -> list[str]:
    """Read the schema and the first row of every table and index, read-only."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        return [f"cannot open the file: {exc}"]
    try:
        objects = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE type IN ('table', 'index') AND rootpage > 0"
        ).fetchall()
        for kind, name, table, sql in objects:
            quoted = '"' + str(table).replace('"', '""') + '"'
            if kind == "table":
                connection.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
            else:
                index = '"' + str(name).replace('"', '""') + '"'
                # A partial index (the trash's, migration 0004) is usable only with its WHERE.
                where = _partial_where(sql)
                connection.execute(
                    f"SELECT 1 FROM {quoted} INDEXED BY {index} {where} LIMIT 1"
                ).fetchall()
        return []
    except sqlite3.Error as exc:
        return [str(exc)]
    except UnicodeDecodeError:
        return [UNREADABLE]
    finally:
        connection.close()
