"""The customer list model: a window over any number of rows, or a fixed list of search hits.

Browsing keeps only the row count and a bounded cache of pages fetched by position (the
windowed model of ARCHITECTURE.md: at 1M customers it jumps to the end in one page fetch
and holds ~10,000 rows at most). Pages are fetched off the GUI thread; a row whose page is
still coming shows nothing and is filled in when it arrives. Searching shows the hits.

The first page is shown as soon as it arrives, before the row count (counting 1M
customers takes ~35 ms): until the count comes the model has the first page's rows. Once
a page other than the first and the last has been asked for and has arrived, the model
asks for position checkpoints (``browse``'s *checkpoints*), off the GUI thread; pages
fetched once they are in are read from them instead of by OFFSET
(``services.customer_list``), so a jump to the middle of 1M rows costs what a keyset page
costs (the first jump, before they are in, costs an OFFSET walk: ~40 ms at 1M).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QStandardItemModel

from relationdesk.services.list_rows import CustomerRow, SearchHit
from relationdesk.ui.names import given_name_first
from relationdesk.ui.tasks import TaskRunner

_Index = QModelIndex | QPersistentModelIndex
Row = CustomerRow | SearchHit

PAGE_SIZE = 200
MAX_PAGES = 50
# Qt.ItemDataRole.DisplayRole. Written as its value: the first use of PySide6's Qt
# namespace builds its 93 Python enums (~16 ms), which start-up avoids before the first
# paint. For the same reason the view's header reads the titles from ``header_labels``
# (a C++ model) and this model does not override ``headerData``.
DISPLAY_ROLE = 0


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("CustomerListModel", "Name"),
        QCoreApplication.translate("CustomerListModel", "Reading"),
        QCoreApplication.translate("CustomerListModel", "Company"),
        QCoreApplication.translate("CustomerListModel", "Phone"),
        QCoreApplication.translate("CustomerListModel", "E-mail"),
    )


def _cells(row: Row, first_given: bool) -> tuple[str, str, str, str, str]:
    """The row's cells; a person's name given name first when *first_given* (names.py)."""
    if isinstance(row, SearchHit):
        phone = row.phones[0] if row.phones else ""
        email = row.emails[0] if row.emails else ""
        name = row.given_first if first_given and row.given_first else row.name
        return name, row.reading, row.company, phone, email
    name = row.given_first if first_given and row.given_first else row.display_name
    return name, row.reading, row.company_name, row.phone, row.email


class CustomerListModel(QAbstractTableModel):
    """Customers as table rows: name, reading, company, phone, e-mail.

    Signals: ``loaded()`` once a browse has both its row count and its first page (or a
    list of hits is in place); ``page_loaded(int)`` after a page of a browse arrived.
    """

    loaded = Signal()
    page_loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._headers = _headers()
        self._first_given = given_name_first()  # the language's name order (names.py)
        self._count = 0
        self._pages: OrderedDict[int, Sequence[Row]] = OrderedDict()
        self._pending: set[int] = set()
        self._fetch: Callable[..., Sequence[Row]] | None = None
        self._make_checkpoints: Callable[[], Any] | None = None
        self._checkpoints: Any = None
        self._checkpoints_asked = False
        self._checkpoints_wanted = False
        self._count_call: Callable[[], None] | None = None
        self._generation = 0
        self._awaiting: set[str] = set()

    # -- what to show ------------------------------------------------------------------

    def browse(
        self,
        count: Callable[[], int],
        fetch: Callable[..., Sequence[Row]],
        checkpoints: Callable[[], Any] | None = None,
        count_later: bool = False,
    ) -> None:
        """Show a list of any length: *count()* rows; *fetch(offset, limit, total)* gives
        them (total is None until the count is known).

        With *checkpoints*, it is called off the GUI thread (once, after the first page
        past the first has arrived), and what it returns is passed to every later fetch:
        *fetch(offset, limit, total, marks)* (marks None until they are in).

        *count_later*: do not count until ``count_now()`` (start-up counts after the first
        page is painted: counting 1M customers is ~35 ms of CPU that would compete with it).
        """
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._pending.clear()
        self._fetch = fetch
        self._make_checkpoints = checkpoints
        self._checkpoints = None
        self._checkpoints_asked = False
        self._checkpoints_wanted = False
        self._awaiting = {"count", "first page"}
        self.endResetModel()
        self._request(0)
        self._count_call = partial(
            self._runner.submit,
            count,
            lambda total: self._counted(generation, total),
            context=self,
        )
        if not count_later:
            self.count_now()

    def count_now(self) -> None:
        """Ask for the row count of a browse started with *count_later* (no-op otherwise)."""
        call, self._count_call = self._count_call, None
        if call is not None:
            call()

    def show_rows(self, rows: Sequence[Row]) -> None:
        """Show a fixed list, such as search hits."""
        self._generation += 1
        self._count_call = None
        self.beginResetModel()
        self._fetch = None
        self._make_checkpoints = None
        self._checkpoints = None
        self._pending.clear()
        self._pages = OrderedDict(
            (i, rows[i * PAGE_SIZE : (i + 1) * PAGE_SIZE])
            for i in range((len(rows) + PAGE_SIZE - 1) // PAGE_SIZE)
        )
        self._count = len(rows)
        self.endResetModel()
        self.loaded.emit()

    def row_at(self, row: int) -> Row | None:
        """Return the customer in *row*, or None while its page is still loading."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or row % PAGE_SIZE >= len(page):
            return None
        return page[row % PAGE_SIZE]

    @property
    def checkpoints(self) -> Any:
        """The position checkpoints of the list browsed, once they are in (else None)."""
        return self._checkpoints

    @property
    def cached_rows(self) -> int:
        """How many rows are held in memory now (bounded by MAX_PAGES pages)."""
        return sum(len(page) for page in self._pages.values())

    # -- QAbstractItemModel ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of customers (QAbstractItemModel override)."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns (QAbstractItemModel override)."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        """Cell text; asks for the row's page if it is not here yet (override)."""
        if not index.isValid() or role != DISPLAY_ROLE:
            return None
        page_number = index.row() // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            self._request(page_number)
            return None
        self._pages.move_to_end(page_number)
        offset = index.row() % PAGE_SIZE
        if offset >= len(page):
            return None
        return _cells(page[offset], self._first_given)[index.column()]

    def header_labels(self, parent: Any = None) -> QStandardItemModel:
        """The column titles, as a model of their own for the view's horizontal header.

        Not ``headerData``: Qt would call a Python override of it with a Qt.Orientation,
        whose conversion builds the whole Qt namespace (see DISPLAY_ROLE).
        """
        labels = QStandardItemModel(0, len(self._headers), parent)
        labels.setHorizontalHeaderLabels(list(self._headers))
        return labels

    # -- loading -----------------------------------------------------------------------

    def _request(self, page_number: int) -> None:
        fetch = self._fetch
        if fetch is None or page_number in self._pending:
            return
        self._pending.add(page_number)
        generation = self._generation
        total = self._count if "count" not in self._awaiting else None
        offset = page_number * PAGE_SIZE
        if self._make_checkpoints is None:
            call = partial(fetch, offset, PAGE_SIZE, total)
        else:
            call = partial(fetch, offset, PAGE_SIZE, total, self._checkpoints)
            if total is not None and 0 < offset < total - PAGE_SIZE:
                self._checkpoints_wanted = True
        self._runner.submit(
            call, lambda rows: self._arrived(generation, page_number, rows), context=self
        )

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._set_count(total)
        self._done_waiting("count")

    def _ask_for_checkpoints(self) -> None:
        """Start taking the checkpoints, once per browse: after the first page other than
        the first and the last has arrived (a scroll or a jump; that page is read by
        OFFSET). Not sooner: taking them walks the whole order index (0.1-0.5 s at 1M), and
        on two busy cores it would slow the first page or that first jump."""
        make = self._make_checkpoints
        if make is None or self._checkpoints_asked or not self._checkpoints_wanted:
            return
        self._checkpoints_asked = True
        generation = self._generation
        self._runner.submit(make, lambda marks: self._checkpointed(generation, marks), context=self)

    def _checkpointed(self, generation: int, marks: Any) -> None:
        if generation == self._generation:
            self._checkpoints = marks

    def _set_count(self, total: int) -> None:
        """Grow or shrink the rows shown to *total* (rows already shown keep their place)."""
        shown = self._count
        if total > shown:
            self.beginInsertRows(QModelIndex(), shown, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < shown:
            self.beginRemoveRows(QModelIndex(), total, shown - 1)
            self._count = total
            self.endRemoveRows()

    def _arrived(self, generation: int, page_number: int, rows: Sequence[Row]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page_number)
        self._pages[page_number] = rows
        self._pages.move_to_end(page_number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        if page_number == 0 and "count" in self._awaiting:
            self._set_count(len(rows))  # shown now; the count follows
        first = page_number * PAGE_SIZE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_loaded.emit(page_number)
        self._ask_for_checkpoints()
        if page_number == 0:
            self._done_waiting("first page")

    def _done_waiting(self, part: str) -> None:
        if part in self._awaiting:
            self._awaiting.discard(part)
            if not self._awaiting:
                self.loaded.emit()
