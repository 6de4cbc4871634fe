"""The trash view's second tab: trashed timeline entries, each restorable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.services.trash_entries import TrashedEntry
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.timeline.kinds import kind_name
from relationdesk.ui.trash.entries_model import TrashedEntriesModel


class TrashedEntriesPane(QWidget):
    """The interactions, purchases and reminders in the trash; Restore puts the selected
    one back in its customer's timeline (off the GUI thread).

    Signals: ``restored(TrashedEntry)`` after an entry came back; ``message(str)`` with
    what to say in the status bar; ``customer_chosen(UUID)`` when the current row moves to
    an entry of a customer (the window shows that customer beside the list).
    """

    restored = Signal(object)
    message = Signal(str)
    customer_chosen = Signal(object)

    def __init__(self, entries: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = entries
        self._runner = runner
        self._keep_row: int | None = None
        self.model = TrashedEntriesModel(entries, runner, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((120, 110, 116, 120)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.model.loaded.connect(self._loaded)
        self.model.rowsInserted.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def load(self) -> None:
        """Read the trashed entries again (keeping the selected row's place)."""
        index = self.table.currentIndex()
        self._keep_row = index.row() if index.isValid() else None
        self.count_label.setText(self.tr("Loading…"))
        self.model.reload()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        if entry is not None and entry.customer_id is not None:
            self.customer_chosen.emit(entry.customer_id)

    def selected(self) -> TrashedEntry | None:
        """The entry on the current row, if there is one."""
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def restore_selected(self) -> None:
        """Put the selected entry back in its customer's timeline."""
        entry = self.selected()
        if entry is None:
            return
        service = self._entries
        self._runner.submit(
            lambda: service.restore(entry, utcnow()),
            lambda _none: self._restored(entry),
            self._failed,
            context=self,
        )

    def describe(self, entry: TrashedEntry) -> str:
        """The entry in a few words: its summary (or kind) and whose it is."""
        what = entry.summary or kind_name(entry.kind)
        if entry.customer_id is None:
            return self.tr("“%1”").replace("%1", what)
        return (
            self.tr("“%1” of %2").replace("%1", what).replace("%2", self.model.customer_text(entry))
        )

    def _restored(self, entry: TrashedEntry) -> None:
        self.message.emit(self.tr("Restored %1.").replace("%1", self.describe(entry)))
        self.load()
        self.restored.emit(entry)

    def _failed(self, error: BaseException) -> None:
        self.message.emit(
            self.tr("That entry is no longer in the trash; the list has been reloaded.")
        )
        self.load()

    def _loaded(self) -> None:
        total = self.model.rowCount()
        if self._keep_row is not None and total:
            self.table.setCurrentIndex(self.model.index(min(self._keep_row, total - 1), 0))
        self._keep_row = None
        self._show_count()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.more_to_fetch():
            text = self.tr("%Ln timeline entry(ies) in the trash so far", "", shown)
        elif shown == 0:
            text = self.tr("No timeline entries in the trash.")
        else:
            text = self.tr("%Ln timeline entry(ies) in the trash", "", shown)
        self.count_label.setText(text)
