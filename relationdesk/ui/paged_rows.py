"""Rows fetched in keyset pages off the GUI thread, shared by the append-only list models.

A model that mixes ``PagedRows`` in front of a Qt item model gets its row count, Qt's
fetch-more protocol and the arrival of pages; it supplies ``_request(cursor)`` (submit
the read of the page after *cursor*, None for the first, whose result goes to
``_arrived(generation, page)``, and sets ``_fetching`` while it is on its way) and a
``loaded`` signal, emitted when a first page is in.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

_Index = QModelIndex | QPersistentModelIndex
E = TypeVar("E")


class PagedRows(Generic[E]):
    """The paging half of a list model: entries so far, the next page's cursor, staleness.

    ``_generation`` counts resets; a page that arrives for an older generation (the user
    moved on while it was read) is dropped.
    """

    _entries: list[E]
    _next: Any
    _generation: int
    _fetching: bool

    def _start_pages(self) -> None:
        """Forget the rows and the cursor (call between beginResetModel and endResetModel)."""
        self._generation = getattr(self, "_generation", 0) + 1
        self._entries = []
        self._next = None
        self._fetching = False

    def _request(self, cursor: Any) -> None:
        raise NotImplementedError

    def _arrived(self, generation: int, page: Any) -> None:
        """Append a page (``entries``, ``next``) unless the model was reset since."""
        if generation != self._generation:
            return
        # The cursor moves before the rows go in: a view may ask for more while inserting.
        self._fetching = False
        self._next = page.next
        first = not self._entries
        if page.entries:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(page.entries) - 1)  # type: ignore[attr-defined]
            self._entries.extend(page.entries)
            self.endInsertRows()  # type: ignore[attr-defined]
        if first:
            self.loaded.emit()  # type: ignore[attr-defined]

    def entry(self, row: int) -> E | None:
        """The entry on a row (None outside the rows fetched so far)."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def more_to_fetch(self) -> bool:
        """Whether older entries remain to be fetched."""
        return self._next is not None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Entries fetched so far (override)."""
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: _Index) -> bool:
        """True while older entries remain and no page is on its way (override)."""
        return not parent.isValid() and self._next is not None and not self._fetching

    def fetchMore(self, parent: _Index) -> None:
        """Fetch the next older page off the GUI thread (override)."""
        if self.canFetchMore(parent):
            self._request(self._next)
