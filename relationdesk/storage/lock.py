"""One running RelationDesk per data folder: an exclusive lock on ``relationdesk.lock``.

SQLite's own locking keeps one file consistent, but two running copies of the app over one
file would still overwrite each other's edits, run migrations under each other, or restore
a backup under a running window. So whoever opens a data folder (the window, or a CLI
command) first takes an exclusive lock on a lock file in it and holds it until it closes;
a second opener gets DataFolderInUse, saying who holds it.

How it is written:

* POSIX: ``flock(LOCK_EX | LOCK_NB)`` on an open file. flock locks belong to the open file
  description, so closing some other descriptor of the same file (which silently drops a
  POSIX ``fcntl`` record lock) cannot release it; the kernel releases it when the process
  dies, even by SIGKILL, so a crash never leaves a stale lock behind.
* Windows: ``msvcrt.locking(LK_NBLCK)`` on one byte far beyond the text (a locked range
  cannot be read by others on Windows, and the holder's details must stay readable).
* The file is never deleted: deleting a lock file lets a third process lock a new file of
  the same name while a second still waits on the old one. After taking the lock, the
  holder writes its process id, host and start time into it (truncate, write), for the
  message the next opener shows. Not fsynced: other processes read it from the page cache
  while the holder lives, and after a power cut no holder is alive (the kernel's lock is
  gone, the text is never read); a disk flush before the window's first paint costs up to
  tens of ms on a slow disk.
* Within one process the lock is shared and counted: a second ``acquire`` of a folder this
  process already holds succeeds (two App objects in one process share SQLite's in-process
  locking and are one running copy); the file lock goes when the last holder releases it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

LOCK_NAME = "relationdesk.lock"
_WINDOWS_LOCK_OFFSET = 1 << 20


class DataFolderInUse(Exception):
    """Another running RelationDesk holds the data folder."""

    def __init__(self, folder: Path, holder: LockHolder | None) -> None:
        super().__init__(f"{folder} is in use by {holder}")
        self.folder = folder
        self.holder = holder


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a data folder, as the holder wrote it (may be missing for old files)."""

    pid: int
    host: str
    since: str  # ISO 8601, as written

    def __str__(self) -> str:
        return f"process {self.pid} on {self.host} since {self.since}"


class _Held:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.count = 0


_held: dict[str, _Held] = {}
_guard = threading.Lock()


class DataFolderLock:
    """The lock of one data folder; ``release()`` (or ``with``) gives it back."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self._key = str(folder.resolve())
        self._released = False

    @classmethod
    def acquire(cls, folder: Path, now: datetime) -> DataFolderLock:
        """Take the folder's lock; raise DataFolderInUse when another process has it."""
        lock = cls(folder)
        with _guard:
            held = _held.get(lock._key)
            if held is None:
                fd = _open_and_lock(lock.path)
                if fd is None:
                    raise DataFolderInUse(folder, read_holder(lock.path))
                _write_holder(fd, now)
                held = _held[lock._key] = _Held(fd)
            held.count += 1
        return lock

    def release(self) -> None:
        """Give the lock back (idempotent)."""
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del _held[self._key]
                _unlock_and_close(held.fd)

    def __enter__(self) -> DataFolderLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def read_holder(path: Path) -> LockHolder | None:
    """Read who holds the lock file at *path* (None if it says nothing readable)."""
    try:
        text = path.read_bytes()[:4096].decode("utf-8", "replace").strip("\x00 \n")
        data = json.loads(text)
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _open_and_lock(path: Path) -> int | None:
    """Open (create 0600) and lock the file; None when someone else holds it."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                os.close(fd)
                return None
        else:
            import fcntl

            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return None
    except BaseException:
        os.close(fd)
        raise
    return fd


def _write_holder(fd: int, now: datetime) -> None:
    text = json.dumps({"pid": os.getpid(), "host": _host(), "since": now.isoformat()})
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, (text + "\n").encode("utf-8"))


def _host() -> str:
    """This computer's name (socket.gethostname(), without importing socket on POSIX)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _unlock_and_close(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass
    finally:
        os.close(fd)
