"""Copying a big write's WAL into the database file on a background thread.

In WAL mode a commit appends its pages to the ``-wal`` file; a *checkpoint* later copies
them into the database file. SQLite runs one inside every commit that leaves the WAL over
1,000 pages (``wal_autocheckpoint``), in the committing thread. After an import of 100,000
rows that is ~0.6 s spent after the data is already safely committed, while the user waits
for the import to end. A bulk load whose connection has automatic checkpoints off
(``engine``: ``sqlite_checkpoint_later``) asks this class instead, after it committed: the
pages are copied on a thread of its own, with a connection of its own, while the user
goes on. A PASSIVE checkpoint never waits for readers or writers, and never blocks them;
what it cannot copy yet (pages a reader still needs) the next checkpoint copies.

Nothing is at risk meanwhile: a committed transaction is in the WAL, fsynced; after a
crash SQLite finds it there. Closing the database waits for a checkpoint in progress.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from relationdesk.storage.connection import connect


class Checkpointer:
    """Runs ``PRAGMA wal_checkpoint(PASSIVE)`` on a background thread when asked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._wanted = False  # a commit came after the running checkpoint started
        self.runs = 0  # checkpoints completed (for tests)

    def request(self) -> None:
        """Checkpoint soon, on the background thread (started if none is running)."""
        with self._lock:
            self._wanted = True
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="relationdesk-checkpoint", daemon=True
                )
                self._thread.start()

    def wait(self) -> None:
        """Return once no checkpoint is running (before the file is closed or replaced)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._wanted:
                    self._thread = None
                    return
                self._wanted = False
            try:
                connection = connect(self.path)
                try:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                finally:
                    connection.close()
            except sqlite3.Error:
                # The pages stay in the WAL: the next commit's own checkpoint, or the last
                # connection's close, copies them. Nothing is lost.
                with self._lock:
                    self._wanted = False
                    self._thread = None
                return
            self.runs += 1


__all__ = ["Checkpointer"]
