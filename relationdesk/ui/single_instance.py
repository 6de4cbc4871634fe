"""One RelationDesk window per data folder: a second start shows the running window instead.

The first process to start on a data folder holds a lock file and listens on a local socket
(QLocalServer: a Unix socket in the temporary folder, a named pipe on Windows). A later
start finds the lock taken, connects, asks the running window to come to the front, and
exits without opening the database. Both names come from the data folder's resolved path and
the user name, so two data folders (or two users) run side by side.

After a crash the lock file and the socket file stay behind: QLockFile sees that the process
named in the lock is gone and takes the lock over, and the new first instance removes the
old socket before listening. Command-line subcommands never take part.

The claim comes before the database is opened, so it costs start-up its time: it needs
only QtCore (which the window loads anyway). QtNetwork (~5 ms) is loaded when the first
instance starts listening, after its first paint, or when a later start calls the first.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal, Slot

from relationdesk import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

try:  # CPython's own SHA-256: hashlib's would load OpenSSL (~3 ms) before the first paint
    from _sha256 import sha256
except ImportError:  # another Python (3.12 renamed the module)
    from hashlib import sha256

CONNECT_TIMEOUT_MS = 500
# How long a second start keeps trying to reach the first one, which may still be starting
# (it takes the lock before it opens the database and listens).
NOTIFY_PATIENCE_MS = 15_000
REPLY_TIMEOUT_MS = 3_000


def _user() -> str:
    """The user name as it may stand in a socket or pipe name (short, ASCII)."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no user name for this uid (containers)
        name = str(os.getuid()) if hasattr(os, "getuid") else "user"
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
    if safe != name or len(safe) > 16:  # 山田 and 佐藤 must not both become "__"
        safe = safe[:7] + "-" + sha256(name.encode("utf-8")).hexdigest()[:8]
    return safe  # at most 16 characters: Unix socket paths are short (104 bytes on macOS)


def instance_name(data_dir: Path, user: str | None = None) -> str:
    """Return the socket/pipe name for *data_dir* and *user* (default: the current user)."""
    try:
        resolved = data_dir.expanduser().resolve()
    except OSError:
        resolved = data_dir.expanduser().absolute()
    key = os.path.normcase(str(resolved))
    digest = sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{APP_NAME}-{user if user is not None else _user()}-{digest}"


class SingleInstance(QObject):
    """The first instance on a data folder: holds the lock and answers later starts.

    Signals:
        activated(bool): a later start asked for the window (True: bring it to the front;
            False: it was a start in the tray, such as the login item, and nothing is shown).
    """

    activated = Signal(bool)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_name(data_dir)
        self._lock = QLockFile(os.path.join(QDir.tempPath(), f"{self.name}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when the process in it is gone
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the lock; False if another running instance holds it."""
        return bool(self._lock.tryLock(0))

    def listen(self) -> bool:
        """Answer later starts (call once the Qt application exists and the lock is ours).

        Listening already (since the upgrade window, say) is kept: True."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None and self._server.isListening():
            return True
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a socket left behind by a crashed instance
        return bool(self._server.listen(self.name))

    def answer_later_starts(self) -> None:
        """``listen()``, saying on stderr when it cannot (later starts then wait for an
        answer and give up, telling their user)."""
        if not self.listen():
            sys.stderr.write("relationdesk: cannot answer later starts (local socket)\n")

    def release(self) -> None:
        """Stop listening and give the lock up (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # No Python closure holds the socket: Qt deletes it once it is disconnected.
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    @Slot()
    def _ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict) or request.get("action") != "activate":
            socket.disconnectFromServer()
            return
        socket.write(json.dumps({"ok": True, "pid": os.getpid()}).encode() + b"\n")
        socket.flush()
        self.activated.emit(bool(request.get("show", True)))


def notify_running(
    data_dir: Path, show: bool = True, patience_ms: int = NOTIFY_PATIENCE_MS
) -> bool:
    """Ask the instance running on *data_dir* to show its window; True if it answered."""
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtNetwork import QLocalSocket

    name = instance_name(data_dir)
    if sys.platform == "win32" and show:
        _allow_foreground()
    deadline = QDeadlineTimer(patience_ms)
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(CONNECT_TIMEOUT_MS):
            request = {"action": "activate", "show": show, "pid": os.getpid()}
            socket.write(json.dumps(request).encode() + b"\n")
            socket.waitForBytesWritten(REPLY_TIMEOUT_MS)
            answered = False
            while socket.waitForReadyRead(REPLY_TIMEOUT_MS) or socket.canReadLine():
                if socket.canReadLine():
                    answered = b'"ok": true' in bytes(socket.readLine().data())
                    break
            socket.disconnectFromServer()
            if answered:
                return True
        socket.abort()
        if deadline.hasExpired():
            return False
        QThread.msleep(200)


def _allow_foreground() -> None:
    """Windows lets only the foreground process raise a window: pass that right on."""
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY
    except (AttributeError, OSError):
        pass


def bring_to_front(window: QWidget) -> None:
    """Show *window* (also from the tray or minimised), raise it and give it the focus."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
