"""Careful file handling for the database and its copies: owner-only modes, fsync, names.

On POSIX every file RelationDesk writes with personal data (the database, its WAL and
shared-memory files, backups, exports) is created 0600 and every folder it creates is
0700. SQLite creates ``-wal``, ``-shm`` and ``-journal`` files with the permissions of the
database file itself, so creating the database file 0600 before SQLite opens it is what
keeps them private too; ``make_private`` also tightens files made by older versions.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

POSIX = os.name == "posix"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
RESTORING = ".restoring"


def side_files(database: Path) -> list[Path]:
    """The WAL, shared-memory and rollback-journal files SQLite keeps beside *database*."""
    return [database.with_name(database.name + suffix) for suffix in SIDE_SUFFIXES]


def restoring_path(database: Path) -> Path:
    """Where a restore (``restore.swap_in``) prepares the new file."""
    return database.with_name(database.name + RESTORING)


def make_private_dir(folder: Path) -> None:
    """Create *folder* (and parents) if missing; a folder we create is 0700 on POSIX."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if POSIX:
        os.chmod(folder, 0o700)


def create_private_file(path: Path, *, exclusive: bool = False) -> None:
    """Create an empty file readable by its owner only (an existing one is left as is).

    With *exclusive* an existing file is an error (FileExistsError).
    """
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    os.close(fd)
    if POSIX:
        os.chmod(path, 0o600)


def make_private(*paths: Path) -> None:
    """Set existing *paths* to 0600 on POSIX (missing ones are skipped)."""
    if not POSIX:
        return
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_mode & 0o777 != 0o600:
                os.chmod(path, 0o600)


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to the disk; a no-op where unsupported."""
    if not POSIX:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems (and FUSE mounts) refuse fsync on folders
        pass
    finally:
        os.close(fd)


def uri(path: Path, **params: str) -> str:
    """A SQLite ``file:`` URI for *path*; characters such as ? # % and spaces are escaped."""
    text = quote(str(path.absolute()).replace(os.sep, "/"), safe="/:")
    if not text.startswith("/"):
        text = "/" + text  # Windows drive paths: file:///C:/...
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{text}" + (f"?{query}" if query else "")


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """Open *path* read-only (mode=ro): nothing is ever written to it through this connection.

    Text that is not UTF-8 (a damaged page, or SQLite quoting one in a check's message)
    is read with replacement characters instead of failing the check that reads it.
    """
    connection = sqlite3.connect(
        uri(path, mode="ro"), uri=True, timeout=timeout, check_same_thread=False
    )
    connection.isolation_level = None
    connection.text_factory = _lenient_text
    return connection


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def write_atomically(target: Path, data: bytes) -> None:
    """Write *data* to *target* (0600) through a temporary file renamed over it when complete.

    A failure or a crash leaves the old *target* (or none), never half a file.
    """
    with open_atomically(target) as handle:
        handle.write(data)


@contextlib.contextmanager
def open_atomically(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that becomes *target* (0600) when the block ends without error.

    For files written in pieces (a streamed export): the pieces go to a temporary file
    beside *target*, which is fsynced and renamed over it at the end. An exception (or
    Ctrl+C) in the block, a failure or a crash leaves the old *target* (or none), never
    half a file.
    """
    partial = target.with_name(f".{target.name}.partial")
    try:
        create_private_file(partial)
        with open(partial, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
