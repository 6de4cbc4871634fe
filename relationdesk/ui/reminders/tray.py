"""The reminders tray icon: the number due, their menu, and a notification when one falls due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from relationdesk import APP_NAME
from relationdesk.ui.reminders.due_watch import DueWatcher
from relationdesk.ui.reminders.menu import fill_menu


class ReminderTray(QSystemTrayIcon):
    """The tray icon; its menu lists due reminders, then Show window and Quit."""

    def __init__(self, watcher: DueWatcher, window: QWidget) -> None:
        super().__init__(window)
        self._watcher = watcher
        self._window = window
        icon = QApplication.windowIcon()  # RelationDesk's own, where the icons were built
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.setIcon(icon)
        self.menu = QMenu(window)
        self.setContextMenu(self.menu)
        watcher.changed.connect(self.show_due)
        watcher.fell_due.connect(self.notify)
        self._last_fresh: list[Any] = []
        self.messageClicked.connect(self._message_clicked)
        self.show_due([])

    def show_due(self, due: list[Any]) -> None:
        """Refresh the tooltip and the menu."""
        count = QCoreApplication.translate("ReminderTray", "%Ln reminder(s) due", "", len(due))
        self.setToolTip(f"{APP_NAME}: {count}")
        fill_menu(self.menu, self._watcher, due)
        self.menu.addSeparator()
        show = self.menu.addAction(QCoreApplication.translate("ReminderTray", "Show RelationDesk"))
        show.triggered.connect(self._window.showNormal)
        leave = self.menu.addAction(QCoreApplication.translate("ReminderTray", "Quit"))
        leave.triggered.connect(getattr(self._window, "quit", QApplication.quit))

    def notify(self, fresh: list[Any]) -> None:
        """A desktop notification for reminders that just fell due."""
        self._last_fresh = list(fresh)
        titles = "\n".join(
            f"{item.title} — {item.customer_name}" if item.customer_name else item.title
            for item in fresh[:5]
        )
        self.showMessage(
            QCoreApplication.translate("ReminderTray", "Reminder due"),
            titles,
            QSystemTrayIcon.MessageIcon.Information,
        )

    def _message_clicked(self) -> None:
        """A click on the notification opens the (first) reminder's customer."""
        first = next((item for item in self._last_fresh if item.customer_id is not None), None)
        if first is not None:
            self._watcher.open_customer(first.customer_id, first.customer_name)
        else:
            self._window.showNormal()
