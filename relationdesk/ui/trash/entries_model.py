"""The trashed timeline entries as a table model, newest deletion first, fetched in pages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from relationdesk.services.trash_entries import TrashCursor, TrashedEntry
from relationdesk.ui.names import given_name_first, shown_name
from relationdesk.ui.paged_rows import PagedRows
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.timeline.kinds import kind_icon, kind_name

_Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
DELETED, CUSTOMER, KIND, WHEN, SUMMARY = range(5)


def local_text(moment: datetime) -> str:
    """A time in the user's locale and time zone, short form."""
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


class TrashedEntriesModel(PagedRows[TrashedEntry], QAbstractTableModel):
    """Trashed interactions, purchases and reminders: when deleted, whose, what kind, when
    it happened and what it said. The view's scrolling fetches older pages off-thread.

    Signals: ``loaded()`` when the first page is in place (after ``reload``).
    """

    loaded = Signal()

    def __init__(self, entries: Any, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = entries
        self._runner = runner
        self._start_pages()
        self._given_first = given_name_first()
        self._headers = (
            self.tr("Deleted"),
            self.tr("Customer"),
            self.tr("Kind"),
            self.tr("Date"),
            self.tr("Entry"),
        )

    def reload(self) -> None:
        """Read the trash's entries again from the newest deletion."""
        self.beginResetModel()
        self._start_pages()
        self.endResetModel()
        self._request(None)

    def customer_text(self, entry: TrashedEntry) -> str:
        """The entry's customer as the list shows names ('—' for a task about no one)."""
        if entry.customer_id is None:
            return "—"
        return shown_name(entry.customer_name, entry.customer_given_first, self._given_first)

    def _request(self, before: TrashCursor | None) -> None:
        self._fetching = True
        generation, service = self._generation, self._service
        self._runner.submit(
            lambda: service.page(before=before, limit=PAGE_SIZE),
            lambda page: self._arrived(generation, page),
            context=self,
        )

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Deleted, customer, kind, date, entry (override)."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles (override)."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each column's text, the kind's badge, the summary whole as tooltip (override)."""
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DELETED:
                return local_text(entry.deleted_at)
            if column == CUSTOMER:
                return self.customer_text(entry)
            if column == KIND:
                return kind_name(entry.kind)
            if column == WHEN:
                return local_text(entry.at)
            if column == SUMMARY:
                return entry.summary
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_icon(entry.kind, 16)
        if role == Qt.ItemDataRole.ToolTipRole and column == SUMMARY and entry.summary:
            return entry.summary
        return None
