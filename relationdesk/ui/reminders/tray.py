"""The reminders tray icon: the number due, their menu, and a notification when one falls due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from relationdesk import APP_NAME
from relationdesk.ui.reminders.due_watch import DueWatcher
from relationdesk.ui.reminders.menu import fill_menu, reminder_line

# The sizes trays ask for (16 and 22 on most Linux panels, 32 and up on HiDPI and Windows).
BADGE_SIZES = (16, 22, 24, 32, 48, 64)
BADGE_COLOUR = "#d32f2f"


def badge_text(count: int) -> str:
    """What the badge shows: the number, or 99+."""
    return str(count) if count < 100 else "99+"


def badged_icon(base: QIcon, count: int) -> QIcon:
    """*base* with a red disc at its top right holding *count* (the icon itself when 0).

    Painted once per change of the count, in the few sizes a tray asks for.
    """
    if count <= 0:
        return base
    text = badge_text(count)
    icon = QIcon()
    for size in BADGE_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base.paint(painter, 0, 0, size, size)
        disc = size * (0.62 if len(text) == 1 else 0.72)
        rect = QRectF(size - disc, 0, disc, disc)
        painter.setPen(QColor("white"))
        painter.setBrush(QColor(BADGE_COLOUR))
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(disc * (0.72 if len(text) == 1 else 0.5))))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ReminderTray(QSystemTrayIcon):
    """The tray icon; its menu lists due reminders, then Show window and Quit.

    The icon carries the number of due reminders on a badge, the tooltip says it.
    """

    def __init__(self, watcher: DueWatcher, window: QWidget) -> None:
        super().__init__(window)
        self._watcher = watcher
        self._window = window
        icon = QApplication.windowIcon()  # RelationDesk's own, where the icons were built
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self._plain_icon = icon
        self.count = -1
        self.menu = QMenu(window)
        self.setContextMenu(self.menu)
        watcher.changed.connect(self.show_due)
        watcher.fell_due.connect(self.notify)
        self._last_fresh: list[Any] = []
        self.messageClicked.connect(self._message_clicked)
        self.show_due([])

    def show_due(self, due: list[Any]) -> None:
        """Refresh the badge, the tooltip and the menu."""
        if len(due) != self.count:
            self.count = len(due)
            self.setIcon(badged_icon(self._plain_icon, self.count))
        count = QCoreApplication.translate("ReminderTray", "%Ln reminder(s) due", "", len(due))
        self.setToolTip(f"{APP_NAME}: {count}")
        fill_menu(self.menu, self._watcher, due)
        self.menu.addSeparator()
        show = self.menu.addAction(QCoreApplication.translate("ReminderTray", "Show RelationDesk"))
        show.triggered.connect(self._show_window)
        leave = self.menu.addAction(QCoreApplication.translate("ReminderTray", "Quit"))
        leave.triggered.connect(getattr(self._window, "quit", QApplication.quit))

    def notify(self, fresh: list[Any]) -> None:
        """A desktop notification for reminders that just fell due."""
        self._last_fresh = list(fresh)
        titles = "\n".join(reminder_line(item) for item in fresh[:5])
        self.showMessage(
            QCoreApplication.translate("ReminderTray", "Reminder due"),
            titles,
            QSystemTrayIcon.MessageIcon.Information,
        )

    def _show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def _message_clicked(self) -> None:
        """A click on the notification opens the (first) reminder's customer."""
        first = next((item for item in self._last_fresh if item.customer_id is not None), None)
        if first is not None:
            self._watcher.open_customer(first.customer_id, first.customer_name)
        else:
            self._show_window()
