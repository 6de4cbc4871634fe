"""The main window of the foundation: the customer list in 五十音 order and its count.

The full window (search, detail, timeline, Today, tray) is built on this in its own issue.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from relationdesk import APP_NAME
from relationdesk.ui.customers.table_model import CustomerTableModel

FIRST_PAGE = 200


class MainWindow(QMainWindow):
    """Arranges the customer list; the rows come from the customer service."""

    def __init__(self, customers: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        self.setWindowTitle(APP_NAME)
        self.model = CustomerTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.resize(960, 640)

    def load(self) -> None:
        """Show the first page of customers and how many there are."""
        page = self._customers.list_page(limit=FIRST_PAGE)
        self.model.set_rows(page.rows)
        total = self._customers.count()
        self.count_label.setText(self.tr("%n customer(s)", "", total))
        self.table.resizeColumnsToContents()
