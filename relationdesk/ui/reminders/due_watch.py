"""Knows which reminders are due and wakes up exactly when the next one falls due."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from relationdesk.clock import utcnow
from relationdesk.ui.tasks import TaskRunner

# Check again at least this often even when nothing is scheduled (clock changes, sleep).
RECHECK = timedelta(minutes=15)


class DueWatcher(QObject):
    """Keeps the list of due reminders; one single-shot timer to the next due time.

    Signals: ``changed(list)`` with every due reminder after each check;
    ``fell_due(list)`` with the reminders that became due since the previous check;
    ``open_requested(object, str)`` with a customer's id and name to show (from a menu).

    ``timer`` is the single-shot timer of the next check: it runs until the next reminder
    falls due (at most RECHECK).
    """

    changed = Signal(list)
    fell_due = Signal(list)
    open_requested = Signal(object, str)

    def __init__(self, reminders: Any, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._runner = runner
        self._known: set[Any] = set()
        self._first = True
        self.due: list[Any] = []
        self.default_snooze = "10m"  # Preferences: the menu's default snooze
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def check(self) -> None:
        """Ask (off the GUI thread) what is due now and when the next one falls due."""
        reminders = self._reminders

        def look() -> tuple[list[Any], datetime | None, datetime]:
            now = utcnow()
            return reminders.due(now), reminders.next_due_time(now), now

        self._runner.submit(look, lambda result: self._checked(*result), context=self)

    def pause(self) -> None:
        """Stop the timed re-check (while a restore swaps the file); ``check()`` resumes."""
        self.timer.stop()

    def open_customer(self, customer_id: Any, name: str) -> None:
        """Ask the window to show a reminder's customer."""
        self.open_requested.emit(customer_id, name)

    def complete(self, reminder_id: Any) -> None:
        """Mark a reminder done (a recurring one comes back at its next time)."""
        reminders = self._reminders
        self._runner.submit(
            lambda: reminders.complete(reminder_id, utcnow()), lambda _: self.check(), context=self
        )

    def snooze(self, reminder_id: Any, until: datetime) -> None:
        """Put a reminder off until *until*."""
        reminders = self._reminders
        self._runner.submit(
            lambda: reminders.snooze(reminder_id, until, utcnow()),
            lambda _: self.check(),
            context=self,
        )

    def _checked(self, due: list[Any], following: datetime | None, now: datetime) -> None:
        fresh = [item for item in due if item.id not in self._known]
        self._known = {item.id for item in due}
        self.due = due
        self.changed.emit(due)
        if fresh and not self._first:
            self.fell_due.emit(fresh)
        self._first = False
        wait = RECHECK if following is None else min(following - now, RECHECK)
        self.timer.start(max(200, int(wait.total_seconds() * 1000) + 200))
