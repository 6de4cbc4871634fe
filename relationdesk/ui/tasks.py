"""Run service calls off the GUI thread and deliver their results on it.

The rule (as in Picard and Anki): a worker never touches a widget. A job runs a plain
callable on the thread pool; its result or exception is sent through a queued signal to a
relay object that lives on the GUI thread, which calls the callback there.

A call that finds the database closed (the window is closing, or a restore swaps the file)
is dropped when it has no error callback: whoever closed the database shows the data again
once it is reopened, so there is nothing to tell the user.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from relationdesk.services.unit_of_work import DatabaseClosed

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; turns a worker's emit into a callback on the GUI thread.

    Signals: ``done(object)`` with the result, ``failed(object)`` with the exception.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], None] | None,
        forget: Callable[[_Relay], None],
        context: QObject | None,
    ) -> None:
        super().__init__()
        self._context = context
        self._on_done = on_done
        self._on_error = on_error
        self._forget = forget
        self.done.connect(self._deliver)
        self.failed.connect(self._fail)

    def _wanted(self) -> bool:
        self._forget(self)
        return self._context is None or isValid(self._context)

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        if self._wanted():
            self._on_done(result)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        if not self._wanted():
            return
        if self._on_error is None:
            if isinstance(error, DatabaseClosed):
                log.info("dropped a call that found the database closed: %s", error)
                return
            raise error
        self._on_error(error)


class _Job(QRunnable):
    """Runs one callable on a pool thread and reports through its relay."""

    def __init__(self, call: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._call = call
        self._relay = relay

    def run(self) -> None:
        """Run the call (QRunnable override); never touches widgets."""
        try:
            result = self._call()
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskRunner:
    """Submits service calls to a thread pool; callbacks run on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def submit(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], None] | None = None,
        context: QObject | None = None,
        *,
        own_thread: bool = False,
    ) -> None:
        """Run *call* off the GUI thread; then *on_done(result)* or *on_error(exc)* on it.

        When *context* (the model or widget the callbacks belong to) has been destroyed by
        the time the result arrives, the callbacks are not called.

        *own_thread*: run it on a thread of its own instead of the pool, for long work that
        other calls may wait for (the start-up check, which writes wait for: on the pool
        it could queue behind them). ``wait()`` does not wait for such a thread; make the
        call end when the database is closed.
        """
        relay = _Relay(on_done, on_error, self._relays.discard, context)
        self._relays.add(relay)
        job = _Job(call, relay)
        if own_thread:
            threading.Thread(target=job.run, name="relationdesk-task", daemon=True).start()
        else:
            self._pool.start(job)

    @property
    def busy(self) -> bool:
        """True while a submitted call has not delivered its result yet."""
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait until the pool's threads are done (at shutdown); True if they finished.

        Results already sent are delivered by the event loop later, or dropped if their
        context is gone by then.
        """
        return bool(self._pool.waitForDone(msecs))
