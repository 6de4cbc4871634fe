"""The menu of due reminders shared by the tray icon and the banner."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from relationdesk.clock import utcnow
from relationdesk.ui.names import shown_name
from relationdesk.ui.reminders.due_watch import DueWatcher

MORNING_HOUR = 9


def tomorrow_morning(now: datetime) -> datetime:
    """Tomorrow at 9:00 local time, as an aware UTC datetime."""
    local = now.astimezone()
    morning = (local + timedelta(days=1)).replace(
        hour=MORNING_HOUR, minute=0, second=0, microsecond=0
    )
    return morning.astimezone(now.tzinfo)


def _snooze(watcher: DueWatcher, reminder_id: Any, delay: timedelta | None) -> None:
    until = tomorrow_morning(utcnow()) if delay is None else utcnow() + delay
    watcher.snooze(reminder_id, until)


def reminder_line(item: Any) -> str:
    """A reminder as menus and notifications name it: "title — customer"."""
    if not item.customer_name:
        return str(item.title)
    return f"{item.title} — {shown_name(item.customer_name, item.customer_given_first)}"


def fill_menu(menu: QMenu, watcher: DueWatcher, due: list[Any]) -> None:
    """Put one submenu per due reminder into *menu*: open its customer, done, snooze 10 min /
    1 h / tomorrow."""
    menu.clear()
    if not due:
        empty = menu.addAction(QCoreApplication.translate("ReminderMenu", "No reminders due"))
        empty.setEnabled(False)
        return
    for item in due:
        sub = menu.addMenu(reminder_line(item))
        if item.customer_id is not None:
            name = shown_name(item.customer_name, item.customer_given_first)
            show = sub.addAction(
                QCoreApplication.translate("ReminderMenu", "Open %1").replace("%1", name)
            )
            show.triggered.connect(
                partial(watcher.open_customer, item.customer_id, item.customer_name)
            )
        done = sub.addAction(QCoreApplication.translate("ReminderMenu", "Mark done"))
        done.triggered.connect(partial(watcher.complete, item.id))
        for code, label, delay in (
            (
                "10m",
                QCoreApplication.translate("ReminderMenu", "Snooze 10 minutes"),
                timedelta(minutes=10),
            ),
            ("1h", QCoreApplication.translate("ReminderMenu", "Snooze 1 hour"), timedelta(hours=1)),
            ("tomorrow", QCoreApplication.translate("ReminderMenu", "Snooze until tomorrow"), None),
        ):
            action = sub.addAction(label)
            action.triggered.connect(partial(_snooze, watcher, item.id, delay))
            if code == watcher.default_snooze:
                sub.setDefaultAction(action)
