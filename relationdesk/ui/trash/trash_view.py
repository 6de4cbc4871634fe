"""The trash view's frame: a Customers / Timeline entries switch over the list, and the
Restore and Empty Trash… buttons under it, shown while View → Trash is on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabBar, QVBoxLayout, QWidget

from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.trash.empty_trash import EmptyTrash
from relationdesk.ui.trash.entries_pane import TrashedEntriesPane

CUSTOMERS_TAB, ENTRIES_TAB = 0, 1


class TrashView(QObject):
    """Adds the timeline entries and Empty Trash to the trash view of the customer list.

    *column* is the layout that holds the customer list pane; the switch goes above it,
    the entries pane and the buttons below it. Ctrl+R (the trash actions' Restore) acts on
    the tab shown. Signals: ``entry_restored(TrashedEntry)``, ``emptied(PurgeResult)``,
    ``message(str)`` with what to say in the status bar, ``customer_chosen(UUID)`` (the
    customer of the entry made current).
    """

    entry_restored = Signal(object)
    emptied = Signal(object)
    message = Signal(str)
    customer_chosen = Signal(object)

    def __init__(
        self, app: Any, trash: Any, column: QVBoxLayout, runner: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._trash = trash
        self._list = trash.pane
        self.switch = QTabBar(parent)
        self.switch.addTab(self.tr("Customers"))
        self.switch.addTab(self.tr("Timeline entries"))
        self.switch.setExpanding(False)
        self.entries = TrashedEntriesPane(app.trashed_entries, runner, parent)
        self.empty_trash = EmptyTrash(app, runner, parent)
        self.buttons = QWidget(parent)
        self.restore_button = QPushButton(self.tr("Restore"), self.buttons)
        self.restore_button.setToolTip(self.tr("Restore the selected item (Ctrl+R)"))
        self.empty_button = QPushButton(self.tr("Empty Trash…"), self.buttons)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(9, 0, 9, 6)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.empty_button)
        column.insertWidget(0, self.switch)
        column.addWidget(self.entries, 1)
        column.addWidget(self.buttons)
        self.restore_button.clicked.connect(trash.restore_action.trigger)
        self.empty_button.clicked.connect(self.empty_trash.action.trigger)
        trash.restore_other = self._restore_entry
        self.switch.currentChanged.connect(self._tab_changed)
        trash.show_trash_action.toggled.connect(self._toggled)
        self.entries.restored.connect(self.entry_restored)
        self.entries.message.connect(self.message)
        self.entries.customer_chosen.connect(self.customer_chosen)
        self.empty_trash.message.connect(self.message)
        self.empty_trash.emptied.connect(self._emptied)
        self._toggled(trash.show_trash_action.isChecked())

    def entries_shown(self) -> bool:
        """Whether the trash view shows the timeline entries tab."""
        return self._trash.show_trash_action.isChecked() and (
            self.switch.currentIndex() == ENTRIES_TAB
        )

    def show_entries(self) -> None:
        """Switch the trash view to the timeline entries (turning the trash view on)."""
        self._trash.show_trash_action.setChecked(True)
        self.switch.setCurrentIndex(ENTRIES_TAB)

    def _restore_entry(self) -> bool:
        if not self.entries_shown():
            return False
        self.entries.restore_selected()
        return True

    def _toggled(self, on: bool) -> None:
        self.switch.setVisible(on)
        self.buttons.setVisible(on)
        if not on:
            self.switch.setCurrentIndex(CUSTOMERS_TAB)
        self._tab_changed(self.switch.currentIndex())

    def _tab_changed(self, tab: int) -> None:
        entries = self.entries_shown()
        self._list.setVisible(not entries)
        self.entries.setVisible(entries)
        if entries:
            self.entries.load()
            self.entries.table.setFocus()

    def _emptied(self, result: Any) -> None:
        if self.entries.isVisible():
            self.entries.load()
        if self._list.trash_mode:
            self._list.refresh()
        self.emptied.emit(result)
