"""The customer list pane: a search box over the windowed customer list and its count."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relationdesk.normalize.kana import GOJUON_ROWS
from relationdesk.services.list_rows import CustomerFilter, SearchHit, SortOrder
from relationdesk.ui.customers.list_model import CustomerListModel
from relationdesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 500
# The columns' shares of the table's width (name, reading, company, phone, e-mail) and
# the least each gets: a phone number (090-1234-5678) and the start of an address show
# whole at the window's default size. Once the user drags a column, widths are theirs.
COLUMN_SHARES = (19, 17, 19, 16, 29)
COLUMN_MINIMUMS = (90, 90, 80, 108, 110)


def sort_labels() -> list[tuple[SortOrder, str]]:
    """The list orders with their names in the user's language."""
    return [
        (SortOrder.READING, QCoreApplication.translate("CustomerListPane", "Reading (あいうえお)")),
        (SortOrder.NAME, QCoreApplication.translate("CustomerListPane", "Name")),
        (SortOrder.LAST_CONTACT, QCoreApplication.translate("CustomerListPane", "Last contact")),
        (SortOrder.CREATED, QCoreApplication.translate("CustomerListPane", "Date added")),
    ]


def stage_labels() -> list[tuple[str, str]]:
    """The relationship stages with their names in the user's language."""
    return [
        ("lead", QCoreApplication.translate("CustomerListPane", "Lead")),
        ("prospect", QCoreApplication.translate("CustomerListPane", "Prospect")),
        ("customer", QCoreApplication.translate("CustomerListPane", "Customer")),
        ("repeat", QCoreApplication.translate("CustomerListPane", "Repeat customer")),
        ("advocate", QCoreApplication.translate("CustomerListPane", "Advocate")),
    ]


class CustomerListPane(QWidget):
    """Search as you type (debounced, off the GUI thread) over the list of all customers.

    Browsing can be sorted and filtered by stage and tag; in 五十音 order the あかさたな
    buttons jump to a kana row. A search looks through every customer, so the filters
    rest while one is typed.

    Signals: ``shown()`` when the list or the hits and their count are in place;
    ``jumped(int)`` with the row an あかさたな button scrolled to.
    """

    shown = Signal()
    jumped = Signal(int)

    def __init__(
        self, customers: Any, search: Any, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._search = search
        self._runner = runner
        self._query_generation = 0
        self._keep_row: int | None = None
        self._reveal: uuid.UUID | None = None
        self.trash_mode = False
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
        self.table.setWordWrap(False)  # a long name ends in "…" rather than a cut second line
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setModel(self.model.header_labels(self))  # see list_model.DISPLAY_ROLE
        header.setStretchLastSection(True)
        self._fitting = False
        self.columns_fitted = True  # until the user sizes a column
        header.sectionResized.connect(self._section_resized)
        self.table.installEventFilter(self)
        self.fit_columns()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.count_label = QLabel(self)
        self.sort_box = QComboBox(self)
        for order, label in sort_labels():
            self.sort_box.addItem(label, order.value)
        self.stage_box = QComboBox(self)
        self.stage_box.addItem(self.tr("All stages"), "")
        for value, label in stage_labels():
            self.stage_box.addItem(label, value)
        self.tag_box = QComboBox(self)
        self.tag_box.addItem(self.tr("All tags"), "")
        self.kana_buttons: list[QToolButton] = []
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Order:"), self))
        filters.addWidget(self.sort_box)
        filters.addWidget(self.stage_box)
        filters.addWidget(self.tag_box)
        filters.addStretch(1)
        index = QHBoxLayout()
        index.setSpacing(2)
        for hiragana, katakana in GOJUON_ROWS:
            button = QToolButton(self)
            button.setText(hiragana)
            button.setToolTip(self.tr("Jump to %1").replace("%1", hiragana))
            button.clicked.connect(lambda _=False, kana=katakana: self.jump_to(kana))
            index.addWidget(button)
            self.kana_buttons.append(button)
        index.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addLayout(index)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_query)
        self.search_box.textChanged.connect(self._timer.start)
        self.model.loaded.connect(self._browse_loaded)
        for box in (self.sort_box, self.stage_box, self.tag_box):
            box.currentIndexChanged.connect(self.start)

    def fit_columns(self) -> None:
        """Share the table's width among the columns (COLUMN_SHARES), each at least its
        minimum; nothing once the user has sized a column."""
        if not self.columns_fitted:
            return
        table = self.table
        # The viewport's width, without asking for the viewport (see application's
        # FirstPaintWatch): the frame and a vertical scroll bar come off the table's.
        width = (
            table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()
        )
        total = sum(COLUMN_SHARES)
        self._fitting = True
        try:
            for column, (share, least) in enumerate(
                zip(COLUMN_SHARES, COLUMN_MINIMUMS, strict=True)
            ):
                if column < len(COLUMN_SHARES) - 1:  # the last one stretches
                    table.setColumnWidth(column, max(least, width * share // total))
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column < len(COLUMN_SHARES) - 1:
            self.columns_fitted = False  # the user dragged a column: keep their widths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the columns when the table changes size (QObject override)."""
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def start(self, keep_row: int | None = None, count_later: bool = False) -> None:
        """Show every customer in the chosen order and filter (or the trash).

        *keep_row*: select that row again once the list is back (after a change).
        *count_later*: count only when ``model.count_now()`` is called (start-up).
        """
        self._query_generation += 1
        self._keep_row = keep_row
        self._set_filters_enabled(not self.trash_mode)
        self.search_box.setEnabled(not self.trash_mode)
        self.count_label.setText(self.tr("Loading…"))
        customers, order, where = self._customers, self.sort_order(), self.current_filter()
        self.model.browse(
            lambda: customers.count(where),
            lambda offset, limit, total, marks: customers.rows_at(
                offset, limit, order, where, total, marks
            ),
            lambda: customers.checkpoints(order, where),
            count_later=count_later,
        )
        if self.tag_box.count() == 1:
            self._runner.submit(customers.tag_names, self._tags_arrived, context=self)

    def sort_order(self) -> SortOrder:
        """The order chosen for browsing."""
        return SortOrder(self.sort_box.currentData())

    def current_filter(self) -> CustomerFilter:
        """The stage and tag chosen for browsing, or the trash."""
        if self.trash_mode:
            return CustomerFilter(trashed=True)
        return CustomerFilter(
            stage=self.stage_box.currentData() or None, tag=self.tag_box.currentData() or None
        )

    def show_trash(self, on: bool) -> None:
        """Switch between the customers and the trash (deleted customers, newest first)."""
        if on == self.trash_mode:
            return
        self.trash_mode = on
        if on:
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
        self.start()

    def reveal(self, customer_id: uuid.UUID, name: str) -> None:
        """Show one customer: search for the name, then select that customer's row."""
        if self.trash_mode:
            self.show_trash(False)
        self._reveal = customer_id
        self.search_box.setText(name)
        self._timer.stop()
        self._run_query()

    def selected(self) -> tuple[uuid.UUID, str] | None:
        """The id and name of the customer in the current row, if there is one."""
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        name = row.name if isinstance(row, SearchHit) else row.display_name
        return row.id, name

    def shown_name(self) -> str:
        """The current row's name as the list shows it (given name first in English)."""
        index = self.table.currentIndex()
        return str(index.siblingAtColumn(0).data() or "") if index.isValid() else ""

    def refresh(self) -> None:
        """Load the list or the search again after a change, keeping the place."""
        index = self.table.currentIndex()
        if self.search_box.text().strip():
            self._run_query()
        else:
            self.start(keep_row=index.row() if index.isValid() else None)

    def jump_to(self, kana: str) -> None:
        """Scroll to the first customer whose reading starts at *kana* (五十音 order)."""
        customers, where = self._customers, self.current_filter()
        generation = self._query_generation
        self._runner.submit(
            lambda: customers.position_of_reading(kana, where),
            lambda row: self._scroll_to(generation, row),
            context=self,
        )

    def _scroll_to(self, generation: int, row: int) -> None:
        if generation != self._query_generation or self.model.rowCount() == 0:
            return
        row = min(row, self.model.rowCount() - 1)
        index = self.model.index(row, 0)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.table.setCurrentIndex(index)
        self.jumped.emit(row)

    def _tags_arrived(self, names: list[str]) -> None:
        if self.tag_box.count() > 1:
            return
        self.tag_box.blockSignals(True)
        for name in names:
            self.tag_box.addItem(name, name)
        self.tag_box.blockSignals(False)

    def _set_filters_enabled(self, enabled: bool) -> None:
        for box in (self.sort_box, self.stage_box, self.tag_box):
            box.setEnabled(enabled)
        reading = self.sort_order() == SortOrder.READING
        for button in self.kana_buttons:
            button.setEnabled(enabled and reading)

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
        self._set_filters_enabled(False)
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
        if self._reveal is not None:
            for row in range(self.model.rowCount()):
                found = self.model.row_at(row)
                if found is not None and found.id == self._reveal:
                    self.table.setCurrentIndex(self.model.index(row, 0))
                    self.table.setFocus()
                    break
            self._reveal = None
        self.shown.emit()

    def _browse_loaded(self) -> None:
        if self.search_box.text().strip():
            return
        total = self.model.rowCount()
        if self.trash_mode:
            self.count_label.setText(self.tr("%Ln customer(s) in the trash", "", total))
        else:
            self.count_label.setText(self.tr("%Ln customer(s)", "", total))
        if self._keep_row is not None and total:
            self.table.setCurrentIndex(self.model.index(min(self._keep_row, total - 1), 0))
        self.shown.emit()
