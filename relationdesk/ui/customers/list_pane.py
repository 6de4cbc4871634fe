"""The customer list pane: a search box over the windowed customer list and its count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from relationdesk.ui.customers.list_model import CustomerListModel
from relationdesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 500


class CustomerListPane(QWidget):
    """Search as you type (debounced, off the GUI thread) over the list of all customers.

    Signals: ``shown()`` when the list or the hits and their count are in place.
    """

    shown = Signal()

    def __init__(
        self, customers: Any, search: Any, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._search = search
        self._runner = runner
        self._query_generation = 0
        self._hits_shown = -1
        self._counted: tuple[int, int] | None = None
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search by name, reading, phone, e-mail or tag  (Ctrl+F or /)")
        )
        self.model = CustomerListModel(runner, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 170, 180, 130)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_query)
        self.search_box.textChanged.connect(self._timer.start)
        self.model.loaded.connect(self._browse_loaded)

    def start(self) -> None:
        """Show every customer in 五十音 order."""
        self._query_generation += 1
        self.count_label.setText(self.tr("Loading…"))
        self.model.browse(self._customers.count, self._customers.rows_at)

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _run_query(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            self.start()
            return
        self._query_generation += 1
        generation = self._query_generation
        search = self._search
        self._runner.submit(
            lambda: search.search(text, limit=SEARCH_LIMIT),
            lambda hits: self._hits_arrived(generation, hits),
            context=self,
        )
        self._runner.submit(
            lambda: search.count(text),
            lambda total: self._count_arrived(generation, total),
            context=self,
        )

    def _hits_arrived(self, generation: int, hits: list[Any]) -> None:
        if generation != self._query_generation:
            return  # the user typed on; a newer query is under way
        self.model.show_rows(hits)
        self._hits_shown = generation
        counted = self._counted
        if counted is not None and counted[0] == generation:
            self._show_count(counted[1])
        else:
            self.count_label.setText(self.tr("Counting…"))

    def _count_arrived(self, generation: int, total: int) -> None:
        if generation != self._query_generation:
            return
        self._counted = (generation, total)
        if self._hits_shown == generation:
            self._show_count(total)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln match(es)", "", total))
        self.shown.emit()

    def _browse_loaded(self) -> None:
        if self.search_box.text().strip():
            return
        self.count_label.setText(self.tr("%Ln customer(s)", "", self.model.rowCount()))
        self.shown.emit()
