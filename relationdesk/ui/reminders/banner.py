"""The in-window banner for due reminders, used where there is no system tray."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from relationdesk.ui.reminders.due_watch import DueWatcher
from relationdesk.ui.reminders.menu import fill_menu


class DueBanner(QFrame):
    """'N reminders due' with a menu to mark done or snooze; hidden when none is due."""

    def __init__(self, watcher: DueWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watcher = watcher
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("DueBanner { background: #fff4ce; }")
        self.label = QLabel(self)
        self.menu = QMenu(self)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Reminders"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)
        watcher.changed.connect(self.show_due)

    def show_due(self, due: list[Any]) -> None:
        """Show how many reminders are due, and their menu; hide when none is."""
        fill_menu(self.menu, self._watcher, due)
        self.label.setText(self.tr("%Ln reminder(s) due", "", len(due)))
        self.setVisible(bool(due))
