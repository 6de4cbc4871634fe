"""The main window: arranges the panes and connects their signals; no business logic."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from relationdesk import APP_NAME
from relationdesk.ui.customers.list_pane import CustomerListPane
from relationdesk.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    """The window a shop owner lives in: for now the customer list with its search box."""

    def __init__(self, app: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.runner = TaskRunner()
        self.customers = CustomerListPane(app.customers, app.search, self.runner, self)
        self.setCentralWidget(self.customers)
        for keys in (QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("/")):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(self.customers.focus_search)
        self.resize(1000, 680)

    def load(self) -> None:
        """Show the customers."""
        self.customers.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let running service calls finish before the window goes (QWidget override)."""
        self.runner.wait()
        super().closeEvent(event)
